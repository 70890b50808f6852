// One check of the review set: analyse each article (cached by path + role + content hash), review
// them together, and keep the result as a snapshot that diagnostics, hovers and requests read from.
import { createHash } from 'node:crypto';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle, reviewArticles } from './analysis/index';
import type { ArticleAnalysis } from './analysis/types';
import { ReviewSnapshot, type ArticleEntry, type ArticleInput } from './snapshot';

export { ReviewSnapshot, type ArticleEntry, type ArticleInput } from './snapshot';

type Log = (message: string) => void;

/** ArticleAnalysis per path, reused while the text and role stay the same. */
export class AnalysisCache {
  private readonly entries = new Map<string, { key: string; analysis: ArticleAnalysis; lines: TextDocument }>();

  get(input: ArticleInput): { analysis: ArticleAnalysis; lines: TextDocument } {
    const key = `${input.role ?? ''}:${createHash('sha1').update(input.text).digest('hex')}`;
    const hit = this.entries.get(input.path);
    if (hit && hit.key === key) return hit;
    const analysis = analyzeArticle({ path: input.path, text: input.text, ...(input.role ? { role: input.role } : {}) });
    // Older engines ignore `role`; the override still wins.
    if (input.role && analysis.role !== input.role) analysis.role = input.role;
    const entry = { key, analysis, lines: TextDocument.create(input.uri, 'plaintext', 0, input.text) };
    this.entries.set(input.path, entry);
    return entry;
  }

  /** Forgets paths no longer in the review set. */
  retain(paths: ReadonlySet<string>): void {
    for (const p of this.entries.keys()) if (!paths.has(p)) this.entries.delete(p);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Analyses (through the cache) and reviews the articles. A failing article is logged and left out. */
export function checkArticles(inputs: readonly ArticleInput[], cache: AnalysisCache, figureTolerance: number | undefined, log: Log): ReviewSnapshot {
  const t0 = Date.now();
  const entries = new Map<string, ArticleEntry>();
  for (const input of inputs) {
    try {
      const { analysis, lines } = cache.get(input);
      entries.set(input.path, { ...input, analysis, lines, review: undefined });
    } catch (err) {
      log(`could not analyse ${input.path}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    }
  }
  cache.retain(new Set(entries.keys()));
  const analyses = [...entries.values()].map((e) => e.analysis);
  const review = reviewArticles(analyses, figureTolerance === undefined ? {} : { figureTolerance });
  for (const doc of review.documents) {
    const e = entries.get(doc.path);
    if (e) e.review = doc;
  }
  return new ReviewSnapshot(review, entries, Date.now() - t0);
}
