import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';
import { minutesApart, LOCAL_CLOCK } from '../../../server/src/analysis/alignment/figures';

const MAY_6_2026 = { year: 2026, month: 5, day: 6 };

describe('times: a clock named after the time, past its day', () => {
  it('reads "<place> time" after a time as that place\'s clock, also past the day the time is on', () => {
    const { times } = timesIn('The fund froze withdrawals at 9.15pm on Wednesday, 6 May, Tokyo time, which was the middle of the afternoon in London. Its board met at 6am Hong Kong time.', MAY_6_2026);
    const frozen = claim(times, '9.15pm');
    assert.equal(frozen.zone, 'JST');
    assert.equal(frozen.utcMinutes, 12 * 60 + 15);
    assert.equal(claim(times, '6am Hong Kong time').zone, 'HKT');
  });

  it('takes no zone carried from elsewhere for a time told on a clock the engine does not know, and reads it on no guessed story clock', () => {
    const body = 'The launch window opens at 10:00 Eastern Daylight Time on 6 May.\n\nThe crew boards at 07:40 on Thursday 7 May (Ostrava Station time), and the hatch closes at 08:55 this morning, Ostrava Station time.';
    const { times } = timesIn(body, MAY_6_2026);
    const boards = claim(times, '07:40');
    assert.equal(boards.zone, 'local time');
    assert.equal(boards.clockNamed, true);
    assert.equal(claim(times, '08:55').zone, 'local time');
    const eastern = claim(times, '10:00 Eastern Daylight Time');
    assert.equal(minutesApart({ ...eastern, date: boards.date }, boards, [LOCAL_CLOCK + 'EDT']), null);
  });
});
