// "The bridge reopened at 6:30 a.m. after engineers finished checking the cables" / a release's "06:03
// Engineers finish checking the cables": the minutes' digits are swapped (30 / 03), but the words the two
// share stand after "after" in the wire and name an earlier thing, not the reopening. They were read as
// one moment misreported (a slip). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = (clause: string) => `ORSBY, May 9 (Wirepost) - ${clause}, the operator said.`;
const release = [
  'ORSBY BRIDGE COMPANY',
  'Orsby, 9 May 2029',
  '',
  'Timeline (local time)',
  '- 06:03 Engineers finish checking the cables.',
  '- 06:45 First lorries cross.',
  '',
].join('\n');

const conflicts = (files: Record<string, string>, path: string) =>
  findingsIn(files, path, 'time-conflict').map((f) => [f.text, ...f.against.map((e) => e.label)]);

describe('time findings: swapped minutes linked only by words after "after"', () => {
  it('does not hold the reopening against the earlier check', () => {
    const files = { '001_wire.txt': wire('The Orsby bridge reopened at 6:30 a.m. after engineers finished checking the cables'), '002_release.txt': release };
    assert.deepEqual(conflicts(files, '002_release.txt'), []);
    assert.deepEqual(conflicts(files, '001_wire.txt'), []);
  });

  it('still holds swapped minutes told of the same thing', () => {
    const files = { '001_wire.txt': wire('Engineers finished checking the cables at 6:30 a.m.'), '002_release.txt': release };
    assert.deepEqual(conflicts(files, '002_release.txt'), [['06:03', '001']]);
  });
});
