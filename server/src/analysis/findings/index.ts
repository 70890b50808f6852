// Findings stage: one article checked against the sources, every kind of disagreement.
import type { ArticleAnalysis, DocumentReview } from '../types';
import type { Corpus } from '../alignment/corpus';
import { articleClaims } from '../alignment/corpus';
import type { CheckOptions } from './check';
import { Check } from './check';
import { checkFigures } from './figures';
import { checkQuotes } from './quotes';
import { checkStatements } from './statements';
import { checkTimes } from './times';

export type { CheckOptions } from './check';

/**
 * Checks one article: a draft against every source, a source against the other sources. The
 * article need not be in the corpus (an open draft never is).
 */
export function checkArticle(corpus: Corpus, article: ArticleAnalysis, options: CheckOptions = {}): DocumentReview {
  const self = (article.role === 'source' && corpus.get(article.path)?.article === article ? corpus.get(article.path) : undefined) ?? articleClaims(article);
  const check = new Check(corpus, self, options);
  checkFigures(check);
  checkTimes(check);
  checkQuotes(check);
  checkStatements(check);
  // A quotation flagged for its speaker is not flagged again for its venue at the same words.
  const findings = check.findings.sort((a, b) => a.span.start - b.span.start || a.kind.localeCompare(b.kind));
  return { path: article.path, label: article.label, role: article.role, findings, claims: check.claims.sort((a, b) => a.span.start - b.span.start) };
}
