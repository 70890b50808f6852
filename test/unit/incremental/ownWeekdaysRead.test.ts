// A weekday's check reads the article's other weekdays (findings/weekdays.ts tellsDayAlike): a table
// that tells a thing on Friday is held to a wire's Thursday only while it does not tell Thursday too.
// The incremental check must see that an edit to another row changes the answer (Check.whole, and
// Check.read with the own-weekdays class; figures.ts stillStates). Invented text.
import * as assert from 'node:assert/strict';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const WIRE = 'HALDEN, Oct 16 (NWS) - The water board estimated that 12,400 households were left without water on Thursday.\n\nEngineers said repairs would take most of the weekend.';
const table = (thursday: string) => '# The Halden water cut, explained\n\n| Measure | Figure |\n|---|---|\n' + thursday +
  '| Households left without water, Friday (board estimate) | about 8,000 |\n| Engineers on site | 60 |\n';
const ROW = '| Households left without water, Thursday (board estimate) | about 12,000 |\n';

describe('incremental check: the weekdays a weekday reads of its own article', () => {
  it('checks the Friday row again when the Thursday row is added or taken out', () => {
    const c = new Corpus();
    c.set(analyzeArticle({ path: '/desk/001_wire.txt', text: WIRE }));
    const checker = new IncrementalChecker();
    const flagged: boolean[] = [];
    for (const row of ['', ROW, '', ROW]) {
      const article = analyzeArticle({ path: '/desk/002_table.md', text: table(row), role: 'source' });
      const review = checker.check(c, article, {}, 0);
      assert.deepStrictEqual(plain(review), plain(checkArticle(c, article, {})), JSON.stringify(row));
      flagged.push(review.findings.some((f) => f.kind === 'time-conflict' && f.text === 'Friday'));
    }
    assert.deepEqual(flagged, [true, false, true, false]);
  });
});
