// "- 15 March 2027 (Monday): final figures to be compiled": a timeline's weekday in brackets right after
// a date written out is that date's weekday, not a day of its own counted back from the dateline
// (round 45). A weekday in brackets after something else stays a day of its own. Invented text.
import { strict as assert } from 'node:assert';
import { timesIn } from './helpers';

const MARCH_2_2027 = { year: 2027, month: 3, day: 2 };

describe('times: a weekday in brackets after a date', () => {
  it('is the date\'s weekday', () => {
    const { times } = timesIn('Timeline\n\n- 15 March 2027 (Monday): final figures to be compiled.\n', MARCH_2_2027);
    const dates = times.filter((t) => t.granularity === 'date');
    assert.deepEqual(dates.map((t) => [t.text, t.weekday, t.date.day]), [['15 March 2027', 1, 15]]);
  });

  it('stays a day of its own after other words', () => {
    const { times } = timesIn('The figures (Monday) were late, the office said.', MARCH_2_2027);
    assert.deepEqual(times.filter((t) => t.granularity === 'date').map((t) => t.text), ['Monday']);
  });
});
