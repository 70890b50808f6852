// The running text of the sources, word by word: where a draft's quotation is looked for when no
// source quotes it (findings/quotes.ts, checkUnsourced). The sources are indexed by the words of
// their text, so the search goes straight to the few sources that have the quotation's rarest word
// instead of searching every source's text.
import type { QuoteWord } from './quotes';

/** The running text as one long "quotation", so the quotation aligner can search it. */
export function fullTextWords(text: string): QuoteWord[] {
  const out: QuoteWord[] = [];
  const re = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ norm: m[0].toLowerCase().replace(/’/g, "'").replace(/-/g, ''), start: m.index, end: m.index + m[0].length, wildBefore: false });
  }
  return out;
}

/** Where the words of a text are, as fullTextWords finds them (arrays shared: read before the next call). */
export interface WordSpans {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

let spanStarts = new Int32Array(1024);
let spanEnds = new Int32Array(1024);

/**
 * The spans of fullTextWords(text), without building a word object or spelling for each: a
 * hand-written scanner that reads exactly what fullTextWords's pattern reads (runs of letters and
 * digits joined by single apostrophes or hyphens). The arrays are reused by the next call.
 */
export function wordSpans(text: string): WordSpans {
  const n = text.length;
  let count = 0;
  let i = 0;
  const at = (j: number): number => {
    if (j >= n) return 0;
    const c = text.charCodeAt(j);
    if (c < 128) return letterOrDigit(c) ? 1 : 0;
    const cp = text.codePointAt(j)!;
    return letterOrDigit(cp) ? (cp > 0xffff ? 2 : 1) : 0;
  };
  while (i < n) {
    let k = at(i);
    if (k === 0) {
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const start = i;
    let j = i;
    while (k > 0) { j += k; k = at(j); }
    for (;;) {
      const c = j < n ? text.charCodeAt(j) : 0;
      if ((c === 39 || c === 0x2019 || c === 45) && at(j + 1) > 0) {
        j += 1;
        k = at(j);
        while (k > 0) { j += k; k = at(j); }
        continue;
      }
      break;
    }
    if (count === spanStarts.length) {
      const grownStarts = new Int32Array(count * 2);
      const grownEnds = new Int32Array(count * 2);
      grownStarts.set(spanStarts);
      grownEnds.set(spanEnds);
      spanStarts = grownStarts;
      spanEnds = grownEnds;
    }
    spanStarts[count] = start;
    spanEnds[count] = j;
    count++;
    i = j;
  }
  return { count, starts: spanStarts, ends: spanEnds };
}

/** The word at [start, end) spelled as fullTextWords spells it. */
export function spellingAt(text: string, start: number, end: number): string {
  // Most words are plain lower-case ASCII without a hyphen: the slice is their spelling.
  let plainWord = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === 45 || (c >= 65 && c <= 90)) { plainWord = false; break; }
  }
  if (plainWord) return text.slice(start, end);
  return text.slice(start, end).toLowerCase().replace(/’/g, "'").replace(/-/g, '');
}

/** Whether the word at [start, end) is spelled `norm` (as spellingAt spells it); plain ASCII is compared in place. */
export function spelledAs(text: string, start: number, end: number, norm: string): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return spellingAt(text, start, end) === norm;
    if (c === 45) continue; // hyphens are dropped
    if (c >= 65 && c <= 90) c += 32;
    // Every character so far was ASCII, one character of the spelling each: a difference here is final.
    if (k >= norm.length || norm.charCodeAt(k) !== c) return false;
    k++;
  }
  return k === norm.length;
}

function asciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** wordSpans's reading of text[j]: 0 for no letter or digit, else its length in code units (2 for a surrogate pair). */
function letterOrDigitAt(text: string, j: number): number {
  if (j >= text.length) return 0;
  const c = text.charCodeAt(j);
  if (c < 128) return asciiLetterOrDigit(c) ? 1 : 0;
  const cp = text.codePointAt(j)!;
  return letterOrDigit(cp) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** Only words this long are looked up (the search's rarest word is one of at least four letters). */
export const MIN_INDEXED_WORD = 4;

/** Letters and digits beyond ASCII, by code point (as /[\p{L}\p{N}]/u reads them). */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const nonAscii = new Map<number, boolean>();

function letterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  let known = nonAscii.get(cp);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    if (nonAscii.size < 100_000) nonAscii.set(cp, known);
  }
  return known;
}

/**
 * The distinct words of a text, spelled as fullTextWords spells them, that are long enough to be
 * looked up (read with wordSpans, several times faster than fullTextWords's pattern).
 */
export function indexedWords(text: string): Set<string> {
  const out = new Set<string>();
  const spans = wordSpans(text);
  for (let i = 0; i < spans.count; i++) {
    const norm = spellingAt(text, spans.starts[i], spans.ends[i]);
    if (norm.length >= MIN_INDEXED_WORD) out.add(norm);
  }
  return out;
}

/** Words of texts read from the persisted index, used once when the source is indexed. */
const stored = new WeakMap<object, readonly string[]>();

