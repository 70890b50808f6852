// A live blog's entry that opens with its stamp and a word in capitals ("21:04 — GOAL.") is an entry,
// not a headline: its stamp is a time, and the figures the entry ties to it (in the next sentence)
// link it to a source telling the same figures at another time.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const blog = [
  '# Live: Brookfield council budget vote', '',
  '*Brookfield Echo live desk · Thursday 6 March 2025 · all times GMT*', '',
  '**21:04** — APPROVED. The mayor reads the result: 31 for, 22 against, 4 abstentions.', '',
  '**20:30** — The final debate closes.',
].join('\n');

const minutes = [
  'BROOKFIELD BOROUGH COUNCIL', 'Brookfield, Thursday 6 March 2025', '',
  'The council approved the 2025 budget at 21:41 GMT on Thursday 6 March 2025, by 31 votes to 22 with 4 abstentions.',
].join('\n');

describe('live blog: a stamp before a word in capitals', () => {
  it('reads the stamp as a time of the entry', () => {
    const a = analyzeArticle({ path: '001_blog.md', text: blog });
    assert.ok(a.times.some((t) => a.text.original.slice(t.span.start, t.span.end) === '21:04'), JSON.stringify(a.times.map((t) => t.span)));
  });

  it('holds the stamp against a source that tells the same result at another time', () => {
    const files = { '001_blog.md': blog, '002_minutes.txt': minutes };
    assert.equal(findingsIn(files, '001_blog.md', 'time-conflict').length, 1);
  });
});
