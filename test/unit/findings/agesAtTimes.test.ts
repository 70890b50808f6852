// A person's age says who, not when: the same person is 29 at every moment of a story, so the same
// age beside two clock times ("walked out at 10:15" / "was found at 11:40") does not make them one
// moment, and the two times are not held to each other.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'PENRITH, June 3 (Fenwire) - Dana Pike, 29, who is serving six years for fraud, walked out of Carrow open prison at 10:15 on Tuesday, prison officials said.';

describe('time findings: ages beside two clock times', () => {
  it('does not hold two moments of one person against each other through the age', () => {
    const paper = 'Cumbria Evening Star\n\nDana Pike, 29, was found at 11:40 on Tuesday in a barn near Lazonby, police said.';
    const files = { '001_wire.txt': wire, '002_paper.txt': paper };
    assert.deepEqual(findingsIn(files, '002_paper.txt', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'time-conflict'), []);
  });

  it('still holds one moment told in like words', () => {
    const paper = 'Cumbria Evening Star\n\nDana Pike, 29, walked out of Carrow open prison at 11:40 on Tuesday, prison officials said.';
    const files = { '001_wire.txt': wire, '002_paper.txt': paper };
    assert.equal(findingsIn(files, '002_paper.txt', 'time-conflict').length, 1);
  });
});
