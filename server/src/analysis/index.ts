// The engine's public face: analyse one article (cacheable), then review a set of them.
import type { ArticleAnalysis, Review } from './types';
import { prepareText } from './text';

export * from './types';

export interface ArticleInput {
  path: string;
  text: string;
}

export interface ReviewOptions {
  /** Relative tolerance for figures without a qualifier (0.05 = 5%). */
  figureTolerance?: number;
}

/** Extracts every claim of one article. Pure: the same input gives the same output. */
export function analyzeArticle(input: ArticleInput): ArticleAnalysis {
  const text = prepareText(input.text, input.path);
  // TODO(lead): role, label, claims.
  return {
    path: input.path, label: '', role: 'source', text, dateline: null,
    figures: [], times: [], quotes: [], people: [], figureAnchors: [],
  };
}

/** Lines up the claims of all articles and reports where they disagree. */
export function reviewArticles(articles: ArticleAnalysis[], _options: ReviewOptions = {}): Review {
  return {
    documents: articles.map((a) => ({ path: a.path, label: a.label, role: a.role, findings: [], claims: [] })),
    speakers: [],
  };
}
