// "closed up 0.08% on the day" in a draft where the sources tell "up 0.80% on the day": the written
// digits swapped across the point, a slip of typing. Ten times apart by value, the two were too far
// apart to be held as one figure, and the draft's was reported as a figure no source supports
// (alignment/figures.ts, decimalsSwapped). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { decimalsSwapped } from '../../../server/src/analysis/alignment/figures';
import { analyzeArticle } from '../../../server/src/analysis';

const files = {
  '001_wire.txt': 'VARNA, March 4 (Coastline Wire) - The Varna Blue Index recovered through the afternoon to close at 2,214 points, up 0.80% on the day.',
  '002_blog.md': '# Markets live\n\n**17:40** The Varna Blue Index closed at 2,214, up 0.80% on the day.\n',
  'draft_markets.md': '# Markets\n\nThe Varna Blue Index recovered through the afternoon to close at 2,214, up 0.08% on the day.\n',
};

const figure = (share: string) => {
  const f = analyzeArticle({ path: 'x.txt', text: `The index closed up ${share} on the day.` }).figures[0];
  assert.ok(f, share);
  return f;
};

describe('figures: a draft\'s decimal digits swapped across the point', () => {
  it('holds the draft\'s figure against the sources\', not as unsourced', () => {
    assert.equal(findingsIn(files, 'draft_markets.md', 'figure-conflict').length, 1);
    assert.deepEqual(findingsIn(files, 'draft_markets.md', 'unsourced-claim'), []);
  });

  it('reads a swap only between decimals written alike', () => {
    assert.equal(decimalsSwapped(figure('0.08%'), figure('0.80%')), true);
    assert.equal(decimalsSwapped(figure('1.25%'), figure('1.52%')), true);
    assert.equal(decimalsSwapped(figure('0.08%'), figure('0.8%')), false);
    assert.equal(decimalsSwapped(figure('0.08%'), figure('0.09%')), false);
  });
});
