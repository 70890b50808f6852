// A time said without a.m./p.m. takes the half of the day a day-part word told earlier in its own
// sentence gives it ("By late afternoon … at twenty past four"), unless the word is a greeting, a
// stretch of time ("for the night") or a noun's ("the night shift"), or another clock time stands first.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const DAY = { year: 2026, month: 3, day: 9 };

describe('times: a day-part told earlier in the sentence says the half of the day', () => {
  it('reads a spoken time after "late afternoon" and after "last night" as p.m.', () => {
    const { times } = timesIn('MARTA: By late afternoon the cloud was down on the ridge, and the guide rang the lifeboat station at twenty past four.', DAY);
    assert.equal(claim(times, 'twenty past four').localMinutes, 16 * 60 + 20);
    const night = timesIn('OWEN: The keeper was checking the sluices last night and saw the bank slip at about ten to nine.', DAY);
    assert.equal(claim(night.times, 'about ten to nine').localMinutes, 20 * 60 + 50);
  });

  it('leaves a greeting, a stretch of time and a noun alone', () => {
    const greet = timesIn('HOST: Good evening and welcome; the ferry sailed at half past seven.', DAY);
    assert.equal(claim(greet.times, 'half past seven').localMinutes, 7 * 60 + 30);
    const stretch = timesIn('GRACE: The coastguard stood the boats down for the night and will go out again at half past six.', DAY);
    assert.equal(claim(stretch.times, 'half past six').localMinutes, 6 * 60 + 30);
    const noun = timesIn('IAN: Two of the crew came off the night shift and clocked in again at twenty past eight.', DAY);
    assert.equal(claim(noun.times, 'twenty past eight').localMinutes, 8 * 60 + 20);
  });
});
