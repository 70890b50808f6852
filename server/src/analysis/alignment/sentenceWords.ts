// A sentence's content words, read once. Alignment asks for the words of many windows of one
// sentence (the sentence for the vocabulary, the text either side of each claim, the clause around
// it); each used to be tokenised again. Here a sentence is tokenised once, remembered by its text
// (so an edited article's unchanged sentences are not read again either), and a window's words are
// taken from it — exactly the words tokenising the window itself would give. Where they could
// differ (the window cuts a word, or starts inside an [editor's insertion]), the window is
// tokenised on its own, as before.
import type { Span } from '../types';
import { contentTokens, scanContentTokens } from './words';
import { mapped } from '../mapped';

export interface ContentToken {
  word: string;
  start: number;
  end: number;
}

/**
 * Plain arrays, not typed ones: a sentence's arrays hold 10 to 40 numbers, and a typed array that
 * long gets a buffer outside the heap, which costs about ten times as much to make and to free as
 * an array of small integers (four per sentence, for every sentence of every source).
 */
interface SentenceWords {
  /** Content words, with their starts and ends relative to the sentence's start (parallel arrays: no object per word). */
  words: string[];
  wordStarts: number[];
  wordEnds: number[];
  /** Starts and ends (relative) of every word token: a window boundary inside one cuts a word. */
  starts: number[];
  ends: number[];
  /** Relative offsets of "[" and "]", in order, and whether each is "[" (1) or "]" (0): inside an insertion, words are skipped. */
  brackets: readonly number[];
  opens: readonly number[];
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
  placedPlain = '';
  placed = new Map();
}

/**
 * The sentences of the text read last, by where they start: an article's sentences are each read
 * several times (the vocabulary, then every claim's windows), and finding them here spares slicing
 * and hashing the sentence's text again. Cleared when another text is read.
 */
let placedPlain = '';
let placed = new Map<number, { end: number; words: SentenceWords }>();

function read(plain: string, sentence: Span): SentenceWords {
  const known = readAlready(plain, sentence);
  if (known) {
    lastPlain = plain; lastStart = sentence.start; lastEnd = sentence.end; lastWords = known;
    return known;
  }
  if (plain !== placedPlain) { placedPlain = plain; placed = new Map(); }
  const words = readByText(plain, sentence);
  placed.set(sentence.start, { end: sentence.end, words });
  return words;
}

/** The words of a sentence read already: the one asked for last, or one of the text read last (by where it starts). */
function readAlready(plain: string, sentence: Span): SentenceWords | undefined {
  if (lastWords && plain === lastPlain && sentence.start === lastStart && sentence.end === lastEnd) return lastWords;
  if (plain !== placedPlain) return undefined;
  const at = placed.get(sentence.start);
  return at !== undefined && at.end === sentence.end ? at.words : undefined;
}

/** A sentence's words remembered by its text, in either generation. */
function rememberedByText(text: string): SentenceWords | undefined {
  return current.get(text) ?? previous.get(text);
}

/** Whether sentences read now are remembered by their text (see unremembered). */
let keepingByText = true;

/**
 * Runs `fn` with the sentences it reads not remembered by their text: those remembered already are
 * still found, and the sentences of the text read last are still found by where they start. For a
 * source added to the corpus for the first time, whose sentences no later text repeats (an edited
 * article's next version does): kept, 500 to 1,000 of them outlived a collection of the young
 * generation and were copied into the old one, and that was about half of what the collector copied
 * while sources were added.
 */
export function unremembered<T>(fn: () => T): T {
  const outer = keepingByText;
  keepingByText = false;
  try {
    return fn();
  } finally {
    keepingByText = outer;
  }
}

