// A statement dated the day after the events, whose timeline heads each day's lines with a line of its
// own ("Tuesday 9 June" … "Wednesday 10 June"): the day line dates the list under it, though the prose
// before told the statement's own day ("today, Wednesday 10 June") and the day line, a heading, is a
// paragraph with no clock time (where a day before the story's own told in prose is background).
// Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const statement = [
  'HARBOUR AUTHORITY OF KESTREL BAY',
  'MEDIA STATEMENT',
  '',
  'Wednesday 10 June 2026, 6:00 am NZST',
  '',
  'The ferry terminal closed on Tuesday 9 June 2026 will reopen at 7:00 am NZST (19:00 UTC Tuesday) today, Wednesday 10 June.',
  '',
  'TIMELINE (all times NZST)',
  '',
  'Tuesday 9 June',
  '- 8:20 am: Fuel leak reported at Pier 4.',
  '- 9:05 am: Terminal evacuated.',
  '',
  'Wednesday 10 June',
  '- 5:10 am: Divers finish their inspection.',
].join('\n');

describe('times: a timeline\'s day line after the statement told its own day', () => {
  const { times } = timesIn(statement, { year: 2026, month: 6, day: 10 });

  it('dates the lines under "Tuesday 9 June" on that day', () => {
    assert.deepEqual(claim(times, '8:20 am').date, { year: 2026, month: 6, day: 9 });
    assert.deepEqual(claim(times, '9:05 am').date, { year: 2026, month: 6, day: 9 });
  });

  it('dates the lines under the next day line on the next day', () => {
    assert.deepEqual(claim(times, '5:10 am').date, { year: 2026, month: 6, day: 10 });
  });
});
