// "The footbridge collapsed at about 4:10 p.m." / "gave way at 4:25 p.m.": two readings of the story's
// onset, each told to a minute off the quarter hours (a reading, not a rounding), a quarter of an hour
// apart, disagree though "about" stands beside one. A round "about 4 p.m." against "4:20 p.m." is
// still the same moment told loosely. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = (at: string) => `KELDBY, April 2 (Northwire) - A wooden footbridge over the river Esk collapsed at ${at} on Thursday, throwing nine walkers into the water, police said.`;
const council = (at: string) => `Thursday 2 April 2026\n\nStatement on the Esk footbridge\n\nThe council's inspection team has been sent to the site. The structure gave way at ${at}, a council spokesman said.`;

describe('time findings: readings of the onset a quarter of an hour apart', () => {
  it('holds two off-quarter readings of the onset 15 minutes apart against each other', () => {
    const files = { '001_wire.txt': wire('about 4:10 p.m.'), '002_council.txt': council('4:25 p.m.') };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'time-conflict').map((f) => f.text), ['about 4:10 p.m.']);
  });

  it('leaves a round time told loosely against a reading 20 minutes off', () => {
    const files = { '001_wire.txt': wire('about 4 p.m.'), '002_council.txt': council('4:20 p.m.') };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'time-conflict').map((f) => f.text), []);
  });
});
