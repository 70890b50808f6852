// "more than a dozen people": a floor in words rounds a count the sources tell otherwise ("14
// patients"), so it is not flagged as a figure no source supports; a floor in digits still is.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const source = 'Tuesday 4 May 2027\n\nFourteen patients were treated in hospital after the gas leak at the Alder Street flats, the ambulance service said.';
const draft = (floor: string) => `Tuesday 4 May 2027\n\nA gas leak at the Alder Street flats left ${floor} people in hospital on Tuesday.`;

describe('figure findings: a floor told in words', () => {
  it('does not flag "more than a dozen" or "at least a dozen" as unsourced', () => {
    for (const floor of ['more than a dozen', 'at least a dozen']) {
      const files = { '001_wire.txt': source, 'draft_leak.md': draft(floor) };
      assert.deepEqual(findingsIn(files, 'draft_leak.md', 'unsourced-claim'), [], floor);
    }
  });

  it('still flags a floor in digits no source supports', () => {
    const files = { '001_wire.txt': source, 'draft_leak.md': draft('more than 40') };
    assert.equal(findingsIn(files, 'draft_leak.md', 'unsourced-claim').length, 1);
  });
});
