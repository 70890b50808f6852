// "weighed 3.7 kilograms on average, or roughly 90 tonnes in all" / "an average weight of 3.7 kg,
// meaning about 74 tonnes": two sentences that each state the same rare figure of another kind (a
// decimal, or a count seldom told by chance) beside a figure tell one sum worked out from it, in
// whatever other words; a draft's figure there is held to the source's. A round fellow ("20 boats")
// does not tie them.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: a figure worked out from a rare figure told beside it', () => {
  const source = {
    '001_wire.txt': 'OSLO, June 8 (Wirepost) - The fleet landed 20,140 cod with an average weight of 3.7 kilograms, meaning about 74 tonnes of fish reached the quay.',
    '002_release.txt': 'Published June 8, 2027\n\nThe cod had an average weight of 3.7 kg, which corresponds to a catch of approximately 74 tonnes.',
  };

  it('holds a draft\'s sum to the sources\' where the same rare figure stands beside both', () => {
    const files = { ...source, 'draft_cod.md': 'The landed cod weighed 3.7 kilograms on average, or roughly 90 tonnes of cod in all.' };
    const conflicts = findingsIn(files, 'draft_cod.md', 'figure-conflict').filter((f) => f.text.includes('tonnes'));
    assert.equal(conflicts.length, 1, JSON.stringify(findingsIn(files, 'draft_cod.md', 'unsourced-claim')));
    assert.deepEqual(findingsIn(files, 'draft_cod.md', 'unsourced-claim'), []);
  });

  it('a round figure beside both does not tie them', () => {
    const files = {
      '001_wire.txt': 'OSLO, June 8 (Wirepost) - Some 20 boats took part, meaning about 74 tonnes of fish reached the quay.',
      'draft_cod.md': 'With 20 boats out, roughly 90 tonnes of cod in all were sold at auction.',
    };
    assert.deepEqual(findingsIn(files, 'draft_cod.md', 'figure-conflict'), []);
  });
});
