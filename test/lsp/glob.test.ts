import * as assert from 'node:assert/strict';
import { compileGlobs, expandBraces } from '../../server/src/glob';
import { parseSettings, DEFAULT_SETTINGS } from '../../server/src/settings';
import { decodeArticle } from '../../server/src/workspace';

describe('lsp: glob matcher', () => {
  it('matches the default sources and exclude globs', () => {
    const sources = compileGlobs(DEFAULT_SETTINGS.sources);
    assert.ok(sources('001_wire.txt'));
    assert.ok(sources('reports/deep/002.md'));
    assert.ok(!sources('notes.docx'));
    assert.ok(!sources('a.txt.bak'));
    const exclude = compileGlobs(DEFAULT_SETTINGS.exclude);
    assert.ok(exclude('node_modules/pkg/readme.md'));
    assert.ok(exclude('site/dist/a.txt'));
    assert.ok(exclude('.git/x.txt'));
    assert.ok(!exclude('distant/a.txt'), 'dist is a whole segment');
    assert.ok(!exclude('reports/a.txt'));
  });

  it('** matches zero or more segments; * stays inside one segment', () => {
    const drafts = compileGlobs(['**/draft*']);
    assert.ok(drafts('draft_story.md'));
    assert.ok(drafts('desk/drafts/anything.md') === false, 'draft* is the last segment only');
    assert.ok(drafts('desk/draft-2.md'));
    assert.ok(!drafts('desk/final.md'));
    assert.ok(compileGlobs(['*.md'])('a.md'));
    assert.ok(!compileGlobs(['*.md'])('x/a.md'));
    assert.ok(compileGlobs(['x/**/y/*.txt'])('x/y/a.txt'));
    assert.ok(compileGlobs(['x/**/y/*.txt'])('x/1/2/y/a.txt'));
    assert.ok(!compileGlobs(['x/**/y/*.txt'])('x/1/2/y/z/a.txt'));
  });

  it('supports ?, classes and nested braces', () => {
    assert.ok(compileGlobs(['00?_*'])('002_wlvn.txt'));
    assert.ok(!compileGlobs(['00?_*'])('0023_wlvn.txt'));
    assert.ok(compileGlobs(['[0-9][0-9][0-9]_*'])('123_x.md'));
    assert.ok(!compileGlobs(['[!0-9]*'])('1abc'));
    assert.deepEqual(expandBraces('a{b,c{d,e}}f').sort(), ['abf', 'acdf', 'acef']);
    assert.deepEqual(expandBraces('a{b'), ['a{b']);
  });

  it('stays fast on adversarial patterns and paths', () => {
    const pattern = `${'*a'.repeat(40)}*b`;
    const text = 'a'.repeat(5000);
    const deep = `${'**/'.repeat(50)}z`;
    const segments = Array.from({ length: 2000 }, () => 'a').join('/');
    const t0 = Date.now();
    assert.ok(!compileGlobs([pattern])(text));
    assert.ok(!compileGlobs([deep])(segments));
    assert.ok(compileGlobs(['{' + Array.from({ length: 500 }, (_, i) => `x${i}`).join(',') + '}'])('x3'));
    assert.ok(Date.now() - t0 < 1000, `took ${Date.now() - t0} ms`);
  });
});

describe('lsp: settings', () => {
  it('wrong types fall back to defaults with a warning each', () => {
    const warnings: string[] = [];
    const s = parseSettings({ sources: 'reports/**/*.txt', exclude: 42, debounceMs: 'fast', maxFileSize: -1, figureTolerance: 0.1 }, (m) => warnings.push(m));
    assert.deepEqual(s.sources, ['reports/**/*.txt'], 'a single glob string is accepted');
    assert.deepEqual(s.exclude, DEFAULT_SETTINGS.exclude);
    assert.equal(s.debounceMs, 200);
    assert.equal(s.maxFileSize, 1_000_000);
    assert.equal(s.figureTolerance, 0.1);
    assert.equal(warnings.length, 3, warnings.join('\n'));
    assert.ok(warnings.some((w) => w.includes('debounceMs')));
  });

  it('missing settings are the defaults, silently', () => {
    const warnings: string[] = [];
    assert.deepEqual(parseSettings(null, (m) => warnings.push(m)), { ...DEFAULT_SETTINGS });
    assert.deepEqual(parseSettings({}, (m) => warnings.push(m)), { ...DEFAULT_SETTINGS });
    assert.deepEqual(warnings, []);
  });
});

describe('lsp: reading article files', () => {
  it('skips binary and invalid UTF-8, keeps text', () => {
    assert.ok('skip' in decodeArticle(new Uint8Array([65, 0, 66])));
    assert.ok('skip' in decodeArticle(new Uint8Array([0xc3, 0x28])));
    const ok = decodeArticle(new TextEncoder().encode('“Quoted,” she said — 1,200.'));
    assert.ok('text' in ok && ok.text.startsWith('“Quoted'));
  });
});
