// "**4:40 p.m.** Norland Power says 9,400 customers are without power, down from 20,100 this morning.":
// the time after the number a change starts from ("this morning") is that number's moment, so the
// entry's stamp still dates the sentence's own count. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function anchorOf(body: string, figure: string): string | null {
  const a = analyzeArticle({ path: 'live.md', text: body });
  const i = a.figures.findIndex((f) => f.text.startsWith(figure));
  assert.ok(i >= 0, JSON.stringify(a.figures.map((f) => f.text)));
  const t = a.figureAnchors[i];
  return t >= 0 ? a.times[t].text : null;
}

describe('figure anchors: a change\'s starting number keeps its own moment', () => {
  it('dates the count by the entry stamp, past "down from … this morning"', () => {
    const body = '# Live: storm\n\n*All times local.*\n\n**4:40 p.m.** ⚡ Norland Power says 9,400 customers are without power, down from 20,100 this morning.\n\n**9:10 a.m.** ⚡ Crews are out.\n';
    assert.equal(anchorOf(body, '9,400'), '4:40 p.m.');
  });

  it('still leaves a sentence with a time of its own undated by the stamp', () => {
    const body = '# Live: storm\n\n**4:40 p.m.** ⚡ Norland Power says 9,400 customers were without power this morning.\n';
    assert.equal(anchorOf(body, '9,400'), null);
  });
});
