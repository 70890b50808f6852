// "By 6 p.m. Sunday the number had fallen to 9,400" / a timeline row "Saturday, 7 March 2026 | about
// 6:00 p.m. | outages peak at 31,800": one clock time on two days is two readings of a count that
// moves, when one side writes its weekday beside the clock and the other's full date is another
// weekday, though the wire's dateline gives no year. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  '001_wire.txt': 'HALDEN, March 8 (Wire) - Power cuts peaked at 31,800 customers at about 6 p.m. Saturday, according to Norland Power. By 6 p.m. Sunday the number had fallen to 9,400.',
  '002_release.md': '# Storm update\n\n| Date | Time | Event |\n|---|---|---|\n| Saturday, 7 March 2026 | about 6:00 p.m. | Power cuts peak at 31,800 customers (Norland Power) |\n| Sunday, 8 March 2026 | 9:00 a.m. | Roads reopen |\n',
};

describe('findings: a weekday beside a clock time against a full date', () => {
  it('does not hold Sunday evening\'s count to Saturday evening\'s peak', () => {
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'figure-conflict'), []);
  });
});
