// A US zone's region word written alone after a clock time ("9am Eastern", "noon Pacific on Friday") is
// that zone; followed by a noun in lower case it names a thing, not a clock: a rail operator's timeline
// "08:05  Central line suspended", "at 6.30am Eastern region depots opened". Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

describe('times: a region word before a noun is no zone', () => {
  it('reads "Central line" and "Eastern region" as things, not zones', () => {
    const { times } = timesIn('TIMELINE\n\n08:05  Central line suspended between Dunmore and Hale.\n\nCrews said that at 6.30am Eastern region depots opened.', null);
    assert.equal(claim(times, '08:05').zone, null);
    assert.equal(claim(times, '6.30am').zone, null);
  });

  it('still reads the region word alone, or before a word that goes on the clause, as the zone', () => {
    const { times } = timesIn('The vote closes at 9am Eastern on Friday, and results follow at noon Pacific.', null);
    assert.notEqual(claim(times, '9am Eastern').zone, null);
    assert.notEqual(claim(times, 'noon Pacific').zone, null);
  });
});
