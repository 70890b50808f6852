// Sentences stage: one left-to-right scan per paragraph. A boundary is end punctuation (plus any
// closing quotes or brackets) followed by whitespace, unless the word before the period is an
// abbreviation that runs on, or the punctuation sits inside a quotation that closes later in the
// paragraph (multi-sentence quotes stay whole).
import type { Sentence, Span } from '../types';
import { periodEndsSentence, isLower, isUpper } from './abbreviations';
import { isByline, isClutter, isHeadlineParagraph } from './headings';
import { quotations } from './quotations';
import { local, type Shift } from '../local';
import { isAsciiLetter } from '../text/codes';
import { mapped } from '../mapped';

export { isByline, isClutter, isHeadlineParagraph } from './headings';

export interface SentenceOptions {
  /** Per paragraph: a markdown heading (always one heading sentence). */
  headings?: readonly boolean[];
  /** Per paragraph: a markdown list item (exempt from the "no final stop → headline" rule). */
  listItems?: readonly boolean[];
  /** Per paragraph: a markdown table row, one sentence however its cells end ("| Tue. | 4:45 p.m. | Notice issued |"). */
  tableRows?: readonly boolean[];
}


/** Splits every paragraph of `plain` into sentences, in order, trimmed of surrounding whitespace. */
export function splitSentences(plain: string, paragraphs: Span[], options: SentenceOptions = {}): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((para, paragraph) => {
    const p = trim(plain, para);
    if (p.end <= p.start) return;
    const heading = options.headings?.[paragraph] ? 'h' : options.tableRows?.[paragraph] ? 't' : options.listItems?.[paragraph] ? 'l' : '-';
    // Depends on the paragraph's text alone: remembered while the article is edited (local.ts).
    out.push(...local('sentences', plain, p, { sentence: out.length, paragraph }, () =>
      paragraphSentences(plain, p, paragraph, plain.slice(p.start, p.end), options), heading, movedSentences));
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
    return mapped(capLength(plain, p), (span) => ({ span, paragraph, isHeading: true }));
  }
  // A table row's cells are one line of facts: a time that ends one cell ("4:45 p.m.") does not end
  // the sentence, or the next cell's words ("Notice issued") would not be the time's.
  // isHeadlineParagraph found the paragraph's text neither clutter nor a byline (it asks both of
  // any text that is not blank once trimmed, as they trim it): a sentence that is the whole
  // paragraph (most paragraphs of one sentence) is not asked again.
  const whole = text.trim() === '' ? null : p;
  if (options.tableRows?.[paragraph]) return mapped(capLength(plain, p), (span) => plainSentence(plain, span, paragraph, whole));
  const out: Sentence[] = [];
  for (const sentence of splitParagraph(plain, p)) {
    // Nearly every sentence is short enough to stand as it is: no array of one piece for it.
    if (sentence.end - sentence.start <= MAX_SENTENCE) out.push(plainSentence(plain, sentence, paragraph, whole));
    else for (const span of capLength(plain, sentence)) out.push(plainSentence(plain, span, paragraph, whole));
  }
  return out;
}

/** A sentence; `plainText`: a span whose text is known to be neither clutter nor a byline. */
function plainSentence(plain: string, span: Span, paragraph: number, plainText: Span | null): Sentence {
  if (plainText !== null && span.start === plainText.start && span.end === plainText.end) return { span, paragraph, isHeading: false };
  const s = plain.slice(span.start, span.end);
  return { span, paragraph, isHeading: isClutter(s) || isByline(s) };
}

/** Sentence spans inside one (trimmed) paragraph. */
export function splitParagraph(plain: string, p: Span): Span[] {
  const out: Span[] = [];
  const quotes = quotations(plain, p);
  let q = 0; // first quotation that may still contain the scan position
  let start = p.start;
  for (let i = p.start; i < p.end; i++) {
    const c = plain.charCodeAt(i);
    // End marks by code: . ? ! …
    if (c !== 46 && c !== 63 && c !== 33 && c !== 0x2026) continue;
    const runStart = i;
    let e = i;
    while (e < p.end && isEndMark(plain.charCodeAt(e))) e++;
    let j = e;
    while (j < p.end && isCloser(plain.charCodeAt(j))) j++;
    i = e - 1;
    if (j < p.end && !isSpaceCode(plain.charCodeAt(j))) continue; // "8.5", "U.S.-based", "said.”,"
    while (q < quotes.length && quotes[q][1] < runStart) q++;
    // Inside a quotation whose closing mark comes later than the closers we took: keep going.
    if (q < quotes.length && quotes[q][0] < runStart && quotes[q][1] >= j) continue;
    let k = j;
    while (k < p.end && isSpaceCode(plain.charCodeAt(k))) k++;
    if (k < p.end && !endsHere(plain, runStart, e, j, k, p.end)) continue;
    pushTrimmed(plain, out, start, j);
    start = k;
    i = Math.max(i, j - 1);
  }
  if (start < p.end) pushTrimmed(plain, out, start, p.end);
  return out;
}

