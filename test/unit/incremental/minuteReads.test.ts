// A clock time's digit slip reads its own article beyond the time's sentence: "warned by siren at
// 02:15" is no slip of a paper's "02:51" where the article tells 02:51 itself at a time of its own
// (findings/times.ts minuteSlip). An edit to that other sentence must check the 02:15 again
// (Check.read with findings/momentAlike.ts's MINUTE_READ; figures.ts stillStates). Invented text.
import * as assert from 'node:assert/strict';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const PAPER = 'Published 3 March 2030\n\nNeighbours on Mill Lane say the siren went at 02:51, well after water reached the first homes.\n';
const wire = (extra: string) => `HEXLEY, March 3 (Wirepost) - Residents were warned by siren at 02:15 that the river had breached its banks, officials said.\n\n${extra}\n`;

describe('incremental check: the minutes a clock time reads of its own article', () => {
  it('checks a time again when another sentence starts or stops telling the swapped minute', () => {
    const c = new Corpus();
    c.set(analyzeArticle({ path: '/desk/002_paper.md', text: PAPER }));
    const checker = new IncrementalChecker();
    const flagged: boolean[] = [];
    for (const extra of ['Pumps were started later.', 'Pumps were started at 02:51.', 'Pumps were started later.']) {
      const article = analyzeArticle({ path: '/desk/001_wire.txt', text: wire(extra), role: 'source' });
      const review = checker.check(c, article, {}, 0);
      assert.deepStrictEqual(plain(review), plain(checkArticle(c, article, {})), extra);
      flagged.push(review.findings.some((f) => f.kind === 'time-conflict' && f.text === '02:15'));
    }
    assert.deepEqual(flagged, [true, false, true]);
  });
});
