// "… by 6 p.m. on Thursday, up from 1,320 cases and 41 deaths reported on Wednesday night": both
// numbers after "up from" are where the count started, not the sentence's 6 p.m. reading, so the
// second is no rival of another source's count at 6 p.m. Invented text (round 51).
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

function anchorsOf(body: string, path = '000_wire.txt'): Record<string, string | null> {
  const a = analyzeArticle({ path, text: body });
  const out: Record<string, string | null> = {};
  a.figures.forEach((f, i) => { const t = a.figureAnchors[i]; out[f.text] = t >= 0 ? a.times[t].text : null; });
  return out;
}

const wire = [
  'LOMARA, March 5 (Coastline News) - Cholera has killed 77 people in Lomara since Sunday, health officials said on Thursday.', '',
  'The regional health office said 2,480 people had been treated at clinics by 6 p.m. local time on Thursday, up from 1,320 cases and 41 deaths reported on Wednesday night.', '',
].join('\n');

const explainer = [
  '# Explained: the Lomara outbreak', '', '*Harbour Herald | Friday, March 6, 2026*', '',
  'According to the regional health office, clinics had treated 2,480 patients and recorded 83 deaths as of 6 p.m. on Thursday.', '',
].join('\n');

describe('figure anchors: two numbers a change started from', () => {
  it('ties neither number after "up from … and" to the sentence\'s clock time', () => {
    const a = anchorsOf(wire);
    assert.equal(a['1,320 cases'], null);
    assert.equal(a['41 deaths'], null);
    assert.equal(a['2,480 people'], 'by 6 p.m. local time');
  });

  it('still ties a number joined by "and" with no change before it', () => {
    const a = anchorsOf(wire.replace('up from 1,320 cases and 41 deaths reported on Wednesday night', 'with 1,320 cases and 41 deaths in the old town'));
    assert.equal(a['41 deaths'], 'by 6 p.m. local time');
  });

  it('does not hold the earlier count against another source\'s count at that clock time', () => {
    const files = { '000_wire.txt': wire, '001_explainer.md': explainer };
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'figure-conflict').map((f) => f.text), []);
  });
});
