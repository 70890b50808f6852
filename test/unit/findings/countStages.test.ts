// "read out the provisional results at 2.40pm" / "declared the final results at 3pm": a count published
// in stages (preliminary, provisional, final) has a moment for each stage, and two stages told in like
// words (the same official, the same hall) are two moments, not one disputed. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'APIA, Apr 12 (Reefwire) - Electoral Commissioner Tavita Lemalu read out the provisional results at the national tally room in Apia at 2.40pm Samoa time (0140 GMT) on Sunday.';

describe('times: stages of a count', () => {
  it('does not hold the final results\' time against the provisional results\' time', () => {
    const release = 'ELECTORAL COMMISSION\n\nElectoral Commissioner Tavita Lemalu today declared the final results at the national tally room, Apia, at 3.00pm Samoa time (02:00 GMT).';
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, '002_release.txt': release }, '002_release.txt', 'time-conflict').map((f) => f.text), []);
  });

  it('still holds one stage told at two times', () => {
    const release = 'ELECTORAL COMMISSION\n\nElectoral Commissioner Tavita Lemalu today read out the provisional results at the national tally room, Apia, at 3.00pm Samoa time (02:00 GMT).';
    assert.ok(findingsIn({ '001_wire.txt': wire, '002_release.txt': release }, '002_release.txt', 'time-conflict').length > 0);
  });
});
