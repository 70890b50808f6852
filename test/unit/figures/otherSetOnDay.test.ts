// "There were 64 new rescues in the previous 24 hours, below the record of 118 set on 9 March": the day after
// "set on" is when the other number was set, not the moment of the figure told before it. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function anchorsOf(body: string): Record<string, string | null> {
  const a = analyzeArticle({ path: 'story.txt', text: body });
  const out: Record<string, string | null> = {};
  a.figures.forEach((f, i) => { const t = a.figureAnchors[i]; out[f.text] = t >= 0 ? a.times[t].text : null; });
  return out;
}

describe('figure anchors: a day another number was set on', () => {
  it('keeps the earlier figure off the record\'s day', () => {
    const a = anchorsOf('There were 64 new rescues in the previous 24 hours, well below the record of 118 recorded on 9 March.');
    assert.equal(a['64 new rescues'], null);
    assert.equal(a['118'], '9 March');
  });

  it('reads a number in words before "set on" the same way', () => {
    const a = anchorsOf('There were 64 new rescues in the previous 24 hours, well below the record of one hundred and eighteen set on 9 March.');
    assert.equal(a['64 new rescues'], null);
  });

  it('still ties a figure to a day told after it with nothing set between', () => {
    const a = anchorsOf('There were 64 new rescues on 9 March, the coastguard said.');
    assert.equal(a['64 new rescues'], '9 March');
  });
});
