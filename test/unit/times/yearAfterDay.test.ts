// A year told right after a day without one ("March 31 of next year", "on 4 June last year") is
// counted from the dateline's year, not guessed from how far the day lies from the dateline.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const NOV_2_2026 = { year: 2026, month: 11, day: 2 };

describe('times: a year said after a day', () => {
  it('reads "of next year" and "last year" after a day', () => {
    const { times } = timesIn('The mill will close no later than March 31 of next year. It last shut on 4 June last year, for a week.', NOV_2_2026);
    assert.deepEqual(claim(times, 'no later than March 31').date, { year: 2027, month: 3, day: 31 });
    assert.deepEqual(claim(times, '4 June').date, { year: 2025, month: 6, day: 4 });
  });

  it('keeps the dateline\'s year for a day with no year after it', () => {
    const { times } = timesIn('The mill shut on 4 June for a week.', NOV_2_2026);
    assert.deepEqual(claim(times, '4 June').date, { year: 2026, month: 6, day: 4 });
  });
});
