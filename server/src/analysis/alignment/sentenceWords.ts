// A sentence's content words, read once. Alignment asks for the words of many windows of one
// sentence (the sentence for the vocabulary, the text either side of each claim, the clause around
// it); each used to be tokenised again. Here a sentence is tokenised once, remembered by its text
// (so an edited article's unchanged sentences are not read again either), and a window's words are
// taken from it — exactly the words tokenising the window itself would give. Where they could
// differ (the window cuts a word, or starts inside an [editor's insertion]), the window is
// tokenised on its own, as before.
import type { Span } from '../types';
import { contentTokens, contentWordFor, scanTokens } from './words';

export interface ContentToken {
  word: string;
  start: number;
  end: number;
}

interface SentenceWords {
  /** Content tokens, offsets relative to the sentence's start. */
  content: ContentToken[];
  /** Starts and ends (relative) of every word token: a window boundary inside one cuts a word. */
  starts: Int32Array;
  ends: Int32Array;
  /** Relative offsets of "[" and "]", in order: inside an insertion, words are skipped. */
  brackets: Int32Array;
  opens: Uint8Array;
}

/** Sentences remembered: those read lately, in two generations (the older dropped as a whole). */
const GENERATION = 500;
let current = new Map<string, SentenceWords>();
let previous = new Map<string, SentenceWords>();
/** The sentence asked for last: claims of one sentence ask one after another. */
let lastPlain = '';
let lastStart = -1;
let lastEnd = -1;
let lastWords: SentenceWords | undefined;

/** Sentences tokenised so far (for tests: remembered words must spare the work). */
export const sentenceWordsStats = { tokenised: 0 };

/** Forgets every remembered sentence (for tests). */
export function forgetSentenceWords(): void {
  current = new Map();
  previous = new Map();
  lastWords = undefined;
}

function read(plain: string, sentence: Span): SentenceWords {
  if (lastWords && plain === lastPlain && sentence.start === lastStart && sentence.end === lastEnd) return lastWords;
  const text = plain.slice(sentence.start, sentence.end);
  let words = current.get(text);
  if (!words) {
    words = previous.get(text);
    if (!words) words = tokenise(text);
    if (current.size >= GENERATION) { previous = current; current = new Map(); }
    // Kept under a copy: a slice would hold on to the whole article text it was cut from (every
    // version of an edited draft would stay in memory while its sentences are remembered).
    current.set(ownCopy(text), words);
  }
  lastPlain = plain; lastStart = sentence.start; lastEnd = sentence.end; lastWords = words;
  return words;
}

/** A string that shares no memory with the text it came from (V8 keeps slices as views). */
function ownCopy(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

function tokenise(text: string): SentenceWords {
  sentenceWordsStats.tokenised++;
  const content: ContentToken[] = [];
  const tokenStarts: number[] = [];
  const tokenEnds: number[] = [];
  // The tokens of tokenize(text), read without a Token object each.
  scanTokens(text, 0, text.length, (norm, start, end) => {
    tokenStarts.push(start);
    tokenEnds.push(end);
    const word = contentWordFor(norm);
    if (word !== null) content.push({ word, start, end });
  });
  const starts = Int32Array.from(tokenStarts);
  const ends = Int32Array.from(tokenEnds);
  const brackets: number[] = [];
  const opens: number[] = [];
  if (text.includes('[') || text.includes(']')) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 91 /* [ */ || c === 93 /* ] */) { brackets.push(i); opens.push(c === 91 ? 1 : 0); }
    }
  }
  // Word tokens inside an insertion are not in `raw`, but no window boundary is looked up there.
  return { content, starts, ends, brackets: Int32Array.from(brackets), opens: Uint8Array.from(opens) };
}

/** Whether a window may begin or end at relative offset `p` without reading differently. */
function clean(w: SentenceWords, p: number, begins: boolean): boolean {
  // The last token starting before p must end at or before it.
  let lo = 0;
  let hi = w.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (w.starts[mid] < p) lo = mid + 1; else hi = mid;
  }
  if (lo > 0 && w.ends[lo - 1] > p) return false;
  if (!begins) return true;
  // A window that begins inside an insertion would read its words.
  lo = 0;
  hi = w.brackets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (w.brackets[mid] < p) lo = mid + 1; else hi = mid;
  }
  return lo === 0 || w.opens[lo - 1] === 0;
}

