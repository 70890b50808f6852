// "The new fees take effect at midnight at all 162 branches": a count told as all there are is the
// whole, not a reading at the clock time beside it (as "out of 14,200 who registered" is not). Tied
// to midnight, it made "by four o'clock, 151 of its branches had switched" in another source a wave of
// the same count, and the two clock times one moment in conflict. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function anchorOf(text: string, figure: string): string | null {
  const a = analyzeArticle({ path: '/desk/001_release.txt', text });
  const i = a.figures.findIndex((f) => f.text.startsWith(figure));
  assert.ok(i >= 0, `no figure ${figure} in ${JSON.stringify(a.figures.map((f) => f.text))}`);
  return a.figureAnchors[i] >= 0 ? a.times[a.figureAnchors[i]].text : null;
}

describe('anchors: a count told as all there are is not tied to a clock time', () => {
  it('leaves "all 162 branches" untied', () => {
    assert.equal(anchorOf('The new fees take effect from 12:00 midnight on Tuesday at all 162 Harwell branches in the county.', '162'), null);
    assert.equal(anchorOf('At 9 a.m. the order went out to all of the 48 depots in the region.', '48'), null);
  });

  it('still ties a count read at the time', () => {
    assert.equal(anchorOf('By 4 p.m., 151 branches had switched to the new fees.', '151'), 'By 4 p.m.');
  });
});
