// "fell to minus 31C on the night of Monday, February 9, according to the National Weather Bureau" /
// "The National Weather Bureau warns of a new storm from Friday, February 13": two days, each written
// with the weekday the calendar gives it, in words that share only an organisation's name, are two
// things that party told, not one event misdated (a year may come from the story's other articles).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'KARLSTAD, Wednesday February 11 (Nordpost) - The temperature fell to minus 31 degrees Celsius in Ransby on the night of Monday, February 9, according to the National Weather Bureau of Norland.';
const blog = '# LIVE: cold snap\n\n**11:20** — The National Weather Bureau of Norland warns of a new storm from Friday, February 13. Roads in the north remain shut.';
const release = 'NORLAND ROADS AGENCY\nIssued: Wednesday 11 February 2026\n\nSnow ploughs are working in shifts across the north.';

describe('time findings: two days of one organisation', () => {
  it('holds neither day against the other', () => {
    const files = { '000_wire.txt': wire, '001_blog.md': blog, '002_release.txt': release };
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'time-conflict').map((f) => f.message), []);
    assert.deepEqual(findingsIn(files, '001_blog.md', 'time-conflict').map((f) => f.message), []);
  });

  it('still flags a day told with another weekday than the calendar\'s', () => {
    const files = { '000_wire.txt': wire, '001_blog.md': blog, '002_release.txt': release, 'draft.md': 'The temperature fell to minus 31C in Ransby on the night of Tuesday, February 9, the National Weather Bureau of Norland said.' };
    assert.equal(findingsIn(files, 'draft.md', 'time-conflict').length, 1);
  });
});
