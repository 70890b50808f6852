// A measure held to what a source of its number is held to (findings/figures.ts, measureHeldAgainst)
// only when its own article does not tell its number twice: a question about the whole article, so an
// edit in another sentence that tells the number again or drops it must check the figure again.
import * as assert from 'node:assert/strict';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';

/** Plain data, so that the comparison sees values, not object identity. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const pad = ' Engineers closed the road on Monday after cracks were found in two piers. Buses will divert via Halsey.';
const release = (later: string) => 'Published May 4, 2027\n\n- **Length:** 318 metres, spanning the Tain\n- **Opened:** 1961\n\n' + pad + `\n\n${later}\n`;

function corpus(): Corpus {
  const c = new Corpus();
  c.set(analyzeArticle({ path: '/desk/000_wire.txt', text: 'Published May 4, 2027\n\nThe 318-metre Carrow viaduct was built in 1961 and carries the A40 over the Tain valley.' + pad }));
  c.set(analyzeArticle({ path: '/desk/001_paper.txt', text: 'Published May 4, 2027\n\nThe 346-metre Carrow viaduct was built in 1961 and carries the A40 across the Tain valley.' + pad }));
  c.set(analyzeArticle({ path: '/desk/002_release.md', text: release('Repairs are expected to take a year.') }));
  return c;
}

describe('incremental check: a measure held through another source and what its article tells elsewhere', () => {
  it('checks the measure again when another sentence tells its number again or drops it', () => {
    const c = corpus();
    const checker = new IncrementalChecker();
    const conflicts: boolean[] = [];
    const later = ['Repairs are expected to take a year.', 'The viaduct is 318 metres long.'];
    for (const k of [0, 1, 0, 1, 0]) {
      const article = analyzeArticle({ path: '/desk/002_release.md', text: release(later[k]), role: 'source' });
      const review = checker.check(c, article, {}, 0);
      assert.deepStrictEqual(plain(review), plain(checkArticle(c, article, {})), later[k]);
      conflicts.push(review.findings.some((f) => f.kind === 'figure-conflict' && f.span.start < article.text.plain.indexOf('Opened')));
      const stats = checker.stats('/desk/002_release.md');
      if (conflicts.length > 1) assert.ok(stats !== undefined && stats.hits + stats.carried + stats.plans > 0, 'the memo is used');
    }
    assert.deepEqual(conflicts, [true, false, true, false, true]);
  });
});
