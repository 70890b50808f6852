// "a rise of 61,204, or 4.3%" / "61,204 people, or 5.1 per cent": a percentage told right after an
// exact count as its share is that count's share, however the sentence around it is worded.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

describe('figure findings: a share told with its count', () => {
  const files = {
    '001_agency.txt': 'Published May 3, 2027\n\nThe registry counted 1,484,950 residents, a rise of 61,204, or 4.3%, on the previous count. Car ownership climbed 5.1% over the period.',
    '002_paper.txt': 'Published May 3, 2027\n\nThe valley gained 61,204 people (+4.3%) since the last register.',
  };

  it("a draft's share of the same count is held to the sources' share of it", () => {
    const draft = 'Enrolment figures show growth of 61,204 people, or 5.1 per cent, the sharpest in decades.';
    const found = figureConflicts({ ...files, 'draft_register.md': draft }, 'draft_register.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '5.1 per cent');
    assert.deepEqual(found[0].against.map((e) => e.label).sort(), ['001', '002']);
  });

  it('the same share of the count agrees, and a share of another count is not held to it', () => {
    assert.deepEqual(figureConflicts({ ...files, 'draft_register.md': 'The valley grew by 61,204 people, or 4.3 per cent.' }, 'draft_register.md'), []);
    assert.deepEqual(figureConflicts({ ...files, 'draft_register.md': 'Car ownership grew by 12,480, or 5.1 per cent.' }, 'draft_register.md'), []);
  });
});
