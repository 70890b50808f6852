// "The northern line had its trains running again at 07:15 GMT, and the coastal line at 07:40 GMT": one
// sentence's words tell the same thing at two times. A source's time told in like words is held to the
// nearer of them only.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('time findings: one action at two times in a sentence', () => {
  const files = {
    '001_operator.txt': 'Rail operator statement, Friday 7 March 2025.\n\nThe northern line had its trains running again at 07:15 GMT, and the coastal line at 07:40 GMT. Buses ran until then.',
    '002_wire.txt': 'DUNMORE, March 7 (Railwire) - The northern line had its trains running again at 06:45 GMT after a landslip was cleared, the operator said.',
  };

  it('holds the source to the nearer time and leaves the farther one alone', () => {
    assert.deepEqual(findingsIn(files, '001_operator.txt', 'time-conflict').map((f) => f.text), ['07:15 GMT']);
    assert.deepEqual(findingsIn(files, '002_wire.txt', 'time-conflict').map((f) => f.text), ['06:45 GMT']);
  });
});
