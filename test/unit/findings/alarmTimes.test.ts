// "the alarm went off at 3:47" / "the alarm sounded at 3:52" / "the alarm was triggered at 3:52":
// one action told in the words reporters vary, by what acted; two readings to the minute disagree.
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from './review';

describe('time findings: an alarm told in several words', () => {
  it('keys "went off", "sounded" and "was triggered" by the alarm', () => {
    assert.ok(eventKeysAt('Staff said the fire alarm at the depot went off at 1:17 a.m.', '1:17 a.m.').includes('~alert:alarm'));
    assert.ok(eventKeysAt('The alarm sounded at 1:23 a.m.', '1:23 a.m.').includes('~alert:alarm'));
    assert.ok(eventKeysAt('The depot alarm was triggered at 01:23.', '01:23').includes('~alert:alarm'));
    assert.ok(eventKeysAt('At one twenty-three the alarm went off in the paint store.', 'one twenty-three').includes('~alert:alarm'));
  });

  it('flags readings of one alarm to the minute apart', () => {
    const files = {
      '001_wire.txt': 'Friday 9 April 2027\n\nThe alarm sounded at 3:23 a.m. at the Kessel depot, police said.',
      '002_blog.md': 'Friday 9 April 2027\n\nPolice say the alarm at the Kessel depot went off at 3:17 a.m.',
    };
    assert.equal(findingsIn(files, '001_wire.txt', 'time-conflict').length, 1);
    assert.equal(findingsIn(files, '002_blog.md', 'time-conflict').length, 1);
  });
});
