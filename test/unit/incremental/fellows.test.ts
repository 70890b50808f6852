// A claim's check reads the other claims of its sentence (its "fellows", findings/fellows.ts): a
// time's check asks whether another time of its sentence is nearer the source's moment, a figure's
// what the count beside it counts. What a fellow is read as can come from outside the sentence (a
// clock time without a.m./p.m. takes the half of the day of its paragraph's last time, a bare count
// the thing the sentence before counted), so an edit in the sentence before can change it while the
// claim's own key stays the same. The keystroke's check must then give the fresh check's answer: the
// fellows are part of the claim's key.
import * as assert from 'node:assert/strict';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';
import { articleClaims } from '../../../server/src/analysis/alignment/corpus';
import { sameFellows, sentenceFellows } from '../../../server/src/analysis/findings/fellows';
import { corpora } from './corpora';

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('incremental check: the other claims of a sentence', () => {
  const source = 'TARNBY, June 4 (Lakewire) - The Tarnby lifeboat launched from the harbour slipway at 4.58pm to reach the sinking trawler, the coastguard said.';
  const story = (part: string) => `The first mayday came at 4.52 this ${part}. The Tarnby lifeboat launched from the harbour slipway at 4.58 and reached the sinking trawler at 5.40pm.`;

  it('re-checks a time when the half of the day of a time beside it changes in the sentence before', () => {
    const corpus = new Corpus();
    corpus.set(analyzeArticle({ path: '/desk/001_lakewire.txt', text: source }));
    const checker = new IncrementalChecker();
    const conflicts: string[][] = [];
    for (const part of ['afternoon', 'morning', 'afternoon']) {
      const a = analyzeArticle({ path: '/desk/draft_lifeboat.md', text: story(part) });
      const review = checker.check(corpus, a, {}, 0);
      assert.deepStrictEqual(plain(review), plain(checkArticle(corpus, a)), part);
      conflicts.push(review.findings.filter((f) => f.kind === 'time-conflict').map((f) => f.text));
    }
    // 4.58 in the afternoon is the source's moment and 5.40pm is another; in the morning, 5.40pm is held to it.
    assert.deepEqual(conflicts, [[], ['5.40pm'], []]);
  });

  it('writes a claim\'s fellows relative to it, and none for a claim alone in its sentence', () => {
    const at = (text: string, written: string) => {
      const claims = articleClaims(analyzeArticle({ path: '/desk/draft_lifeboat.md', text }));
      const t = claims.times.find((r) => r.time.text === written)!;
      return sentenceFellows(t);
    };
    const pm = at(story('afternoon'), '5.40pm');
    assert.notEqual(pm, '');
    assert.notEqual(pm, at(story('morning'), '5.40pm'));
    // Moved by an edit before it, the sentence's fellows read the same.
    assert.equal(at(`Update. ${story('afternoon')}`, '5.40pm'), pm);
    assert.equal(at('The mayday came at 4.52pm.', '4.52pm'), '');
  });

  it('writes what a figure beside it takes from the sentence before', () => {
    // "96,500" counts what the count of the sentence before counts; "14 crews" stays as written.
    const crews = (thing: string) => {
      const text = `About 184,000 ${thing} were without power on Monday. By noon 96,500 were still waiting and 14 crews were out.`;
      const claims = articleClaims(analyzeArticle({ path: '/desk/draft_outage.md', text }));
      const a = claims.figures.find((r) => r.figure.text.includes('96,500'))!;
      const f = claims.figures.find((r) => r.figure.text.includes('14'))!;
      return { counted: a.figure.counted, fellows: sentenceFellows(f) };
    };
    const customers = crews('customers');
    const homes = crews('homes');
    assert.notEqual(customers.counted, homes.counted, 'the bare count takes the noun of the sentence before');
    assert.notEqual(customers.fellows, homes.fellows);
  });

  it('answers sameFellows as the two fellows\' strings compare, on every claim of every set moved by an edit and paired with its neighbours', () => {
    let pairs = 0;
    let same = 0;
    for (const set of corpora()) {
      for (const f of set.files) {
        const before = articleClaims(analyzeArticle(f));
        // An edit before every claim moves them all (the fellows are written relative to their claim);
        // one in a sentence changes that sentence's fellows.
        const moved = articleClaims(analyzeArticle({ path: f.path, text: `Update. ${f.text}` }));
        const lists = [[before.figures, moved.figures], [before.times, moved.times]] as const;
        for (const [b, a] of lists) {
          for (let i = 0; i < a.length; i++) {
            for (const j of [i - 1, i, i + 1]) {
              const x = a[i];
              const y = b[j];
              if (!y) continue;
              const strings = sentenceFellows(x as never) === sentenceFellows(y as never);
              assert.equal(sameFellows(x, y), strings, `${f.path} claim ${i} against ${j}`);
              pairs++;
              if (strings) same++;
            }
          }
        }
      }
    }
    assert.ok(pairs > 1000 && same > 100 && same < pairs, `${pairs} pairs, ${same} alike`);
  });
});