function readByText(plain: string, sentence: Span): SentenceWords {
  // Nothing remembered and nothing to remember (a source set for the first time): the sentence is
  // read in place, neither sliced nor hashed by its text to be looked up in empty tables.
  if (!keepingByText && current.size === 0 && previous.size === 0) {
    const words = tokenise(plain, sentence.start, sentence.end);
    lastPlain = plain; lastStart = sentence.start; lastEnd = sentence.end; lastWords = words;
    return words;
  }
  const text = plain.slice(sentence.start, sentence.end);
  let words = current.get(text);
  if (!words) {
    words = previous.get(text) ?? tokenise(plain, sentence.start, sentence.end);
    if (!keepingByText) {
      lastPlain = plain; lastStart = sentence.start; lastEnd = sentence.end; lastWords = words;
      return words;
    }
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

const NO_BRACKETS: readonly number[] = [];

/**
 * The words of text[from, to), offsets relative to `from`: the same as tokenising the slice (the
 * scan reads nothing outside it), read in place.
 */
function tokenise(text: string, from: number, to: number): SentenceWords {
  sentenceWordsStats.tokenised++;
  const words: string[] = [];
  const wordStarts: number[] = [];
  const wordEnds: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // The tokens of tokenize(text) with their content words, read without a Token object each.
  scanContentTokens(text, from, to, (word, start, end) => {
    starts.push(start - from);
    ends.push(end - from);
    if (word !== null) {
      wordStarts.push(start - from);
      wordEnds.push(end - from);
      words.push(word);
    }
  });
  let brackets = NO_BRACKETS;
  let opens = NO_BRACKETS;
  if (firstBracket(text, from) < to) {
    const at: number[] = [];
    const open: number[] = [];
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 91 /* [ */ || c === 93 /* ] */) { at.push(i - from); open.push(c === 91 ? 1 : 0); }
    }
    brackets = at;
    opens = open;
  }
  // Word tokens inside an insertion are not in `raw`, but no window boundary is looked up there.
  return { words, wordStarts, wordEnds, starts, ends, brackets, opens };
}

/** The text firstBracket read last, and the first "[" or "]" at or after bracketFrom in it (its length: none). */
let bracketText = '';
let bracketFrom = 0;
let bracketAt = 0;

/**
 * Where the first "[" or "]" at or after `from` is in `text` (its length when there is none). A
 * text's sentences are asked in order, mostly: the answer holds for every `from` up to it, so the
 * text is searched again only past a bracket (or on going back).
 */
