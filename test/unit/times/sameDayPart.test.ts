// "at a quarter to five that same afternoon": "that same" before a day-part is the day-part beside the
// time, as "that afternoon" is. Invented text only.
import { strict as assert } from 'node:assert';
import { assertSpans, claim, timesIn } from './helpers';

const JUNE_4_2026 = { year: 2026, month: 6, day: 4 };

describe('times: "that same" before a day-part', () => {
  it('reads "a quarter to six that same evening" as 17:45', () => {
    const body = 'PORT DIRECTOR: The crane was repaired on Tuesday, and we reopened the quay at a quarter to six that same evening.';
    const { text, times } = timesIn(body, JUNE_4_2026);
    assertSpans(text, times);
    assert.equal(claim(times, 'a quarter to six').localMinutes, 17 * 60 + 45);
  });

  it('reads "ten past three this same afternoon" as 15:10', () => {
    const body = 'The second convoy left the depot at ten past three this same afternoon.';
    const { times } = timesIn(body, JUNE_4_2026);
    assert.equal(claim(times, 'ten past three').localMinutes, 15 * 60 + 10);
  });
});
