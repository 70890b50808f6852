// What every finding check shares: the article under review, the sources, and where results go.
import type { ArticleAnalysis, ClaimComparison, ClaimView, Evidence, Finding, FindingKind, Severity, Span } from '../types';
import type { ArticleClaims, Corpus } from '../alignment/corpus';
import type { FigurePlan } from './figures';
import type { FigurePlans } from './figurePlans';
import { findingId } from './ids';
import { storyYearOf } from '../alignment/toldYear';
import { storyCorpus } from '../alignment/story';

export interface CheckOptions {
  /** Relative tolerance for figures without a qualifier (0.05 = 5%). */
  figureTolerance?: number;
}

/** Hovers list "not mentioned" rows only while the set of sources is small enough to read. */
const LIST_SILENT_SOURCES = 30;
/** Evidence kept per finding, and rows per claim: bounded, however large the archive. */
const MAX_EVIDENCE = 25;
const MAX_COMPARISONS = 60;

/** A question a check asked of the article under review beyond its claim, with the answer (figures.ts, articleStates). */
export interface ArticleRead {
  /** Whether the article states `value` in class `cls` (or, for DAY_READ, writes out the day `value`: findings/writtenDays.ts). */
  cls: string;
  value: number;
  answer: boolean;
  /** Asked whether the article states it twice or more, not once (figures.ts, measureHeldAgainst). */
  twice?: true;
  /** Asked of tellings outside quotations only (figures.ts, figureHeldThroughAgreeing). */
  unquoted?: true;
}

export class Check {
  readonly findings: Finding[] = [];
  readonly claims: ClaimView[] = [];
  /** What the check asked of the article beyond its claims (the incremental check asks it again before reusing the findings). */
  readonly reads: ArticleRead[] = [];
  readonly isDraft: boolean;
  readonly tolerance: number;
  private readonly ids = new Map<string, number>();

  /**
   * @param figurePlans figures' comparisons kept from earlier checks of the article against this
   *   corpus with these options (figurePlans.ts), and where this check keeps its own; none when absent.
   */
  /** The sources of the article's own story (alignment/story.ts): a check never meets another story's claims. */
  readonly corpus: Corpus;
  /**
   * All of the article's claims: `self` may hold only the one claim being checked (the incremental
   * check), and a check that reads the article's other claims reads them here, recording the read.
   */
  readonly whole: ArticleClaims;

  constructor(
    corpus: Corpus,
    readonly self: ArticleClaims,
    options: CheckOptions,
    readonly figurePlans?: FigurePlans<FigurePlan>,
    whole?: ArticleClaims,
  ) {
    this.corpus = storyCorpus(corpus, self.article);
    this.whole = whole ?? self;
    this.isDraft = self.article.role === 'draft';
    this.tolerance = Math.max(0, options.figureTolerance ?? 0);
  }

  get article(): ArticleAnalysis {
    return this.self.article;
  }

  /**
   * The year the sources date their story in most often (FigureRef.storyYear; the earliest of a
   * tie), or null: the year of a story whose own article does not date it. Read once per check.
   */
  storyYear(): number | null {
    if (this.sourcesYear === undefined) {
      const counts = new Map<number, number>();
      for (const o of this.others()) {
        const y = storyYearOf(o.article);
        if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
      }
      let best: number | null = null;
      for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0) || (n === counts.get(best) && y < best)) best = y;
      this.sourcesYear = best;
    }
    return this.sourcesYear;
  }
  private sourcesYear: number | null | undefined;

  /** Sources other than the article itself. */
  *others(): IterableIterator<ArticleClaims> {
    for (const c of this.corpus.all()) if (c.article.path !== this.article.path) yield c;
  }

  speaker(key: string | null | undefined, article: ArticleAnalysis): string | null {
    return key ? this.corpus.speakers.canonical(key, article.people) : null;
  }

  read(r: ArticleRead): void {
    if (!this.reads.some((x) => x.cls === r.cls && Object.is(x.value, r.value) && x.twice === r.twice && x.unquoted === r.unquoted)) this.reads.push(r);
  }

  add(kind: FindingKind, severity: Severity, span: Span, message: string, against: Evidence[], attribution?: Finding['attribution']): void {
    const text = this.article.text.original.slice(span.start, span.end);
    // The first piece of evidence is the one the message quotes; the rest in label order, and no
    // more than a reader can use (an archive may hold hundreds that say the same).
    if (against.length > 1) {
      const [first, ...rest] = against;
      rest.sort((a, b) => a.label.localeCompare(b.label) || a.path.localeCompare(b.path) || a.span.start - b.span.start);
      against = [first, ...rest].slice(0, MAX_EVIDENCE);
    }
    const base = findingId(kind, this.article.label, text);
    const n = this.ids.get(base) ?? 0;
    this.ids.set(base, n + 1);
    this.findings.push({
      id: n === 0 ? base : `${base}-${n + 1}`, kind, severity, message, path: this.article.path, span, text, against,
      ...(attribution ? { attribution } : {}),
    });
  }

  view(kind: ClaimView['kind'], span: Span, value: string, compared: ClaimComparison[]): void {
    const seen = new Set(compared.map((c) => c.path));
    const comparisons = [...compared];
    if (this.corpus.size <= LIST_SILENT_SOURCES) {
      for (const o of this.others()) {
        if (!seen.has(o.article.path)) comparisons.push({ label: o.article.label, path: o.article.path, relation: 'not-mentioned' });
      }
    }
    comparisons.sort((a, b) => a.label.localeCompare(b.label));
    if (comparisons.length > MAX_COMPARISONS) {
      // Conflicts first, then agreements: the rows an editor acts on.
      const rank = (c: ClaimComparison) => (c.relation === 'conflicts' ? 0 : c.relation === 'agrees' ? 1 : 2);
      comparisons.sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label));
      comparisons.length = MAX_COMPARISONS;
    }
    this.claims.push({ kind, span, text: this.article.text.original.slice(span.start, span.end), value, comparisons });
  }
}

export function evidence(article: ArticleAnalysis, span: Span, text?: string): Evidence {
  return { label: article.label, path: article.path, span, text: text ?? article.text.original.slice(span.start, span.end) };
}
