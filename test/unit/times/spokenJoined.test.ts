// "at twelve-oh-nine": the hour, "oh" and the minute joined by hyphens are said only of a clock, so after
// a clock cue they are a time, with its half of the day taken from the time told before it. Invented text.
import { strict as assert } from 'node:assert';
import { texts, timesIn } from './helpers';

const MAY_12_2026 = { year: 2026, month: 5, day: 12 };

describe('times: "twelve-oh-nine"', () => {
  it('reads a hyphenated clock time after "at", on the half of the day of the time before', () => {
    const body = 'HARBOURMASTER: At ten forty this morning the tug reported a fire. It reached the quay at eleven-oh-seven.';
    const { times } = timesIn(body, MAY_12_2026);
    const t = times.find((x) => x.text.includes('eleven-oh-seven'));
    assert.ok(t, JSON.stringify(texts(times)));
    assert.equal(t.granularity, 'clock');
    assert.equal(t.localMinutes, 11 * 60 + 7);
  });

  it('is no time without a clock cue', () => {
    const { times } = timesIn('The crowd chanted twelve-oh-nine, the number of the old tram.', MAY_12_2026);
    assert.deepEqual(texts(times).filter((x) => x.includes('oh')), []);
  });
});
