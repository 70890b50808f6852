// "twelve minutes to midnight", "ten past midnight", "a quarter to noon": midnight and noon are hours
// said after "past"/"to" as the numbered ones are, and they say which half of the day. Invented text.
import { strict as assert } from 'node:assert';
import { assertSpans, claim, timesIn } from './helpers';

const OCT_3_2027 = { year: 2027, month: 10, day: 3 };

describe('times: minutes past or to midnight and noon, said in words', () => {
  it('reads "eight minutes to midnight" as 23:52 and "ten past midnight" as 00:10', () => {
    const body = 'THE MAYOR: It is eight minutes to midnight, so we will close the debate. The last ferry left at ten past midnight.';
    const { text, times } = timesIn(body, OCT_3_2027);
    assertSpans(text, times);
    assert.equal(claim(times, 'eight minutes to midnight').localMinutes, 23 * 60 + 52);
    assert.equal(claim(times, 'ten past midnight').localMinutes, 10);
    // One claim each: the bare "midnight" inside them is not read again.
    assert.equal(times.filter((t) => t.text === 'midnight').length, 0);
  });

  it('reads "a quarter to noon" as 11:45 and "twenty past midday" as 12:20', () => {
    const body = 'The verdict came at a quarter to noon. Sentencing began at twenty past midday.';
    const { times } = timesIn(body, OCT_3_2027);
    assert.equal(claim(times, 'a quarter to noon').localMinutes, 11 * 60 + 45);
    assert.equal(claim(times, 'twenty past midday').localMinutes, 12 * 60 + 20);
  });

  it('a bare "N to midnight" still needs a clock cue: "from ten to midnight" is a count or a span', () => {
    const body = 'Shifts ran from ten to midnight all week.';
    const { times } = timesIn(body, OCT_3_2027);
    assert.equal(times.filter((t) => /ten to midnight/.test(t.text)).length, 0);
  });
});
