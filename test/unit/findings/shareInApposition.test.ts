// "five wells, about 31 percent, failed": a percentage set off by a comma right after a count of things
// is a share of those things (claims/figures), so two such shares of wells are one quantity even when
// the words around them differ. Invented text only.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

describe('figures: a share set off right after a count', () => {
  it('reads the count\'s thing as what the share is of', () => {
    const a = analyzeArticle({ path: 'draft_wells.md', text: '# Wells\n\nWhen the tests came back, five wells, about 31 percent, failed the arsenic limit.' });
    const share = a.figures.find((f) => f.unit === 'percent');
    assert.equal(share?.of, 'well');
  });

  it('holds a draft\'s share against a source\'s share of the same thing', () => {
    const files = {
      '001_report.txt': 'TARNMOOR, March 9 (Wirepost) - Five of the 16 wells, about 31 percent, exceeded the federal arsenic limit in the spring survey, the agency said in its annual report.',
      '002_release.txt': 'TARNMOOR, March 9 (Wirepost) - The agency sampled 16 wells across the valley this spring.',
      'draft_wells.md': '# Arsenic in the valley\n\nWhen results were published, five wells, about 13 percent, failed the arsenic test, and two were shut.',
    };
    const found = findingsIn(files, 'draft_wells.md', 'figure-conflict');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /31 percent/);
    assert.deepEqual(findingsIn(files, 'draft_wells.md', 'unsourced-claim'), []);
  });
});
