// "and six have been treated", "Four were airlifted to hospital": a number in words with a verb in -ed
// after it (an auxiliary and "been" may stand between) counts a part of the group the count before it
// counted: joined on by "and" in its sentence, or opening the next sentence of the paragraph. A part
// joined on by "and" is no rival to its whole (findings' sentenceRival). Invented text only.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const read = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.counted]);

describe('figures: a part counted in words with an auxiliary verb', () => {
  it('takes the noun of the count before it after "and", through "have been" or "were"', () => {
    assert.deepEqual(read('Forty workers were evacuated and six have been treated for smoke.'), [['Forty workers', 'worker'], ['six', 'worker']]);
    assert.deepEqual(read('Forty workers were evacuated and six were treated for smoke.'), [['Forty workers', 'worker'], ['six', 'worker']]);
  });

  it('reads a number that opens the next sentence as a part of the group before', () => {
    assert.deepEqual(read('By noon, 61 passengers had been rescued from the ferry. Four were airlifted to hospital, the coastguard said.'),
      [['61 passengers', 'passenger'], ['Four', 'passenger']]);
    assert.deepEqual(read('By noon, 61 passengers had been rescued from the ferry. Four have been discharged since.'),
      [['61 passengers', 'passenger'], ['Four', 'passenger']]);
  });

  it('leaves it alone without the verb, in another paragraph, or larger than the group', () => {
    assert.deepEqual(read('By noon, 61 passengers had been rescued. Four remain missing.'), [['61 passengers', 'passenger']]);
    assert.deepEqual(read('By noon, 61 passengers had been rescued.\n\nFour were airlifted to the mainland.'), [['61 passengers', 'passenger']]);
    // Taken to hospital in another paragraph: people, not the passengers told before (claims/figures/hospital.ts).
    assert.deepEqual(read('By noon, 61 passengers had been rescued.\n\nFour were airlifted to hospital.'), [['61 passengers', 'passenger'], ['Four', 'person']]);
    assert.deepEqual(read('By noon, six passengers had been rescued. Ninety were rescued later.'), [['six passengers', 'passenger']]);
  });

  it('holds a draft\'s count of those taken to hospital against a source\'s', () => {
    const files = {
      '001_wire.txt': 'DUNMORE, June 2 (Wirepost) - Thirty-one hikers were rescued from the ridge, the mountain rescue team said. Eight have been admitted to hospital.',
      'draft_ridge.md': '# Ridge rescue\n\nThirty-one hikers were rescued from the ridge, the mountain rescue team said. Five have been admitted to hospital.',
    };
    const found = findingsIn(files, 'draft_ridge.md', 'figure-conflict');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Eight/);
  });

  it('does not hold the whole against its part joined on by "and"', () => {
    const files = {
      '001_wire.txt': 'DUNMORE, June 2 (Wirepost) - Thirty-one hikers were rescued from the ridge and eight have been admitted to hospital, the mountain rescue team said.',
      'draft_ridge.md': '# Ridge rescue\n\nThirty-one hikers were rescued from the ridge, the mountain rescue team said. Eight have been admitted to hospital.',
    };
    assert.deepEqual(findingsIn(files, 'draft_ridge.md', 'figure-conflict'), []);
  });
});
