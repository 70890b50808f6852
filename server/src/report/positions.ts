// Offsets → line/character positions for the output formats. Characters are UTF-16 code units (LSP
// and SARIF "utf16CodeUnits"), so engine offsets convert without drift. Lines end at \n, \r\n or \r.
import type { ArticleAnalysis, Span } from '../analysis/types';
import { LineIndex } from '../analysis/text/lines';

export { LineIndex } from '../analysis/text/lines';

/** A 0-based LSP position: line, and UTF-16 code units into that line. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** One LineIndex per article, by path, to place findings and the evidence of other articles. */
export class Positions {
  private readonly texts = new Map<string, string>();
  private readonly indexes = new Map<string, LineIndex>();

  constructor(analyses: readonly ArticleAnalysis[]) {
    for (const a of analyses) this.texts.set(a.path, a.text.original);
  }

  index(path: string): LineIndex | undefined {
    let index = this.indexes.get(path);
    if (!index) {
      const text = this.texts.get(path);
      if (text === undefined) return undefined;
      index = new LineIndex(text);
      this.indexes.set(path, index);
    }
    return index;
  }

  /** The range of a span in an article; line 0 when the article is not known. */
  range(path: string, span: Span): Range {
    const index = this.index(path);
    if (!index) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
  }
}
