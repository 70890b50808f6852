// The project's own gold sets (samples/ and test/fixtures/corpora/*) read from disk, for tests that
// edit their articles and check them against their corpus.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, Corpus, type ArticleAnalysis } from '../../../server/src/analysis';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Every set with at least three articles, each article with its path and text, in name order. */
export function corpora(): { name: string; files: { path: string; text: string }[] }[] {
  const dirs = ['samples', ...fs.readdirSync(path.join(ROOT, 'test/fixtures/corpora')).sort().map((d) => `test/fixtures/corpora/${d}`)];
  return dirs.map((dir) => ({
    name: dir,
    files: fs.readdirSync(path.join(ROOT, dir)).filter((f) => /\.(txt|md)$/.test(f)).sort()
      .map((f) => ({ path: path.join(ROOT, dir, f), text: fs.readFileSync(path.join(ROOT, dir, f), 'utf8') })),
  })).filter((c) => c.files.length >= 3);
}

/**
 * A set's articles analysed and filed in a Corpus, with the two articles the tests edit: the draft,
 * and one source edited while it is open (its own claims are then not the corpus's).
 */
export function filed(set: { files: { path: string; text: string }[] }): { analyses: ArticleAnalysis[]; corpus: Corpus; edited: ArticleAnalysis[] } {
  const analyses = set.files.map((f) => analyzeArticle(f));
  const corpus = new Corpus();
  for (const a of analyses) corpus.set(a);
  const edited = [analyses.find((a) => a.role === 'draft'), analyses.find((a) => a.role === 'source')].filter((a): a is ArticleAnalysis => !!a);
  return { analyses, corpus, edited };
}

/**
 * Where typing at the end of `sentence` goes: before its closing stop. Undefined when markdown
 * inside the sentence makes the original's offsets differ from the plain text's.
 */
export function sentenceEnd(article: ArticleAnalysis, sentence: number): number | undefined {
  const s = article.text.sentences[sentence];
  if (!s) return undefined;
  const words = article.text.plain.slice(s.span.start, s.span.end);
  if (article.text.original.slice(s.span.start, s.span.end) !== words) return undefined;
  return s.span.end - (/[.!?]$/.test(words) ? 1 : 0);
}

/**
 * `phrase` typed into `text` at `cursor`, one keystroke at a time: each gives the text after it, the
 * cursor before (`at`) and after it. Before each character, `typo()` true first types an "x" and
 * rubs it out.
 */
export function* typing(text: string, cursor: number, phrase: string, typo: () => boolean): Generator<{ text: string; at: number; cursor: number }> {
  for (const ch of phrase.split('')) {
    const steps: [string, number][] = typo() ? [['x', 1], ['', -1], [ch, 1]] : [[ch, 1]];
    for (const [typed, move] of steps) {
      const at = cursor;
      text = move > 0 ? text.slice(0, cursor) + typed + text.slice(cursor) : text.slice(0, cursor - 1) + text.slice(cursor);
      cursor += move;
      yield { text, at, cursor };
    }
  }
}
