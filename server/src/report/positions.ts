// Offsets → line/character positions for the output formats. Characters are UTF-16 code units (LSP
// and SARIF "utf16CodeUnits"), so engine offsets convert without drift. Lines end at \n, \r\n or \r.
import type { ArticleAnalysis, Span } from '../analysis/types';

/** A 0-based LSP position: line, and UTF-16 code units into that line. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export class LineIndex {
  /** Offset of the first character of each line; always starts with 0. */
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++; // \r\n is one line break
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The position of a UTF-16 offset; offsets outside the text are clamped to it. */
  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(Math.floor(offset), this.text.length));
    // Last line whose start is ≤ at (binary search).
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: at - this.starts[lo] };
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
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
    return index.rangeOf(span);
  }
}
