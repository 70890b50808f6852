// "8pm in Paris", "9am in the UK", "4pm in Ontario"-like places: a clock time followed by "in" and a
// place whose clock is known is that place's wall-clock time, not the zone carried from before.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

describe('times: a place named after a clock time', () => {
  it('reads the place\'s zone', () => {
    const { times } = timesIn('The summit opened at 2pm Eastern time on June 3, 2031, which was 8pm in Paris and 7pm in the UK.');
    assert.equal(claim(times, '8pm in Paris').zone, 'Paris time');
    assert.equal(claim(times, '7pm in the UK').zone, 'UK time');
    assert.equal(claim(times, '8pm in Paris').zoneExplicit, true);
  });

  it('takes the longest place name and leaves unknown places alone', () => {
    const { times } = timesIn('Polls closed at 8pm Eastern time on Nov. 4, 2031, and at 6pm in Salt Lake City; counting began at 9pm in Springfield.');
    assert.equal(claim(times, '6pm in Salt Lake City').zone, 'MT');
    assert.equal(claim(times, '9pm').zoneExplicit, false);
  });

  it('reads West Africa\'s capitals on UTC all year (round 43)', () => {
    const { times } = timesIn('The count began at 9 a.m. in Dakar on 14 June 2031 and the result came at 4pm in Abidjan.');
    assert.equal(claim(times, '9 a.m. in Dakar').utcMinutes, 9 * 60);
    assert.equal(claim(times, '4pm in Abidjan').utcMinutes, 16 * 60);
  });
});
