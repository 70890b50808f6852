// Bangladesh's clock as its newsrooms write it. Invented text.
// - "Bangladesh Standard Time" (or "Bangladesh Time") written out after a time is UTC+6;
// - "BST" in an article that says it keeps Bangladesh Standard Time, or whose own conversion beside it
//   puts GMT six hours behind ("9.40am BST (3.40am GMT)"), is that clock, not British Summer Time;
// - a zone-less time on such an article's clock is read on UTC+6 too.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const JAN_14_2027 = { year: 2027, month: 1, day: 14 };

describe('times: Bangladesh Standard Time and its "BST"', () => {
  it('reads "Bangladesh Standard Time" written out as UTC+6', () => {
    const { times } = timesIn('The port reopened at 4:20 p.m. Bangladesh Standard Time on Thursday.', JAN_14_2027);
    assert.equal(claim(times, '4:20 p.m. Bangladesh Standard Time').utcMinutes, 16 * 60 + 20 - 360);
  });

  it('reads BST as UTC+6 where the article keeps Bangladesh Standard Time', () => {
    const { times } = timesIn('All times Bangladesh Standard Time (BST, UTC+6).\n\nThe launch left Barishal at 7:05 a.m. BST on Thursday.', JAN_14_2027);
    assert.equal(claim(times, '7:05 a.m. BST').utcMinutes, 7 * 60 + 5 - 360);
  });

  it('reads BST as UTC+6 where the writer converts it six hours back to GMT', () => {
    const { times } = timesIn('The launch left Barishal at 7.05am BST (1.05am GMT) and sank an hour later at 8.10am BST.', JAN_14_2027);
    assert.equal(claim(times, '8.10am BST').utcMinutes, 8 * 60 + 10 - 360);
  });

  it('keeps BST British where nothing says otherwise, or the conversion is an hour back', () => {
    const uk = timesIn('The match in Leeds starts at 7:45 p.m. BST on Saturday.', { year: 2027, month: 6, day: 12 });
    assert.equal(claim(uk.times, '7:45 p.m. BST').utcMinutes, 19 * 60 + 45 - 60);
    const hour = timesIn('Kick-off is at 7.45pm BST (6.45pm GMT) and the gates open at 6pm BST.', { year: 2027, month: 6, day: 12 });
    assert.equal(claim(hour.times, '6pm BST').utcMinutes, 18 * 60 - 60);
  });
});
