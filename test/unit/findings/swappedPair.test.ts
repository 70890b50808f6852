// "live on 47 litres of water a day" where the sources tell "74 litres per person": a draft's
// two-digit figure that no source supports, whose digits swapped two sources or more tell exactly of
// the same specific thing, is flagged as a conflict with them rather than as a new fact
// (findings/swappedPair.ts). Not on one source alone, not for people in general. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '000_wire.txt': 'MASERU, July 2 (Highlands Wire) - The water authority on Tuesday cut the daily allowance in the capital to 74 litres per person, citing low river levels.',
  '001_paper.md': 'Published July 2, 2030\n\nUnder the new rules the target for each household member is 74 litres, the authority said in a statement.',
};
const draft = 'Residents of the capital will have to get by on 47 litres of water a day each from next week, the water authority said.';

describe('figure findings: a draft\'s two digits swapped', () => {
  it('flags the figure against the sources that tell its digits swapped', () => {
    const found = findingsIn({ ...sources, 'draft_water.md': draft }, 'draft_water.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '47 litres');
    assert.deepEqual(found[0].against.map((e) => e.label).sort(), ['000', '001']);
    assert.deepEqual(findingsIn({ ...sources, 'draft_water.md': draft }, 'draft_water.md', 'unsourced-claim'), []);
  });

  it('leaves it unsourced where one source alone tells the swapped number', () => {
    const one = { '000_wire.txt': sources['000_wire.txt'], '001_paper.md': 'Published July 2, 2030\n\nThe authority said river levels were the lowest in a decade.' };
    assert.deepEqual(findingsIn({ ...one, 'draft_water.md': draft }, 'draft_water.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn({ ...one, 'draft_water.md': draft }, 'draft_water.md', 'unsourced-claim').map((f) => f.text), ['47 litres']);
  });
});
