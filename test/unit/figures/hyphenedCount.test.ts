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

// "the 40-member council", "a 15-nation Security Council": a name after the hyphened modifier is the
// one thing it describes; the number still counts the hyphened noun, and does not take the thing the
// count before it counted ("31 signatures from the 40-member council" is no count of signatures).
describe('figures: a number hyphened to a noun before a name', () => {
  it('counts the hyphened noun', () => {
    assert.deepEqual(counted('The petition had 31 signatures from the 40-member Council by Friday.'),
      [['31 signatures', 'signature'], ['40-member', 'member']]);
    assert.deepEqual(counted('The 15-nation Council met on Tuesday.'), [['15-nation', 'nation']]);
  });

  it('does not hold the size of the body against a count of signatures', () => {
    const files = {
      '004_guide.md': '# Guide\n\nThe opposition leader has tabled a no-confidence motion, which had 31 signatures by Thursday evening; a vote is expected on Tuesday.',
      'draft_petition.md': '# Motion\n\nThe no-confidence motion had gathered 31 signatures from the 40-member Council by Thursday evening, and a vote is expected on Tuesday.',
    };
    assert.deepEqual(findingsIn(files, 'draft_petition.md', 'figure-conflict'), []);
  });
});
