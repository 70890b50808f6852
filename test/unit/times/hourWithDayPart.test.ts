// "The Brede bridge has been shut since seven this morning": a bare hour word with a day-part right
// after it, after a bound's cue ("since", "until", "till"), is that hour of the part of the day, as
// transcripts say it. Not a count ("the storm killed two this morning"), nor after "to" ("the
// twenty-four hours to nine this morning" may be a count's end: "rose to five this morning"). Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const clocks = (text: string) => analyzeArticle({ path: '000_radio.txt', text }).times.filter((t) => t.granularity === 'clock');

describe('times: a bare hour word with a day-part after a bound\'s cue', () => {
  it('reads "since seven this morning" as 7 a.m. and "until nine tonight" as 9 p.m.', () => {
    const found = clocks('REPORTER: The Brede bridge has been shut since seven this morning, and the county says it will stay shut until nine tonight.');
    assert.deepEqual(found.map((t) => t.localMinutes), [420, 1260]);
  });

  it('leaves a count and "to" alone', () => {
    assert.deepEqual(clocks('REPORTER: The storm killed two this morning. The toll rose to five this morning.'), []);
  });
});
