// "The 9am reading is in: fire danger index 3.2" / "closed the trails at 11:38 a.m., when the fire danger
// index reached 4.5": one named level read at two clock times with two values is two readings, two
// moments, however many words of the level's name the clauses share. The same value of the level, or a
// level told once, still ties them by their words. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'KATOOMBA, Nov 20 (Eastwire) - Park rangers closed the ridge trails at 11:38 a.m. local time, when the fire danger index reached 4.5, the level at which the park\'s policy shuts them.';
const blog = '# LIVE: Fire danger in the mountains\n\n*Ridge Gazette · Friday, November 20, 2026 · All times AEDT*\n\n---\n\n' +
  '**9.05am** **Morning reading**\n\nThe 9am reading is in: fire danger index 3.2, wind 30 km/h. Rangers are watching the ridge trails.\n';

describe('times: one level read at two times with two values', () => {
  it('does not hold "9am" against "11:38 a.m." for the index told at 3.2 and 4.5', () => {
    assert.deepEqual(findingsIn({ '000_wire.txt': wire, '001_blog.md': blog }, '001_blog.md', 'time-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn({ '000_wire.txt': wire, '001_blog.md': blog }, '000_wire.txt', 'time-conflict').map((f) => f.text), []);
  });

  it('still holds them where the level reads the same', () => {
    const same = blog.replace('fire danger index 3.2', 'fire danger index 4.5');
    assert.equal(findingsIn({ '000_wire.txt': wire, '001_blog.md': same }, '001_blog.md', 'time-conflict').length, 1);
  });
});
