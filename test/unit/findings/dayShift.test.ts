// The same minute of the wall clock told on two days in like words ("will lift at 6 a.m. Sunday" /
// "will lift at 6 a.m. Monday, May 3"): the day is in dispute.
import { strict as assert } from 'node:assert';
import { analyzeArticle, reviewArticles } from '../../../server/src/analysis';
import type { Finding } from '../../../server/src/analysis/types';

function timeConflicts(files: Record<string, string>, path: string): Finding[] {
  const analyses = Object.entries(files).map(([p, text]) => analyzeArticle({ path: p, text }));
  const doc = reviewArticles(analyses).documents.find((d) => d.path === path);
  return (doc?.findings ?? []).filter((f) => f.kind === 'time-conflict');
}

const source = 'Published April 29, 2027 4:10 p.m. PDT\n\nDUNMORE, Ore. - The county said the curfew will lift at 6 a.m. Sunday in the flooded river towns.';

describe('time findings: the same minute on another day', () => {
  it('a draft that moves a written day conflicts', () => {
    const files = { '001_wire.txt': source, 'draft_curfew.md': 'The curfew will lift at 6 a.m. Monday, May 3, in the flooded river towns.' };
    const found = timeConflicts(files, 'draft_curfew.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label), ['001']);
  });

  it('the same day agrees, and a day taken only from each dateline is not in dispute', () => {
    assert.deepEqual(timeConflicts({ '001_wire.txt': source, 'draft_curfew.md': 'The curfew will lift at 6 a.m. Sunday, May 2, in the flooded river towns.' }, 'draft_curfew.md'), []);
    const files = {
      '001_a.txt': 'Published April 29, 2027 9:40 p.m. PDT\n\nDUNMORE, Ore. - Crews had the levee breach sealed at 6:15 p.m., the county said.',
      '002_b.txt': 'Published April 30, 2027 7:05 a.m. PDT\n\nDUNMORE, Ore. - Crews had the levee breach sealed by 6:15 p.m., county officials said.',
    };
    assert.deepEqual(timeConflicts(files, '001_a.txt'), []);
    assert.deepEqual(timeConflicts(files, '002_b.txt'), []);
  });

  it('a weekday written with the wrong day ("Thursday, 9 May") conflicts with a source whose Thursday is the 10th', () => {
    const wire = 'HALDEN, Norway, May 11, 2029 (Nordwire) - The landslide that buried the coast road on Thursday has been cleared, the roads agency said.';
    const wrong = { '001_wire.txt': wire, 'draft_slide.md': 'The landslide buried the coast road on Thursday, 9 May, the roads agency said.' };
    const found = timeConflicts(wrong, 'draft_slide.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label), ['001']);
    assert.deepEqual(timeConflicts({ ...wrong, 'draft_slide.md': 'The landslide buried the coast road on Thursday, 10 May, the roads agency said.' }, 'draft_slide.md'), []);
  });
});
