// "The record of 41,250 tonnes set on March 3": a figure told with the day it was set on is that day's,
// not the clock time of its sentence. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function anchorsOf(body: string): Record<string, string | null> {
  const a = analyzeArticle({ path: 'story.txt', text: body });
  const out: Record<string, string | null> = {};
  a.figures.forEach((f, i) => { const t = a.figureAnchors[i]; out[f.text] = t >= 0 ? a.times[t].text : null; });
  return out;
}

describe('figure anchors: a figure "set on" a day', () => {
  it('ties the old record to its own day, not to the clock time of the sentence', () => {
    const a = anchorsOf('Handling at the Tuticorin port peaked at 4.30 pm on June 12, above the previous record of 41,250 tonnes set on March 3.');
    assert.equal(a['41,250 tonnes'], 'March 3');
  });

  it('reads "was recorded on" the same way', () => {
    const a = anchorsOf('Handling peaked at 4.30 pm on June 12. The previous highest of 41,250 tonnes was recorded on March 3.');
    assert.equal(a['41,250 tonnes'], 'March 3');
  });

  it('still ties a figure with no such day to the clock time', () => {
    const a = anchorsOf('Handling at the Tuticorin port peaked at 4.30 pm on June 12, above the previous record of 41,250 tonnes.');
    assert.equal(a['41,250 tonnes'], '4.30 pm');
  });
});
