// "a fault at the Westbrook substation at 4:53 p.m. cut power to about 85,000 customers" / "a fault …
// at 5:20 p.m. has knocked out power to around 85,000 customers": one moment, tied by the same count,
// told to a minute no one rounds to on one side and exactly on the quarter hour on the other, 27 minutes
// apart, is one reading told wrong, though within the half hour loose tellings share. Invented text (round 51).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = [
  'HARLEN, Aug 4 (Plains Wire) - A fault at Norvia Power\'s Westbrook substation at 4:53 p.m. cut power to about 85,000 customers in Westbrook and Dunmore on Monday.', '',
  'Power was fully restored by 9:10 p.m., the utility said.', '',
].join('\n');

const blog = [
  'LIVE: Harlen heat', '', 'Harlen Daily live desk | Updated Monday 4 August 2026, 9:30 p.m.', '',
  '5:40 p.m. Big outage. Norvia Power confirms a fault at its Westbrook substation at 5:20 p.m. has knocked out power to around 85,000 customers in Westbrook and Dunmore.', '',
].join('\n');

const files = { '000_wire.txt': wire, '001_blog.txt': blog };
const times = (f: Record<string, string>, path: string) => findingsIn(f, path, 'time-conflict').map((x) => x.text);

describe('times: a precise minute against a round one, tied by one count', () => {
  it('holds them apart beyond rounding to the half hour', () => {
    assert.deepEqual(times(files, '000_wire.txt'), ['4:53 p.m.']);
    assert.deepEqual(times(files, '001_blog.txt'), ['5:20 p.m.']);
  });

  it('lets a round time within rounding of the reading agree', () => {
    const near = { ...files, '001_blog.txt': blog.replace('at 5:20 p.m.', 'at 5:00 p.m.') };
    assert.deepEqual(times(near, '000_wire.txt'), []);
    assert.deepEqual(times(near, '001_blog.txt'), []);
  });
});
