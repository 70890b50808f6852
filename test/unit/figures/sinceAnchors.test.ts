// "… have crossed the bridge since the ribbon was cut at 17:00": a running count from a time is not a
// snapshot at that time; in a live blog it is told at its entry's stamp. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function anchorsOf(body: string, path = 'live.md'): Record<string, string | null> {
  const a = analyzeArticle({ path, text: body });
  const out: Record<string, string | null> = {};
  a.figures.forEach((f, i) => { const t = a.figureAnchors[i]; out[f.text] = t >= 0 ? a.times[t].text : null; });
  return out;
}

describe('figure anchors: a count since a time', () => {
  it("ties a running count in a live blog entry to the entry's stamp, not the time it counts from", () => {
    const body = '# Live: Harrow Bridge opens\n\n*All times BST.*\n\n**21:15** – Last update of the night. The council says **4,310 cyclists** have crossed the bridge since the ribbon was cut at 17:00.\n\n**17:00** – The ribbon is cut.\n';
    assert.equal(anchorsOf(body)['4,310 cyclists'], '21:15');
  });

  it('ties a count since a time in a report to no moment', () => {
    const a = anchorsOf('The council said 4,310 cyclists had crossed the bridge since 5pm on Saturday.', 'story.txt');
    assert.equal(a['4,310 cyclists'], null);
  });

  it('still ties a count to a clock time told as its moment', () => {
    const a = anchorsOf('By 9pm, 4,310 cyclists had crossed the bridge, the council said.', 'story.txt');
    assert.equal(a['4,310 cyclists'], 'By 9pm');
  });
});
