// A draft's total may add a part told in the sentence before its own (findings/wrongTotal.ts,
// partsBefore): an edit of that sentence alone must check the total again (totalReads, in
// findings/figures.ts articleReads and so in the incremental check's key). Invented text.
import * as assert from 'node:assert/strict';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';

/** Plain data, so that the comparison sees values, not object identity. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const draft = (first: string) => `# Galway counts the cost\n\nThe port authority puts its repair bill at €${first} million. The council puts its cleanup at €5 million, for a combined €19 million before insured losses.\n`;

function corpus(): Corpus {
  const c = new Corpus();
  c.set(analyzeArticle({ path: '/desk/000_wire.txt', text: 'GALWAY, March 3 (NWR) - The port authority put its repair bill at €12 million after the storm surge, and the council estimated its cleanup at €5 million. A harbour levy raised €14 million last year.\n' }));
  c.set(analyzeArticle({ path: '/desk/001_explainer.md', text: '# What the surge will cost\n\nThe port authority expects to spend €12 million on repairs. The council\'s cleanup will cost €5 million. Together the two bills come to a total of €17 million.\n' }));
  return c;
}

describe('incremental check: a total\'s part told in the sentence before', () => {
  it('checks the total again when only the sentence before changes', () => {
    const c = corpus();
    const checker = new IncrementalChecker();
    const flagged: boolean[] = [];
    for (const first of ['12', '14', '12']) {
      const article = analyzeArticle({ path: '/desk/draft_galway.md', text: draft(first), role: 'draft' });
      const review = checker.check(c, article, {}, 0);
      assert.deepStrictEqual(plain(review), plain(checkArticle(c, article, {})), first);
      flagged.push(review.findings.some((f) => f.kind === 'figure-conflict' && f.text === '€19 million'));
    }
    assert.deepEqual(flagged, [true, false, true]);
  });
});
