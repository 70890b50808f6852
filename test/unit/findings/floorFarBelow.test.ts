// "more than 3,000 tenants had complained" where the sources count 52,700 tenants refunded: a floor in
// digits rounds a count a little above it; a count three times the floor or more is another count and
// does not source it. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const source = 'Thursday 6 May 2027\n\nThe Harlen Housing Trust said it had refunded 52,700 tenants who were overcharged on service charges between 2020 and 2024, the regulator said.';
const draft = (floor: string) => `Thursday 6 May 2027\n\nThe regulator said ${floor} tenants had complained to the Harlen Housing Trust about service charges.`;

describe('figure findings: a floor far below the sources\' count', () => {
  it('flags a floor the sources\' count is many times above as unsourced', () => {
    const files = { '001_wire.txt': source, 'draft_trust.md': draft('more than 3,000') };
    assert.equal(findingsIn(files, 'draft_trust.md', 'unsourced-claim').length, 1);
  });

  it('takes a floor just below the sources\' count as its rounding', () => {
    for (const floor of ['more than 50,000', 'at least 30,000']) {
      const files = { '001_wire.txt': source, 'draft_trust.md': draft(floor) };
      assert.deepEqual(findingsIn(files, 'draft_trust.md', 'unsourced-claim'), [], floor);
      assert.deepEqual(findingsIn(files, 'draft_trust.md', 'figure-conflict'), [], floor);
    }
  });
});
