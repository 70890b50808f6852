// An "m" glued to a numeral is metres where no sum is told and the words say length ("1,850m", "40m
// wide", "400m (1,300ft)"), so a conversion in brackets is read as one; "£40m" and "40m shares" stay millions.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const read = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.value, f.unit, f.counted]);

describe('figures: metres written "m"', () => {
  it('reads a grouped numeral, a size word or a length in brackets after "m" as metres', () => {
    assert.deepEqual(read('The hut stands at 1,850m on the ridge.'), [['1,850m', 1850, 'count', 'metre']]);
    assert.deepEqual(read('The crack was 40m wide.'), [['40m', 40, 'count', 'metre']]);
    assert.deepEqual(read('A 40m-high dam holds the lake.'), [['40m', 40, 'count', 'metre']]);
    assert.deepEqual(read('The crack ran about 400m (1,300ft) across the glacier.').slice(0, 1), [['about 400m', 400, 'count', 'metre']]);
  });

  it('keeps millions for sums and for counts', () => {
    assert.deepEqual(read('The council borrowed £2,400m last year.'), [['£2,400m', 2.4e9, 'money', null]]);
    assert.deepEqual(read('The firm sold 40m shares.'), [['40m shares', 4e7, 'count', 'share']]);
    assert.ok(read('Profit rose to CHF 40m (£35m).').every((f) => f[3] !== 'metre'));
  });

  it('does not hold a rounded conversion in brackets against another source\'s exact one', () => {
    const files = {
      '001_wire.txt': 'ZERMATT, Jan 9 (Wirepost) - The climbers were stranded at about 3,310 metres (10,860 feet) on the ridge, rescuers said.',
      '002_paper.md': '# Climbers rescued\n\nThe climbers were stranded at about 3,310m (10,900ft) on the ridge, rescuers said.',
    };
    assert.deepEqual(findingsIn(files, '002_paper.md', 'figure-conflict').map((f) => f.message), []);
  });
});
