// The result of one check, read by diagnostics, hovers and requests: every article with its analysis,
// its review and a line index, plus the whole review. Imports no engine code, only its types.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver';
import type { ArticleAnalysis, ArticleRole, DocumentReview, Review, Span } from './analysis/types';

export interface ArticleInput {
  path: string;
  uri: string;
  text: string;
  role?: ArticleRole;
  /** The open document's version; null for a file read from disk. */
  version: number | null;
}

export interface ArticleEntry extends ArticleInput {
  analysis: ArticleAnalysis;
  /** UTF-16 offsets → positions, for the text that was analysed. */
  lines: TextDocument;
  review: DocumentReview | undefined;
}

export class ReviewSnapshot {
  private readonly byUri = new Map<string, ArticleEntry>();

  constructor(readonly review: Review, readonly articles: ReadonlyMap<string, ArticleEntry>, readonly ms: number) {
    for (const a of articles.values()) this.byUri.set(a.uri, a);
  }

  static empty(): ReviewSnapshot {
    return new ReviewSnapshot({ documents: [], speakers: [] }, new Map(), 0);
  }

  entryByPath(path: string): ArticleEntry | undefined {
    return this.articles.get(path);
  }

  entryByUri(uri: string): ArticleEntry | undefined {
    return this.byUri.get(uri);
  }

  uriOf(path: string): string {
    return this.articles.get(path)?.uri ?? path;
  }

  /** The LSP range of a span in any article of the snapshot. */
  range(path: string, span: Span): Range {
    const lines = this.articles.get(path)?.lines;
    if (!lines) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
  }

  analyses(): ArticleAnalysis[] {
    return [...this.articles.values()].map((a) => a.analysis);
  }
}
