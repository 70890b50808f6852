// "announced at 08:45 that it will add a surcharge of €12 a tonne" / "announced at a quarter to ten this
// morning that it will charge twelve euros a tonne": the same sum beside both times is the term of the
// one thing announced, the same at every moment of the story, not two snapshots of a moving count; the
// like words of the two clauses make the times one moment, and an hour apart they disagree. Another sum
// beside each time still tells two snapshots. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'DRESDEN, Sept 10 (Elbwire) - Dresden barge operator Nordlink announced at 08:45 CEST that it will add a low-water surcharge of €12 a tonne from Friday for cargo passing Magdeburg.';
const radio = 'ELBE RADIO\nThursday 10 September 2026, broadcast from 12:00 CEST\n\nANNA KRAUSE: Good afternoon. Dresden operator Nordlink announced at a quarter to ten this morning that from Friday it will charge a low-water surcharge of twelve euros a tonne on cargo passing Magdeburg. Jonas Pohl is in Magdeburg.\n\nJONAS POHL: Anna, the river is very low here.';

describe('findings: the same sum beside two times is no snapshot', () => {
  it('holds the two announcement times against each other', () => {
    const files = { '001_wire.txt': wire, '002_radio.txt': radio };
    const found = findingsIn(files, '002_radio.txt', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, 'a quarter to ten');
  });

  it('still keeps two times apart when the sums beside them differ', () => {
    const files = { '001_wire.txt': wire, '002_radio.txt': radio.replace('twelve euros', 'fifteen euros') };
    assert.deepEqual(findingsIn(files, '002_radio.txt', 'time-conflict'), []);
  });
});
