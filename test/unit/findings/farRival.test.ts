// "Seven people were killed and 52 injured when a ferry …": the words after the pair belong to both
// counts, but only the second reaches them. A draft's seven dead is told by the source's seven, not a
// slip of its 52 (a number that far off is held to the draft only where the source lacks the draft's own).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const source =
  'LORVIK, March 3 (Nordwire) - Seven people were killed and 52 injured when a ferry carrying school pupils on a trip across the Lorvik fjord struck rocks on Friday, police said.';

describe('figure findings: a far-off rival in the same sentence', () => {
  it('the same number beside a far-off one in the source supports the draft', () => {
    const files = {
      '001_wire.txt': source,
      'draft_ferry.md': 'Seven people, four of them pupils, were killed when a ferry carrying school pupils on a trip across the Lorvik fjord struck rocks on Friday.',
    };
    assert.deepEqual(findingsIn(files, 'draft_ferry.md', 'figure-conflict'), []);
  });
});
