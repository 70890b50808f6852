// "The blast was reported at 2215 hrs", "between 0900 hrs and 1300 hrs": the 24-hour clock as Indian,
// military and police copy write it, with "hrs" or "hours" after four digits. Invented text.
import { strict as assert } from 'node:assert';
import { claim, texts, timesIn } from './helpers';

const DAY = { year: 2025, month: 9, day: 3 };

describe('times: four digits before "hrs" / "hours"', () => {
  it('reads "at 2215 hrs" and "between 0900 hrs and 1300 hrs" as clock times', () => {
    const { times } = timesIn('The Kasauli depot fire was reported at 2215 hrs. Cuts ran between 0900 hrs and 1300 hrs.', DAY);
    assert.equal(claim(times, '2215 hrs').localMinutes, 22 * 60 + 15);
    assert.equal(claim(times, '0900 hrs').localMinutes, 9 * 60);
    assert.equal(claim(times, '1300 hrs').localMinutes, 13 * 60);
  });

  it('keeps a zone written after it ("1120 hrs IST") and leaves the sentence\'s full stop out', () => {
    const { times } = timesIn('The Pune dam gates opened at 1120 hrs IST. Water reached the weir by 1245 hrs.', DAY);
    const t = claim(times, '1120 hrs IST');
    assert.equal(t.zone, 'IST');
    assert.equal(t.utcMinutes, 11 * 60 + 20 - 330);
    claim(times, 'by 1245 hrs');
  });

  it('reads "at 1400 hours" but not a count of hours', () => {
    const { times } = timesIn('The convoy left at 1400 hours. The pilot had logged 1400 hours on the type, and 2000 hrs of flying in all.', DAY);
    assert.deepEqual(texts(times), ['1400 hours']);
  });
});
