// A bare weekday in an article that writes the same weekday with its date near the dateline is that
// day: in a story dated Thursday 12 March 2026, "ferries are cancelled for Friday" beside "a storm
// warning for Friday, 13 March" is the Friday to come, not the Friday before the dateline (6 March)
// that a weekday alone is counted back to. Being a day ahead, it does not date the later paragraphs.
// Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

describe('times: a weekday the article writes out with its date', () => {
  const dateline = { year: 2026, month: 3, day: 12 };
  const body = 'Harbour officials asked anyone who can to stay ashore on Friday.\n\nThe forecaster issued a storm warning for Friday, 13 March.\n\nThe last ferry left Port Anvel at 6:40pm.';

  it('reads the bare weekday as the written-out day', () => {
    const { times } = timesIn(body, dateline);
    assert.deepEqual(claim(times, 'Friday').date, { year: 2026, month: 3, day: 13 });
  });

  it('does not carry the day ahead to a later paragraph\'s clock time', () => {
    const { times } = timesIn(body, dateline);
    assert.deepEqual(claim(times, '6:40pm').date, dateline);
  });

  it('leaves a weekday written with two different dates counted back', () => {
    const two = body.replace('Friday, 13 March', 'Friday, 13 March, and again for Friday, 6 March');
    const { times } = timesIn(two, dateline);
    assert.deepEqual(claim(times, 'Friday').date, { year: 2026, month: 3, day: 6 });
  });
});
