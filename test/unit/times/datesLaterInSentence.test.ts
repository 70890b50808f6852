// A date later in a clock time's sentence is its day when written beside it ("at 2pm on Friday"),
// not when it is no story day (a bound, a period's end, a date far from the dateline) or lies more
// than a week from the day the story told before it. Sentences are our own.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const MAR_4_2027 = { year: 2027, month: 3, day: 4 };

describe('times: a date later in the sentence of a clock time', () => {
  it('written beside the time, it is the time\'s day', () => {
    const { times } = timesIn('The hearing resumes at 2pm on 9 March, the court said.', MAR_4_2027);
    assert.deepEqual(claim(times, '2pm').date, { year: 2027, month: 3, day: 9 });
    const further = timesIn('The mayor spoke at 2pm at a news conference at City Hall on 3 March.', MAR_4_2027).times;
    assert.deepEqual(claim(further, '2pm').date, { year: 2027, month: 3, day: 3 });
  });

  it('a bound after the time is not its day: "with use-by dates from 20 March"', () => {
    const { times } = timesIn('The recall notice went out at 6pm and covers 12 batches with use-by dates from 20 March to 2 May.', MAR_4_2027);
    assert.deepEqual(claim(times, '6pm').date, MAR_4_2027);
  });

  it('a period\'s end or a date far from the dateline is not its day', () => {
    const period = timesIn('The company reported at 7am that sales fell 4% in the quarter ended 28 February.', MAR_4_2027).times;
    assert.deepEqual(claim(period, '7am').date, MAR_4_2027);
    const record = timesIn('The temperature reached 41C at 3pm, beating the record set at Orrin on 9 August 2019.', MAR_4_2027).times;
    assert.deepEqual(claim(record, '3pm').date, MAR_4_2027);
  });

  it('without a dateline, a date weeks from the story\'s own day is not the time\'s', () => {
    const body = 'The dairy announced the recall on Thursday 4 March. The notice went online at 6pm and covers 12 batches, with use-by dates of 29 April.';
    const { times } = timesIn(body, null);
    assert.deepEqual(claim(times, '6pm').date, { month: 3, day: 4 });
    const near = timesIn('The dairy announced the recall on Thursday 4 March. The notice went online at 6pm, the agency said on 5 March.', null).times;
    assert.deepEqual(claim(near, '6pm').date, { month: 3, day: 5 });
  });
});
