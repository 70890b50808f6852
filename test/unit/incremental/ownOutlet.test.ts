// The statement check reads a source's top for its own outlet ("(Kestrel Press)" in the dateline):
// an edit there, far from the statement, must reach the remembered result of the statement, as a
// fresh check sees it (findings/statements.ts, namesOwnOutlet). Invented text only.
import * as assert from 'node:assert/strict';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';

const line = '"We had packed for rain, but the river rose two days sooner than anyone said,"';
const wire = (dateline: string) => `RIVERTON, May 4 (${dateline}) - Thirty canoeists were lifted from the flooded Aske valley on Sunday.\n\n` +
  `Rescuers worked through the night along the east bank.\n\n${line} Orla Finch told Kestrel Press by telephone. She led the group.\n`;
const paper = `# Canoeists lifted from the Aske\n\n*The Riverton Courier · Monday 5 May*\n\nOrla Finch, who led the group, told the Courier at the landing stage: ${line}\n`;

const kinds = (r: ReturnType<typeof checkArticle>) => r.findings.filter((f) => f.kind === 'attribution-conflict').map((f) => f.text);

describe('incremental check: a statement and its article\'s own outlet', () => {
  it('checks a statement again when the dateline\'s outlet changes, far from it', () => {
    const corpus = new Corpus();
    corpus.set(analyzeArticle({ path: '/desk/002_courier.md', text: paper }));
    const checker = new IncrementalChecker();
    const path = '/desk/001_wire.txt';
    const texts = [wire('Kestrel Press'), wire('Heron Wire'), wire('Kestrel Press')];
    const seen: string[][] = [];
    for (const text of texts) {
      const a = analyzeArticle({ path, text });
      corpus.set(a);
      const incremental = checker.check(corpus, a, {}, 0);
      const fresh = checkArticle(corpus, a);
      assert.deepEqual(kinds(incremental), kinds(fresh));
      seen.push(kinds(fresh));
    }
    // Its own call: no conflict; once the dateline names another outlet, the two venues disagree.
    assert.deepEqual(seen, [[], ['Kestrel Press'], []]);
  });
});
