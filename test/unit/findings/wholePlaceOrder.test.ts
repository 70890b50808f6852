// "At 2:15 p.m. …, he extended the order to the whole village" / "The mayor ordered all residents to leave
// at 2:45 p.m." / a timeline's "- 2:15 p.m.: The evacuation order is extended to the entire village." / a
// transcript's "at a quarter past two this afternoon the mayor extended the evacuation to the whole village": an order
// to leave a whole place, told in other words, is one moment, so half an hour between two tellings is a
// conflict. A time of the whole place left ("had been evacuated by 8 p.m.") is another moment. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'LAKEVIEW, Aug 9 (Valley Wire) - Rising water from the Merron River forced the evacuation of Lakeview on Sunday. Mayor Ruth Okafor ordered the lower streets cleared at 9:10 p.m. MDT on Saturday. At 2:15 p.m. MDT on Sunday, with the river still rising, she extended the order to the whole village.';
const blog = 'LIVE: Lakeview flooding\n\nIt is now the whole village. The mayor ordered all residents to leave at 2:45 p.m., widening last night\'s order for the lower streets. Buses are leaving from the school.';
const timeline = 'Lakeview flood: what happened when\n\n- Saturday, 9:10 p.m. MDT: Lower streets cleared.\n- Sunday, 2:15 p.m. MDT: The evacuation order is extended to the entire village.\n';
const radio = 'VALLEY RADIO, SUNDAY AUGUST 9\n\nREPORTER: It has been a long day. At nine this morning the bridge was closed, and at a quarter past two this afternoon the mayor extended the evacuation to the whole village.';

function flagged(files: Record<string, string>, path: string, time: string): boolean {
  const at = files[path].indexOf(time);
  return findingsIn(files, path, 'time-conflict').some((f) => f.span.start <= at && f.span.end > at);
}

describe('times: an order to leave a whole place told in other words', () => {
  const files = { '000_wire.txt': wire, '001_blog.txt': blog, '002_timeline.txt': timeline, '003_radio.txt': radio };

  it('holds the blog\'s 2:45 against the others\' 2:15, and them against it', () => {
    assert.ok(flagged(files, '001_blog.txt', '2:45 p.m.'));
    assert.ok(flagged(files, '000_wire.txt', '2:15 p.m. MDT'));
    assert.ok(flagged(files, '002_timeline.txt', '2:15 p.m. MDT'));
    assert.ok(flagged(files, '003_radio.txt', 'a quarter past two'));
  });

  it('leaves them alone where the blog tells the same moment', () => {
    const same = { ...files, '001_blog.txt': blog.replace('2:45 p.m.', '2:15 p.m.') };
    assert.ok(!flagged(same, '000_wire.txt', '2:15 p.m. MDT'));
  });

  it('does not read a whole place left by a time as the order', () => {
    const done = { ...files, '001_blog.txt': 'LIVE: Lakeview flooding\n\nThe whole village had been evacuated by 2:45 p.m., the fire chief said.' };
    assert.ok(!flagged(done, '001_blog.txt', '2:45 p.m.'));
  });
});
