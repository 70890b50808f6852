// "from 6 November 2023", "between 9 March and 12 March": a day told after "from" or "between" is a
// day, where the number alone was read as a range's bare hour ("from 9 to 11 a.m.") and the date
// beneath it lost its day (or was lost whole).
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

describe('times: a day after "from" or "between"', () => {
  it('reads the whole day', () => {
    assert.deepEqual(claim(timesIn('New levers reach the shops from 23 March 2031.').times, '23 March 2031').date, { year: 2031, month: 3, day: 23 });
    assert.deepEqual(claim(timesIn('The ferry runs again from 4 June.').times, '4 June').date, { month: 6, day: 4 });
    const { times } = timesIn('The depot is shut between 9 March and 12 March.');
    assert.deepEqual(claim(times, '9 March').date, { month: 3, day: 9 });
    assert.deepEqual(claim(times, '12 March').date, { month: 3, day: 12 });
  });

  it('still reads a bare hour that opens a range of clock times', () => {
    const clocks = timesIn('Roads stay closed from 9 to 11 a.m. on Sunday.').times.filter((t) => t.granularity === 'clock');
    assert.deepEqual(clocks.map((t) => t.localMinutes), [540, 660]);
  });
});
