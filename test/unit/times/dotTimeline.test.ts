// A press release's timeline in the 24-hour dot style: a two-digit hour opening its line, alone, after
// a bullet, or after the day it happened ("- Friday 6 March, 06.20: …"), with a colon or a dash before
// the entry, is a clock time; the day on the line dates it. A decimal with words before it, a one-digit
// hour, or a number not followed by an entry's colon or dash still needs a cue.
import { strict as assert } from 'node:assert';
import { texts, timesIn } from './helpers';

describe('times: a timeline in the dot style', () => {
  it('reads dot times opening timeline lines, after a bullet or a date', () => {
    const body = 'STATEMENT – Harlow Grain Ltd\n\nSequence of events\n\n- Friday 6 March, 06.20: Night staff notice smoke in silo 2.\n- 06.45: The fire service is called.\n- 11.30 – The fire is out.\n';
    const { times } = timesIn(body, { year: 2026, month: 3, day: 7 });
    const clock = times.filter((t) => t.granularity === 'clock');
    assert.deepEqual(texts(clock), ['06.20', '06.45', '11.30']);
    assert.deepEqual(clock[0].date, { year: 2026, month: 3, day: 6 });
    assert.equal(clock[0].localMinutes, 380);
  });

  it('leaves decimals alone: words before, a one-digit hour, no entry mark', () => {
    const body = 'Results\n\n- The index closed at 12.45: a record.\n- 4.50: the rate agreed in May.\n- 12.75 per cent of loans failed.\n- Monday 2 March, 10.25 was the price.\n';
    const { times } = timesIn(body, { year: 2026, month: 3, day: 7 });
    assert.deepEqual(texts(times.filter((t) => t.granularity === 'clock')), []);
  });
});
