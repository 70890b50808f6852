// The injection grammar's patterns use only syntax Oniguruma and JavaScript share, so they are
// checked here with RegExp: what they highlight, what they leave alone, and that they stay fast.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './harness';
import { bestGrowth, describeGrowth } from '../unit/robustness/timing';

interface Rule { name?: string; match?: string; begin?: string; end?: string; patterns?: Rule[] }
const grammar = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes', 'source-review.injection.tmLanguage.json'), 'utf8')) as {
  scopeName: string; injectionSelector: string; repository: Record<string, Rule>;
};
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { grammars: { scopeName: string; path: string; injectTo: string[] }[] } };

function matches(rule: string, line: string): string[] {
  const r = grammar.repository[rule];
  const rules = r.patterns ?? [r];
  // Like TextMate: the leftmost match wins, and at one position the earlier pattern.
  const either = new RegExp(rules.filter((x) => x.match).map((x) => `(?:${x.match})`).join('|'), 'g');
  return [...line.matchAll(either)].map((m) => m[0]).sort();
}

describe('lsp: claims grammar', () => {
  it('is contributed as an injection into Markdown and plain text', () => {
    const g = manifest.contributes.grammars.find((x) => x.scopeName === grammar.scopeName);
    assert.ok(g, 'grammar not contributed');
    assert.ok(fs.existsSync(path.join(ROOT, g.path)));
    assert.deepEqual([...g.injectTo].sort(), ['text.html.markdown', 'text.plain']);
    assert.match(grammar.injectionSelector, /L:text\.html\.markdown -markup\.fenced_code/);
  });

  it('highlights figures in the forms news uses', () => {
    assert.deepEqual(matches('figure', 'About 1,200 people, or 38% of the town, and $4.5 million in damage; 12.5 percent more.'), ['$4.5 million', '1,200', '12.5 percent', '38%']);
    assert.deepEqual(matches('figure', 'Route 22 reopened in 2024 at version 3.1.2.'), [], 'bare numbers, years and versions are not figures');
  });

  it('highlights clock times with zones', () => {
    assert.deepEqual(matches('clock-time', 'It began at 9 a.m. ET and ended by 11:45 p.m., or 0345 GMT.'), ['0345 GMT', '11:45 p.m.', '9 a.m. ET']);
    assert.deepEqual(matches('clock-time', 'Call 555-0100 or visit room 12.'), []);
  });

  it('highlights straight quotes on one line, not inch marks or attributes', () => {
    assert.deepEqual(matches('straight-quote', 'He said "we are ready" on Monday.'), ['"we are ready"']);
    assert.deepEqual(matches('straight-quote', 'a 5" pipe and a 7" valve'), []);
    const curly = grammar.repository['curly-quote'];
    assert.equal(curly.begin, '“');
    assert.ok(curly.end?.includes('”'));
  });

  // Growth, not a wall-clock bound: ×8 line length may take at most ×24 time, so a loaded machine
  // cannot fail it and a backtracking rule (×64 or worse) still does.
  it('stays linear on long adversarial lines', function () {
    this.timeout(60000);
    const make = (n: number) => ['1,'.repeat(n), '"'.repeat(n), `"${'a '.repeat(n)}`, '9:'.repeat(n), '$1.'.repeat(n)];
    const g = bestGrowth(make, (lines) => { for (const rule of ['figure', 'clock-time', 'straight-quote']) for (const l of lines) matches(rule, l); },
      { n: 1000, factor: 8, reps: 3, maxN: 10_000, giveUpRatio: 72 }, 24);
    assert.ok(g.ratio <= 24, describeGrowth(g));
  });
});
