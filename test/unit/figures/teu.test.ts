// "11,600 TEU": ports and shipping lines count containers in twenty-foot equivalent units, written in
// capitals after the number. Without the unit the figure was dropped or left counting nothing. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const read = (text: string) => analyzeArticle({ path: '001_wire.txt', text }).figures.map((f) => [f.value, f.counted]);

describe('figures: containers in TEU', () => {
  it('reads "8,300 TEU" and "2.4 million TEU" as counts of TEU', () => {
    assert.deepEqual(read('The strike left a backlog of about 8,300 TEU at the quays.'), [[8300, 'teu']]);
    assert.deepEqual(read('The terminal handled 2.4 million TEU last year.'), [[2400000, 'teu']]);
  });
});
