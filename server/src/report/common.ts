// What every output format shares: severity order, what each kind of finding means, counts.
import type { ArticleAnalysis, DocumentReview, Finding, FindingKind, Review, Severity } from '../analysis/types';

/** hint < info < warning < error. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { hint: 0, info: 1, warning: 2, error: 3 };

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

export interface KindDescription {
  /** One line, for rule lists and summaries. */
  short: string;
  /** A few sentences, for SARIF rule help. */
  full: string;
  /** The level a finding of this kind usually has. */
  level: Severity;
}

export const KIND_DESCRIPTIONS: Readonly<Record<FindingKind, KindDescription>> = {
  'figure-conflict': {
    short: 'The same quantity is given a different number.',
    full: 'Two articles give the same quantity at the same moment with numbers that cannot both be true, after qualifiers such as "about", "nearly" and "more than" are taken into account.',
    level: 'warning',
  },
  'time-conflict': {
    short: 'The same moment or event is placed at a different time or date.',
    full: 'Two articles place the same moment or event at clock times or dates that disagree after time-zone normalisation and qualifiers such as "past" and "until".',
    level: 'warning',
  },
  'quote-mismatch': {
    short: "A speaker's quotation is worded differently.",
    full: "The same speaker's quotation differs between articles by a changed, added or dropped word. Punctuation, hyphenation, bracketed insertions and ellipses are not differences.",
    level: 'warning',
  },
  'attribution-conflict': {
    short: 'The same words are credited to a different person or venue.',
    full: 'The same quotation or statement is credited to a different speaker, or said to have been made to a different outlet or on a different platform.',
    level: 'warning',
  },
  'unsourced-claim': {
    short: 'A figure or quotation in a draft that no source supports.',
    full: 'A figure or direct quotation in a draft that none of the source articles states.',
    level: 'info',
  },
};

export const README_URL = 'https://github.com/source-review/source-review';

export function helpUri(kind: FindingKind): string {
  return `${README_URL}#${kind}`;
}

/** Every finding of the review, document by document. */
export function allFindings(review: Review): Finding[] {
  return review.documents.flatMap((d) => d.findings);
}

/**
 * The documents to report: every reviewed document, then any analysed article the review left out
 * (so every article appears, even one without findings).
 */
export function reportedDocuments(review: Review, analyses: readonly ArticleAnalysis[]): DocumentReview[] {
  const seen = new Set(review.documents.map((d) => d.path));
  const extra = analyses
    .filter((a) => !seen.has(a.path))
    .map((a): DocumentReview => ({ path: a.path, label: a.label, role: a.role, findings: [], claims: [] }));
  return [...review.documents, ...extra];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 findings in 6 articles (1 draft, 5 sources)". */
export function summaryLine(documents: readonly DocumentReview[]): string {
  const findings = documents.reduce((n, d) => n + d.findings.length, 0);
  const drafts = documents.filter((d) => d.role === 'draft').length;
  const sources = documents.length - drafts;
  return `${plural(findings, 'finding', 'findings')} in ${plural(documents.length, 'article', 'articles')} (${plural(drafts, 'draft', 'drafts')}, ${plural(sources, 'source', 'sources')})`;
}

/** Wording on one line: runs of white space (line breaks included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
