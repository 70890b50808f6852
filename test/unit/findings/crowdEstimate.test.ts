// "Police estimated the crowd at 4,500": an estimate of a crowd counts the crowd, so a draft that
// gives the police the organisers' larger number is held to the police's.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

function counted(text: string): Array<[string, string | null]> {
  return analyzeArticle({ path: '001_x.txt', text }).figures.map((f) => [f.text, f.counted]);
}

describe('figures: an estimate of a crowd', () => {
  it('reads "the crowd at N" as the crowd', () => {
    assert.deepEqual(counted('Police estimated the crowd at 4,500.'), [['4,500', 'attendance']]);
    assert.deepEqual(counted('Stewards put the crowd outside at around 4,500.'), [['around 4,500', 'attendance']]);
  });

  it('leaves a crowd told with what it counts, or a price, alone', () => {
    assert.deepEqual(counted('The crowd at 4,500 seats was thin.'), [['4,500 seats', 'seat']]);
    assert.deepEqual(counted('Tickets were sold at 45 each.'), [['45', null]]);
  });

  it('holds a draft that gives the police the organisers\' number', () => {
    const files = {
      '001_wire.txt': 'VELDEN, May 2 (Wirepost) - Thousands marched against the airport plan on Saturday. Police estimated the crowd at 4,500; organisers said more than 9,000 people took part.',
      'draft_march.md': '# Airport march\n\nThousands marched against the airport plan on Saturday. Police estimated the crowd at 9,000.',
    };
    const found = findingsIn(files, 'draft_march.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].text, /9,000/);
  });
});
