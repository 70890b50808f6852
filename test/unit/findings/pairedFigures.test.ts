// "another 9 are missing, so the toll could reach 21" / "A further 9 people are missing, so the toll
// could rise to as many as 21": both sentences state both numbers, so the source's 9 is the
// counterpart of the draft's own 9, not a conflict with its 21.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figures: a draft figure beside its own counterpart of a source figure', () => {
  const source = 'OSLO, June 3 (Wirepost) - Twelve people have died after the landslide in Hallvik. ' +
    'A further 9 people are missing, so the toll could rise to as many as 21, police said.';
  it('does not hold "could reach 21" to the source\'s 9 when the draft states 9 of the same thing too', () => {
    const files = {
      '001_wire.txt': source,
      'draft.md': 'Twelve people have died in the Hallvik landslide; another 9 people are missing, so the toll could reach 21.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.text), []);
  });
  it('still holds a wrong number where the draft does not state the source\'s other number', () => {
    const files = {
      '001_wire.txt': source,
      'draft.md': 'Twelve people have died in the Hallvik landslide. A further 14 people are missing, police said.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.text), ['14 people']);
  });
});
