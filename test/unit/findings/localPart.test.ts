// "The college's pass rate was 92.9%, against 92.4% across the county": a rate told of one part of
// a whole (a college, a county, "the Holme average") is another quantity than the whole's rate another
// source gives in the same words; said again later ("The 12.9% of apprentices"), it is still the part's.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: a part\'s rate is not the whole\'s', () => {
  const files = {
    "001_agency.txt": "LINDMOOR, June 9 (Wirepost) - Apprentices had a mixed year. The pass rate slipped to 91.7%, from 92.0% last year, and the share with a distinction rose to 14.2%, the skills agency said.",
    "002_blog.md": "**16:40** - A quick recap: the pass rate is down a touch at 91.7% and the share with a distinction is up to 14.2%.\n\n**09:05** - The headline numbers:\n\n- Distinction: **14.2%** (2025: 13.8%)\n- Pass rate: **91.7%** (2025: 92.0%)\n",
    "003_gazette.txt": "LINDMOOR, June 9 - Staff at Fenwick College were celebrating on Tuesday. Of its 212 apprentices, 30% won a distinction, well above both the national figure of 14.2% and the Holme average of 12.9%. The college's pass rate was 92.9%, against 92.4% across the county.\n\nAcross Holme, some 2,400 apprentices finished. The 12.9% of apprentices with a distinction is up from 12.1% last year.",
    "draft_apprentices.md": "# Apprentice results\n\nThe overall pass rate dipped slightly, to 92.0%. At Fenwick College, 30% won a distinction, above the Holme average of 12.9%.\n",
  };

  it('does not hold a college\'s or a county\'s rate against the national one', () => {
    const found = findingsIn(files, '003_gazette.txt', 'figure-conflict').filter((f) => /92\.[49]/.test(f.text ?? ''));
    assert.deepEqual(found, []);
  });

  it('keeps a part\'s figure said again a part\'s', () => {
    const found = findingsIn(files, '003_gazette.txt', 'figure-conflict').filter((f) => /12\.9/.test(f.text ?? ''));
    assert.deepEqual(found, []);
  });

  it('leaves the draft\'s national rate and local average alone', () => {
    assert.deepEqual(findingsIn(files, 'draft_apprentices.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, 'draft_apprentices.md', 'unsourced-claim'), []);
  });
});
