// "The minister was at the depot this morning, at around half ten": "half N" is half past N in Irish and
// British speech, read as a clock time after a clock cue (round 45). Without a cue ("half eleven of
// them") it is no time. Invented text.
import { strict as assert } from 'node:assert';
import { texts, timesIn } from './helpers';

const JULY_14_2026 = { year: 2026, month: 7, day: 14 };

describe('times: "half ten" said for half past ten', () => {
  it('reads "at around half ten" this morning as 10:30 a.m.', () => {
    const { times } = timesIn('The minister was at the depot this morning, at around half ten, and left before noon.', JULY_14_2026);
    const t = times.find((x) => x.text.includes('half ten'));
    assert.equal(t?.localMinutes, 10 * 60 + 30);
  });

  it('reads "until half nine tonight" as 9:30 p.m.', () => {
    const { times } = timesIn('The bridge stays shut until half nine tonight, the council said.', JULY_14_2026);
    assert.equal(times.find((x) => x.text.includes('half nine'))?.localMinutes, 21 * 60 + 30);
  });

  it('reads no time without a clock cue', () => {
    assert.deepEqual(texts(timesIn('Only half eleven of the crews were needed, the council said.', JULY_14_2026).times), []);
  });
});
