// "Exports rose 4% in April, the bureau says in figures released at 09:30 BST": a reporting clause
// parts the month the figures cover from the clock time they were released at; the month is no day
// of that time (daysource.ts reportedBetween). Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const MAY_4_2026 = { year: 2026, month: 5, day: 4 };

describe('times: a month told before a reporting clause', () => {
  it('does not date the clock time after the clause', () => {
    const { times } = timesIn('Exports of salmon rose to a record in April, the bureau says in figures released at 09:30 BST.', MAY_4_2026);
    assert.deepEqual(claim(times, '09:30 BST').date, MAY_4_2026);
  });

  it('does not date it after "according to" either', () => {
    const { times } = timesIn('Some 412 new firms were registered in April, according to data the registry put out at 11:00 CEST.', MAY_4_2026);
    assert.deepEqual(claim(times, '11:00 CEST').date, MAY_4_2026);
  });

  it('still dates a clock time told in the month\'s own clause', () => {
    const { times } = timesIn('In April 2019, at 3 a.m., the old bridge over the river gave way.', MAY_4_2026);
    assert.deepEqual(claim(times, '3 a.m.').date, { year: 2019, month: 4 });
  });
});
