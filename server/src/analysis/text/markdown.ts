// Markdown markup → spaces. Every blanked code unit becomes ' ' (line breaks are kept), so the
// result has exactly the original's length and every offset stays valid. Scanners only: each pass
// walks the text once, with bounded lookahead for link targets and tags.
import type { Span } from '../types';

export interface MarkdownLayout {
  /** Lines (indexes into the line list) that are headings: each is a paragraph of its own. */
  headingLines: Set<number>;
  /** Lines that start a new block (list items, block quotes after other text, table rows). */
  blockStartLines: Set<number>;
  /** Table rows (not their rules): each row is one line of facts. */
  tableRowLines: Set<number>;
}

const MAX_TARGET = 2048; // longest link target or tag we look for
/** The mask of a Blanker that has blanked nothing (read only once something is blanked). */
const EMPTY = new Uint8Array(0);
const PUNCT = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’–—…'.split(''));

/** What the markdown passes read and blank (Blanker; the tests hold it to a plain array of units). */
export interface BlankBuffer {
  readonly literal: Uint8Array;
  blank(start: number, end: number): void;
  at(i: number): string;
  /** False when no code unit from `start` to `end` can be `ch` (it may still be blanked when true). */
  mayHave(ch: string, start: number, end: number): boolean;
  indexOf(needle: string, from: number): number;
  slice(start: number, end: number): string;
  toString(): string;
}

/**
 * A text buffer we blank in place, one UTF-16 code unit per slot. The text stays whole and a mask
 * says which units are blanked: splitting a 12,000-character draft into one string per unit and
 * joining it again cost about a quarter of a keystroke's analysis.
 */
export class Blanker implements BlankBuffer {
  /**
   * 1 where a code unit that was not a space already has been blanked. Made at the first such unit:
   * most plain-text sources blank nothing, and an array the length of the text lies outside the heap.
   */
  private blanked: Uint8Array = EMPTY;
  private literalUnits: Uint8Array | undefined;
  private changed = false;

  constructor(private readonly text: string) {}

  /** Code units made literal by a backslash escape: never markup (made when the markdown passes first ask). */
  get literal(): Uint8Array {
    return (this.literalUnits ??= new Uint8Array(this.text.length));
  }

  blank(start: number, end: number): void {
    const text = this.text;
    for (let i = Math.max(0, start), e = Math.min(end, text.length); i < e; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13 && c !== 32) {
        if (!this.changed) {
          this.blanked = new Uint8Array(text.length);
          this.changed = true;
        }
        this.blanked[i] = 1;
      }
    }
  }

  /** The code unit at `i` as it stands; '' outside the text. */
  at(i: number): string {
    return i >= 0 && i < this.text.length ? (this.changed && this.blanked[i] === 1 ? ' ' : this.text[i]) : '';
  }

  /** Per mark, the last place asked from and where the mark next stands from there (-1: nowhere). */
  private readonly nextMark = new Map<string, { from: number; at: number }>();

  mayHave(ch: string, start: number, end: number): boolean {
    // Blanking only makes spaces, so a mark not in the text is not in the buffer either. The passes
    // go line by line, forwards, so one search serves every line up to the mark's next place.
    let next = this.nextMark.get(ch);
    if (!next || start < next.from || (next.at >= 0 && start > next.at)) {
      next = { from: start, at: this.text.indexOf(ch, start) };
      this.nextMark.set(ch, next);
    }
    return next.at >= 0 && next.at < end;
  }

  /** Where `needle` (which holds no space) stands next from `from`, or -1. */
  indexOf(needle: string, from: number): number {
    for (let at = this.text.indexOf(needle, from); at >= 0; at = this.text.indexOf(needle, at + 1)) {
      let intact = true;
      for (let i = at; i < at + needle.length; i++) if (this.changed && this.blanked[i] === 1) intact = false;
      if (intact) return at;
    }
    return -1;
  }

  /** The code units from `start` to `end` as they stand. */
  slice(start: number, end: number): string {
    let out = '';
    for (let i = Math.max(0, start), e = Math.min(end, this.text.length); i < e; i++) out += this.at(i);
    return out;
  }

  toString(): string {
    // Nothing blanked: the text itself, not a second copy of it (sources are kept by the thousand).
    if (!this.changed) return this.text;
    const text = this.text;
    const blanked = this.blanked;
    const parts: string[] = [];
    let i = 0;
    while (i < text.length) {
      let j = i;
      if (blanked[i] === 1) {
        while (j < text.length && blanked[j] === 1) j++;
        parts.push(' '.repeat(j - i));
      } else {
        while (j < text.length && blanked[j] !== 1) j++;
        parts.push(text.slice(i, j));
      }
      i = j;
    }
    return parts.join('');
  }
}

