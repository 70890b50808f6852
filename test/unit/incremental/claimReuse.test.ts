// An edited article's claims take the words of unchanged sentences' claims over from its claims
// before the edit (alignment/claimReuse.ts). At every keystroke of typing on gold sets (TYPING_SETS of them, spread over the list), and
// after random edits, the claims built so must equal claims built afresh, field by field, and hold
// the new article's own objects; the incremental check built on them must equal a fresh check; and
// words must actually have been taken over.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeArticle, checkArticle, type ArticleAnalysis } from '../../../server/src/analysis';
import { articleClaims, type ArticleClaims } from '../../../server/src/analysis/alignment/corpus';
import { ClaimCarrier } from '../../../server/src/analysis/alignment/claimReuse';
import { WordSet } from '../../../server/src/analysis/alignment/wordSet';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';
import { editOf } from '../../../server/src/analysis/findings/sameKey';
import { seeded as rng } from '../robustness/arbitraries';
import { spread, TYPING_SETS } from '../goldBudget';
import { corpora, filed, sentenceEnd, typing } from './corpora';

const PHRASES = [' about 3,400 people', ' at 9:15 a.m. ET', ', Mayor Ana Ruiz said.', '\n\n', ' nearly 52,000 riders', ' “We will rebuild,” she said.',
  ' on March 12', ' at 10:40 p.m.', ' 14%', ' $2.5 million', ' he told the BBC.', ' began at 6 a.m.', ' 12 dead', '.'];

/** A random edit: a character typed or deleted, a phrase pasted, a paragraph moved. */
function randomEdit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  const op = r();
  if (op < 0.3) return text.slice(0, at) + 'a7 .,\n“”'[Math.floor(r() * 9)] + text.slice(at);
  if (op < 0.5) return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 3));
  if (op < 0.85) return text.slice(0, at) + PHRASES[Math.floor(r() * PHRASES.length)] + text.slice(at);
  const paragraphs = text.split('\n\n');
  const [moved] = paragraphs.splice(Math.floor(r() * paragraphs.length), 1);
  paragraphs.splice(Math.floor(r() * (paragraphs.length + 1)), 0, moved);
  return paragraphs.join('\n\n');
}

/** The claims as plain data: the article by its path, word sets by their words in order (not their cached norms). */
function plainClaims(c: ArticleClaims): unknown {
  return JSON.parse(JSON.stringify(c, (key, value: unknown) => {
    if (key === 'article') return (value as ArticleAnalysis).path;
    if (value instanceof WordSet) return ['WordSet', ...value.list];
    if (value instanceof Set) return ['Set', ...(value as Set<unknown>)];
    return value;
  }));
}

function sameWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return [...a].join(' ') === [...b].join(' ');
}

/** Every claim holds the article's own objects (not those of the article before the edit). */
function ownObjects(c: ArticleClaims, article: ArticleAnalysis, where: string): void {
  for (const f of c.figures) assert.ok(f.article === article && f.figure === article.figures[f.index], `${where}: figure ${f.index}`);
  for (const t of c.times) {
    assert.ok(t.article === article && t.time === article.times[t.index], `${where}: time ${t.index}`);
    for (const f of [...t.figures, ...t.sentenceFigures]) assert.ok(c.figures.includes(f), `${where}: a time's figure is one of the claims`);
  }
  for (const q of c.quotes) assert.ok(q.article === article && q.quote === article.quotes[q.index], `${where}: quotation ${q.index}`);
}

