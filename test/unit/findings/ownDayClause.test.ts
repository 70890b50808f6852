// "Pre-orders open on Friday, September 19, at 6 a.m. PDT": the day written right before a clock time
// is the time's own, so the words before the day are the clock time's clause too; a source and a
// draft telling the same opening are linked by them, and a wrong hour conflicts.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = 'PORTLAND, Ore., March 2 (Wirepost) - Tickets for the Harbor Lights tour go on sale on Friday, March 6, at 10 a.m. PT through the band\'s website. The tour opens in Seattle on April 18.';

const times = (draft: string, sources: Record<string, string> = { '001_release.txt': release }) =>
  findingsIn({ ...sources, 'draft_tour.md': draft }, 'draft_tour.md', 'time-conflict').map((f) => f.text);

describe('time findings: the clause before a clock time\'s own day', () => {
  it('a wrong hour after the day conflicts with the source', () => {
    assert.deepEqual(times('Tickets for the Harbor Lights tour go on sale on Friday, March 6, at 1 p.m. PT, the promoter said.'), ['1 p.m. PT']);
    assert.deepEqual(times('Tickets for the Harbor Lights tour go on sale on Friday, March 6 at 1 p.m. PT.'), ['1 p.m. PT']);
  });

  it('the same moment, on the same clock or another, does not', () => {
    assert.deepEqual(times('Tickets for the Harbor Lights tour go on sale on Friday, March 6, at 10 a.m. PT.'), []);
    assert.deepEqual(times('Tickets for the Harbor Lights tour go on sale on Friday, March 6, at 1 p.m. ET.'), []);
    assert.deepEqual(times('Tickets for the Harbor Lights tour go on sale on Friday, March 6, at 1800 GMT.'), []);
  });

  it('two sales on two days at two times stay apart', () => {
    const sources = { '001_release.txt': 'PORTLAND, Ore., March 2 (Wirepost) - A fan-club presale for the Harbor Lights tour opens on Wednesday, March 4, at 8 a.m. PT. General tickets go on sale on Friday, March 6, at 10 a.m. PT.' };
    assert.deepEqual(times('General tickets for the Harbor Lights tour go on sale on Friday, March 6, at 10 a.m. PT, after a fan-club presale on Wednesday, March 4, at 8 a.m. PT.', sources), []);
  });

  it('sources that disagree among themselves leave a draft that sides with one unflagged', () => {
    const sources = { '001_release.txt': release, '002_blog.txt': 'Tickets for the Harbor Lights tour go on sale on Friday, March 6, at 11 a.m. PT, the band posted.' };
    assert.deepEqual(times('Tickets for the Harbor Lights tour go on sale on Friday, March 6, at 10 a.m. PT.', sources), []);
  });
});
