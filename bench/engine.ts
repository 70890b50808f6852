// Engine-level measurements, in this process: analysis time of one article by length, and source
// ingestion (read + analyse + add to the corpus index) by archive size.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, checkArticle, Corpus, reviewArticles, type ArticleAnalysis } from '../server/src/analysis/index';
import { countWords } from './corpus';
import { summarise, type Summary } from './stats';

const now = () => performance.now();

export interface AnalysisResult { words: number; runs: number; ms: Summary; msPer1000Words: number }

/** Times analyzeArticle on one article: `warmup` runs discarded, then `runs` measured. */
export function timeAnalysis(name: string, text: string, runs: number, warmup = 3): AnalysisResult {
  for (let i = 0; i < warmup; i++) analyzeArticle({ path: `/bench/${name}`, text });
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    // A different character each run, so nothing can be memoised on the text.
    const variant = text + ' '.repeat(i % 2);
    const t = now();
    analyzeArticle({ path: `/bench/${name}`, text: variant });
    samples.push(now() - t);
  }
  const ms = summarise(samples);
  const words = countWords(text);
  return { words, runs, ms, msPer1000Words: Math.round((ms.median / words) * 1000 * 100) / 100 };
}

export interface IngestResult {
  sources: number;
  words: number;
  readMs: number;
  analyseMs: number;
  indexMs: number;
  totalMs: number;
  articlesPerSecond: number;
  wordsPerSecond: number;
  /** One draft checked against the whole corpus (what an edit needs with a persistent corpus). */
  checkDraftMs: number;
  /** reviewArticles over every article, the draft included (what a check costs today); null when skipped. */
  reviewAllMs: number | null;
  draftFindings: number;
}

/**
 * Ingests the first `count` files of `names` from `dir`: read, analyse, add to a Corpus. Then checks
 * the draft against it, and (when `reviewAll`) reviews the whole set as the server does per check.
 */
export function ingest(dir: string, names: readonly string[], count: number, draft: { name: string; text: string }, reviewAll: boolean): IngestResult & { analyses: ArticleAnalysis[] } {
  const files = names.slice(0, count);
  let t = now();
  const texts = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const readMs = now() - t;
  t = now();
  const analyses = texts.map((text, i) => analyzeArticle({ path: path.join(dir, files[i]), text }));
  const analyseMs = now() - t;
  t = now();
  const corpus = new Corpus();
  for (const a of analyses) corpus.set(a);
  const indexMs = now() - t;
  const words = texts.reduce((n, x) => n + countWords(x), 0);
  const totalMs = readMs + analyseMs + indexMs;
  const draftAnalysis = analyzeArticle({ path: path.join(dir, draft.name), text: draft.text });
  t = now();
  const review = checkArticle(corpus, draftAnalysis);
  const checkDraftMs = now() - t;
  let reviewAllMs: number | null = null;
  if (reviewAll) {
    t = now();
    reviewArticles([...analyses, draftAnalysis]);
    reviewAllMs = now() - t;
  }
  return {
    sources: count, words, readMs: r(readMs), analyseMs: r(analyseMs), indexMs: r(indexMs), totalMs: r(totalMs),
    articlesPerSecond: Math.round(count / (totalMs / 1000)), wordsPerSecond: Math.round(words / (totalMs / 1000)),
    checkDraftMs: r(checkDraftMs), reviewAllMs: reviewAllMs === null ? null : r(reviewAllMs), draftFindings: review.findings.length, analyses,
  };
}

const r = (x: number) => Math.round(x * 10) / 10;
