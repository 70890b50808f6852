// "voted 9 votes to 6" / "voted ten votes to five": two tallies of one total (a board of 15, all
// voting) on the same side are one vote told with a vote moved across, a disagreement carried by the
// winning side alone; tallies of two totals are two votes. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'HALVERN, June 9 (Coastline News) - The Halvern county board voted 9 votes to 6 on Tuesday to close the Eastgate branch library, the board said.';

describe('figures: tallies of one total', () => {
  it('holds the winning side of a tally against another of the same total, once', () => {
    const radio = 'PRESENTER: Since Tuesday, when the Halvern county board voted ten votes to five to close the Eastgate branch library, parents have been angry.';
    const found = findingsIn({ '001_wire.txt': wire, '002_radio.txt': radio }, '002_radio.txt', 'figure-conflict').map((f) => f.text);
    assert.deepEqual(found, ['ten votes']);
  });

  it('keeps tallies of two totals apart', () => {
    const radio = 'PRESENTER: Since Tuesday, when the Halvern county board voted ten votes to four to close the Eastgate branch library, parents have been angry.';
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, '002_radio.txt': radio }, '002_radio.txt', 'figure-conflict').map((f) => f.text), []);
  });
});
