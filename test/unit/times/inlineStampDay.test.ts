// "18:25 — Councillor Ines Vidal, who voted against the scheme on Monday, …": a live blog's stamp on its
// entry's line dates its entry by the blog's day, not by the day the entry tells after it, and the
// entries under it go back to the blog's day, not the day an entry above told. Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const APRIL_22_2026 = { year: 2026, month: 4, day: 22 };
const blog = [
  'LIVE: Harbour fees protest',
  '',
  '18:25 — Councillor Ines Vidal, who voted against the scheme on Monday, has been speaking to the dockers.',
  '',
  '16:40 — The crowd has moved to the customs house.',
  '',
  '15:10 — Tear gas has been fired near the north gate.',
].join('\n');

describe('times: a stamp on its entry\'s line', () => {
  it('dates the stamp and the entries under it by the blog\'s day', () => {
    const { times } = timesIn(blog, APRIL_22_2026);
    assert.deepEqual(claim(times, 'Monday').date, { year: 2026, month: 4, day: 20 });
    for (const stamp of ['18:25', '16:40', '15:10']) assert.deepEqual(claim(times, stamp).date, APRIL_22_2026, stamp);
  });

  it('leaves a listed timeline\'s items to the days told above them', () => {
    const list = 'TIMELINE\n\nThe board voted on Monday 20 April.\n\n- 15:10 – board publishes the minutes.';
    assert.deepEqual(claim(timesIn(list, APRIL_22_2026).times, '15:10').date, { year: 2026, month: 4, day: 20 });
  });
});
