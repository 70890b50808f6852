// "the hut at 3,260 m (10,696 ft)", "Camp II (6,400 m / 20,997 ft)": an "m" set apart from its numeral
// by a space is metres where the length it converts to follows at once. Read without its unit, the
// number took the feet of its conversion, and a draft's "3,260 feet" (the unit misread) found support
// in it. "£4 m" and "8 m" alone stay what they were. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const figures = (text: string) => analyzeArticle({ path: '000_a.md', text }).figures.map((f) => [f.text, f.counted]);

describe('figures: a spaced "m" before a conversion to feet', () => {
  it('reads metres before a bracket or a slash with a length', () => {
    assert.deepEqual(figures('The hut sits at 3,260 m (10,696 ft) below the col.')[0], ['3,260 m', 'metre']);
    assert.deepEqual(figures('Camp II (6,400 m / 20,997 ft) was cut off.')[0], ['6,400 m', 'metre']);
  });

  it('leaves an "m" without a length after it alone', () => {
    assert.notDeepEqual(figures('The club paid 8 m for the striker.')[0], ['8 m', 'metre']);
  });

  it("flags a draft's feet for the sources' metres", () => {
    const files = {
      '000_wire.txt': 'SAAS-FEE, July 2 (Alp Wire) - The injured were treated at the Britannia hut, at 3,030 metres (9,941 ft).',
      '001_blog.md': '# Live\n\n**10:05** – The Britannia hut sits at 3,030 m (9,941 ft); the glacier below it at about 2,800 m.',
      'draft_hut.md': 'The injured were treated at the Britannia hut, at 3,030 feet.',
    };
    const found = findingsIn(files, 'draft_hut.md', 'figure-conflict');
    assert.deepEqual(found.map((f) => [f.text, f.against.map((a) => a.label)]), [['3,030 feet', ['000', '001']]]);
  });
});
