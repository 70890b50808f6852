// "A final count released on Thursday put the haul at 1,260 crates" / "1,180 crates, according to the
// final count": two sources of different days that both tell a count as its final tally tell one
// quantity, done, not two snapshots of a count still moving. Without "final" they are still left
// apart (round 40). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'GDYNIA, March 12 (Northwire) - Customs officers boarded the cargo ship Marit at 05:40 on Monday. Agents first spoke of some 900 crates; a final count released on Thursday put the haul at 1,260 crates of counterfeit perfume.\n';
const radio = 'PORT RADIO - WEEKEND NEWS\nSaturday 14 March 2026\n\nThe Marit case goes on. Officers found 1,180 crates of counterfeit perfume, according to the final count, and the ship stays in port.\n';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict').map((f) => f.text);

describe('findings: two counts told as the final tally', () => {
  it('are held to each other across days', () => {
    const files = { '001_wire.txt': wire, '002_radio.txt': radio };
    assert.ok(conflicts(files, '002_radio.txt').some((t) => t.includes('1,180')), JSON.stringify(conflicts(files, '002_radio.txt')));
  });

  it('are not when one does not say the count is final', () => {
    const files = { '001_wire.txt': wire, '002_radio.txt': radio.replace(', according to the final count,', ' on board,') };
    assert.deepEqual(conflicts(files, '002_radio.txt'), []);
  });
});
