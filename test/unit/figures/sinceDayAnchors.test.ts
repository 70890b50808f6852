// "Since the outbreak was declared on Monday 2 March, the county has recorded 1,284 cases": the day of
// the event a running total started from is not the moment it was counted. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function anchorsOf(body: string): Record<string, string | null> {
  const a = analyzeArticle({ path: 'story.txt', text: body });
  const out: Record<string, string | null> = {};
  a.figures.forEach((f, i) => { const t = a.figureAnchors[i]; out[f.text] = t >= 0 ? a.times[t].text : null; });
  return out;
}

describe('figure anchors: a day a running count started from', () => {
  it('keeps counts "since" a day off that day', () => {
    const a = anchorsOf('Since the outbreak was declared on Monday 2 March, the county has recorded 1,284 cases and 37 deaths.');
    assert.equal(a['37 deaths'], null);
    assert.equal(a['1,284 cases'], null);
  });

  it('keeps the day of a count "since" that day alone (a stretch from it)', () => {
    const a = anchorsOf('Since Monday 2 March the county has recorded 1,284 cases and 37 deaths.');
    assert.equal(a['37 deaths'], 'Since Monday 2 March');
  });

  it('still ties a count to a day told without "since"', () => {
    const a = anchorsOf('On Monday 2 March the county recorded 1,284 cases and 37 deaths.');
    assert.equal(a['37 deaths'], 'Monday 2 March');
  });
});
