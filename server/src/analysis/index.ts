// The engine's public face: analyse one article (pure, cacheable by content), keep the sources in a
// Corpus, check any article against it, or review a whole set at once.
import type { ArticleAnalysis, ArticleRole, Review, SpeakerSummary } from './types';
import { prepareText } from './text';
import { articleLabel, articleRole } from './article';
import { extractFigures } from './claims/figures';
import { extractTimes, findDateline } from './claims/times';
import { extractPeople } from './claims/people';
import { extractQuotes } from './claims/quotes';
import { anchorFigures } from './claims/anchors';
import { Corpus } from './alignment/corpus';
import type { CheckOptions } from './findings';
import { checkArticle } from './findings';

export * from './types';
export { Corpus } from './alignment/corpus';
export { checkArticle } from './findings';
export type { CheckOptions } from './findings';

export interface ArticleInput {
  path: string;
  text: string;
  /** Overrides the role read from the file name and front matter (an editor's drafts setting). */
  role?: ArticleRole;
}

export type ReviewOptions = CheckOptions;

/** Extracts every claim of one article. Pure: the same input gives the same output. */
export function analyzeArticle(input: ArticleInput): ArticleAnalysis {
  const text = prepareText(input.text, input.path);
  const dateline = findDateline(text);
  const times = extractTimes(text, dateline);
  const figures = extractFigures(text, times);
  const people = extractPeople(text);
  const quotes = extractQuotes(text, people);
  return {
    path: input.path,
    label: articleLabel(input.path),
    role: input.role ?? articleRole(input.path, text.frontMatter),
    text, dateline, figures, times, quotes, people,
    figureAnchors: anchorFigures(text, figures, times),
  };
}

/** Lines up the claims of all articles and reports where they disagree. */
export function reviewArticles(articles: ArticleAnalysis[], options: ReviewOptions = {}): Review {
  const corpus = new Corpus();
  for (const a of articles) corpus.set(a);
  return {
    documents: articles.map((a) => checkArticle(corpus, a, options)),
    speakers: summariseSpeakers(corpus, articles),
  };
}

/** Who said what, where: people merged across articles, with their roles and quotations. */
export function summariseSpeakers(corpus: Corpus, articles: readonly ArticleAnalysis[]): SpeakerSummary[] {
  const byKey = new Map<string, SpeakerSummary>();
  const get = (key: string, name: string): SpeakerSummary => {
    let s = byKey.get(key);
    if (!s) { s = { key, name, roles: [], labels: [], quotes: [] }; byKey.set(key, s); }
    if (name.length > s.name.length) s.name = name;
    return s;
  };
  for (const a of articles) {
    for (const p of a.people) {
      const s = get(corpus.speakers.canonical(p.key, a.people), p.name);
      for (const r of p.roles) if (!s.roles.some((x) => sameRole(x, r))) s.roles.push(r);
      if (!s.labels.includes(a.label)) s.labels.push(a.label);
    }
    for (const q of a.quotes) {
      if (!q.speaker) continue;
      const key = corpus.speakers.canonical(q.speaker.key, a.people);
      const person = a.people.find((p) => p.key === q.speaker?.key);
      const s = get(key, person?.name ?? q.speaker.text);
      s.quotes.push({ path: a.path, label: a.label, span: q.span, text: q.text, venue: q.venue?.text ?? null });
      if (!s.labels.includes(a.label)) s.labels.push(a.label);
    }
  }
  // Speakers are people who are quoted; a byline's "staff writer" is not one.
  return [...byKey.values()]
    .filter((s) => s.quotes.length > 0)
    .sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name));
}

/** "utility's president" and "Utility’s President" are one role. */
function sameRole(a: string, b: string): boolean {
  const norm = (r: string) => r.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}
