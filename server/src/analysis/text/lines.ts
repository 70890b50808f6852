// Line bookkeeping over an article's original text. Lines end at \n, \r\n or \r, the same rule
// editors and LSP use, so positions computed here match what the editor shows.
import type { Span } from '../types';
import { mapped } from '../mapped';

/** A 0-based editor position: line, and UTF-16 code units into that line. */
export interface LinePosition {
  line: number;
  character: number;
}

/** Offset of the first character of every line; always starts with 0. */
export function lineStarts(text: string): number[] {
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
  return starts;
}

/** Every line's content span, line terminator excluded. */
export function lineSpans(text: string): Span[] {
  const starts = lineStarts(text);
  return mapped(starts, (start, i) => {
    let end = i + 1 < starts.length ? starts[i + 1] : text.length;
    if (i + 1 < starts.length) {
      end--; // the \n or lone \r
      if (text.charCodeAt(end) === 10 && end > start && text.charCodeAt(end - 1) === 13) end--;
    }
    return { start, end };
  });
}

/** Converts between offsets and line/character positions in O(log lines). */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The position of a UTF-16 offset; offsets outside the text are clamped to it. */
  positionAt(offset: number): LinePosition {
    const at = Math.max(0, Math.min(Math.floor(offset), this.text.length));
    const line = this.lineOf(at);
    return { line, character: at - this.starts[line] };
  }

  /** The offset of a position; a character past the line's end is clamped to the line's end. */
  offsetAt(position: LinePosition): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    const end = this.lineEnd(position.line);
    return Math.max(start, Math.min(start + Math.floor(position.character), end));
  }

  /** Offset just past the line's content, before its terminator. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1] - 1;
    if (this.text.charCodeAt(end) === 10 && end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Last line whose start is ≤ offset (binary search). */
  private lineOf(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
