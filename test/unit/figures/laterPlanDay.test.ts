// "had already paid £23m to 80,000 customers and would pay the rest by 30 June": the deadline is the
// day of the planned act after "and", not of the figure told as done before it. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function anchorsOf(body: string, path = 'story.txt'): Record<string, string | null> {
  const a = analyzeArticle({ path, text: body });
  const out: Record<string, string | null> = {};
  a.figures.forEach((f, i) => { const t = a.figureAnchors[i]; out[f.text] = t >= 0 ? a.times[t].text : null; });
  return out;
}

describe('figure anchors: a later planned day', () => {
  it('ties a count told as done to no deadline of a planned act after "and"', () => {
    const a = anchorsOf('The insurer said it had already refunded 14.5 million dollars to about 41,300 policyholders and would refund the remaining 9.2 million dollars by June 30.');
    assert.equal(a['about 41,300 policyholders'], null);
    assert.equal(a['9.2 million dollars'], 'by June 30');
  });

  it('still ties a count to the deadline of its own act', () => {
    const a = anchorsOf('The insurer said it would refund about 41,300 policyholders by June 30.');
    assert.equal(a['about 41,300 policyholders'], 'by June 30');
  });
});
