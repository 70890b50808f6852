// Markdown markup → spaces. Every blanked code unit becomes ' ' (line breaks are kept), so the
// result has exactly the original's length and every offset stays valid. Scanners only: each pass
// walks the text once, with bounded lookahead for link targets and tags.
import type { Span } from '../types';

export interface MarkdownLayout {
  /** Lines (indexes into the line list) that are headings: each is a paragraph of its own. */
  headingLines: Set<number>;
  /** Lines that start a new block (list items, block quotes after other text, table rows). */
  blockStartLines: Set<number>;
}

const MAX_TARGET = 2048; // longest link target or tag we look for
const PUNCT = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’–—…'.split(''));

/** A text buffer we blank in place, one UTF-16 code unit per slot. */
export class Blanker {
  /** Code units made literal by a backslash escape: never markup. */
  readonly literal: Uint8Array;
  /** The code units, split off the text when first asked for: most plain-text articles blank nothing. */
  private units: string[] | null = null;

  constructor(private readonly text: string) {
    this.literal = new Uint8Array(text.length);
  }

  /** One slot per UTF-16 code unit, blanked in place. */
  get chars(): string[] {
    if (this.units === null) this.units = this.text.split('');
    return this.units;
  }

  blank(start: number, end: number): void {
    for (let i = Math.max(0, start); i < end && i < this.chars.length; i++) {
      const c = this.chars[i];
      if (c !== '\n' && c !== '\r') this.chars[i] = ' ';
    }
  }

  at(i: number): string {
    return i >= 0 && i < this.chars.length ? this.chars[i] : '';
  }

  toString(): string {
    if (this.units === null) return this.text;
    const joined = this.units.join('');
    // Nothing blanked: the text itself, not a second copy of it (sources are kept by the thousand).
    return joined === this.text ? this.text : joined;
  }
}

/** Blanks markdown markup in `buf` (front matter must already be blank). */
export function blankMarkdown(buf: Blanker, lines: Span[]): MarkdownLayout {
  const layout: MarkdownLayout = { headingLines: new Set(), blockStartLines: new Set() };
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

function indentOf(buf: Blanker, line: Span): { width: number; at: number } {
  let width = 0;
  let at = line.start;
  while (at < line.end) {
    const c = buf.chars[at];
    if (c === ' ') width++;
    else if (c === '\t') width += 4 - (width % 4);
    else break;
    at++;
  }
  return { width, at };
}

function isBlank(buf: Blanker, line: Span): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = buf.chars[i];
    if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\n' && c !== '\ufeff') return false;
  }
  return true;
}

/** Length of a run of `ch` starting at i. */
function runLength(buf: Blanker, i: number, end: number, ch: string): number {
  let n = 0;
  while (i + n < end && buf.chars[i + n] === ch) n++;
  return n;
}

