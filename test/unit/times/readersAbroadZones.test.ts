// Papers in South America keep their own clock and give readers abroad the time elsewhere: "all times
// CLST", "06:00 CLST (04:00 US Eastern)", "a deal announced (09:20 in New York)", "expected at about
// 15:00 here, which would be 18:00 GMT". A time told on another place's clock is that time's own: it
// sets the clock of no later time. Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const MARCH_2_2028 = { year: 2028, month: 3, day: 2 };

describe('times: the clocks of readers abroad', () => {
  it('knows Chile, Colombia and Peru by their abbreviations', () => {
    const { times } = timesIn('The ferry left Puerto Montt at 07:15 CLST and reached Chaitén at 12:40 CLST.', MARCH_2_2028);
    assert.equal(claim(times, '07:15 CLST').utcMinutes, 10 * 60 + 15);
    const lima = timesIn('The vote in Lima closed at 16:00 PET.', MARCH_2_2028);
    assert.equal(claim(lima.times, '16:00 PET').utcMinutes, 21 * 60);
  });

  it('reads a timeline labelled "(all times CLST, UTC-3)" on Chile summer time, not on UTC', () => {
    const body = 'TIMELINE (all times CLST, UTC-3)\n\n- 09:10: The miners leave the shaft.\n- 11:45: The last bus reaches Copiapó.';
    const { times } = timesIn(body, MARCH_2_2028);
    assert.equal(claim(times, '09:10').zone, 'CLST');
    assert.equal(claim(times, '09:10').utcMinutes, 12 * 60 + 10);
  });

  it('reads "04:00 US Eastern" as New York\'s clock', () => {
    const { times } = timesIn('Pickets formed at 06:00 CLST (04:00 US Eastern) on Monday.', MARCH_2_2028);
    assert.equal(claim(times, '04:00 US Eastern').zone, 'ET');
  });

  it('does not carry "in New York" to the times after it', () => {
    const body = 'All times are Chile summer time (CLST).\n\nThe court ruled on the appeal at 11:20, hours after a deal was announced (09:20 in New York). Lawyers left the building at 13:30.';
    const { times } = timesIn(body, MARCH_2_2028);
    assert.equal(claim(times, '13:30').zone, 'CLST');
    assert.equal(claim(times, '11:20').zone, 'CLST');
  });

  it('does not put the zone of a conversion in brackets on the time before it', () => {
    const { times } = timesIn('Trading restarts at 10:30 hours on Friday (13:30 GMT; 08:30 ET), the exchange said. All times CLST.', MARCH_2_2028);
    assert.notEqual(claim(times, '10:30').zone, 'ET');
  });

  it('reads "which would be 18:00 GMT" as a conversion for readers elsewhere', () => {
    const body = 'All times CLST.\n\nThe result is expected at about 15:00 here, which would be 18:00 GMT.';
    const { times } = timesIn(body, MARCH_2_2028);
    assert.equal(claim(times, 'about 15:00').zone, 'CLST');
  });
});