/** Blanks markdown markup in `buf` (front matter must already be blank). */
export function blankMarkdown(buf: BlankBuffer, lines: Span[]): MarkdownLayout {
  const layout: MarkdownLayout = { headingLines: new Set(), blockStartLines: new Set(), tableRowLines: new Set() };
  const labels = blankBlocks(buf, lines, layout);
  blankComments(buf);
  for (const line of lines) {
    blankCodeSpans(buf, line);
    markEscapes(buf, line);
    blankLinksAndTags(buf, line, labels);
  }
  blankEmphasis(buf, lines);
  return layout;
}

// ---------------------------------------------------------------- blocks

function indentOf(buf: BlankBuffer, line: Span): { width: number; at: number } {
  let width = 0;
  let at = line.start;
  while (at < line.end) {
    const c = buf.at(at);
    if (c === ' ') width++;
    else if (c === '\t') width += 4 - (width % 4);
    else break;
    at++;
  }
  return { width, at };
}

function isBlank(buf: BlankBuffer, line: Span): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = buf.at(i);
    if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\n' && c !== '\ufeff') return false;
  }
  return true;
}

/** Length of a run of `ch` starting at i. */
function runLength(buf: BlankBuffer, i: number, end: number, ch: string): number {
  let n = 0;
  while (i + n < end && buf.at(i + n) === ch) n++;
  return n;
}

