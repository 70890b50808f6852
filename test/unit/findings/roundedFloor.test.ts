// "more than 2,500 volunteers … at the height of the clean-up" where a source has "2,580 volunteers
// helped at the peak": a round floor just under a count told in like sentences is that count rounded,
// not an unsourced figure, though the words right beside differ. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const source = 'Saturday 8 May 2027\n\nAt its peak, 2,580 people helped with the beach clean-up, drawn from 14 towns along the coast.';
const draft = (floor: string) => `Saturday 8 May 2027\n\nVolunteers filled bags for ten hours, and at the busiest moment ${floor} people from 14 towns were helping with the beach clean-up.`;

describe('figure findings: a round floor under a source count', () => {
  it('does not flag "more than 2,500" as unsourced beside 2,580 in like words', () => {
    const files = { '001_wire.txt': source, 'draft_cleanup.md': draft('more than 2,500') };
    assert.deepEqual(findingsIn(files, 'draft_cleanup.md', 'unsourced-claim'), []);
  });

  it('still flags a floor more than a step of its last digit under the count', () => {
    const files = { '001_wire.txt': source, 'draft_cleanup.md': draft('more than 1,500') };
    assert.equal(findingsIn(files, 'draft_cleanup.md', 'unsourced-claim').length, 1);
  });

  it('still flags a floor that is not round', () => {
    const files = { '001_wire.txt': source, 'draft_cleanup.md': draft('more than 2,540') };
    assert.equal(findingsIn(files, 'draft_cleanup.md', 'unsourced-claim').length, 1);
  });
});