/** Remembers the indexed words of an article's text (as stored with it), keyed by the text object. */
export function rememberIndexedWords(text: object, words: unknown): void {
  if (Array.isArray(words) && words.every((w) => typeof w === 'string')) stored.set(text, words as string[]);
}

/** Sources by the words of their running text (words of at least MIN_INDEXED_WORD characters). */
export class TextWordIndex<V extends { article: { path: string; text: { original: string } } }> {
  private readonly byWord = new Map<string, V[]>();
  /** The sources indexed now: a posting left behind by a source that went is never handed out. */
  private readonly members = new Set<V>();
  /**
   * Sources set but not yet scanned, in the order they came in (`defer`): scanned at the first
   * look-up, so a pass whose checks never look a word up (most drafts: only a quotation no source
   * quotes, an overnight figure or a told year asks) never scans them.
   */
  private readonly waiting = new Set<V>();

  /** Files `source` under the words of its text (at the first look-up, with `defer`). */
  add(source: V, defer = false): void {
    this.members.add(source);
    const known = stored.get(source.article.text);
    // Words read from the persisted index are posted now (they are kept only until then); those
    // waiting go first, so every list stays in the order the sources came in.
    if (defer && !known) { this.waiting.add(source); return; }
    this.scanWaiting();
    if (known) {
      stored.delete(source.article.text); // needed once: kept, they would double the memory
      for (const w of known) this.post(w, source);
      return;
    }
    const text = source.article.text.original;
    this.scan(source, text, 0, text.length);
  }

  /** The words of indexedWords starting in text[from, to), which no word crosses either end of, posted as they are read. */
  private scan(source: V, text: string, from: number, to: number): void {
    // The words of indexedWords, posted as they are read: a word met again finds this source at
    // the end of its list already, so no Set of the text's words is built.
    const n = text.length;
    let i = from;
    // wordSpans's scan, each character read once: while reading a word it notes whether the word is
    // plain (lower-case ASCII, no hyphen: its slice is its spelling) or ASCII (a spelling never longer).
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c < 128 ? !asciiLetterOrDigit(c) : letterOrDigitAt(text, i) === 0) {
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
        continue;
      }
      const start = i;
      let plainWord = true;
      let ascii = true;
      for (;;) {
        // A run of letters and digits.
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d < 128) {
            if (!asciiLetterOrDigit(d)) break;
            if (d >= 65 && d <= 90) plainWord = false;
            i++;
            continue;
          }
          const k = letterOrDigitAt(text, i);
          if (k === 0) break;
          plainWord = false;
          ascii = false;
          i += k;
        }
        // Joined to the next run by a single apostrophe or hyphen.
        const d = i < n ? text.charCodeAt(i) : 0;
        if ((d === 39 || d === 0x2019 || d === 45) && letterOrDigitAt(text, i + 1) > 0) {
          if (d !== 39) { plainWord = false; if (d !== 45) ascii = false; }
          i++;
          continue;
        }
        break;
      }
      if (i - start < MIN_INDEXED_WORD && ascii) continue; // an ASCII word's spelling is never longer
      const w = plainWord ? text.slice(start, i) : spellingAt(text, start, i);
      if (w.length >= MIN_INDEXED_WORD) this.post(w, source);
    }
  }

  /** Adds `source` to the list of `word` unless it is there already (sources are added one at a time). */
  private post(word: string, source: V): void {
    const list = this.byWord.get(word);
    if (!list) this.byWord.set(word, [source]);
    else if (list[list.length - 1] !== source) list.push(source);
  }

  /** Sources set with `defer` whose text is not scanned yet. */
  get unscanned(): number {
    return this.waiting.size;
  }

  /** Posts the words of the sources still waiting, in the order they came in. */
  private scanWaiting(): void {
    if (this.waiting.size === 0) return;
    for (const source of this.waiting) this.scan(source, source.article.text.original, 0, source.article.text.original.length);
    this.waiting.clear();
  }

  remove(source: V): void {
    this.members.delete(source);
    if (this.waiting.delete(source)) return; // never posted
    for (const w of indexedWords(source.article.text.original)) {
      const list = this.byWord.get(w);
      if (!list) continue;
      const at = list.indexOf(source);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.byWord.delete(w);
    }
  }

  /** Each word (after `prefix`, spelt once per word) with the path of each source indexed under it now. */
  eachPath(prefix: string, fn: (word: string, path: string) => void): void {
    this.scanWaiting();
    this.byWord.forEach((list, w) => {
      const k = prefix + w;
      for (let i = 0; i < list.length; i++) if (this.members.has(list[i])) fn(k, list[i].article.path);
    });
  }

  /** Sources whose running text has `word` (spelled as fullTextWords spells it), in the order they came in. */
  with(word: string, exceptPath?: string): V[] {
    this.scanWaiting();
    return (this.byWord.get(word) ?? []).filter((s) => s.article.path !== exceptPath && this.members.has(s));
  }
}
