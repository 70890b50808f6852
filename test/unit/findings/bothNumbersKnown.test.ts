// A source whose article states the other source's number of the same kind of quantity as well as its
// own knows both as two quantities (a reading and an old limit, "17 of the 21 provinces" and "seventeen
// provinces"): it does not dispute the other's number with its own. Sources that each state one number only still disagree.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: a source that states both numbers', () => {
  const wire = 'Tests at the Riverside plant on Friday morning showed 280 milligrams of sulphate per litre and 610 mg/L of nitrate.\n\n' +
    'The agency has temporarily raised the permitted ceilings to 450 mg/L for sulphate and 800 mg/L for nitrate, from 250 mg/L and 500 mg/L respectively.';
  const release = 'On Friday morning, treated water showed 280 mg/L of sulphate and 610 mg/L of nitrate, within the temporary limits set by the agency (450 mg/L and 800 mg/L respectively).';

  it('holds no reading against the old limit of a source that states the reading too', () => {
    const files = { '000_wire.txt': wire, '001_release.txt': release };
    assert.deepEqual(findingsIn(files, '001_release.txt', 'figure-conflict').map((f) => f.message), []);
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'figure-conflict').map((f) => f.message), []);
  });

  it('still holds two sources that each state one reading to each other', () => {
    const files = {
      '000_wire.txt': 'Tests at the Riverside plant on Friday morning showed 280 mg/L of sulphate, the utility said.',
      '001_release.txt': 'Tests at the Riverside plant on Friday morning showed 320 mg/L of sulphate, the utility said.',
    };
    assert.equal(findingsIn(files, '001_release.txt', 'figure-conflict').length, 1);
    assert.equal(findingsIn(files, '000_wire.txt', 'figure-conflict').length, 1);
  });
});
