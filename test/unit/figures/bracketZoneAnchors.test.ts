// "By 11:45 GMT (12:45 in Berlin), 62 hikers had been brought down": the time in brackets tells the
// clock before it in another zone. The figure belongs to the time the sentence tells it by, so a
// wrong conversion in the brackets does not move the count to another moment. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function anchorsOf(body: string): Record<string, string | null> {
  const a = analyzeArticle({ path: 'story.txt', text: body });
  const out: Record<string, string | null> = {};
  a.figures.forEach((f, i) => { const t = a.figureAnchors[i]; out[f.text] = t >= 0 ? a.times[t].text : null; });
  return out;
}

describe('figure anchors: a clock converted in brackets', () => {
  it('ties the figure to the time before the brackets', () => {
    const a = anchorsOf('Mountain rescuers worked through the morning. By 11:45 GMT (12:45 in Berlin), 62 hikers had been brought down.');
    assert.match(a['62 hikers'] ?? '', /11:45/);
  });
  it('ties the figure to the time before the brackets past the day and date the time is told on', () => {
    const a = anchorsOf('The cornice broke off at 5:10 am India Standard Time on Friday, May 9 (23:25 GMT on Thursday), at about 3,600 metres.');
    assert.match(a['about 3,600 metres'] ?? '', /5:10 am/);
  });
  it('still ties a figure to a lone time after it', () => {
    const a = anchorsOf('Mountain rescuers worked through the morning, and 62 hikers had been brought down by 12:45.');
    assert.match(a['62 hikers'] ?? '', /12:45/);
  });
});
