// "kept tourist arrivals rising for a sixth straight month" against "the seventh consecutive month of
// growth": an ordinal before "straight"/"consecutive"/"successive" and a stretch of the calendar counts a
// run, and two sources telling the one run of that stretch, going the same way, disagree (round 45).
// A run going the other way, or an article telling two runs of that stretch, is not held to it; an
// ordinal naming a place in order ("the third quarter") is no run. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const wire = (line: string) => [
  'PORTO LIVRE, June 3 (Atlantic Wire) - Tourist arrivals to Porto Livre rose 8.2% in May from a year earlier, the tourism office said on Tuesday.', '',
  line, '',
].join('\n');
const release = (line: string) => [
  'TOURISM OFFICE OF PORTO LIVRE – PRESS RELEASE', '',
  'Arrivals in May reached 412,000, an increase of 8.2 per cent on May last year.', '',
  line, '',
].join('\n');

describe('figures: a run counted by an ordinal', () => {
  it('reads the run as a count and leaves ordinals of order alone', () => {
    const a = analyzeArticle({ path: '000_wire.txt', text: wire('Hotels kept arrivals rising for a sixth straight month, and the third quarter looks strong.') });
    const runs = a.figures.filter((f) => f.counted === 'month in a row');
    assert.deepEqual(runs.map((f) => [f.text, f.value]), [['sixth straight month', 6]]);
  });

  it('flags two sources telling the one run differently', () => {
    const files = {
      '000_wire.txt': wire('Hotels kept arrivals rising for a sixth straight month.'),
      '001_release.txt': release('This is the seventh consecutive month of growth in arrivals.'),
    };
    assert.ok(findingsIn(files, '000_wire.txt', 'figure-conflict').length > 0);
    assert.ok(findingsIn(files, '001_release.txt', 'figure-conflict').length > 0);
  });

  it('leaves a run going the other way alone', () => {
    const files = {
      '000_wire.txt': wire('Cruise calls fell for a sixth straight month.'),
      '001_release.txt': release('This is the seventh consecutive month of growth in arrivals.'),
    };
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_release.txt', 'figure-conflict'), []);
  });

  it('leaves an article telling two runs of one stretch alone', () => {
    const files = {
      '000_wire.txt': wire('Hotels kept arrivals rising for a sixth straight month. Hostel stays rose for a second straight month.'),
      '001_release.txt': release('This is the seventh consecutive month of growth in arrivals.'),
    };
    assert.deepEqual(findingsIn(files, '001_release.txt', 'figure-conflict'), []);
  });
});
