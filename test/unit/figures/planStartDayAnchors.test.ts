// "said at 11:40 a.m. it would cut supply pressure by 15 per cent from Thursday": the clock time before
// the figure is when the plan was told; the day the plan starts on, right after the figure ("from",
// "effective", "starting"), is the figure's own moment. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function anchorsOf(body: string): Record<string, string | null> {
  const a = analyzeArticle({ path: 'story.txt', text: body });
  const out: Record<string, string | null> = {};
  a.figures.forEach((f, i) => { const t = a.figureAnchors[i]; out[f.text] = t >= 0 ? a.times[t].text : null; });
  return out;
}

describe('figure anchors: the day a plan starts on', () => {
  it('ties a plan\'s figure to its start day, not to the clock time it was announced at', () => {
    const a = anchorsOf('HARLOW, March 3 (Eastwire) - Harlow Water said at 11:40 a.m. it would cut supply pressure by 15 per cent from Thursday, because the Brenmoor reservoir is low.');
    assert.equal(a['15 per cent'], 'Thursday');
    const b = anchorsOf('HARLOW, March 3 (Eastwire) - Harlow Water announced at 11:40 a.m. that fares on its ferries would rise by 6% effective Monday.');
    assert.match(b['6%'] ?? '', /Monday/);
  });

  it('keeps the clock time when the day after the figure starts no plan, or the clock time stands after the figure', () => {
    const a = anchorsOf('HARLOW, March 3 (Eastwire) - Harlow Water said at 11:40 a.m. it would cut supply pressure by 15 per cent on Thursday.');
    assert.equal(a['15 per cent'], '11:40 a.m.');
    const b = anchorsOf('HARLOW, March 3 (Eastwire) - Supply pressure fell by 15 per cent from Thursday\'s level at 11:40 a.m., Harlow Water said.');
    assert.notEqual(b['15 per cent'], 'Thursday');
  });
});
