// "At half past one this afternoon, UK time, the …": a transcript's spoken time with its zone set off
// by commas is on that clock, read as a numeral's is (zoneAfterDay); without it, the time has no zone.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

describe('times: a zone set off by commas after a spoken time', () => {
  it('reads the zone of the aside, and keeps the span to the time\'s words', () => {
    const body = 'PRESENTER: At half past two this afternoon, UK time, the Danish brewer Kelstrup recalled its lager.';
    const t = claim(timesIn(body, { year: 2031, month: 6, day: 12 }).times, 'half past two');
    assert.equal(t.zone, 'UK time');
    assert.equal(t.utcMinutes, 13 * 60 + 30);
    const bare = claim(timesIn('PRESENTER: At half past two this afternoon the brewer recalled its lager.', { year: 2031, month: 6, day: 12 }).times, 'half past two');
    assert.equal(bare.zone, null);
  });

  it('reads a zone the engine knows by name after a numeral\'s day-part too, not as an unknown place\'s clock', () => {
    const t = claim(timesIn('The brewer recalled its lager at 14:30 this afternoon, UK time, the company said.', { year: 2031, month: 6, day: 12 }).times, '14:30');
    assert.equal(t.zone, 'UK time');
    assert.equal(t.utcMinutes, 13 * 60 + 30);
  });
});
