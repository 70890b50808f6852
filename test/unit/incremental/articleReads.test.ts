// A figure's check reads its article beyond the figure's sentence: two sources' figures in conflict
// are held to each other through a third source only when the article does not state the other
// source's number in that class anywhere (findings/figures.ts, sidedByThird). An edit in another
// sentence that changes such a number must check the figure again (findings/figures.ts,
// articleReads, in the incremental check's key and in sameKey.ts).
import * as assert from 'node:assert/strict';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';

/** Plain data, so that the comparison sees values, not object identity. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const wire = (release: string) => [
  'Rockfall hits climbers on Mont Verrel', '',
  `The rock face gave way at 9:05 a.m. at about ${release} metres on the west flank of Mont Verrel, the Vaudry police said.`, '',
  'VAUDRY, France, May 3 (Alpine Wire) - A rockfall swept a climbing route above Vaudry on Saturday, police said.', '',
  'The debris ran about 700 metres down the couloir before stopping at around 1,460 metres, leaving boulders up to four metres high, according to the Vaudry mountain rescue.', '',
].join('\n');

function corpus(): Corpus {
  const c = new Corpus();
  c.set(analyzeArticle({ path: '/desk/000_wire.txt', text: wire('1,720') }));
  c.set(analyzeArticle({ path: '/desk/001_radio.txt', text: 'LUCIE BRANDT: The rock face gave way at about one thousand seven hundred and twenty metres, and rescuers say the boulders were up to four metres high in the couloir at the bottom.\n' }));
  c.set(analyzeArticle({ path: '/desk/002_massif.txt', text: 'VAUDRY (Massif News) - The rock face gave way at around 1,720 metres above sea level on the west flank of Mont Verrel, police said on Saturday.\n' }));
  c.set(analyzeArticle({ path: '/desk/draft_rockfall.md', text: '# Rockfall on Mont Verrel\n\nThe debris stopped in the couloir at around 1,460 metres, leaving boulders up to four metres high, rescuers said.\n' }));
  return c;
}

describe('incremental check: what a figure reads of its article outside its sentence', () => {
  for (const tolerance of [undefined, 0.05]) {
    it(`checks a figure again when another sentence changes a number of its class${tolerance === undefined ? '' : ' (tolerance 0.05)'}`, () => {
      const c = corpus();
      const options = tolerance === undefined ? {} : { figureTolerance: tolerance };
      const checker = new IncrementalChecker();
      const conflicts: boolean[] = [];
      // The release height edited in the first sentence; the stopping height, two sentences on, is untouched.
      for (const release of ['1,720', '1,750', '1,720', '1,7500', '1,720']) {
        const article = analyzeArticle({ path: '/desk/000_wire.txt', text: wire(release), role: 'source' });
        const review = checker.check(c, article, options, 0);
        assert.deepStrictEqual(plain(review), plain(checkArticle(c, article, options)), release);
        conflicts.push(review.findings.some((f) => f.kind === 'figure-conflict' && f.text === 'around 1,460 metres'));
        if (conflicts.length > 1) assert.ok((checker.stats('/desk/000_wire.txt')?.hits ?? 0) > 0, 'the memo is used');
      }
      // Stating 1,720 itself, the wire is not held to the radio's 1,720 through a third source; without it, it is.
      assert.deepEqual(conflicts, [false, true, false, true, false]);
    });
  }
});
