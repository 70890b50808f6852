// "did not finish until 11:34 p.m.": what did not happen before a time happened at it, so the time
// is a point (exact), not a bound; "until 6pm" alone, or a negation in another sentence, stays a bound.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const DAY = { year: 2026, month: 2, day: 26 };

describe('times: "not … until" tells a point', () => {
  it('reads a negated "until" as the moment it happened', () => {
    assert.equal(claim(timesIn('The meeting did not finish until 11:34 p.m. on Thursday.', DAY).times, 'until 11:34 p.m.').qualifier, 'exact');
    assert.equal(claim(timesIn("The all-clear wasn't given until 4.20am.", DAY).times, 'until 4.20am').qualifier, 'exact');
    assert.equal(claim(timesIn('Crews were never told until 9:10 a.m. what had happened.', DAY).times, 'until 9:10 a.m.').qualifier, 'exact');
  });

  it('leaves a plain "until", or one after a negation in the sentence before, a bound', () => {
    assert.equal(claim(timesIn('The road stays closed until 6pm on Friday.', DAY).times, 'until 6pm').qualifier, 'until');
    assert.equal(claim(timesIn('It was not safe. Crews worked until 11:34 p.m. on the line.', DAY).times, 'until 11:34 p.m.').qualifier, 'until');
  });
});
