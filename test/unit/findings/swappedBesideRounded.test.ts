// A draft's "2,351 flights" where two sources tell "2,315 flights" exactly and a third rounds to
// "nearly twenty-four hundred flights": the rounding allows both numbers, so it settles nothing;
// the draft's two swapped digits still disagree with the exact counts.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: swapped digits beside a rounding that allows both', () => {
  const files = (draft: string): Record<string, string> => ({
    '000_wire.txt': 'OSLO, Jan 9 (Nordwire) - Snow closed three airports on Friday, cancelling 2,315 flights across the region and stranding tens of thousands of travellers.',
    '002_release.txt': 'NORDIC AIRPORTS\nPRESS RELEASE\n\nIn total, 2,315 flights were cancelled out of about 5,000 scheduled for the day.',
    '003_radio.txt': 'HOST: Good evening. Nearly twenty-four hundred flights had been cancelled by the time the last runway reopened.',
    'draft.md': draft,
  });

  it('holds the swapped count against the exact ones', () => {
    const found = findingsIn(files('# Snow grounds the north\n\nBy the time the last runway reopened, 2,351 flights had been cancelled, nearly half of the day\'s schedule.'), 'draft.md', 'figure-conflict');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /2,315/);
  });

  it('leaves the right count alone', () => {
    assert.deepEqual(findingsIn(files('# Snow grounds the north\n\nBy the time the last runway reopened, 2,315 flights had been cancelled, nearly half of the day\'s schedule.'), 'draft.md', 'figure-conflict'), []);
  });
});
