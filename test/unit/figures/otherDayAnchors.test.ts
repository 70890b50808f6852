// "Customs seized the shipment at 05:40 on Monday. A count released on Thursday put the haul at 1,260
// kilos": a clause that names another day of its own than the sentence before tells of that day, not
// of the clock time before it. A clause of the same day, or one that names no day, still takes the
// clock time (round 40). Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function anchorsOf(body: string): Record<string, string | null> {
  const a = analyzeArticle({ path: 'story.txt', text: body });
  const out: Record<string, string | null> = {};
  a.figures.forEach((f, i) => { const t = a.figureAnchors[i]; out[f.text] = t >= 0 ? a.times[t].text : null; });
  return out;
}

describe('figure anchors: a clause that names another day than the sentence before', () => {
  it('does not tie the figure to the clock time of the sentence before', () => {
    const a = anchorsOf('Customs officers boarded the Marit at 05:40 on Monday. Agents first spoke of 900 crates; a count released on Thursday put the haul at 1,260 crates.');
    assert.notEqual(a['1,260 crates'], '05:40');
    assert.equal(a['900 crates'], '05:40');
  });

  it('still ties a clause told on the same weekday', () => {
    const a = anchorsOf('Customs officers boarded the Marit at 05:40 on Monday. A count released on Monday put the haul at 1,260 crates.');
    assert.equal(a['1,260 crates'], '05:40');
  });
});
