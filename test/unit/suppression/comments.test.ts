import * as assert from 'node:assert/strict';
import { directiveText, findIgnoreDirectives, IgnoreComments } from '../../../server/src/suppression/comments';
import { lineAt, lineStarts, lineText } from '../../../server/src/suppression/lines';
import { bestGrowth, describeGrowth } from '../robustness/timing';

describe('suppression: ignore comments', () => {
  it('reads the Markdown form and applies it to the next line only', () => {
    const text = 'Intro line.\n<!-- source-review-ignore-next-line -->\n4,100 homes lost power.\n2,000 more did later.\n';
    const d = findIgnoreDirectives(text);
    assert.deepEqual(d, [{ line: 1, kinds: null, unknown: [] }]);
    const c = new IgnoreComments(d);
    assert.ok(c.covering(2, 'figure-conflict'));
    assert.equal(c.covering(3, 'figure-conflict'), undefined);
    assert.equal(c.covering(1, 'figure-conflict'), undefined);
  });

  it('reads the plain-text form, with spaces around the colon or none', () => {
    for (const form of ['[source-review: ignore-next-line]', '[source-review:ignore-next-line]', '[Source-Review: Ignore-Next-Line]']) {
      const d = findIgnoreDirectives(`${form}\nThe mayor said 12 wells ran dry.\n`);
      assert.equal(d.length, 1, form);
      assert.equal(d[0].line, 0);
      assert.equal(d[0].kinds, null);
    }
  });

  it('limits a comment to the kinds it names, keeps the reason after " -- " out', () => {
    const d = findIgnoreDirectives('<!-- source-review-ignore-next-line figure-conflict, time-conflict -- checked with the port authority -->\nx\n');
    assert.deepEqual(d[0].kinds, ['figure-conflict', 'time-conflict']);
    assert.deepEqual(d[0].unknown, []);
    const c = new IgnoreComments(d);
    assert.ok(c.covering(1, 'time-conflict'));
    assert.equal(c.covering(1, 'quote-mismatch'), undefined);
  });

  it('a comment naming only unknown kinds covers nothing (a typo never hides everything)', () => {
    const d = findIgnoreDirectives('[source-review: ignore-next-line figure-conflcit]\n9,000 tonnes of grain.\n');
    assert.deepEqual(d[0].kinds, []);
    assert.deepEqual(d[0].unknown, ['figure-conflcit']);
    assert.equal(new IgnoreComments(d).covering(1, 'figure-conflict'), undefined);
  });

  it('a Markdown comment closing on a later line covers the line after it closes', () => {
    const text = '<!-- source-review-ignore-next-line\n   quote-mismatch -->\n"We will reopen the pier," she said.\n';
    const d = findIgnoreDirectives(text);
    assert.deepEqual(d, [{ line: 1, kinds: ['quote-mismatch'], unknown: [] }]);
  });

  it('an unclosed Markdown comment or bracket is not a directive; unrelated text costs nothing', () => {
    assert.deepEqual(findIgnoreDirectives('<!-- source-review-ignore-next-line\nno close\n\n\n\n\n\n\nstill none\n'), []);
    assert.deepEqual(findIgnoreDirectives('[source-review: ignore-next-line\nnext\n'), []);
    assert.deepEqual(findIgnoreDirectives('Nothing to see: 40 lorries, 3 ferries.'), []);
  });

  it('handles \\r\\n and \\r line breaks like LSP does', () => {
    const text = 'a\r\n<!-- source-review-ignore-next-line -->\r\nb\rc';
    assert.deepEqual(findIgnoreDirectives(text).map((d) => d.line), [1]);
    const starts = lineStarts(text);
    assert.deepEqual(starts, [0, 3, 44, 46]);
    assert.equal(lineAt(starts, 44), 2);
    assert.equal(lineAt(starts, 43), 1);
    assert.equal(lineText(text, starts, 1), '<!-- source-review-ignore-next-line -->');
  });

  it('directiveText writes what the reader reads back', () => {
    for (const md of [true, false]) {
      const line = directiveText(md, ['unsourced-claim']);
      const d = findIgnoreDirectives(`${line}\nx`);
      assert.deepEqual(d[0].kinds, ['unsourced-claim'], line);
    }
    assert.equal(directiveText(true), '<!-- source-review-ignore-next-line -->');
    assert.equal(directiveText(false), '[source-review: ignore-next-line]');
  });

  // Growth, not a wall-clock bound, so a loaded machine cannot fail it.
  it('stays linear on adversarial input (×8 text, at most ×24 time)', function () {
    this.timeout(60000);
    const make = (n: number) => '<!-- '.repeat(n) + '\n' + '[source-review: '.repeat(n);
    const g = bestGrowth(make, (text) => { findIgnoreDirectives(text); }, { n: 2000, factor: 8, reps: 3, maxN: 20_000, giveUpRatio: 72 }, 24);
    assert.ok(g.ratio <= 24, describeGrowth(g));
  });
});
