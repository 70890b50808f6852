// "In Derwent Arena, the 4,500-seat show court, … finishing at 3:12 p.m." / "Matches in Derwent Arena, the
// 4,500-seat show court, continued under its sliding roof, which had been closed at 12:40 p.m.": what a
// place is built to hold (its seats, beds, rooms, storeys) is true at every moment, as a set's size is,
// and does not make the time beside it the other article's moment. A count read at a moment (a crowd)
// still does. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'HOBART, Feb 3 (AAP) - Matches in Derwent Arena, the 4,500-seat show court, continued under its sliding roof, which had been closed at 12:40 p.m.';
const draft = 'In Derwent Arena, the 4,500-seat show court, Priya Basu beat Lena Ostrova 6-2, 6-1, finishing at 3:12 p.m.';

describe('times: what a place is built to hold is no reading of a moment', () => {
  it('does not hold "3:12 p.m." against "12:40 p.m." for a "4,500-seat" court told beside both', () => {
    assert.deepEqual(findingsIn({ '000_wire.txt': wire, 'draft.md': draft }, 'draft.md', 'time-conflict'), []);
  });

  it('does not for a "40-bed" ward either', () => {
    const w = 'HOBART, Feb 3 (AAP) - Staff moved to Ward 6, the 40-bed heat unit, which had been opened at 12:40 p.m.';
    const d = 'Ward 6, the 40-bed heat unit, took its last patient at 3:12 p.m.';
    assert.deepEqual(findingsIn({ '000_wire.txt': w, 'draft.md': d }, 'draft.md', 'time-conflict'), []);
  });

  it('still holds a crowd counted at each time', () => {
    const wire2 = 'HOBART, Feb 3 (AAP) - A crowd of 4,500 was in Derwent Arena when its sliding roof was closed at 12:40 p.m.';
    const draft2 = 'A crowd of 4,500 was in Derwent Arena when its sliding roof was closed at 1:10 p.m.';
    assert.equal(findingsIn({ '000_wire.txt': wire2, 'draft.md': draft2 }, 'draft.md', 'time-conflict').length, 1);
  });
});
