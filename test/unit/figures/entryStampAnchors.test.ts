// A live blog entry opening with its stamp and a dash ("**16:20** – Seven dead, 31 injured …") dates
// every figure of the entry, not only the one of each kind nearest the stamp. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function anchorsOf(body: string, path = 'live.md'): Record<string, string | null> {
  const a = analyzeArticle({ path, text: body });
  const out: Record<string, string | null> = {};
  a.figures.forEach((f, i) => { const t = a.figureAnchors[i]; out[f.text] = t >= 0 ? a.times[t].text : null; });
  return out;
}

describe('figure anchors: a live blog entry stamp', () => {
  it('ties every count of an entry to the stamp that opens it', () => {
    const body = '# Live: ferry fire\n\n*All times BST.*\n\n**16:20** – Latest from the coastguard: seven people have died, 31 are in hospital and two people are still missing.\n\n**15:05** – Crews are on scene.\n';
    const a = anchorsOf(body);
    assert.equal(a['seven people'], '16:20');
    assert.equal(a['31'], '16:20');
    assert.equal(a['two people'], '16:20');
  });

  it('still ties one count of each kind to a clock time told inside a sentence', () => {
    const a = anchorsOf('At 9:15 a.m. crews had rescued 40 people and treated 65 people on the quay.', 'story.txt');
    assert.deepEqual([a['40 people'], a['65 people']], ['9:15 a.m.', null]);
  });
});
