// A draft's figure told in the very same words as a source's ("can appear up to 8 days after swimming"
// / "up to 50 days after swimming") is that figure misreported, though the numbers are further apart
// than two figures told in merely like words may be (a slipped or dropped digit).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

const source = {
  '001_agency.txt': 'Published August 2, 2027\n\nSymptoms of the parasite infection can appear up to 50 days after swimming in contaminated water, the health agency said.',
};

describe('figure findings: the very same words, numbers far apart', () => {
  it('a draft figure in the source\'s very words conflicts however far off within reason', () => {
    const files = { ...source, 'draft_lake.md': 'Symptoms of the parasite infection can appear up to 8 days after swimming in contaminated water.' };
    const found = figureConflicts(files, 'draft_lake.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, 'up to 8 days');
  });

  it('a figure far off in other words is another quantity', () => {
    const files = { ...source, 'draft_lake.md': 'The lake reopened to swimmers 8 days after the council closed it.' };
    assert.deepEqual(figureConflicts(files, 'draft_lake.md'), []);
  });
});
