// A live blog whose stamps carry their day on the stamp's own line ("Thu 5 Mar, 08:10" over the
// entry): the day dates the entries under it and the time is the entry's stamp, as a day line and a
// stamp on lines of their own are. Invented text.
import { strict as assert } from 'node:assert';
import { claim, texts, timesIn } from './helpers';

const BLOG = [
  'MOORSIDE ECHO | LIVE',
  '',
  'Ferry aground off Hollin Point: as it happened',
  '',
  'Last updated: Friday 6 March 2026, 16:30 GMT',
  '',
  'Newest posts first. All times are GMT.',
  '',
  'Fri 6 Mar, 16:30',
  'The tugs have pulled the Skerrymoor off the sandbank on the rising tide.',
  '',
  'Fri 6 Mar, 09:15',
  'Divers say the hull is dented but not holed.',
  '',
  'Thu 5 Mar, 21:40',
  'All 212 passengers are now ashore in Hollin harbour.',
  '',
  'Thu 5 Mar, 08:10',
  'The coastguard says the ferry ran aground at 7:25 a.m. in fog.',
  '',
].join('\n');

describe('times: a blog stamp with its day on the line ("Thu 5 Mar, 08:10")', () => {
  it('reads each stamp and dates its entry by the day before it', () => {
    const { times } = timesIn(BLOG);
    for (const t of ['16:30', '09:15', '21:40', '08:10']) assert.ok(texts(times).includes(t), `${t} in ${JSON.stringify(texts(times))}`);
    assert.equal(claim(times, '08:10').date.day, 5);
    // The entry's own time is of the day its stamp gives, not the day the blog was last updated.
    assert.equal(claim(times, '7:25 a.m.').date.day, 5);
    assert.equal(claim(times, '09:15').date.day, 6);
  });

  it('makes no claim of the day line itself', () => {
    const { times } = timesIn(BLOG);
    assert.deepEqual(texts(times).filter((t) => /Mar$/.test(t)), []);
  });

  it('leaves a heading with more than the day and the time alone', () => {
    const { times } = timesIn('Thu 5 Mar, 08:10 ferry sailing cancelled by fog\nThe harbour office says the next sailing is at noon.\n');
    assert.deepEqual(texts(times).filter((t) => t === '08:10'), []);
  });
});
