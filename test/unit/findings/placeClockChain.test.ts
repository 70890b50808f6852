// A draft's conversion of a time to another place's clock, held to the sources' own conversions:
// "at 9 a.m. in Bamako (noon in Paris)" where a source writes "09:00 GMT (10:00 in London, 11:00 in
// Paris)". The place before the bracket makes the bracket a conversion; each clock of a source's
// chain converts its first, so the chain sets Paris two hours ahead; and a clock that follows the
// seasons on a day whose season is known ("midday New York time (17:00 GMT)" in June) is read on
// that day's offset. Invented text.
import { strict as assert } from 'node:assert';
import { timesIn } from '../times/helpers';
import { converts } from '../../../server/src/analysis/alignment/corpus';
import { findingsIn } from './review';

const files = {
  '001_blog.md': '# Mali vote count, live\n\n*Wednesday 17 June 2026. All times GMT.*\n\nThe national count began at 09:00 GMT (10:00 in London, 11:00 in Paris), the electoral commission said.\n',
  '002_wire.txt': 'BAMAKO, June 17 (Sahelwire) - The national vote count began at 0900 GMT on Wednesday, the electoral commission said.\n',
  'draft.md': 'The national vote count began at 9 a.m. in Bamako (noon in Paris) on Wednesday, the electoral commission said.\n',
};

describe('times: a draft\'s conversion to a place\'s clock, held to a source\'s chain', () => {
  it('reads "9 a.m. in Brennholt (noon in Paris)" as a time and its conversion, the place unknown', () => {
    const text = 'The count began at 9 a.m. in Brennholt (noon in Paris) on Wednesday.';
    const { times } = timesIn(text);
    assert.equal(converts(text, times[0], times[1]), true);
  });

  it('flags the wrong conversion against the source whose chain tells Paris', () => {
    const found = findingsIn(files, 'draft.md', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['noon in Paris']);
    // Held as a conversion of the time before it, on the offset the source's chain gives Paris.
    assert.ok(found[0].message.includes('(9 a.m. in Bamako is 11:00 in Paris)'), found[0].message);
  });

  it('leaves a right conversion alone', () => {
    const right = { ...files, 'draft.md': files['draft.md'].replace('noon in Paris', '11 a.m. in Paris') };
    assert.deepEqual(findingsIn(right, 'draft.md', 'time-conflict'), []);
  });

  it('reads the place\'s clock on the draft\'s own day where no source pair names the place', () => {
    const dated = {
      '001_release.txt': 'ELECTORAL COMMISSION\n\nWednesday, 17 June 2026\n\nThe national vote count began at 09:00 GMT (11:00 CEST) in all regions.\n',
      '002_wire.txt': files['002_wire.txt'],
      'draft.md': '*Wednesday 17 June 2026*\n\nThe national vote count began at 9 a.m. in Bamako (noon in Paris), the electoral commission said.\n',
    };
    const found = findingsIn(dated, 'draft.md', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['noon in Paris']);
    assert.ok(found[0].message.includes('is 11:00 in Paris'), found[0].message);
  });

  it('reads a seasonal clock on a known day: "midday New York time (17:00 GMT)" in June is wrong', () => {
    const market = {
      '001_report.md': '# Cocoa futures\n\n*Thursday 18 June 2026*\n\nNew York July cocoa traded at $5,100 a tonne at midday New York time (16:00 GMT), dealers said.\n',
      'draft.md': '*Thursday 18 June 2026*\n\nNew York July cocoa traded at $5,100 a tonne at midday New York time (17:00 GMT), dealers said.\n',
    };
    const found = findingsIn(market, 'draft.md', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['17:00 GMT']);
    assert.ok(found[0].message.includes('(midday New York time is 16:00 GMT)'), found[0].message);
  });
});
