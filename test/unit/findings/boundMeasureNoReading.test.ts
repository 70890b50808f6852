// "while the gauge is under 420 cm" / "falling below the 420-centimetre mark": a measure told as a bound
// (under, below, over, above) is a level the story measures against, a condition on a plan or a line
// crossed, told at any moment of the story. It is no reading taken at the time beside it, so the same
// bound in two sentences does not make their clock times one moment. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = [
  'PRESS RELEASE',
  '',
  'Larsholm Ferries cuts sailings on Lake Varn',
  '',
  'Oststrand, 14 September 2027',
  '',
  'At 07:00 CET this morning, the level at the Brenn gauge stood at 412 centimetres, falling below the 420-centimetre mark for the first time since 2019.',
].join('\n');

const wire = 'OSTSTRAND, Sept 14 (Alpwire) - Lake ferry operator Larsholm announced at 09:45 that it will cut sailings from Thursday while the gauge is under 420 cm.';

describe('findings: a bound measure ties no moment', () => {
  it('does not hold a plan announced later against the reading that crossed the same level', () => {
    const files = { '001_release.txt': release, '002_wire.txt': wire };
    assert.deepEqual(findingsIn(files, '001_release.txt', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_wire.txt', 'time-conflict'), []);
  });

  it('still ties two readings of the same exact measure', () => {
    const files = {
      '001_release.txt': release,
      '002_wire.txt': 'OSTSTRAND, Sept 14 (Alpwire) - The Brenn gauge read 412 centimetres at 08:00 CET on Tuesday, its lowest this year.',
    };
    const found = findingsIn(files, '002_wire.txt', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
  });
});
