// A figure told of a part of the day keeps its plan (figurePlans.ts) while its sentence is typed in.
// Whether the sources' count of that part is held against it also turns on whether the sentence
// names a part of the day only as a bound ("before dawn"), which the figure's FigureRef does not
// hold: typed into another clause of the sentence, the bound must reach the plan's key, or the
// keystroke's check keeps a conflict a fresh check no longer reports.
import * as assert from 'node:assert/strict';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('incremental check: a part of the day named as a bound', () => {
  it('re-plans a figure when a bound is typed into its sentence', () => {
    const corpus = new Corpus();
    corpus.set(analyzeArticle({ path: '/desk/001_coastguard.txt', text: 'Published May 14, 2027\n\nAt 7am on Friday, 45 divers were searching the reservoir for the missing kayaker, the coastguard said.' }));
    corpus.set(analyzeArticle({ path: '/desk/002_wire.txt', text: 'Published May 14, 2027\n\nOn Friday afternoon 90 divers were combing the reservoir, the rescue service said.' }));
    corpus.set(analyzeArticle({ path: '/desk/003_radio.txt', text: 'Published May 14, 2027\n\nINSPECTOR MARDLE: Right now we have 90 divers searching the reservoir for the missing kayaker, and the boats are out.' }));
    const draftPath = '/desk/draft_reservoir.md';
    const opening = 'By Friday morning, 90 divers were searching the reservoir for the missing kayaker';
    const checker = new IncrementalChecker();
    const kinds: string[][] = [];
    // Typed in clause by clause: the first check makes no plans, the second makes them, the third reuses them.
    for (const text of [`${opening}.`, `${opening}; gusts.`, `${opening}; gusts had died down before dawn.`]) {
      const a = analyzeArticle({ path: draftPath, text });
      const review = checker.check(corpus, a, {}, 0);
      assert.deepStrictEqual(plain(review), plain(checkArticle(corpus, a)), text);
      kinds.push(review.findings.map((f) => f.kind));
    }
    // The test means something only if the bound changes the answer and the plan was kept.
    assert.deepEqual(kinds, [['figure-conflict'], ['figure-conflict'], []]);
  });
});
