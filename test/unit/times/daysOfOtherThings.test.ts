// Days that are not the day of the clock times after them: a day in the possessive ("Tuesday's
// close"), the end of a reporting period ("the 26 weeks to 30 June") and a day told in the future
// tense ("will be paid on 4 March", held only in its paragraph), a day a change takes effect
// ("from Monday 2 March"). Sentences are our own.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const OCT_8_2026 = { year: 2026, month: 10, day: 8 };

describe('times: days that do not date later clock times', () => {
  it('a day in the possessive owns a thing: "against Tuesday\'s close"', () => {
    const { times } = timesIn('The shares opened higher, against Tuesday\'s close of 311p.\n\nThey were up 4% by 10.15am.', OCT_8_2026);
    assert.deepEqual(claim(times, 'by 10.15am').date, OCT_8_2026);
    const plain = timesIn('The shares fell on Tuesday.\n\nThey were up 4% by 10.15am.', OCT_8_2026).times;
    assert.deepEqual(claim(plain, 'by 10.15am').date, { year: 2026, month: 10, day: 6 });
  });

  it('a day in the possessive before a clock time dates that time: "Friday\'s 2:53 p.m. deadline"', () => {
    // Not the month told earlier in the sentence: the weekday's own day, whichever way it resolves.
    const { times } = timesIn('The board kept the bid open from its launch in March to Friday\'s 2:53 p.m. deadline.', OCT_8_2026);
    assert.deepEqual(claim(times, '2:53 p.m.').date, claim(times, 'Friday').date);
    assert.equal(claim(times, '2:53 p.m.').date.month, 10);
    const high = timesIn('Shares slipped in May from Friday\'s 9 a.m. high, the exchange said.', OCT_8_2026).times;
    assert.deepEqual(claim(high, '9 a.m.').date, claim(high, 'Friday').date);
    assert.equal(claim(high, '9 a.m.').date.month, 10);
  });

  it('the end of a reporting period: "in the 26 weeks to 5 October"', () => {
    const { times } = timesIn('Sales rose 3% in the 26 weeks to 5 October.\n\nThe shares were up 4% by 10.15am.', OCT_8_2026);
    assert.deepEqual(claim(times, 'by 10.15am').date, OCT_8_2026);
  });

  it('the day a change takes effect ("from Monday 2 March", "starting 9 March") is not the story\'s day', () => {
    const body = 'The council confirmed on Tuesday that bus fares in the county would go up by 5%, or about a fifth more than expected, from Monday 2 March.\n\nThe leader announced the decision at 11.15am.';
    const { times } = timesIn(body, null);
    assert.equal(claim(times, '11.15am').date.month, undefined);
    const starting = timesIn('Parking charges rise by 20p starting 9 March, the council said.\n\nThe meeting ended at 4pm.', null).times;
    assert.equal(claim(starting, '4pm').date.month, undefined);
  });

  it('a day told in the future tense holds only in its paragraph', () => {
    const body = 'The brewer opened a new plant on Thursday.\n\nThe dividend will be paid on 12 January.\n\nThe shares were up 4% by 10.15am.';
    const { times } = timesIn(body, null);
    assert.equal(claim(times, 'by 10.15am').date.month, undefined);
    const same = timesIn('The dividend will be paid on 12 January. Payments open at 9am.', null).times;
    assert.deepEqual(claim(same, '9am').date, { month: 1, day: 12 });
  });
});
