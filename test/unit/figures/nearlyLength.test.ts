// "nearly 16 kilometres": a length in whole units told as nearly reached rounds up to it, so it is at
// least half a unit short of it (15.2 km is "more than 15"); and its own reach is not widened again as
// a conversion's rounding against a length told in another unit ("9.4 miles"). Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { compatible } from '../../../server/src/analysis/alignment/figures';
import { findingsIn } from '../findings/review';

const figure = (text: string, at: string) => {
  const f = analyzeArticle({ path: 'x.txt', text }).figures.find((x) => x.text.includes(at));
  assert.ok(f, at);
  return f;
};

describe('figures: "nearly" a length in whole units', () => {
  it('reaches half a unit below the length, and no further', () => {
    const f = figure('The crews have laid nearly 23 kilometres of track so far.', 'nearly 23');
    assert.deepEqual(f.interval, { low: 22.5, high: 23 });
    // A round length keeps its wider reach: "nearly 40 km" may stand for a rounding to ten.
    assert.equal(figure('The crews have laid nearly 40 kilometres of track so far.', 'nearly 40').interval.low, 36);
  });

  it('does not agree with a length in another unit that rounds below it', () => {
    const near = figure('The crews have laid nearly 23 kilometres of track.', 'nearly 23');
    const miles = figure('The crews have laid 13.8 miles of track.', '13.8 miles');
    assert.equal(compatible(near, miles, 0), false);
    assert.equal(compatible(near, figure('The crews have laid 14.1 miles of track.', '14.1 miles'), 0), true);
  });

  it('holds a draft\'s "nearly" against the sources\' length that rounds the other way', () => {
    const files = {
      '001_wire.txt': 'ORVEN, May 3 (Valewire) - Crews on the Orven tramway have laid 22.2 km of track, the operator said on Monday.',
      '002_blog.md': 'Monday 3 May 2027\n\nThe Orven tramway operator says 22.2 kilometres of track have been laid.',
      'draft.md': 'Crews on the Orven tramway have laid nearly 23 kilometres of track, the operator said on Monday.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.text), ['nearly 23 kilometres']);
  });
});
