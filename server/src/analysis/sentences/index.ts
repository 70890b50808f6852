// Sentences stage: one left-to-right scan per paragraph. A boundary is end punctuation (plus any
// closing quotes or brackets) followed by whitespace, unless the word before the period is an
// abbreviation that runs on, or the punctuation sits inside a quotation that closes later in the
// paragraph (multi-sentence quotes stay whole).
import type { Sentence, Span } from '../types';
import { periodEndsSentence, isLower, isUpper } from './abbreviations';
import { isByline, isClutter, isHeadlineParagraph } from './headings';
import { quotations } from './quotations';
import { local, type Shift } from '../local';

export { isByline, isClutter, isHeadlineParagraph } from './headings';

export interface SentenceOptions {
  /** Per paragraph: a markdown heading (always one heading sentence). */
  headings?: readonly boolean[];
  /** Per paragraph: a markdown list item (exempt from the "no final stop → headline" rule). */
  listItems?: readonly boolean[];
}

const END_MARKS = '.?!…';
const CLOSERS = '”"’\')]';
const OPENERS = '“"‘\'([';

/** Splits every paragraph of `plain` into sentences, in order, trimmed of surrounding whitespace. */
export function splitSentences(plain: string, paragraphs: Span[], options: SentenceOptions = {}): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((para, paragraph) => {
    const p = trim(plain, para);
    if (p.end <= p.start) return;
    const text = plain.slice(p.start, p.end);
    const heading = options.headings?.[paragraph] ? 'h' : options.listItems?.[paragraph] ? 'l' : '-';
    // Depends on the paragraph's text alone: remembered while the article is edited (local.ts).
    out.push(...local('sentences', plain, p, { sentence: out.length, paragraph }, () =>
      paragraphSentences(plain, p, paragraph, text, options), heading, movedSentences));
  });
  return out;
}

/** Sentences moved as local.ts's moved() moves them (the same keys in the same order). */
export function movedSentences(sentences: Sentence[], shift: Shift): Sentence[] {
  const d = shift.offset;
  const out = new Array<Sentence>(sentences.length);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    out[i] = { span: { start: s.span.start + d, end: s.span.end + d }, paragraph: s.paragraph + shift.paragraph, isHeading: s.isHeading };
  }
  return out;
}

function paragraphSentences(plain: string, p: Span, paragraph: number, text: string, options: SentenceOptions): Sentence[] {
  if (options.headings?.[paragraph] || isHeadlineParagraph(text, options.listItems?.[paragraph] ?? false)) {
    return capLength(plain, p).map((span) => ({ span, paragraph, isHeading: true }));
  }
  return splitParagraph(plain, p).flatMap((span) => capLength(plain, span)).map((span) => {
    const s = plain.slice(span.start, span.end);
    return { span, paragraph, isHeading: isClutter(s) || isByline(s) };
  });
}

/** Sentence spans inside one (trimmed) paragraph. */
export function splitParagraph(plain: string, p: Span): Span[] {
  const out: Span[] = [];
  const quotes = quotations(plain, p);
  let q = 0; // first quotation that may still contain the scan position
  let start = p.start;
  for (let i = p.start; i < p.end; i++) {
    const c = plain.charCodeAt(i);
    // END_MARKS by code: . ? ! …
    if (c !== 46 && c !== 63 && c !== 33 && c !== 0x2026) continue;
    const runStart = i;
    let e = i;
    while (e < p.end && END_MARKS.includes(plain[e])) e++;
    let j = e;
    while (j < p.end && CLOSERS.includes(plain[j])) j++;
    i = e - 1;
    if (j < p.end && !isSpace(plain[j])) continue; // "8.5", "U.S.-based", "said.”,"
    while (q < quotes.length && quotes[q][1] < runStart) q++;
    // Inside a quotation whose closing mark comes later than the closers we took: keep going.
    if (q < quotes.length && quotes[q][0] < runStart && quotes[q][1] >= j) continue;
    let k = j;
    while (k < p.end && isSpace(plain[k])) k++;
    if (k < p.end && !endsHere(plain, runStart, e, j, k, p.end)) continue;
    out.push(trim(plain, { start, end: j }));
    start = k;
    i = Math.max(i, j - 1);
  }
  if (start < p.end) out.push(trim(plain, { start, end: p.end }));
  return out.filter((s) => s.end > s.start);
}

/**
 * Longer than this, a "sentence" is a table, a list or a pasted dump, not prose (news sentences
 * run to a few hundred characters). It is cut at a space so that every step that looks at a
 * claim's sentence stays bounded and a 1 MB line is read in linear time.
 */
export const MAX_SENTENCE = 2000;

/** A span cut into pieces of at most MAX_SENTENCE, at a space where one is near, never inside a surrogate pair. */
function capLength(plain: string, span: Span): Span[] {
  if (span.end - span.start <= MAX_SENTENCE) return [span];
  const out: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    let k = cut;
    while (k > start + MAX_SENTENCE / 2 && !isSpace(plain[k])) k--;
    if (isSpace(plain[k])) cut = k;
    else if (isLowSurrogate(plain.charCodeAt(cut)) && isHighSurrogate(plain.charCodeAt(cut - 1))) cut--;
    out.push(trim(plain, { start, end: cut }));
    start = cut;
  }
  out.push(trim(plain, { start, end: span.end }));
  return out.filter((s) => s.end > s.start);
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether the end marks plain[runStart, e), closers up to j, and next text at k end a sentence. */
function endsHere(plain: string, runStart: number, e: number, j: number, k: number, end: number): boolean {
  const marks = plain.slice(runStart, e);
  let n = k;
  while (n < end && OPENERS.includes(plain[n])) n++;
  const first = n < end ? plain[n] : '';
  if (marks.includes('?') || marks.includes('!')) return !isLower(first);
  if (marks.includes('…') || marks.length >= 3) return isUpper(first); // ellipsis: only before a capital
  return periodEndsSentence({
    word: wordBefore(plain, runStart),
    next: wordAt(plain, n, end),
    afterNext: wordAt(plain, skipWord(plain, n, end), end),
    closed: j > e,
  });
}

/** Letters and inner periods ending at `end` ("a.m", "U.S", "Mr"), digits excluded. */
function wordBefore(plain: string, end: number): string {
  let s = end;
  while (s > 0 && end - s < 40 && (isLetter(plain[s - 1]) || (plain[s - 1] === '.' && s - 1 > 0 && isLetter(plain[s - 2])))) s--;
  return plain.slice(s, end);
}

function wordAt(plain: string, start: number, end: number): string {
  let e = start;
  while (e < end && e - start < 40 && !isSpace(plain[e]) && !',;:'.includes(plain[e])) e++;
  return plain.slice(start, e).replace(/[.”"’)\]]+$/, '');
}

/** Index of the next word after the word at `start`. */
function skipWord(plain: string, start: number, end: number): number {
  let e = start;
  while (e < end && !isSpace(plain[e])) e++;
  while (e < end && isSpace(plain[e])) e++;
  return e;
}

function isLetter(c: string): boolean {
  return isLower(c) || isUpper(c);
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\ufeff' || c === '\u2009' || c === '\u202f';
}

function trim(plain: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(plain[start])) start++;
  while (end > start && isSpace(plain[end - 1])) end--;
  return { start, end };
}
