// "a 12-storey tower block", "a 300-bed hospital": a number hyphened to a noun before another noun
// counts the hyphened noun (12 storeys, one block), so a draft's "three tower blocks" is not held
// against "a 12-storey tower block". Words that say how a number counts ("a 100-strong crowd", "a
// three-time winner") leave the noun after as the counted thing.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const counted = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.counted]);

describe('figures: a number hyphened to the noun it counts', () => {
  it('counts the hyphened noun, not the noun after it', () => {
    assert.deepEqual(counted('The council approved a 12-storey tower block on Monday.'), [['12-storey tower block', 'storey']]);
    assert.deepEqual(counted('The trust will build a 300-bed hospital, its board said.'), [['300-bed hospital', 'bed']]);
  });

  it('leaves "strong" and "time" to the noun after', () => {
    assert.deepEqual(counted('A 100-strong crowd gathered outside the gates.'), [['100-strong crowd', 'crowd']]);
    assert.deepEqual(counted('She beat a 12-time winner in the final on Sunday.'), [['12-time winner', 'winner']]);
  });

  it('does not hold a count of the noun after against the hyphened count', () => {
    const files = {
      '001_wire.txt': 'LEEDS, May 3 (Wirepost) - The council approved a 12-storey tower block on Monday, its planning chair said.',
      'draft_tower.md': 'The council approved a 12-storey tower block on Monday. The developer has built 14 tower blocks in the north.',
    };
    assert.deepEqual(findingsIn(files, 'draft_tower.md', 'figure-conflict'), []);
    const unsourced = findingsIn(files, 'draft_tower.md', 'unsourced-claim');
    assert.equal(unsourced.length, 1, JSON.stringify(unsourced));
    assert.match(unsourced[0].text, /14 tower blocks/);
  });
});
