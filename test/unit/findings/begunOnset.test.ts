// "had begun at 7.30pm" tells the story's onset as "began at" does; "has begun reconnecting" is a
// later step of the story, not its onset.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const source = (n: string, line: string) => `Friday 12 March 2027\n\nThe ${n} Gazette\n\n${line} The inquiry into the quarry's expansion heard from 40 residents.`;

describe('time findings: "had begun at" as an onset', () => {
  it('holds a draft\'s "had begun at" against the sources\' onset', () => {
    const files = {
      '001_a.txt': source('Marsh', 'The planning hearing at Tolley Hall began at 7pm on Thursday and ran past midnight.'),
      '002_b.txt': source('Fenland', 'Thursday\'s hearing, which started at 7pm, was the longest the district has held.'),
      'draft.md': 'The planning inquiry heard from 40 residents. Members had begun at 7.40pm, and the chair closed the meeting after midnight.',
    };
    const found = findingsIn(files, 'draft.md', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['7.40pm']);
  });

  it('does not take "has begun reconnecting" for the onset', () => {
    const blog = 'Friday 12 March 2027\n\nLIVE: Quarry blast cuts power\n\n**21:10** Good news: the grid company has begun reconnecting homes in Tolley.\n\n**18:42** A blast at the quarry cut power to 3,000 homes.';
    const files = {
      '001_blog.md': blog,
      '002_wire.txt': 'TOLLEY, March 12 (Coastwire) - A blast at a quarry cut power to 3,000 homes at 6:42 p.m. on Friday; the outage began at 6:42 p.m., the grid company said.',
    };
    assert.deepEqual(findingsIn(files, '001_blog.md', 'time-conflict'), []);
  });
});