/** Code fences, indented code, block quotes, headings, rules, list bullets, reference definitions. */
function blankBlocks(buf: BlankBuffer, lines: Span[], layout: MarkdownLayout): Set<string> {
  const labels = new Set<string>();
  let fence: { ch: string; len: number } | null = null;
  let inIndentedCode = false;
  let inList = false;
  let prevBlank = true;
  let prevText = false; // previous line was ordinary paragraph text (a setext heading candidate)
  lines.forEach((line, idx) => {
    const { width, at } = indentOf(buf, line);
    if (fence) {
      const n = runLength(buf, at, line.end, fence.ch);
      const closes = width <= 3 && n >= fence.len && isBlank(buf, { start: at + n, end: line.end });
      buf.blank(line.start, line.end);
      if (closes) fence = null;
      prevBlank = true;
      prevText = false;
      return;
    }
    if (isBlank(buf, line)) {
      prevBlank = true;
      prevText = false;
      return;
    }
    if (width >= 4 && (inIndentedCode || (prevBlank && !inList))) {
      buf.blank(line.start, line.end);
      inIndentedCode = true;
      prevBlank = true;
      prevText = false;
      return;
    }
    inIndentedCode = false;
    if (width <= 3) {
      const c = buf.at(at);
      if (c === '`' || c === '~') {
        const n = runLength(buf, at, line.end, c);
        if (n >= 3) {
          fence = { ch: c, len: n };
          buf.blank(line.start, line.end);
          prevBlank = true;
          prevText = false;
          return;
        }
      }
    }
    // Block quote markers: "> > text".
    let pos = at;
    let quoted = false;
    while (pos < line.end && buf.at(pos) === '>' && !(quoted === false && width > 3)) {
      buf.blank(pos, pos + 1);
      pos++;
      if (buf.at(pos) === ' ') pos++;
      while (buf.at(pos) === ' ' && pos < line.end) pos++;
      quoted = true;
    }
    if (quoted && !prevBlank && !prevText) layout.blockStartLines.add(idx);
    const rest: Span = { start: pos, end: line.end };
    if (isBlank(buf, rest)) {
      prevBlank = true;
      prevText = false;
      return;
    }
    const c = buf.at(pos);
    // ATX heading.
    if (c === '#') {
      const n = runLength(buf, pos, line.end, '#');
      const after = buf.at(pos + n);
      if (n <= 6 && (pos + n === line.end || after === ' ' || after === '\t')) {
        buf.blank(pos, pos + n);
        blankClosingHashes(buf, pos + n, line.end);
        layout.headingLines.add(idx);
        inList = false;
        prevBlank = false;
        prevText = false;
        return;
      }
    }
    // Setext underline, or a thematic break.
    if (c === '=' || c === '-' || c === '*' || c === '_') {
      if (isUnderline(buf, rest, c)) {
        if (prevText && (c === '=' || c === '-')) layout.headingLines.add(idx - 1);
        buf.blank(rest.start, rest.end);
        prevBlank = true;
        prevText = false;
        inList = false;
        return;
      }
    }
    // List bullets: "- ", "* ", "+ ", "1. ", "1) ", optional task box "[ ] ".
    const bullet = bulletEnd(buf, pos, line.end);
    if (bullet > pos) {
      buf.blank(pos, bullet);
      let b = bullet;
      while (buf.at(b) === ' ' && b < line.end) b++;
      if (buf.at(b) === '[' && buf.at(b + 2) === ']' && ' xX'.includes(buf.at(b + 1)) && buf.at(b + 3) === ' ') {
        buf.blank(b, b + 3);
      }
      layout.blockStartLines.add(idx);
      inList = true;
      prevBlank = false;
      prevText = false;
      return;
    }
    // Reference definition: [label]: target "title"
    if (c === '[' && width <= 3) {
      const label = referenceLabel(buf, pos, line.end);
      if (label !== null) {
        labels.add(label);
        buf.blank(line.start, line.end);
        prevBlank = true;
        prevText = false;
        return;
      }
    }
    // Table rows: pipes are layout, each row a block of its own.
    if (c === '|') {
      for (let i = pos; i < line.end; i++) if (buf.at(i) === '|' && !escaped(buf, i)) buf.blank(i, i + 1);
      layout.blockStartLines.add(idx);
      if (isTableRule(buf, { start: pos, end: line.end })) buf.blank(pos, line.end);
      else layout.tableRowLines.add(idx);
      prevBlank = false;
      prevText = false;
      return;
    }
    if (width === 0 && prevBlank) inList = false;
    prevBlank = false;
    prevText = !inList;
  });
  return labels;
}

function escaped(buf: BlankBuffer, i: number): boolean {
  return i > 0 && buf.at(i - 1) === '\\';
}

function blankClosingHashes(buf: BlankBuffer, from: number, end: number): void {
  let e = end;
  while (e > from && (buf.at(e - 1) === ' ' || buf.at(e - 1) === '\t' || buf.at(e - 1) === '\r')) e--;
  let h = e;
  while (h > from && buf.at(h - 1) === '#') h--;
  if (h < e && (h === from || buf.at(h - 1) === ' ' || buf.at(h - 1) === '\t')) buf.blank(h, e);
}

