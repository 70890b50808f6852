// Indonesia's central and eastern clocks, WITA (UTC+8: Bali, Sulawesi) and WIT (UTC+9: Papua), and
// the places on them ("11.20am Bali time", "at 9 a.m. in Makassar"). Without them a time in WITA had
// no zone, and an Australian outlet's "(2.20pm AEDT)" beside it, or a table's Sydney column, was held
// against it as a time three hours off. Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';
import { zoneOfPlace } from '../../../server/src/analysis/claims/times/places';

const MARCH_3_2026 = { year: 2026, month: 3, day: 3 };

describe('times: Indonesia\'s WITA and WIT clocks', () => {
  it('reads WITA as UTC+8 and WIT as UTC+9', () => {
    const { times } = timesIn('The ferry sank at 09:40 WITA on Tuesday. The port in the east closed at 14:10 WIT.', MARCH_3_2026);
    assert.equal(claim(times, '09:40 WITA').zone, 'WITA');
    assert.equal(claim(times, '09:40 WITA').utcMinutes, 9 * 60 + 40 - 480);
    assert.equal(claim(times, '14:10 WIT').utcMinutes, 14 * 60 + 10 - 540);
  });

  it('reads "Bali time" on the WITA clock, one moment with its AEDT conversion', () => {
    const { times } = timesIn('The tremor was felt at 10.05am Bali time (1.05pm AEDT) on Tuesday.', MARCH_3_2026);
    assert.equal(claim(times, '10.05am Bali time').zone, 'WITA');
    assert.equal(claim(times, '10.05am Bali time').utcMinutes, claim(times, '1.05pm AEDT').utcMinutes);
  });

  it('knows the clock of a dateline in Indonesia\'s cities', () => {
    assert.equal(zoneOfPlace('DENPASAR'), 'WITA');
    assert.equal(zoneOfPlace('Makassar'), 'WITA');
    assert.equal(zoneOfPlace('JAYAPURA'), 'WIT');
    assert.equal(zoneOfPlace('Surabaya'), 'WIB');
  });

  it('does not read the word "wit" as a clock', () => {
    const { times } = timesIn('She answered at 10 with wit and grace.', MARCH_3_2026);
    assert.ok(times.every((t) => t.zone !== 'WIT'));
  });
});

describe('times: Sydney\'s clock, AEST with summer time', () => {
  it('reads "in Sydney" and "Sydney time" as AEDT in the southern summer and AEST in winter', () => {
    const { times } = timesIn('The tremor was felt at 10.05am Bali time, or 1.05pm in Sydney.', MARCH_3_2026);
    assert.equal(claim(times, '1.05pm in Sydney').utcMinutes, 13 * 60 + 5 - 660);
    assert.equal(claim(times, '1.05pm in Sydney').utcMinutes, claim(times, '10.05am Bali time').utcMinutes);
    const winter = timesIn('The match began at 7.30pm Sydney time.', { year: 2026, month: 7, day: 3 }).times;
    assert.equal(claim(winter, '7.30pm Sydney time').utcMinutes, 19 * 60 + 30 - 600);
  });

  it('knows the clock of a dateline in Australia\'s eastern cities', () => {
    assert.equal(zoneOfPlace('SYDNEY'), 'Sydney time');
    assert.equal(zoneOfPlace('Melbourne'), 'Sydney time');
    assert.equal(zoneOfPlace('BRISBANE'), 'AEST');
  });
});
