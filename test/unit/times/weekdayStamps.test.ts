// A live blog's entry stamp with its weekday in brackets before the title's dash ("7:05am (Sat) —
// Roads reopen"): the stamp is a claim dating its entry, as "7:05am — Roads reopen" is. Invented text.
import { strict as assert } from 'node:assert';
import { claim, texts } from './helpers';
import { extractTimes, findDateline } from '../../../server/src/analysis/claims/times';
import { prepareText } from '../../../server/src/analysis/text';

function timesIn(body: string) {
  const text = prepareText(body, 'blog.txt');
  return { times: extractTimes(text, findDateline(text)) };
}

const BLOG = [
  'VALLEY GAZETTE | LIVE',
  '',
  'Lake Orvell floods: as it happened',
  '',
  'Last updated: Saturday, March 14, 2026, 7:05am',
  '',
  '7:05am (Sat) — Roads reopen',
  '',
  'The county says the lakeside road is open again.',
  '',
  '6:20am (Sat) — Water falling',
  '',
  'The gauge at Orvell bridge read 2.1 metres.',
  '',
  '11:40pm (Fri) — Shelter full',
  '',
  'The school hall has taken in 140 residents.',
  '',
  '9:55pm (Friday) — Evacuation ordered',
  '',
  'Police went door to door along the lake.',
  '',
  '8:35pm (Fri) — Rain eases',
  '',
  'The rain has eased for now.',
  '',
].join('\n');

describe('times: a live blog stamp with its weekday in brackets', () => {
  it('reads each stamp as a claim and dates the night\'s entries to the day before', () => {
    const { times } = timesIn(BLOG);
    for (const t of ['7:05am', '6:20am', '11:40pm', '9:55pm', '8:35pm']) assert.ok(texts(times).includes(t), `${t} in ${JSON.stringify(texts(times))}`);
    assert.equal(claim(times, '11:40pm').date.day, 13);
  });

  it('leaves a headline with a weekday but no title dash alone', () => {
    const { times } = timesIn('Water board to meet at 9 p.m. (Fri) on the flood\n\nThe board meets tonight.\n');
    assert.deepEqual(texts(times).filter((t) => t === '9 p.m.'), []);
  });
});
