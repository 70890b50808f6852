// The same day of another month, told in the very same words ("will close by Nov. 15, 2027" /
// "closes no later than Aug. 15 of next year"), is the month misreported however far apart the two
// lie; the same day of another month in other words is another date.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const call = 'Tuesday 2 November 2026\n\nQ3 EARNINGS CALL\n\nMARA OYELARAN: Processing at the Brackwater mill closes no later than Aug. 15 of next year, and the work moves to our Ferris plant.';
const wire = 'BRACKWATER, Nov 2 (Coastwire) - Hollins Paper will shut its Brackwater mill, with 310 jobs lost, and move the work to Ferris; the company reports results on Nov. 15.';

describe('time findings: a month misreported', () => {
  it('holds a day of another month in the very same words', () => {
    const draft = 'Processing at the Brackwater mill will close by Nov. 15, 2027, the company said.';
    const found = findingsIn({ '001_call.txt': call, '002_wire.txt': wire, 'draft.md': draft }, 'draft.md', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['by Nov. 15, 2027']);
  });

  it('leaves the same day of another month in other words alone', () => {
    const draft = 'Hollins Paper said its annual meeting is on Feb. 15, 2027, in Ferris.';
    assert.deepEqual(findingsIn({ '001_call.txt': call, '002_wire.txt': wire, 'draft.md': draft }, 'draft.md', 'time-conflict'), []);
  });
});
