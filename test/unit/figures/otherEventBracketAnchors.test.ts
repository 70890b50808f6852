// "More than 90 hikers were brought down, many of them carried by volunteers from the village huts,
// before the first army helicopter landed at 3.40pm (13:40 GMT)": a count told before another event's
// clock time is not tied to that time, however long the other event's phrase, nor to its conversion
// in brackets. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function anchorsOf(body: string): Record<string, string | null> {
  const a = analyzeArticle({ path: 'story.txt', text: body });
  const out: Record<string, string | null> = {};
  a.figures.forEach((f, i) => { const t = a.figureAnchors[i]; out[f.text] = t >= 0 ? a.times[t].text : null; });
  return out;
}

describe('figure anchors: the time of another event after the figure', () => {
  it('ties a count to neither the other event\'s time nor its conversion in brackets', () => {
    const a = anchorsOf('More than 90 hikers were brought down, many of them carried on stretchers by volunteers from the village huts, before the first army helicopter landed at 3.40pm (13:40 GMT).');
    assert.equal(a['More than 90 hikers'], null);
  });

  it('still ties a count to a time the count itself is told at', () => {
    const a = anchorsOf('More than 90 hikers had been brought down by 3.40pm (13:40 GMT), the mountain rescue service said.');
    assert.equal(a['More than 90 hikers'], 'by 3.40pm');
  });
});
