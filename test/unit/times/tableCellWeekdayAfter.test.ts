// "| 6:30am Fri | 05:30 Fri |": a zoned table cell that holds a time the scan reads itself (with
// a.m./p.m.) and the weekday after it dates that time by the weekday, and the rows below by their
// column, not by the day the article is dated. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const explainer = [
  '# How the Brenner pass closure unfolded',
  '',
  '*Alpenblatt explainer · Sunday 8 March 2026*',
  '',
  'Traffic was moving again on Sunday.',
  '',
  '| Time (CET) | Time (UTC) | Event |',
  '|---|---|---|',
  '| 6:30am Fri | 05:30 Fri | Snow warning issued |',
  '| 9:10am | 08:10 | Lorries turned back at the border |',
  '| 6:40am Sat | 05:40 Sat | Pass closed |',
  '',
].join('\n');

describe('times: a weekday after a time the scan reads in a zoned table cell', () => {
  it('dates the time by the weekday, and the row below by its column', () => {
    const byText = new Map(analyzeArticle({ path: '001_explainer.md', text: explainer }).times.filter((t) => t.granularity === 'clock').map((t) => [t.text, t]));
    assert.deepEqual(byText.get('6:30am')?.date, { year: 2026, month: 3, day: 6 });
    assert.deepEqual(byText.get('9:10am')?.date, { year: 2026, month: 3, day: 6 });
    assert.deepEqual(byText.get('6:40am')?.date, { year: 2026, month: 3, day: 7 });
  });
});