/** Code fences, indented code, block quotes, headings, rules, list bullets, reference definitions. */
function blankBlocks(buf: Blanker, lines: Span[], layout: MarkdownLayout): Set<string> {
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
      const c = buf.chars[at];
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
    while (pos < line.end && buf.chars[pos] === '>' && !(quoted === false && width > 3)) {
      buf.chars[pos] = ' ';
      pos++;
      if (buf.chars[pos] === ' ') pos++;
      while (buf.chars[pos] === ' ' && pos < line.end) pos++;
      quoted = true;
    }
    if (quoted && !prevBlank && !prevText) layout.blockStartLines.add(idx);
    const rest: Span = { start: pos, end: line.end };
    if (isBlank(buf, rest)) {
      prevBlank = true;
      prevText = false;
      return;
    }
    const c = buf.chars[pos];
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
      while (buf.chars[b] === ' ' && b < line.end) b++;
      if (buf.chars[b] === '[' && buf.at(b + 2) === ']' && ' xX'.includes(buf.at(b + 1)) && buf.at(b + 3) === ' ') {
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
      for (let i = pos; i < line.end; i++) if (buf.chars[i] === '|' && !escaped(buf, i)) buf.chars[i] = ' ';
      layout.blockStartLines.add(idx);
      if (isTableRule(buf, { start: pos, end: line.end })) buf.blank(pos, line.end);
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

function escaped(buf: Blanker, i: number): boolean {
  return i > 0 && buf.chars[i - 1] === '\\';
}

function blankClosingHashes(buf: Blanker, from: number, end: number): void {
  let e = end;
  while (e > from && (buf.chars[e - 1] === ' ' || buf.chars[e - 1] === '\t' || buf.chars[e - 1] === '\r')) e--;
  let h = e;
  while (h > from && buf.chars[h - 1] === '#') h--;
  if (h < e && (h === from || buf.chars[h - 1] === ' ' || buf.chars[h - 1] === '\t')) buf.blank(h, e);
}

/** "===", "---", "***", "___" (spaces allowed between marks, at least 3 marks, 1 for "="). */
function isUnderline(buf: Blanker, rest: Span, ch: string): boolean {
  let marks = 0;
  for (let i = rest.start; i < rest.end; i++) {
    const c = buf.chars[i];
    if (c === ch) marks++;
    else if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return ch === '=' ? marks >= 1 : ch === '-' ? marks >= 2 : marks >= 3;
}

function isTableRule(buf: Blanker, rest: Span): boolean {
  let dashes = 0;
  for (let i = rest.start; i < rest.end; i++) {
    const c = buf.chars[i];
    if (c === '-') dashes++;
    else if (c !== ' ' && c !== ':' && c !== '\t' && c !== '\r') return false;
  }
  return dashes > 0;
}

/** End of a list marker (and one following space) at `pos`, or `pos` when there is none. */
function bulletEnd(buf: Blanker, pos: number, end: number): number {
  const c = buf.chars[pos];
  if (c === '-' || c === '*' || c === '+') {
    const after = buf.at(pos + 1);
    return after === ' ' || after === '\t' ? pos + 2 : pos;
  }
  let i = pos;
  while (i < end && i - pos < 9 && buf.chars[i] >= '0' && buf.chars[i] <= '9') i++;
  if (i === pos || (buf.at(i) !== '.' && buf.at(i) !== ')')) return pos;
  const after = buf.at(i + 1);
  return after === ' ' || after === '\t' ? i + 2 : pos;
}

/** The lower-cased label of "[label]: target", or null. */
function referenceLabel(buf: Blanker, pos: number, end: number): string | null {
  let i = pos + 1;
  while (i < end && i - pos < 1000 && buf.chars[i] !== ']' && buf.chars[i] !== '[') i++;
  if (buf.at(i) !== ']' || buf.at(i + 1) !== ':' || i === pos + 1) return null;
  let j = i + 2;
  while (j < end && (buf.chars[j] === ' ' || buf.chars[j] === '\t')) j++;
  if (j >= end) return null;
  return normaliseLabel(buf.chars.slice(pos + 1, i).join(''));
}

function normaliseLabel(label: string): string {
  return label.trim().toLowerCase().split(/\s+/).join(' ');
}

// ---------------------------------------------------------------- inline

/** HTML comments, possibly over several lines. */
function blankComments(buf: Blanker): void {
  const text = buf.toString();
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) return;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return;
    buf.blank(open, close + 3);
    from = close + 3;
  }
}

/** `code` spans: an opening run of n backticks pairs with the next run of exactly n. */
function blankCodeSpans(buf: Blanker, line: Span): void {
  const runs: Array<{ at: number; len: number }> = [];
  for (let i = line.start; i < line.end; ) {
    if (buf.chars[i] === '`') {
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
function markEscapes(buf: Blanker, line: Span): void {
  for (let i = line.start; i + 1 < line.end; i++) {
    if (buf.chars[i] === '\\' && PUNCT.has(buf.chars[i + 1]) && !buf.literal[i]) {
      buf.chars[i] = ' ';
      buf.literal[i + 1] = 1;
      i++;
    }
  }
}

function isMark(buf: Blanker, i: number, ch: string): boolean {
  return buf.chars[i] === ch && !buf.literal[i];
}

/** Links keep their words; images, link targets, autolinks and HTML tags go. */
function blankLinksAndTags(buf: Blanker, line: Span, labels: Set<string>): void {
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
    else if (labels.has(normaliseLabel(buf.chars.slice(open + 1, i).join('')))) targetEnd = i;
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
function parenEnd(buf: Blanker, open: number, end: number): number {
  let depth = 0;
  const limit = Math.min(end, open + MAX_TARGET);
  for (let i = open; i < limit; i++) {
    const c = buf.chars[i];
    if (buf.literal[i]) continue;
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function bracketEnd(buf: Blanker, open: number, end: number): number {
  const limit = Math.min(end, open + MAX_TARGET);
  for (let i = open + 1; i < limit; i++) {
    if (isMark(buf, i, ']')) return i;
    if (isMark(buf, i, '[')) return -1;
  }
  return -1;
}

/** Index of the '>' ending an HTML tag or autolink that starts at `open`, or -1. */
function tagEnd(buf: Blanker, open: number, end: number): number {
  let i = open + 1;
  if (buf.at(i) === '/' || buf.at(i) === '!' || buf.at(i) === '?') i++;
  if (!/[A-Za-z]/.test(buf.at(i))) return -1;
  while (i < end && /[A-Za-z0-9-]/.test(buf.chars[i])) i++;
  const c = buf.at(i);
  if (c !== '>' && c !== ' ' && c !== '/' && c !== ':' && c !== '\t') return -1;
  const limit = Math.min(end, open + MAX_TARGET);
  for (; i < limit; i++) {
    if (buf.chars[i] === '>') return i;
    if (buf.chars[i] === '<') return -1;
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
function blankEmphasis(buf: Blanker, lines: Span[]): void {
  const stacks = new Map<string, Array<{ at: number; len: number }>>();
  const reset = (): void => stacks.clear();
  for (const line of lines) {
    if (isBlank(buf, line)) {
      reset();
      continue;
    }
    for (let i = line.start; i < line.end; ) {
      const ch = buf.chars[i];
      if ((ch !== '*' && ch !== '_' && ch !== '~') || buf.literal[i]) {
        i++;
        continue;
      }
      const len = runLength(buf, i, line.end, ch);
      if (ch === '~' && len !== 2) {
        i += len;
        continue;
      }
      const prev = i > line.start ? buf.chars[i - 1] : ' ';
      const next = i + len < line.end ? buf.chars[i + len] : ' ';
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
