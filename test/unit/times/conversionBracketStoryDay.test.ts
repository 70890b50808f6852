// "- 06:05 - Yellow flood signal issued (22:05 UTC, 3 March)": the day in a conversion's brackets is
// the converted time's own. It does not become the day of the timeline's next items, which stay on the
// story's day. Invented text (round 50).
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const MARCH_4_2027 = { year: 2027, month: 3, day: 4 };

describe('times: a day inside a conversion\'s brackets', () => {
  const release = [
    'PRESS RELEASE', '', 'Issued at 18:00 SGT, Thursday, 4 March 2027', '',
    'Timeline of flood signals today (all times SGT, with UTC in brackets)', '',
    '- 05:20 - Yellow Flood Signal issued (21:20 UTC, 3 March)',
    '- 06:05 - Orange Flood Signal issued (22:05 UTC, 3 March)',
    '- 11:50 - Orange signal cancelled (03:50 UTC)', '',
  ].join('\n');

  it('dates the converted time, not the next item\'s local time', () => {
    const { times } = timesIn(release, MARCH_4_2027);
    assert.deepEqual(claim(times, '21:20 UTC').date, { year: 2027, month: 3, day: 3 });
    assert.deepEqual(claim(times, '06:05').date, MARCH_4_2027);
    assert.deepEqual(claim(times, '11:50').date, MARCH_4_2027);
  });

  it('still dates a time told after a day outside brackets', () => {
    const { times } = timesIn('The storm reached the coast on 3 March. The first signal was issued at 21:20.', MARCH_4_2027);
    assert.deepEqual(claim(times, '21:20').date, { year: 2027, month: 3, day: 3 });
  });
});