/**
 * Content tokens of plain[start, end), a window of `sentence`: the same as
 * contentTokens(plain, start, end), read from the sentence's words when that is exact.
 */
export function contentTokensIn(plain: string, sentence: Span, start: number, end: number): ContentToken[] {
  if (start < sentence.start || end > sentence.end || start > end) return contentTokens(plain, start, end);
  const w = read(plain, sentence);
  const from = start - sentence.start;
  const to = end - sentence.start;
  if ((from > 0 && !clean(w, from, true)) || (to < sentence.end - sentence.start && !clean(w, to, false))) {
    return contentTokens(plain, start, end);
  }
  const out: ContentToken[] = [];
  for (const t of w.content) {
    if (t.start < from) continue;
    if (t.end > to) break;
    out.push({ word: t.word, start: t.start + sentence.start, end: t.end + sentence.start });
  }
  return out;
}

/** Content words of a window of `sentence`, as contentWords(plain, start, end) gives them. */
export function contentWordsIn(plain: string, sentence: Span, start: number, end: number): string[] {
  if (start < sentence.start || end > sentence.end || start > end) return contentTokensIn(plain, sentence, start, end).map((t) => t.word);
  const w = read(plain, sentence);
  const from = start - sentence.start;
  const to = end - sentence.start;
  if ((from > 0 && !clean(w, from, true)) || (to < sentence.end - sentence.start && !clean(w, to, false))) {
    return contentTokens(plain, start, end).map((t) => t.word);
  }
  const out: string[] = [];
  for (const t of w.content) {
    if (t.start < from) continue;
    if (t.end > to) break;
    out.push(t.word);
  }
  return out;
}

/** A sentence's words as stored with a source in the persisted index (see indexStore.ts). */
export interface StoredSentenceWords {
  /** Content words, their starts and ends (relative to the sentence). */
  w: string[];
  s: number[];
  e: number[];
  /** Starts and ends of every word token. */
  ts: number[];
  te: number[];
  /** Offsets of "[" and "]", and which are "[". */
  b: number[];
  o: number[];
}

/** The words of each sentence of a text, to store; null for a sentence whose words cannot be stored as they are. */
export function storedSentenceWords(plain: string, sentences: readonly Span[]): (StoredSentenceWords | null)[] {
  return sentences.map((span) => {
    const w = read(plain, span);
    if (!w.content.every((t) => typeof t.word === 'string')) return null;
    return {
      w: w.content.map((t) => t.word), s: w.content.map((t) => t.start), e: w.content.map((t) => t.end),
      ts: [...w.starts], te: [...w.ends], b: [...w.brackets], o: [...w.opens],
    };
  });
}

/**
 * Remembers stored words of the sentences of a text, so that reading them does not tokenise them
 * again. Remembered by the sentence's text, which alone decides its words; malformed data is ignored.
 */
export function rememberSentenceWords(plain: string, sentences: readonly Span[], stored: unknown): void {
  if (!Array.isArray(stored) || stored.length !== sentences.length) return;
  sentences.forEach((span, i) => {
    const d = stored[i] as Partial<StoredSentenceWords> | null;
    if (!d || !numbers(d.s) || !numbers(d.e) || !numbers(d.ts) || !numbers(d.te) || !numbers(d.b) || !numbers(d.o) ||
      !Array.isArray(d.w) || !d.w.every((x) => typeof x === 'string') || d.w.length !== d.s.length || d.s.length !== d.e.length ||
      d.ts.length !== d.te.length || d.b.length !== d.o.length) return;
    const text = plain.slice(span.start, span.end);
    if (current.has(text)) return;
    const words: SentenceWords = {
      content: d.w.map((word, k) => ({ word, start: d.s![k], end: d.e![k] })),
      starts: Int32Array.from(d.ts), ends: Int32Array.from(d.te), brackets: Int32Array.from(d.b), opens: Uint8Array.from(d.o),
    };
    if (current.size >= GENERATION) { previous = current; current = new Map(); }
    current.set(text, words);
  });
}

function numbers(x: unknown): x is number[] {
  return Array.isArray(x) && x.every((n) => typeof n === 'number');
}

