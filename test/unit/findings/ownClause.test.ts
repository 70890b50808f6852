// What a clock time's clause tells happened at it stops at an "and" that opens a clause with its own
// subject, and leaves out who says so; and two parties' arrivals are two moments.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('times: the clause that tells what happened at a time', () => {
  it('does not take the doing of a clause joined by "and" with its own subject for the time\'s', () => {
    const files = {
      '001_wire.txt': 'OSTERBY, June 2 (Wirepost) - A caller reported a smell of smoke at 21:40 on Monday and a fire patrol inspected the Granary warehouse roof.',
      '002_paper.txt': 'OSTERBY, June 2 - A fire patrol inspected the Granary warehouse roof at 23:05 on Monday.',
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'time-conflict').map((f) => f.message), []);
  });
  it('does not take an attribution\'s words for what happened', () => {
    const files = {
      '001_wire.txt': 'SALTNESS, June 2 (Wirepost) - The first alarm call was logged at 05:12, the harbour police said.',
      '002_paper.txt': 'SALTNESS, June 2 - The first harbour police boats sailed from the pier at 05:58.',
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'time-conflict').map((f) => f.message), []);
  });
  it('holds the arrivals of two parties apart, and one party\'s two arrival times together', () => {
    const files = {
      '001_wire.txt': 'DUNMERE, June 2 (Wirepost) - Our first technicians arrived at the rail depot at 08:40 to help the crews.',
      '002_paper.txt': 'DUNMERE, June 2 - The first rail crews arrived at the depot at 08:05.',
      '003_blog.txt': 'DUNMERE, June 2 - The first rail crews arrived at the depot at 08:50.',
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'time-conflict').map((f) => f.message), []);
    assert.equal(findingsIn(files, '003_blog.txt', 'time-conflict').length, 1);
  });
  it('stops a time\'s words at the "and" before another clock time of its sentence (what was done then is that time\'s)', () => {
    const files = {
      '001_wire.txt': 'KELDRA, June 2 (Wirepost) - Officials confirmed it was a gas leak, found at 01:12, and that a major alert was declared at 03:40.',
      '002_paper.txt': 'KELDRA, June 2 - By 01:55 we had shut the valves at the plant, and at 03:40 we declared a major alert.',
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'time-conflict').map((f) => f.message), []);
  });
  it('does not carry an action across another clock time to a time joined on by "and"', () => {
    const files = {
      '001_wire.txt': 'KELDRA, June 2 (Wirepost) - The leak was spotted at 01:12, the valves were shut within the hour, and an evacuation was ordered at 03:40.',
      '002_paper.txt': 'KELDRA, June 2 - Night staff spotted the leak at 01:12.',
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'time-conflict').map((f) => f.message), []);
    // The action's own time still agrees, and a time told against it still conflicts.
    const wrong = { ...files, '003_blog.txt': 'KELDRA, June 2 - Night staff spotted the leak at 02:05.' };
    assert.equal(findingsIn(wrong, '003_blog.txt', 'time-conflict').length, 1);
  });
});
