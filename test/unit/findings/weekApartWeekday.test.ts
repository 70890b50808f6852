// "Saturday 3 October" / "Saturday, Oct 10" in stories of 5 October: two days a whole week apart share
// their weekday by the calendar, and one already past with one still to come are two events, not one
// misdated; two days a week apart both still to come, told with one weekday, are still one event.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'HARROWDALE, England, Oct 5 (Fenwick Press) - Inspectors closed the Brannock Mill bakery on Saturday 3 October after a complaint about mice. The council said a citywide food hygiene campaign will begin on Saturday, Oct 10.';
const release = 'Monday 5 October 2026\n\nCouncil notice: the food hygiene campaign across the city begins on Saturday 10 October 2026.';

describe('time findings: the same weekday a whole week apart', () => {
  it('does not hold a day a week earlier to another event told with the same weekday', () => {
    const desk = 'Monday 5 October 2026\n\nThe Brannock Mill bakery was shut by inspectors on Saturday 3 October, its owner said.';
    const found = findingsIn({ '001_wire.txt': wire, '002_release.txt': release, '003_desk.txt': desk }, '003_desk.txt', 'time-conflict');
    assert.deepEqual(found, []);
  });

  it('still holds two days a week apart, both still to come, told with one weekday', () => {
    const desk = 'Monday 5 October 2026\n\nA citywide drive on kitchen standards is due on Saturday 17 October, the mayor said.';
    const found = findingsIn({ '001_wire.txt': wire, '002_release.txt': release, '003_desk.txt': desk }, '003_desk.txt', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['Saturday 17 October']);
  });
});
