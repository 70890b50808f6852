// "12,15 mln zł", "38,6 million": much of Europe writes a decimal comma. Before a scale word, one
// or two digits after the comma make it a decimal one (a thousands group has three), so the figure
// is 12.15 million, not "15 mln" with a stray "12," before it.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const figures = (text: string) => analyzeArticle({ path: 'blog.md', text }).figures.map((f) => [f.text, f.value]);

describe('figures: a decimal comma before a scale word', () => {
  it('reads one or two digits after the comma as decimals', () => {
    assert.deepEqual(figures('The bridge cost 7,35 mln zł to repair.'), [['7,35 mln zł', 7350000]]);
    assert.deepEqual(figures('Exports reached 2,8 billion kronor last year.'), [['2,8 billion kronor', 2800000000]]);
  });
  it('leaves thousands groups, lists and metres alone', () => {
    assert.deepEqual(figures('The bridge cost 7,350 zł to repair.'), [['7,350 zł', 7350]]);
    // Not before a scale word: no decimal reading.
    assert.ok(!figures('Lanes 3,4 and 5 were shut.').some(([, v]) => v === 3.4));
    // "m" is also metres in a decimal-comma country: not read as a scale here.
    assert.ok(!figures('Each carriage is 27,5 m long.').some(([, v]) => v === 27.5 || v === 27500000));
  });
  it('agrees with the same sum written with a decimal point in another source', () => {
    const files = {
      '001_blog.md': '**11:05** — The court set the damage at 27,45 mln zł, the judge said.',
      '002_wire.txt': 'WARSAW, May 4 (Wirepost) - The court set the damage at 27.45 million zlotys, the judge said.',
    };
    assert.deepEqual(findingsIn(files, '001_blog.md', 'figure-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, '002_wire.txt', 'figure-conflict').map((f) => f.text), []);
  });
});