function firstBracket(text: string, from: number): number {
  if (text !== bracketText || from < bracketFrom || from > bracketAt) {
    const open = text.indexOf('[', from);
    const close = text.indexOf(']', from);
    bracketText = text;
    bracketFrom = from;
    bracketAt = Math.min(open < 0 ? text.length : open, close < 0 ? text.length : close);
  }
  return bracketAt;
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
 * The sentence's words when the window plain[start, end) can be read from them exactly, with the
 * window relative to the sentence; null when the window must be tokenised on its own.
 */
function windowOf(plain: string, sentence: Span, start: number, end: number): SentenceWords | null {
  if (start < sentence.start || end > sentence.end || start > end) return null;
  const w = read(plain, sentence);
  const from = start - sentence.start;
  const to = end - sentence.start;
  if ((from > 0 && !clean(w, from, true)) || (to < sentence.end - sentence.start && !clean(w, to, false))) return null;
  return w;
}

/** Index of the first content word of `w` starting at or after relative offset `from`. */
function firstWordFrom(w: SentenceWords, from: number): number {
  if (from <= 0) return 0;
  let lo = 0;
  let hi = w.wordStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (w.wordStarts[mid] < from) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * Content tokens of plain[start, end), a window of `sentence`: the same as
 * contentTokens(plain, start, end), read from the sentence's words when that is exact.
 */
export function contentTokensIn(plain: string, sentence: Span, start: number, end: number): ContentToken[] {
  const w = windowOf(plain, sentence, start, end);
  if (!w) return contentTokens(plain, start, end);
  const to = end - sentence.start;
  const out: ContentToken[] = [];
  for (let k = firstWordFrom(w, start - sentence.start); k < w.words.length && w.wordEnds[k] <= to; k++) {
    out.push({ word: w.words[k], start: w.wordStarts[k] + sentence.start, end: w.wordEnds[k] + sentence.start });
  }
  return out;
}

/** The content tokens of a window, in place: k in [from, to) is words[k] at [starts[k] + offset, ends[k] + offset). */
export interface ContentWindow {
  words: readonly string[];
  starts: readonly number[];
  ends: readonly number[];
  offset: number;
  from: number;
  to: number;
}

/** contentTokensIn's tokens without copying them out, or null where it would tokenise the window on its own. */
export function contentWindow(plain: string, sentence: Span, start: number, end: number): ContentWindow | null {
  const w = windowOf(plain, sentence, start, end);
  if (!w) return null;
  const to = end - sentence.start;
  const from = firstWordFrom(w, start - sentence.start);
  let k = from;
  while (k < w.words.length && w.wordEnds[k] <= to) k++;
  return { words: w.words, starts: w.wordStarts, ends: w.wordEnds, offset: sentence.start, from, to: k };
}

/** Content words of a window of `sentence`, as contentWords(plain, start, end) gives them. */
export function contentWordsIn(plain: string, sentence: Span, start: number, end: number): string[] {
  const w = windowOf(plain, sentence, start, end);
  if (!w) return mapped(contentTokens(plain, start, end), (t) => t.word);
  const to = end - sentence.start;
  const out: string[] = [];
  for (let k = firstWordFrom(w, start - sentence.start); k < w.words.length && w.wordEnds[k] <= to; k++) out.push(w.words[k]);
  return out;
}

/** Adds the content words of a window of `sentence` to `out` in order, as adding contentWordsIn's list would (no list built). */
export function addContentWordsIn(out: { add(word: string): unknown }, plain: string, sentence: Span, start: number, end: number): void {
  const w = windowOf(plain, sentence, start, end);
  if (!w) {
    for (const t of contentTokens(plain, start, end)) out.add(t.word);
    return;
  }
  const to = end - sentence.start;
  for (let k = firstWordFrom(w, start - sentence.start); k < w.words.length && w.wordEnds[k] <= to; k++) out.add(w.words[k]);
}

/** The content words of a whole sentence, in order (read-only: shared with every later reader). */
export function sentenceContentWords(plain: string, sentence: Span): readonly string[] {
  return read(plain, sentence).words;
}

/** Where eachWordToCount hands the words of a sentence it scans in place. */
let visitCounted: (word: string) => void = () => {};
const countWord = (word: string | null): void => { if (word !== null) visitCounted(word); };

/**
 * The words of sentenceContentWords handed to `visit` in order, for a reader that only counts them
 * (the vocabulary). A sentence read under unremembered and found nowhere would be tokenised only
 * to be forgotten: its words are scanned in place instead and handed over as they are read, with
 * no list of them and without where each stands.
 */
export function eachWordToCount(plain: string, sentence: Span, visit: (word: string) => void): void {
  if (keepingByText) { eachOf(read(plain, sentence).words, visit); return; }
  const known = readAlready(plain, sentence) ??
    (current.size > 0 || previous.size > 0 ? rememberedByText(plain.slice(sentence.start, sentence.end)) : undefined);
  if (known) { eachOf(known.words, visit); return; }
  // The same tokens as tokenising the sentence's text: the scan stops at the sentence's end, and starts outside any insertion as there.
  const outer = visitCounted;
  visitCounted = visit;
  try {
    scanContentTokens(plain, sentence.start, sentence.end, countWord);
  } finally {
    visitCounted = outer;
  }
}

function eachOf(words: readonly string[], visit: (word: string) => void): void {
  for (let k = 0; k < words.length; k++) visit(words[k]);
}

/** eachWordToCount's words as a list (for tests). */
export function sentenceWordsToCount(plain: string, sentence: Span): readonly string[] {
  const out: string[] = [];
  eachWordToCount(plain, sentence, (word) => { out.push(word); });
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
    if (!w.words.every((word) => typeof word === 'string')) return null;
    return {
      w: [...w.words], s: [...w.wordStarts], e: [...w.wordEnds],
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
      // Read as the typed arrays they once were read into (32-bit integers; "[" flags as bytes).
      words: [...d.w], wordStarts: d.s!.map(int32), wordEnds: d.e!.map(int32), starts: d.ts.map(int32), ends: d.te.map(int32),
      brackets: d.b.map(int32), opens: d.o.map((n) => n & 255),
    };
    if (current.size >= GENERATION) { previous = current; current = new Map(); }
    current.set(text, words);
  });
}

function int32(n: number): number {
  return n | 0;
}

function numbers(x: unknown): x is number[] {
  return Array.isArray(x) && x.every((n) => typeof n === 'number');
}