/** "===", "---", "***", "___" (spaces allowed between marks, at least 3 marks, 1 for "="). */
function isUnderline(buf: BlankBuffer, rest: Span, ch: string): boolean {
  let marks = 0;
  for (let i = rest.start; i < rest.end; i++) {
    const c = buf.at(i);
    if (c === ch) marks++;
    else if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return ch === '=' ? marks >= 1 : ch === '-' ? marks >= 2 : marks >= 3;
}

function isTableRule(buf: BlankBuffer, rest: Span): boolean {
  let dashes = 0;
  for (let i = rest.start; i < rest.end; i++) {
    const c = buf.at(i);
    if (c === '-') dashes++;
    else if (c !== ' ' && c !== ':' && c !== '\t' && c !== '\r') return false;
  }
  return dashes > 0;
}

/** End of a list marker (and one following space) at `pos`, or `pos` when there is none. */
function bulletEnd(buf: BlankBuffer, pos: number, end: number): number {
  const c = buf.at(pos);
  if (c === '-' || c === '*' || c === '+') {
    const after = buf.at(pos + 1);
    return after === ' ' || after === '\t' ? pos + 2 : pos;
  }
  let i = pos;
  while (i < end && i - pos < 9 && buf.at(i) >= '0' && buf.at(i) <= '9') i++;
  if (i === pos || (buf.at(i) !== '.' && buf.at(i) !== ')')) return pos;
  const after = buf.at(i + 1);
  return after === ' ' || after === '\t' ? i + 2 : pos;
}

/** The lower-cased label of "[label]: target", or null. */
function referenceLabel(buf: BlankBuffer, pos: number, end: number): string | null {
  let i = pos + 1;
  while (i < end && i - pos < 1000 && buf.at(i) !== ']' && buf.at(i) !== '[') i++;
  if (buf.at(i) !== ']' || buf.at(i + 1) !== ':' || i === pos + 1) return null;
  let j = i + 2;
  while (j < end && (buf.at(j) === ' ' || buf.at(j) === '\t')) j++;
  if (j >= end) return null;
  return normaliseLabel(buf.slice(pos + 1, i));
}

function normaliseLabel(label: string): string {
  return label.trim().toLowerCase().split(/\s+/).join(' ');
}

// ---------------------------------------------------------------- inline

/** HTML comments, possibly over several lines. */
function blankComments(buf: BlankBuffer): void {
  let from = 0;
  for (;;) {
    const open = buf.indexOf('<!--', from);
    if (open < 0) return;
    const close = buf.indexOf('-->', open + 4);
    if (close < 0) return;
    buf.blank(open, close + 3);
    from = close + 3;
  }
}

/** `code` spans: an opening run of n backticks pairs with the next run of exactly n. */
function blankCodeSpans(buf: BlankBuffer, line: Span): void {
  if (!buf.mayHave('`', line.start, line.end)) return;
  const runs: Array<{ at: number; len: number }> = [];
  for (let i = line.start; i < line.end; ) {
    if (buf.at(i) === '`') {
      const len = runLength(buf, i, line.end, '`');
      runs.push({ at: i, len });
      i += len;
    } else i++;
  }
  if (runs.length < 2) return;
  // next[k]: index of the next run with the same length, found in one backward pass.
  const next = new Array<number>(runs.length).fill(-1);
  const lastByLen = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    next[k] = lastByLen.get(runs[k].len) ?? -1;
    lastByLen.set(runs[k].len, k);
  }
  for (let k = 0; k < runs.length; ) {
    const m = next[k];
    if (m < 0) {
      k++;
      continue;
    }
    buf.blank(runs[k].at, runs[m].at + runs[m].len);
    k = m + 1;
  }
}

/** Backslash escapes: the backslash is markup, the escaped mark is literal text. */
function markEscapes(buf: BlankBuffer, line: Span): void {
  if (!buf.mayHave('\\', line.start, line.end)) return;
  for (let i = line.start; i + 1 < line.end; i++) {
    if (buf.at(i) === '\\' && PUNCT.has(buf.at(i + 1)) && !buf.literal[i]) {
      buf.blank(i, i + 1);
      buf.literal[i + 1] = 1;
      i++;
    }
  }
}

function isMark(buf: BlankBuffer, i: number, ch: string): boolean {
  return buf.at(i) === ch && !buf.literal[i];
}

/** Links keep their words; images, link targets, autolinks and HTML tags go. */
function blankLinksAndTags(buf: BlankBuffer, line: Span, labels: Set<string>): void {
  // Without '<' or ']' nothing below blanks anything.
  if (!buf.mayHave('<', line.start, line.end) && !buf.mayHave(']', line.start, line.end)) return;
  const openers: number[] = [];
  for (let i = line.start; i < line.end; i++) {
    if (isMark(buf, i, '<')) {
      const close = tagEnd(buf, i, line.end);
      if (close > i) {
        buf.blank(i, close + 1);
        i = close;
      }
      continue;
    }
    if (isMark(buf, i, '[')) {
      openers.push(i);
      continue;
    }
    if (!isMark(buf, i, ']') || openers.length === 0) continue;
    const open = openers.pop() as number;
    const image = open > line.start && isMark(buf, open - 1, '!');
    let targetEnd = -1;
    if (isMark(buf, i + 1, '(')) targetEnd = parenEnd(buf, i + 1, line.end);
    else if (isMark(buf, i + 1, '[')) targetEnd = bracketEnd(buf, i + 1, line.end);
    else if (labels.has(normaliseLabel(buf.slice(open + 1, i)))) targetEnd = i;
    if (targetEnd < 0) continue;
    if (image) buf.blank(open - 1, targetEnd + 1);
    else {
      buf.blank(open, open + 1);
      buf.blank(i, targetEnd + 1);
    }
    openers.length = 0; // links do not nest
    i = targetEnd;
  }
}

