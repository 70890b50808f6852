// The review as the editor should see it: a ReviewView over the live review that takes out what the
// editor hid (ignore comments, [source needed] markers, .source-review.json, levels set to off) and
// applies the chosen levels. Per article, memoised until its review, its text or its rules change;
// what it hid stays available (suppressedOf) so reports can list it.
import type { DocumentReview, Review, SpeakerSummary } from './analysis/types';
import type { ArticleEntry, ReviewView } from './snapshot';
import { suppressDocument, type ArticleRules, type SuppressedFinding } from './suppression';

interface Memo {
  source: DocumentReview;
  text: string;
  config: ArticleRules['config'];
  levels: ArticleRules['levels'];
  relativePath: string | undefined;
  review: DocumentReview;
  suppressed: SuppressedFinding[];
}

export class SuppressedView implements ReviewView {
  private readonly memos = new Map<string, Memo>();

  constructor(
    private readonly inner: () => ReviewView,
    private readonly rulesFor: (entry: ArticleEntry) => ArticleRules,
  ) {}

  get articles(): ReadonlyMap<string, ArticleEntry> {
    return this.inner().articles;
  }

  entryByPath(path: string): ArticleEntry | undefined {
    return this.inner().entryByPath(path);
  }

  entryByUri(uri: string): ArticleEntry | undefined {
    return this.inner().entryByUri(uri);
  }

  private memo(path: string): Memo | undefined {
    const inner = this.inner();
    const entry = inner.entryByPath(path);
    const source = entry ? inner.reviewOf(path) : undefined;
    if (!entry || !source) {
      this.memos.delete(path);
      return undefined;
    }
    const rules = this.rulesFor(entry);
    const m = this.memos.get(path);
    if (m && m.source === source && m.text === entry.text && m.config === rules.config && m.levels === rules.levels && m.relativePath === rules.relativePath) return m;
    const { review, suppressed } = suppressDocument(source, entry.text, rules);
    const next: Memo = { source, text: entry.text, config: rules.config, levels: rules.levels, relativePath: rules.relativePath, review, suppressed };
    this.memos.set(path, next);
    return next;
  }

  reviewOf(path: string): DocumentReview | undefined {
    return this.memo(path)?.review;
  }

  /** What was hidden in one article, with why. */
  suppressedOf(path: string): SuppressedFinding[] {
    return this.memo(path)?.suppressed ?? [];
  }

  speakers(): readonly SpeakerSummary[] {
    return this.inner().speakers();
  }

  review(): Review {
    const whole = this.inner().review();
    return { ...whole, documents: whole.documents.map((d) => this.reviewOf(d.path) ?? d) };
  }

  /** Everything hidden in the review set (computes every article's review, as a report does). */
  allSuppressed(): SuppressedFinding[] {
    const out: SuppressedFinding[] = [];
    for (const path of [...this.articles.keys()].sort()) out.push(...this.suppressedOf(path));
    for (const path of [...this.memos.keys()]) if (!this.articles.has(path)) this.memos.delete(path);
    return out;
  }
}
