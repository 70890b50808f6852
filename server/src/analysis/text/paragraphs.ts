// Paragraphs: runs of non-blank lines, with two refinements. Markdown headings and list items start
// blocks of their own. Plain-text reports often put one paragraph per line with no blank line
// between (wire copy, pasted web pages), so there a line break is a paragraph break too — unless
// the file is hard-wrapped, where only a line that ends a sentence (or is short) ends a paragraph.
import type { Span } from '../types';
import { lineSpans } from './lines';
import { mapped } from '../mapped';

export interface ParagraphOptions {
  /** Markdown: hard-wrapped lines of one paragraph stay together. */
  markdown?: boolean;
  /** Line indexes that are headings (a paragraph each). */
  headingLines?: ReadonlySet<number>;
  /** Line indexes that start a new paragraph. */
  blockStartLines?: ReadonlySet<number>;
}

const WRAP_WIDTH = 100; // hard-wrapped text keeps every line at or under about this width

/**
 * Paragraph spans over `plain`, in order, each trimmed of surrounding whitespace. `textLines`, when
 * given, must be lineSpans(plain) (a caller that has them saves reading the text for them again).
 */
export function findParagraphs(plain: string, options: ParagraphOptions = {}, textLines: readonly Span[] = lineSpans(plain)): Span[] {
  const lines = mapped(textLines, (l) => trimSpan(plain, l));
  const headings = options.headingLines ?? new Set<number>();
  const starts = options.blockStartLines ?? new Set<number>();
  const breakAfter = options.markdown ? () => false : plainTextBreaks(plain, lines);
  const out: Span[] = [];
  let current: Span | null = null;
  const close = (): void => {
    if (current) out.push(current);
    current = null;
  };
  lines.forEach((line, i) => {
    if (line.end <= line.start) {
      close();
      return;
    }
    if (headings.has(i) || starts.has(i)) close();
    if (current) current.end = line.end;
    else current = { start: line.start, end: line.end };
    if (headings.has(i) || breakAfter(i)) close();
  });
  close();
  return out;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isWhite(text.charCodeAt(start))) start++;
  while (end > start && isWhite(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isWhite(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0 || c === 0xfeff || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}

/**
 * Decides, for a plain-text file, after which non-blank lines a paragraph ends even without a blank
 * line. Files with long lines use one line per paragraph. Hard-wrapped files (short lines, with
 * sentences running on across line breaks) break only at a sentence-ending line or a short line,
 * and only when blank lines are too rare to be the paragraph separator.
 */
function plainTextBreaks(plain: string, lines: Span[]): (i: number) => boolean {
  let nonBlank = 0;
  let blank = 0;
  let maxLen = 0;
  let runOns = 0; // a line without final punctuation followed by one starting in lower case
  for (let i = 0; i < lines.length; i++) {
    const len = lines[i].end - lines[i].start;
    if (len === 0) {
      blank++;
      continue;
    }
    nonBlank++;
    maxLen = Math.max(maxLen, len);
    const next = lines[i + 1];
    if (next && next.end > next.start && !endsSentence(plain, lines[i]) && /[\p{Ll}\d(]/u.test(plain[next.start])) runOns++;
  }
  const hardWrapped = maxLen <= WRAP_WIDTH && runOns > 0;
  if (!hardWrapped) return () => true;
  if (blank * 4 >= nonBlank) return () => false;
  const short = Math.floor(maxLen * 0.6);
  return (i) => endsSentence(plain, lines[i]) || lines[i].end - lines[i].start < short;
}

/** The line ends with . ? ! … : or a closing quote after one. */
function endsSentence(plain: string, line: Span): boolean {
  let e = line.end - 1;
  while (e > line.start && '”"’\')]'.includes(plain[e])) {
    if (plain[e] === '”' || plain[e] === '"') {
      // A closing quote mark after words ends the sentence in wire style: said “done”
      return true;
    }
    e--;
  }
  return '.?!…:'.includes(plain[e]);
}
