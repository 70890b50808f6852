// What diagnostics, hovers and requests read: every article of the review set with its analysis and
// a line index, and each article's review. `ReviewView` is the reading side; the live review set
// (review.ts) implements it with reviews computed on demand, `ReviewSnapshot` with fixed data (tests,
// tools). Imports no engine code, only its types.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver';
import type { ArticleAnalysis, ArticleRole, DocumentReview, Review, Span, SpeakerSummary } from './analysis/types';
import type { FileStamp } from './indexStore';

export interface ArticleInput {
  path: string;
  uri: string;
  text: string;
  /** A role forced by the editor's settings (sourceReview.drafts, untitled documents). */
  role?: ArticleRole;
  /** The open document's version; null for a file read from disk. */
  version: number | null;
  /** A file read from disk: its size and mtime then (the persisted source index is keyed by them). */
  stamp?: FileStamp;
}

export interface ArticleEntry extends ArticleInput {
  analysis: ArticleAnalysis;
  /** UTF-16 offsets → positions, for the text that was analysed. */
  lines: TextDocument;
}

export interface ReviewView {
  readonly articles: ReadonlyMap<string, ArticleEntry>;
  entryByPath(path: string): ArticleEntry | undefined;
  entryByUri(uri: string): ArticleEntry | undefined;
  /** The findings and claim comparisons of one article; undefined when it is not in the set. */
  reviewOf(path: string): DocumentReview | undefined;
  /** Who said what across the review set. */
  speakers(): readonly SpeakerSummary[];
  /** Every article's review and the speakers: what the report renders. */
  review(): Review;
}

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The uri of an article of the view (its path when unknown). */
export function uriIn(view: ReviewView, path: string): string {
  return view.entryByPath(path)?.uri ?? path;
}

/** The LSP range of a span in any article of the view. */
export function rangeIn(view: ReviewView, path: string, span: Span): Range {
  const lines = view.entryByPath(path)?.lines;
  return lines ? { start: lines.positionAt(span.start), end: lines.positionAt(span.end) } : ZERO;
}

export function analysesIn(view: ReviewView): ArticleAnalysis[] {
  return [...view.articles.values()].map((a) => a.analysis);
}

/** A fixed review: articles and their reviews as given. */
export class ReviewSnapshot implements ReviewView {
  private readonly byUri = new Map<string, ArticleEntry>();
  private readonly byPath = new Map<string, DocumentReview>();

  constructor(private readonly whole: Review, readonly articles: ReadonlyMap<string, ArticleEntry>) {
    for (const a of articles.values()) this.byUri.set(a.uri, a);
    for (const d of whole.documents) this.byPath.set(d.path, d);
  }

  static empty(): ReviewSnapshot {
    return new ReviewSnapshot({ documents: [], speakers: [] }, new Map());
  }

  entryByPath(path: string): ArticleEntry | undefined {
    return this.articles.get(path);
  }

  entryByUri(uri: string): ArticleEntry | undefined {
    return this.byUri.get(uri);
  }

  reviewOf(path: string): DocumentReview | undefined {
    return this.articles.has(path) ? this.byPath.get(path) : undefined;
  }

  speakers(): readonly SpeakerSummary[] {
    return this.whole.speakers;
  }

  review(): Review {
    return this.whole;
  }
}