/** Index of the ')' closing the '(' at `open`, or -1. Bounded lookahead. */
function parenEnd(buf: BlankBuffer, open: number, end: number): number {
  let depth = 0;
  const limit = Math.min(end, open + MAX_TARGET);
  for (let i = open; i < limit; i++) {
    const c = buf.at(i);
    if (buf.literal[i]) continue;
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function bracketEnd(buf: BlankBuffer, open: number, end: number): number {
  const limit = Math.min(end, open + MAX_TARGET);
  for (let i = open + 1; i < limit; i++) {
    if (isMark(buf, i, ']')) return i;
    if (isMark(buf, i, '[')) return -1;
  }
  return -1;
}

/** Index of the '>' ending an HTML tag or autolink that starts at `open`, or -1. */
function tagEnd(buf: BlankBuffer, open: number, end: number): number {
  let i = open + 1;
  if (buf.at(i) === '/' || buf.at(i) === '!' || buf.at(i) === '?') i++;
  if (!/[A-Za-z]/.test(buf.at(i))) return -1;
  while (i < end && /[A-Za-z0-9-]/.test(buf.at(i))) i++;
  const c = buf.at(i);
  if (c !== '>' && c !== ' ' && c !== '/' && c !== ':' && c !== '\t') return -1;
  const limit = Math.min(end, open + MAX_TARGET);
  for (; i < limit; i++) {
    if (buf.at(i) === '>') return i;
    if (buf.at(i) === '<') return -1;
  }
  return -1;
}

// ---------------------------------------------------------------- emphasis

function isSpace(c: string): boolean {
  return c === '' || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
}

function isAlnum(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c);
}

/**
 * Emphasis markers (* _ ** __ ~~) that pair up within a paragraph, using the flanking rules of
 * CommonMark: "5 * 3", snake_case words and a lone footnote star stay as written.
 */
function blankEmphasis(buf: BlankBuffer, lines: Span[]): void {
  const stacks = new Map<string, Array<{ at: number; len: number }>>();
  const reset = (): void => stacks.clear();
  for (const line of lines) {
    if (isBlank(buf, line)) {
      reset();
      continue;
    }
    if (!buf.mayHave('*', line.start, line.end) && !buf.mayHave('_', line.start, line.end) && !buf.mayHave('~', line.start, line.end)) continue;
    for (let i = line.start; i < line.end; ) {
      const ch = buf.at(i);
      if ((ch !== '*' && ch !== '_' && ch !== '~') || buf.literal[i]) {
        i++;
        continue;
      }
      const len = runLength(buf, i, line.end, ch);
      if (ch === '~' && len !== 2) {
        i += len;
        continue;
      }
      const prev = i > line.start ? buf.at(i - 1) : ' ';
      const next = i + len < line.end ? buf.at(i + len) : ' ';
      const left = !isSpace(next) && (!PUNCT.has(next) || isSpace(prev) || PUNCT.has(prev));
      const right = !isSpace(prev) && (!PUNCT.has(prev) || isSpace(next) || PUNCT.has(next));
      let canOpen = left;
      let canClose = right;
      if (ch === '_' || (isAlnum(prev) && isAlnum(next))) {
        // Intraword underscores (snake_case) and stars between digits ("2*3") are text.
        canOpen = left && (!right || PUNCT.has(prev));
        canClose = right && (!left || PUNCT.has(next));
      }
      let stack = stacks.get(ch);
      if (!stack) stacks.set(ch, (stack = []));
      if (canClose && stack.length > 0) {
        const opener = stack.pop() as { at: number; len: number };
        buf.blank(opener.at, opener.at + opener.len);
        buf.blank(i, i + len);
      } else if (canOpen) {
        stack.push({ at: i, len });
      }
      i += len;
    }
  }
}