describe('claims of unchanged sentences taken over after an edit (claimReuse)', () => {
  it('equal claims built afresh at every keystroke and after random edits, and the check equals a fresh one', function () {
    this.timeout(600000);
    let builds = 0;
    let carried = 0;
    let checkerCarried = 0;
    let moved = 0;
    let overtyped = 0;
    let typingCarried = 0;
    let typingClaims = 0;
    let spoken = 0;
    spread(corpora(), TYPING_SETS).forEach((set, n) => {
      const { corpus, edited } = filed(set);
      edited.forEach((start, k) => {
        const r = rng(9100 + 10 * n + k);
        const carrier = new ClaimCarrier();
        const checker = new IncrementalChecker();
        let text = start.text.original;
        let before = analyzeArticle({ path: start.path, text, role: start.role });
        articleClaims(before, undefined, carrier);
        checker.check(corpus, before, {}, 0);
        const step = (next: string, where: string) => {
          text = next;
          const now = analyzeArticle({ path: start.path, text, role: start.role });
          carrier.edited(editOf(now, before));
          const built = articleClaims(now, undefined, carrier);
          const label = `${set.name} ${path.basename(start.path)} ${where} (build ${builds})`;
          assert.deepStrictEqual(plainClaims(built), plainClaims(articleClaims(now)), label);
          ownObjects(built, now, label);
          carried += carrier.carried;
          spoken += carrier.spokenCarried;
          if (where.startsWith('typing')) {
            typingCarried += carrier.carried;
            typingClaims += built.figures.length + built.times.length + built.quotes.length;
          }
          if (now.text.plain.length !== before.text.plain.length) moved += carrier.carried;
          const review = checker.check(corpus, now, {}, 0);
          checkerCarried += checker.stats(start.path)!.carried;
          assert.deepStrictEqual(JSON.parse(JSON.stringify(review)), JSON.parse(JSON.stringify(checkArticle(corpus, now))), label);
          builds++;
          before = now;
        };
        // Typing into the ends of two sentences with figures (a phrase with a figure and a time, with typos and backspaces).
        const figures = articleClaims(start).figures;
        const sentences = [...new Set(figures.map((f) => f.figure.sentence))];
        const chosen = [sentences[0], sentences[Math.floor(sentences.length / 2)]].filter((s) => s !== undefined);
        for (const sentence of [...new Set(chosen)].sort((a, b) => b - a)) {
          const end = sentenceEnd(start, sentence);
          if (end === undefined) continue;
          const phrase = r() < 0.5 ? ' as 35 more crews arrived by 9:15 p.m.' : ' and nearly 52,000 riders at 10:40 p.m.';
          for (const keystroke of typing(text, end, phrase, () => r() < 0.1)) step(keystroke.text, `typing at ${keystroke.at}`);
        }
        // A letter of the word after a figure typed over: the sentence keeps its length, not its words.
        for (const f of articleClaims(before).figures.filter((_, i) => i % 3 === 0).slice(0, 12)) {
          const s = before.text.sentences[f.figure.sentence];
          let at = f.figure.span.end;
          while (at < s.span.end && !/\p{L}/u.test(before.text.plain[at] ?? '')) at++;
          if (at >= s.span.end || text[at] !== before.text.plain[at]) continue;
          step(text.slice(0, at) + (text[at] === 'q' ? 'z' : 'q') + text.slice(at + 1), `letter typed over at ${at}`);
          overtyped++;
        }
        // And a letter inside a quotation (its words hold what was said).
        for (const q of before.quotes.slice(0, 8)) {
          const piece = q.pieces[0];
          let at = piece.start + 2;
          while (at < piece.end && !/\p{L}/u.test(before.text.original[at] ?? '')) at++;
          if (at >= piece.end) continue;
          step(text.slice(0, at) + (text[at] === 'q' ? 'z' : 'q') + text.slice(at + 1), `quoted letter typed over at ${at}`);
          overtyped++;
        }
        for (let e = 0; e < 25; e++) step(randomEdit(text, r), `random edit ${e}`);
      });
    });
    assert.ok(builds > 800, `builds ${builds}`);
    assert.ok(overtyped > 100, `letters typed over ${overtyped}`);
    // Most claims stand in sentences an edit left alone, many of them moved by it.
    assert.ok(carried > builds * 10, `words taken over ${carried} times in ${builds} builds`);
    // While a sentence is typed in, every claim outside it takes its words over, keystroke after keystroke.
    assert.ok(typingCarried > typingClaims * 0.8, `words taken over ${typingCarried} times for ${typingClaims} claims built while typing`);
    assert.ok(moved > builds * 5, `words of moved claims taken over ${moved} times in ${builds} builds`);
    assert.equal(checkerCarried, carried, 'the incremental check takes words over as the builds here do');
    // Sentences of reported speech with a venue ("…, she told Radio Vell") the edit left alone keep their venues.
    assert.ok(spoken > 0, `venues of reported speech taken over ${spoken} times`);
  });

  it('takes no words over where another claim of the sentence moved, though its text did not', () => {
    // The words beside a figure stop at another claim's words (nearContext): where the analysis puts
    // a sentence's claims matters besides its text. Here a figure's span is widened back over the
    // words before it, the text left as it was; the figure before it then has other words beside it.
    let changed = 0;
    for (const set of corpora()) {
      const { edited } = filed(set);
      for (const before of edited) {
        const fresh = articleClaims(before);
        for (let i = 1; i < before.figures.length; i++) {
          const f = before.figures[i];
          const prev = before.figures[i - 1];
          if (prev.sentence !== f.sentence || prev.span.end >= f.span.start) continue;
          const now: ArticleAnalysis = { ...before, figures: before.figures.map((g, j) => (j === i ? { ...g, span: { start: prev.span.end, end: g.span.end } } : g)) };
          const carrier = new ClaimCarrier();
          articleClaims(before, undefined, carrier);
          carrier.edited(editOf(now, before));
          const built = articleClaims(now, undefined, carrier);
          const expected = articleClaims(now);
          assert.deepStrictEqual(plainClaims(built), plainClaims(expected), `${set.name} ${path.basename(before.path)} figure ${i}`);
          if (!sameWords(expected.figures[i - 1].near, fresh.figures[i - 1].near)) changed++;
        }
      }
    }
    assert.ok(changed > 5, `figures whose words beside them changed: ${changed}`);
  });

  it('takes nothing over for an article it was not told follows the last one', () => {
    const set = corpora()[0];
    const { edited } = filed(set);
    const start = edited[0];
    const carrier = new ClaimCarrier();
    articleClaims(start, undefined, carrier);
    const other = analyzeArticle({ path: start.path, text: start.text.original + ' More.', role: start.role });
    carrier.edited(undefined);
    articleClaims(other, undefined, carrier);
    assert.equal(carrier.carried, 0);
    // Told of an edit from another article than the one last built: nothing either.
    const third = analyzeArticle({ path: start.path, text: start.text.original + ' Again.', role: start.role });
    carrier.edited(editOf(third, start));
    articleClaims(third, undefined, carrier);
    assert.equal(carrier.carried, 0);
    carrier.edited(editOf(third, third));
    articleClaims(third, undefined, carrier);
    assert.ok(carrier.carried > 0);
  });
  it('takes reported speech\'s venues over only where its sentence, speaker and names read as before', () => {
    // Two sentences of reported speech with a venue; the second credited through "she" to the person
    // last named before it. Typing elsewhere keeps both; typing in one, or renaming the person "she"
    // stands for, reads that one again; every build equals one made afresh.
    const lines = [
      'Harbour Trust chair Mirela Voss told Radio Calder on Tuesday that the east pier would reopen in spring.',
      'Engineers found cracks in 14 of the pilings last month.',
      'In a post on Bluesky, she said the repairs would cost the trust about $3 million.',
      'The council will vote on the budget next week.',
    ];
    const draftPath = '/tmp/claim-reuse-spoken/draft.md';
    let text = lines.join('\n\n');
    let before = analyzeArticle({ path: draftPath, text, role: 'draft' });
    const carrier = new ClaimCarrier();
    const first = articleClaims(before, undefined, carrier);
    assert.equal(first.statements.filter((st) => st.quote === null).length, 2, 'both sentences are reported speech with a venue');
    const step = (next: string): number => {
      text = next;
      const now = analyzeArticle({ path: draftPath, text, role: 'draft' });
      carrier.edited(editOf(now, before));
      const built = articleClaims(now, undefined, carrier);
      assert.deepStrictEqual(plainClaims(built), plainClaims(articleClaims(now)), JSON.stringify(next));
      for (const st of built.statements) assert.ok(st.article === now);
      before = now;
      return carrier.spokenCarried;
    };
    // A letter typed at the end of the last sentence, then a paragraph put before the first: both kept (moved).
    assert.equal(step(text.replace('next week.', 'next weeks.')), 2);
    assert.equal(step('Updated at noon.\n\n' + text), 2);
    // A letter typed in the first sentence: only the second kept.
    assert.equal(step(text.replace('east pier', 'east piers')), 1);
    // The person "she" stands for renamed in the first sentence: the second's speaker changed, nothing kept.
    assert.equal(step(text.replace('Mirela Voss', 'Mirela Vosk')), 0);
    // Unchanged again: both kept.
    assert.equal(step(text), 2);
  });
});
