// A figure re-checked while its sentence is typed in keeps its plan (which source figures can count,
// and as what) and the word weights it shares with each of them (findings/figurePlans.ts). Both are
// worked out from less than the whole check reads, so here every keystroke's incremental check must
// equal a fresh checkArticle, on the project's own gold sets (TYPING_SETS of them, spread over the list), while words are typed into sentences
// with figures: words of the sources' own sentences (which change what the figure shares with them),
// words no source uses, the bench's phrase, typos and backspaces, at the sentence's end and right
// beside a figure. The plans must really be reused, and a kept plan must meet keystrokes that
// change its figure's result: a cache that kept the result under the plan's key would be stale there.
import * as assert from 'node:assert/strict';
import { analyzeArticle, checkArticle, type ArticleAnalysis } from '../../../server/src/analysis';
import { articleClaims, type FigureRef } from '../../../server/src/analysis/alignment/corpus';
import { planKey } from '../../../server/src/analysis/findings/figurePlans';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';
import type { DocumentReview } from '../../../server/src/analysis/types';
import { seeded as rng } from '../robustness/arbitraries';
import { spread, TYPING_SETS } from '../goldBudget';
import { corpora, filed, sentenceEnd, typing } from './corpora';

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Words of a source figure's sentence, as written (what typing them into a draft's sentence adds). */
function sourceWords(g: FigureRef): string[] {
  const s = g.article.text.sentences[g.figure.sentence];
  if (!s) return [];
  return g.article.text.plain.slice(s.span.start, s.span.end).split(/\s+/).filter((w) => /^[A-Za-z]{3,}$/.test(w));
}

/** What the check says of the figure at `at`: its claim view and its findings. */
function said(review: DocumentReview, at: number): string {
  return JSON.stringify([review.claims.filter((c) => c.kind === 'figure' && c.span.start === at), review.findings.filter((f) => f.span.start === at)]);
}

describe('figure plans kept while a sentence is typed in', () => {
  it('give exactly the full check at every keystroke, are reused, and meet results that change under a kept plan', function () {
    this.timeout(600000);
    let keystrokes = 0;
    let reused = 0;
    /** Keystrokes where a figure kept its plan and key while what the check says of it changed. */
    let changedUnderPlan = 0;
    spread(corpora(), TYPING_SETS).forEach((set, n) => {
      const { corpus, edited } = filed(set);
      edited.forEach((start, k) => {
        const r = rng(7100 + 10 * n + k);
        const claims = articleClaims(start);
        // Up to two sentences with figures that have candidates, each typed into once.
        const targets = claims.figures.filter((f) => f.cls && [...corpus.figureCandidates(f, 0, 5, start.path)].length > 0);
        const sentences = [...new Set(targets.map((f) => f.figure.sentence))].slice(0, 2);
        const checker = new IncrementalChecker();
        let text = start.text.original;
        let analysis = analyzeArticle({ path: start.path, text, role: start.role });
        let full = checkArticle(corpus, analysis);
        checker.check(corpus, analysis, {}, 0);
        // Later sentences first, so an earlier sentence's offsets are those of the original.
        for (const sentence of sentences.sort((a, b) => b - a)) {
          const figure = targets.find((f) => f.figure.sentence === sentence)!;
          const g = [...corpus.figureCandidates(figure, 0, 5, start.path)][Math.floor(r() * 3)] ?? [...corpus.figureCandidates(figure, 0, 5, start.path)][0];
          const words = [...sourceWords(g).slice(0, 6), 'zorbly', 'quintessa', ...sourceWords(g).slice(6, 10)];
          const phrase = r() < 0.5 ? ` and ${words.join(' ')}` : ` ${words.slice(0, 4).join(' ')} and 35 more crews arrived by 9:15 p.m.`;
          // At the sentence's end (before its full stop) or right after the figure, in the markdown original.
          const endAt = sentenceEnd(start, sentence);
          const atEnd = r() < 0.7;
          if (endAt === undefined) continue; // markdown inside: offsets differ
          for (const keystroke of typing(text, atEnd ? endAt : figure.figure.span.end, phrase, () => r() < 0.08)) {
            const was = analysis;
            const wasReview = full;
            text = keystroke.text;
            const cursor = keystroke.cursor;
            analysis = analyzeArticle({ path: start.path, text, role: start.role });
            const review = checker.check(corpus, analysis, {}, 0);
            full = checkArticle(corpus, analysis);
            assert.deepStrictEqual(plain(review), plain(full), `${set.name} ${start.path} keystroke ${keystrokes}`);
            keystrokes++;
            const stats = checker.stats(start.path)!;
            reused += stats.plans;
            if (stats.plans === 0) continue;
            // A figure before the cursor whose plan key is unchanged, while what the check says of it changed.
            const keys = (a: ArticleAnalysis) => new Map(articleClaims(a).figures.filter((f) => f.figure.span.end < cursor - 1).map((f) => [f.figure.span.start, planKey(f)]));
            const then = keys(was);
            for (const [at, key] of keys(analysis)) if (then.get(at) === key && said(review, at) !== said(wasReview, at)) changedUnderPlan++;
          }
        }
      });
    });
    assert.ok(keystrokes > 1000, `keystrokes ${keystrokes}`);
    assert.ok(reused > keystrokes / 2, `plans reused ${reused} over ${keystrokes} keystrokes`);
    assert.ok(changedUnderPlan > 0, 'some keystroke changed a figure result under a kept plan');
  });
});
