// A live blog's entry stamp that heads its entry with a title after a dash ("### 9:12 p.m. — Polls
// close"): the stamp is a claim dating its entry, as a stamp alone on its line is; a heading that
// only mentions a time inside its words is not. Invented text.
import { strict as assert } from 'node:assert';
import { claim, texts } from './helpers';
import { extractTimes, findDateline } from '../../../server/src/analysis/claims/times';
import { prepareText } from '../../../server/src/analysis/text';

/** The times of a Markdown article ("###" marks a heading). */
function timesIn(body: string) {
  const text = prepareText(body, 'blog.md');
  return { times: extractTimes(text, findDateline(text)) };
}

const BLOG = [
  '# LIVE: Harrow Vale school board budget night',
  '',
  'Updated 12:40 a.m. Friday, March 6, 2026',
  '',
  '### 12:40 a.m. — Budget adopted',
  '',
  'The board adopted the $91 million budget on a 5-2 vote.',
  '',
  '### 11:05 p.m. — Recess',
  '',
  'Members took a ten-minute break.',
  '',
  '### 9:12 p.m. — Public hearing opens',
  '',
  'Forty parents signed up to speak.',
  '',
  '### 8:30 p.m. | We are underway',
  '',
  'The chair opened the meeting before a full room.',
  '',
  '### 7:45 p.m. — Doors open',
  '',
  'A line of parents reached the car park.',
  '',
].join('\n');

describe('times: a live blog stamp that heads its entry with a title', () => {
  it('reads each titled stamp as a claim dated by the blog', () => {
    const { times } = timesIn(BLOG);
    for (const t of ['12:40 a.m.', '11:05 p.m.', '9:12 p.m.', '8:30 p.m.']) assert.ok(texts(times).includes(t), `${t} in ${JSON.stringify(texts(times))}`);
    // Newest first: the evening's stamps are the day before the top entry's.
    assert.equal(claim(times, '9:12 p.m.').date.day, 5);
  });

  it('leaves a headline that only mentions a time alone', () => {
    const { times } = timesIn('### Board to vote at 9 p.m. on the budget\n\nThe board meets tonight.\n');
    assert.deepEqual(texts(times).filter((t) => t === '9 p.m.'), []);
  });
});
