// "Shares fell 5% in early trading before recovering to close 1.9% lower": the market's session
// names the moment of its figures, not the clock time of the sentence before. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function anchorsOf(body: string, path = 'story.txt'): Record<string, string | null> {
  const a = analyzeArticle({ path, text: body });
  const out: Record<string, string | null> = {};
  a.figures.forEach((f, i) => { const t = a.figureAnchors[i]; out[f.text] = t >= 0 ? a.times[t].text : null; });
  return out;
}

describe('figure anchors: a market session', () => {
  it("ties a close and an early-trading fall to no clock time of the sentence before", () => {
    const a = anchorsOf('The results were released at 06:30 GMT, before the Frankfurt market opened. Halmer shares fell 5.3 percent in early trading before recovering to close 1.9 percent lower at 84.2 euros.');
    assert.equal(a['1.9 percent'], null);
    assert.equal(a['84.2 euros'], null);
  });

  it('ties a closing price in a clause of its own to no clock time of another clause', () => {
    const a = anchorsOf('Trading in Halmer resumed at 9am after a two-hour halt; the shares closed down 1.9% at 84.2 euros.');
    assert.equal(a['1.9%'], null);
    assert.equal(a['84.2 euros'], null);
  });

  it('still ties a figure in the sentence after a clock time to that time', () => {
    const a = anchorsOf('The results were released at 06:30 GMT. Halmer said sales rose 5.3 percent to 84.2 million euros.');
    assert.equal(a['5.3 percent'], '06:30 GMT');
  });
});