/** plain[start, end) trimmed, onto `out` unless nothing is left of it. */
function pushTrimmed(plain: string, out: Span[], start: number, end: number): void {
  const span = trim(plain, { start, end });
  if (span.end > span.start) out.push(span);
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
    while (k > start + MAX_SENTENCE / 2 && !isSpaceCode(plain.charCodeAt(k))) k--;
    if (isSpaceCode(plain.charCodeAt(k))) cut = k;
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
  // The marks by code: no string for them (this runs at every full stop).
  let asks = false;
  let ellipsis = false;
  for (let m = runStart; m < e; m++) {
    const c = plain.charCodeAt(m);
    if (c === 63 || c === 33) asks = true;
    else if (c === 0x2026) ellipsis = true;
  }
  let n = k;
  while (n < end && isOpener(plain.charCodeAt(n))) n++;
  const first = n < end ? plain[n] : '';
  if (asks) return !isLower(first);
  if (ellipsis || e - runStart >= 3) return isUpper(first); // ellipsis: only before a capital
  return periodEndsSentence({
    word: wordBefore(plain, runStart),
    next: wordAt(plain, n, end),
    // Read only for a clock time ("10 a.m. Kyiv time"): most periods never need it.
    afterNext: () => wordAt(plain, skipWord(plain, n, end), end),
    third: () => wordAt(plain, skipWord(plain, skipWord(plain, n, end), end), end),
    closed: j > e,
  });
}

/** Letters and inner periods ending at `end` ("a.m", "U.S", "Mr"), digits excluded. */
function wordBefore(plain: string, end: number): string {
  let s = end;
  while (s > 0 && end - s < 40 && (isLetterCode(plain.charCodeAt(s - 1)) || (plain.charCodeAt(s - 1) === 46 && s - 1 > 0 && isLetterCode(plain.charCodeAt(s - 2))))) s--;
  return plain.slice(s, end);
}

/** The word at `start` up to white space or , ; : (at most 40 units), without trailing . ” " ’ ) ]. */
function wordAt(plain: string, start: number, end: number): string {
  let e = start;
  while (e < end && e - start < 40) {
    const c = plain.charCodeAt(e);
    if (isSpaceCode(c) || c === 44 || c === 59 || c === 58) break;
    e++;
  }
  while (e > start && isTrailingMark(plain.charCodeAt(e - 1))) e--;
  return plain.slice(start, e);
}

/** Index of the next word after the word at `start`. */
function skipWord(plain: string, start: number, end: number): number {
  let e = start;
  while (e < end && !isSpaceCode(plain.charCodeAt(e))) e++;
  while (e < end && isSpaceCode(plain.charCodeAt(e))) e++;
  return e;
}

/** . ? ! … */
function isEndMark(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || c === 0x2026;
}

/** ” " ’ ' ) ] */
function isCloser(c: number): boolean {
  return c === 0x201d || c === 34 || c === 0x2019 || c === 39 || c === 41 || c === 93;
}

/** “ " ‘ ' ( [ */
function isOpener(c: number): boolean {
  return c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c === 40 || c === 91;
}

/** . ” " ’ ) ]: what wordAt drops from a word's end. */
function isTrailingMark(c: number): boolean {
  return c === 46 || c === 0x201d || c === 34 || c === 0x2019 || c === 41 || c === 93;
}

/** isLetter for one code unit (isLower or isUpper of it as a string). */
function isLetterCode(c: number): boolean {
  if (c < 128) return isAsciiLetter(c);
  return isLetter(String.fromCharCode(c));
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x2009 || c === 0x202f;
}

function isLetter(c: string): boolean {
  return isLower(c) || isUpper(c);
}

function trim(plain: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpaceCode(plain.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(plain.charCodeAt(end - 1))) end--;
  return { start, end };
}
