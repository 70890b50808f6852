// Findings stage: one article checked against the sources, every kind of disagreement.
import type { ArticleAnalysis, ClaimView, DocumentReview, Finding } from '../types';
import type { ArticleClaims, Corpus } from '../alignment/corpus';
import { articleClaims } from '../alignment/corpus';
import type { ClaimCarrier } from '../alignment/claimReuse';
import type { CheckOptions } from './check';
import { Check } from './check';
import { checkFigures } from './figures';
import { checkQuotes } from './quotes';
import { checkStatements } from './statements';
import { checkTimes } from './times';

export type { CheckOptions } from './check';

/**
 * The claims of an article as alignment reads them: a source in the corpus has its own already.
 * `carrier`: words of the article's claims before an edit, to take over (alignment/claimReuse.ts).
 */
export function claimsOf(corpus: Corpus, article: ArticleAnalysis, carrier?: ClaimCarrier): ArticleClaims {
  return (article.role === 'source' && corpus.get(article.path)?.article === article ? corpus.get(article.path) : undefined) ?? articleClaims(article, undefined, carrier);
}

/**
 * The checks, in the order they run, with the claims each walks. Each looks at one claim of the
 * article at a time (findings/incremental.ts checks claims one by one and relies on it).
 */
export const CLAIM_CHECKS = [
  ['figures', checkFigures],
  ['times', checkTimes],
  ['quotes', checkQuotes],
  ['statements', checkStatements],
] as const satisfies ReadonlyArray<readonly [keyof ArticleClaims, (check: Check) => void]>;

/**
 * Checks one article: a draft against every source, a source against the other sources. The
 * article need not be in the corpus (an open draft never is).
 */
export function checkArticle(corpus: Corpus, article: ArticleAnalysis, options: CheckOptions = {}): DocumentReview {
  const check = new Check(corpus, claimsOf(corpus, article), options);
  for (const [, run] of CLAIM_CHECKS) run(check);
  return assembleReview(article, check.findings, check.claims);
}

/** An unsourced claim's text when it is a run's start year: "since 2011", "first time … since 2011" (findings/years.ts, checkSinceYear). */
const SINCE_YEAR_TEXT = /\bsince\s+\d{4}$/i;

/** Between a sum and a later "since" year: a clause of its own joined on ("…, and it is the first … since 2017"). */
const CLAUSE_JOIN = /[,;][ \t]*(?:and|but|while|whereas)[ \t]|;/i;

/**
 * "received €9 million in grants since 2011": a sum no source gives, with the year it has run since,
 * is one claim no source makes. Its "since" year is not flagged again in the sum's sentence, unless a
 * clause of its own joined on after the sum tells it ("runs at $4.2 billion a year, and it is the
 * first cut since 2017": two claims).
 */
function oneUnsourcedClaim(article: ArticleAnalysis, found: Finding[]): Finding[] {
  const sentenceOf = (at: number) => article.text.sentences.findIndex((s) => s.span.start <= at && at < s.span.end);
  const years = found.filter((f) => f.kind === 'unsourced-claim' && SINCE_YEAR_TEXT.test(f.text));
  if (years.length === 0) return found;
  const sums = found.filter((f) => f.kind === 'unsourced-claim' && !SINCE_YEAR_TEXT.test(f.text));
  const plain = article.text.plain;
  const told = (y: Finding) => sums.some((s) => {
    const at = sentenceOf(s.span.start);
    if (at < 0 || at !== sentenceOf(y.span.start)) return false;
    return !(s.span.end <= y.span.start && CLAUSE_JOIN.test(plain.slice(s.span.end, y.span.start)));
  });
  return found.filter((f) => !years.includes(f) || !told(f));
}

/**
 * "LINNANE (RECORDED): … pours a hundred and sixty-four million litres a day into the ground" where
 * another source quotes "146 million": a transcript's quotation carries its figure as the record, so
 * the one number is both a misquote and a figure in conflict. It is one disagreement at the same
 * words: the figure is not flagged again inside the quotation flagged against the same sources.
 */
function oneFindingPerQuote(found: Finding[]): Finding[] {
  const misquotes = found.filter((f) => f.kind === 'quote-mismatch');
  if (misquotes.length === 0) return found;
  const within = (f: Finding, q: Finding) => f.span.start < q.span.end && q.span.start < f.span.end &&
    f.against.every((e) => q.against.some((x) => x.label === e.label));
  return found.filter((f) => f.kind !== 'figure-conflict' || !misquotes.some((q) => within(f, q)));
}

/**
 * "You told us that “A” and that B is “C”", where a source has "“A. C,” said someone else": the
 * sentence's pieces credited to one speaker and disputed by the same sources are one credit in
 * dispute, flagged once, at the first piece. Done on the whole article's findings (each claim is
 * checked alone, and an incremental check reuses them one by one).
 */
function oneCreditPerSentence(article: ArticleAnalysis, found: Finding[]): Finding[] {
  const credits = found.filter((f) => f.kind === 'attribution-conflict');
  if (credits.length < 2) return found;
  const sentenceOf = (f: Finding) => article.text.sentences.findIndex((s) => s.span.start <= f.span.start && f.span.start < s.span.end);
  const who = (f: Finding) => f.message.slice(0, f.message.indexOf(' here,'));
  const dropped = new Set<Finding>();
  for (const f of credits) {
    const si = sentenceOf(f);
    if (si < 0) continue;
    const labels = new Set(f.against.map((e) => e.label));
    const first = credits.find((e) => e !== f && !dropped.has(e) && e.span.end <= f.span.start && sentenceOf(e) === si && who(e) === who(f) && [...labels].every((l) => e.against.some((x) => x.label === l)));
    if (first) dropped.add(f);
  }
  return dropped.size === 0 ? found : found.filter((f) => !dropped.has(f));
}

/** The review from the findings and claim views in the order the checks made them. */
export function assembleReview(article: ArticleAnalysis, found: Finding[], claims: ClaimView[]): DocumentReview {
  // A quotation flagged for its speaker is not flagged again for its venue at the same words.
  const findings = oneCreditPerSentence(article, oneFindingPerQuote(oneUnsourcedClaim(article, found))).sort((a, b) => a.span.start - b.span.start || a.kind.localeCompare(b.kind));
  return { path: article.path, label: article.label, role: article.role, findings, claims: claims.sort((a, b) => a.span.start - b.span.start) };
}
