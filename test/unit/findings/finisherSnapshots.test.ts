// Counts of a field read at two hours: "27,318 had finished by 2 p.m." / "At the close of the course at
// 16:30, 30,882 cyclists had finished" (two tallies told to the unit, 12% apart), and "Over 31,000
// cyclists are expected at the start, … until around 10:50" / "27,318 had finished by 2 p.m." (a floor
// the exact count falls short of). Counts within 15% of each other were read as one crowd told loosely,
// which made the hours one moment told wrongly. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  '000_wire.txt': 'LYON, May 9 (Eurowire) - A total of 31,407 cyclists started the city sportive on Sunday, and 27,318 had finished by 2 p.m., organisers said. The course closes at 16:30.',
  '001_blog.md': '# Live: Lyon sportive\n\n*All times CEST.*\n\n**14:05** Finisher update from the organisers: 27,318 cyclists have now crossed the line. The course stays open until 16:30.\n\n**07:30** Good morning. Over 31,000 cyclists are expected at the start, split across waves that will set off until around 10:50.',
  '002_release.txt': 'LYON SPORTIVE: RECORD FIELD\n\n31,407 cyclists started the race. At the close of the course at 16:30, 30,882 cyclists had finished.',
};

describe('findings: counts of a field at two hours are two snapshots', () => {
  it('holds no hour against another where two tallies told to the unit differ', () => {
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_release.txt', 'time-conflict'), []);
  });

  it('holds no hour against another where an exact count falls short of a floor', () => {
    assert.deepEqual(findingsIn(files, '001_blog.md', 'time-conflict'), []);
  });

  it('still ties the hours of one tally copied with two digits swapped', () => {
    const slipped = {
      '000_wire.txt': 'LYON, May 9 (Eurowire) - A total of 31,407 cyclists started the city sportive on Sunday, and 27,318 had finished by 2 p.m., organisers said.',
      '001_blog.md': '# Live: Lyon sportive\n\n*All times CEST.*\n\n**15:05** Finisher update from the organisers: 27,381 cyclists have now crossed the line.',
    };
    assert.equal(findingsIn(slipped, '000_wire.txt', 'time-conflict').length, 1);
  });
});
