// A story's onset is checked with the article's other odd-minute times in hand (onsetOthers,
// findings/times.ts onsetToldElsewhere): their minutes, not their places. A keystroke in a sentence
// between the onset and such a time moves the time but changes no minute, so the onset keeps its
// key and is not checked again; changing the later time's minute must check it again.
import * as assert from 'node:assert/strict';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { articleClaims } from '../../../server/src/analysis/alignment/corpus';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const DRAFT = '/desk/draft_ferry.md';

const draft = (middle: string, later: string) => 'Published June 3, 2027\n\n'
  + 'The ferry Marisol ran aground at 6:42 a.m. off the harbour wall at Tollan.\n\n'
  + `${middle}\n\n`
  + `The last passengers stepped ashore at ${later} a.m., the harbour office said.\n`;

function corpus(): Corpus {
  const c = new Corpus();
  c.set(analyzeArticle({ path: '/desk/000_wire.txt', text: 'Published June 3, 2027\n\nThe ferry Marisol ran aground at 6:42 a.m. near the harbour wall at Tollan. The last passengers stepped ashore at 8:17 a.m.\n' }));
  c.set(analyzeArticle({ path: '/desk/001_gazette.txt', text: 'Published June 3, 2027\n\nThe Marisol ran aground at 6:42 a.m. on Thursday outside Tollan harbour, and a tug towed her in.\n' }));
  return c;
}

describe('incremental check: the onset and the odd minutes it is read with', () => {
  it('keeps the onset’s key when a sentence between it and a later time is typed in, and not when that time’s minute changes', () => {
    const c = corpus();
    const checker = new IncrementalChecker();
    const steps: Array<[string, string]> = [
      ['Harbour staff watched from the quay as the tide turned', '8:17'],
      ['Harbour staff watched from the quay as the tide turned and', '8:17'],
      ['Harbour staff watched from the quay as the tide turned and the', '8:17'],
      ['Harbour staff watched from the quay as the tide turned and the', '8:23'],
    ];
    const misses: number[] = [];
    for (const [middle, later] of steps) {
      const article = analyzeArticle({ path: DRAFT, text: draft(middle, later), role: 'draft' });
      const claims = articleClaims(article);
      const onset = claims.times.find((t) => t.onset);
      assert.ok(onset?.onsetOthers?.length, 'the draft has an onset with a later odd minute');
      const review = checker.check(c, article, {}, 0);
      assert.deepStrictEqual(plain(review), plain(checkArticle(c, article, {})), `${middle} / ${later}`);
      misses.push(checker.stats(DRAFT)?.misses ?? -1);
    }
    // The first check checks everything; typing in the middle sentence checks nothing again; a new
    // minute checks the changed time and the onset that reads it.
    assert.ok(misses[0] > 0);
    assert.equal(misses[1], 0, 'typing between the onset and a later time');
    assert.equal(misses[2], 0, 'typing between the onset and a later time');
    assert.ok(misses[3] >= 2, `the changed time and the onset (${misses[3]})`);
  });
});
