// "The Hollin quarry was evacuated at 10:40 on Friday. All 214 workers were checked the same day …": a
// sentence that names its own day ("the same day", "the following day") tells that day, not the
// clock time of the sentence before. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function anchorsOf(body: string): Record<string, string | null> {
  const a = analyzeArticle({ path: 'story.txt', text: body });
  const out: Record<string, string | null> = {};
  a.figures.forEach((f, i) => { const t = a.figureAnchors[i]; out[f.text] = t >= 0 ? a.times[t].text : null; });
  return out;
}

describe('figure anchors: a sentence that names its own day', () => {
  it('does not tie "the same day" to the clock time of the sentence before', () => {
    const a = anchorsOf('The Hollin quarry was evacuated at 10:40 on Friday. All 214 workers were checked by medics the same day.');
    assert.equal(a['214 workers'], null);
  });

  it('does not tie "the following day" to it either', () => {
    const a = anchorsOf('The Hollin quarry was evacuated at 10:40 on Friday. Some 96 lorries were turned away the following day.');
    assert.equal(a['Some 96 lorries'], null);
  });

  it('still ties a sentence with no time of its own to the clock time before it', () => {
    const a = anchorsOf('The Hollin quarry was evacuated at 10:40 on Friday. All 214 workers were checked by medics.');
    assert.equal(a['214 workers'], '10:40');
  });
});
