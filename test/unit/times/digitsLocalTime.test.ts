// "The ferry ran aground at 0310 local time (0110 GMT)": four digits of the 24-hour clock with
// "local time" after them are a clock time on the story's local clock, as "2047 GMT" is on GMT. Invented text.
import { strict as assert } from 'node:assert';
import { claim, texts, timesIn } from './helpers';

const DAY = { year: 2026, month: 4, day: 18 };

describe('times: four digits before "local time"', () => {
  it('reads "at 0310 local time (0110 GMT)" as a local clock time and its conversion', () => {
    const { times } = timesIn('The Selvik ferry ran aground at 0310 local time (0110 GMT), the coastguard said.', DAY);
    const t = claim(times, '0310 local time');
    assert.equal(t.localMinutes, 3 * 60 + 10);
    assert.equal(t.zone, 'local time');
    assert.deepEqual(texts(times), ['0310 local time', '0110 GMT']);
  });

  it('leaves a number that is no clock alone', () => {
    const { times } = timesIn('Some 1500 local timers were sold, and 2100 local time-share flats stand empty.', DAY);
    assert.deepEqual(texts(times), []);
  });
});
