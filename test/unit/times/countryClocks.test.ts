// A country's fixed clock written out by its name after a time: "5:10 a.m. Nepal Time", "India Standard
// Time", "East Africa Time". Without it the time had no zone, and its bracketed GMT conversion could
// not be checked, nor a figure beside it tied to its moment. Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';
import { zoneOfPlace } from '../../../server/src/analysis/claims/times/places';

const MARCH_3_2026 = { year: 2026, month: 3, day: 3 };

describe('times: a country\'s clock by its name', () => {
  it('reads the country\'s zone, with or without "Standard"', () => {
    const { times } = timesIn('The landslide hit at 5:10 a.m. Nepal Time on Tuesday. The minister spoke at 14:30 India Standard Time, and the bank opened at 9:00 East Africa Time.', MARCH_3_2026);
    assert.equal(claim(times, '5:10 a.m. Nepal Time').zone, 'NPT');
    assert.equal(claim(times, '5:10 a.m. Nepal Time').utcMinutes, 5 * 60 + 10 - 345);
    assert.equal(claim(times, '14:30 India Standard Time').zone, 'IST');
    assert.equal(claim(times, '9:00 East Africa Time').zone, 'EAT');
  });

  it('does not read "Central Africa Time" as US Central time', () => {
    const { times } = timesIn('The polls closed at 18:00 Central Africa Time on Tuesday.', MARCH_3_2026);
    assert.equal(claim(times, '18:00 Central Africa Time').zone, 'CAT');
  });
  it('reads South America\'s clocks without summer time by the country\'s name', () => {
    const { times } = timesIn('The summit opened at 9:40 a.m. Colombia time. Talks in the capital of the south resumed at 11:20 Argentina time, and the Lima delegates left at 16:05 Peru time.', MARCH_3_2026);
    assert.equal(claim(times, '9:40 a.m. Colombia time').zone, 'COT');
    assert.equal(claim(times, '9:40 a.m. Colombia time').utcMinutes, 9 * 60 + 40 + 300);
    assert.equal(claim(times, '11:20 Argentina time').utcMinutes, 11 * 60 + 20 + 180);
    assert.equal(claim(times, '16:05 Peru time').zone, 'PET');
  });
  it('knows the clock of a dateline in those countries\' cities', () => {
    assert.equal(zoneOfPlace('BOGOTÁ'), 'COT');
    assert.equal(zoneOfPlace('LIMA'), 'PET');
    assert.equal(zoneOfPlace('BUENOS AIRES'), 'ART');
  });
});
