// "LARNE, May 14 - … walked out on Thursday. [para] The board voted on Tuesday, May 12, to cut pay.
// [para] Crews left the quay at 9 a.m.": a day before the story's own, told after the story has told its
// own day, in a paragraph with no clock time, is background; the later times are the story's day. Under a
// dateline without a year, the lead's weekday (which it cannot place) stands for the story's day.
// Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const wire = (vote: string) => [
  'LARNE, May 14 (Coastline News) - Ferry crews at Larne walked out on Thursday over a cut in pay, the union said.',
  '',
  `The harbour board voted ${vote} to cut overtime rates by a fifth from Monday, June 1.`,
  '',
  'Crews left the quay at 9 a.m. and marched to the board\'s offices, which they reached at about 10:40 a.m.',
].join('\n');

describe('times: a background day after the story\'s own', () => {
  it('does not date later paragraphs\' times by a background day', () => {
    const MAY_14_2026 = { year: 2026, month: 5, day: 14 };
    const { times } = timesIn(wire('on Tuesday, May 12'), MAY_14_2026);
    assert.deepEqual(claim(times, 'Thursday').date, MAY_14_2026);
    assert.deepEqual(claim(times, '9 a.m.').date, MAY_14_2026);
    assert.deepEqual(claim(times, 'about 10:40 a.m.').date, MAY_14_2026);
  });

  it('does not, under a dateline without a year', () => {
    const { times } = timesIn(wire('on Tuesday, May 12'));
    assert.deepEqual(claim(times, '9 a.m.').date, { month: 5 });
  });

  it('still dates the times of the background day\'s own paragraph', () => {
    const body = wire('on Tuesday, May 12, at a meeting that ended at 6 p.m.,');
    assert.deepEqual(claim(timesIn(body).times, '6 p.m.').date, { month: 5, day: 12 });
  });
});
