// "£47.3m" where the source says "£47,392": a sum's full digits cut short and given a scale word a
// thousand times too big is that sum misreported (a figure-conflict), not a figure no source has.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: a sum cut short and scaled up', () => {
  const files = {
    '001_release.txt': 'HARBURY, March 4 - The trust will refund the parking charge to every patient caught by the meter fault. It estimates the cost of the refunds at £47,392, which it will meet from reserves.',
    '002_paper.txt': 'HARBURY, March 4 - Patients charged twice by a faulty hospital meter will get their money back, the trust said on Tuesday.',
  };
  const draft = (sum: string) => ({ ...files, 'draft_parking.md': `# Parking refunds\n\nThe trust will refund the parking charge, which it estimates will cost ${sum}, and will meet the cost of the refunds from reserves.` });

  it('holds "£47.3m" against the source\'s "£47,392"', () => {
    const found = findingsIn(draft('£47.3m'), 'draft_parking.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].text ?? '', /47\.3m/);
    assert.deepEqual(findingsIn(draft('£47.3m'), 'draft_parking.md', 'unsourced-claim'), []);
  });

  it('leaves digits that are not the source\'s start unsourced', () => {
    assert.deepEqual(findingsIn(draft('£47.5m'), 'draft_parking.md', 'figure-conflict'), []);
  });

  it('leaves the sum told right alone', () => {
    assert.deepEqual(findingsIn(draft('£47,392'), 'draft_parking.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(draft('£47,392'), 'draft_parking.md', 'unsourced-claim'), []);
  });
});
