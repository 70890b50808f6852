// "since the 9 a.m. opening", "until the 10 p.m. curfew": a bound of a stretch, then "the", before a
// clock time that names an event by the noun after it, bounds the time as "since 9 a.m." does
// (claims/times/qualifiers.ts boundBeforeThe). A topic ("about the 9 a.m. meeting"), a deadline's "by
// the", "after the 6.30pm reading" (two events ordered) or no event's noun after the time leave it a
// point. Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const DAY = { year: 2026, month: 5, day: 14 };

describe('times: a bound word before "the" and an event told by its time', () => {
  it('reads "since the 9 a.m. opening" as past, "until the 1 p.m. closure" and "till the 10 p.m. curfew" as until', () => {
    assert.equal(claim(timesIn('About 4,300 people had visited the gardens since the 9 a.m. opening.', DAY).times, 'since the 9 a.m.').qualifier, 'past');
    assert.equal(claim(timesIn('Stallholders kept trading until the 1 p.m. closure of the market.', DAY).times, 'until the 1 p.m.').qualifier, 'until');
    assert.equal(claim(timesIn('Bars stayed open till the 10 p.m. curfew on Friday.', DAY).times, 'till the 10 p.m.').qualifier, 'until');
  });

  it('leaves a topic, a deadline\'s "by the" and a time with no event\'s noun after it a point', () => {
    assert.equal(claim(timesIn('She wrote to members about the 9 a.m. meeting on Friday.', DAY).times, '9 a.m.').qualifier, 'exact');
    assert.equal(claim(timesIn('Bids came in by the 5 p.m. deadline on Friday.', DAY).times, '5 p.m.').qualifier, 'exact');
    assert.equal(claim(timesIn('Crowds grew since the 2 p.m. and 4 p.m. shows.', DAY).times, '2 p.m.').qualifier, 'exact');
    assert.equal(claim(timesIn('The referee made the call after the 6.40pm reading on Court 5.', DAY).times, '6.40pm').qualifier, 'exact');
  });
});
