// Lining up two quotations word by word (Smith–Waterman local alignment) to tell a faithful
// excerpt from a misquote: punctuation, hyphenation, "[editor's words]" and "…" never count.
import type { ArticleText, Quote, Span } from '../types';
import { tokenize } from './words';
import { asNumeral, numbersAsValues } from './numberWords';
import { foldSpelling } from './spellingVariants';

export interface QuoteWord {
  norm: string;
  start: number;
  end: number;
  /** Words may be missing just before this one: an ellipsis, an [insertion] or a piece break. */
  wildBefore: boolean;
}

/** The quoted words of a quotation, in order, across its pieces. */
export function quoteWords(text: ArticleText, quote: Quote): QuoteWord[] {
  const out: QuoteWord[] = [];
  const src = text.original;
  quote.pieces.forEach((piece, p) => {
    let last = piece.start;
    const tokens = tokenize(src, piece.start, piece.end);
    const words: QuoteWord[] = [];
    tokens.forEach((t, i) => {
      const wild = (i === 0 && p > 0) || elidedBetween(src, last, t.start);
      // "the ninety-fourth minute" and "the 94th minute" quote the same words.
      words.push({ norm: asNumeral(normalise(t.norm)), start: t.start, end: t.end, wildBefore: wild });
      last = t.end;
    });
    // "thirty minutes" and "30 minutes", "14.5%" and "fourteen and a half per cent", too.
    for (const w of datesAsNumerals(numbersAsValues(src, piece, words))) out.push(w);
  });
  return out;
}

const MONTH_WORDS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const ORDINAL_DAY = /^([1-9]|[12]\d|3[01])(?:st|nd|rd|th)$/;

/**
 * A day of the month told as a transcript says it ("on the second of November", "November 2nd") is
 * the day a paper writes ("on 2 November", "November 2"): the ordinal is its numeral, and the "the"
 * before it and the "of" before the month are no words of their own.
 */
function datesAsNumerals(words: QuoteWord[]): QuoteWord[] {
  let out: QuoteWord[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const m = ORDINAL_DAY.exec(words[i].norm);
    if (!m) continue;
    const ofMonth = words[i + 1]?.norm === 'of' && MONTH_WORDS.has(words[i + 2]?.norm ?? '');
    if (!ofMonth && !MONTH_WORDS.has(words[i + 1]?.norm ?? '') && !MONTH_WORDS.has(words[i - 1]?.norm ?? '')) continue;
    out ??= words.slice();
    const the = words[i - 1]?.norm === 'the';
    out[i] = { ...words[i], norm: m[1], wildBefore: words[i].wildBefore || (the && words[i - 1].wildBefore) };
    if (ofMonth) out[i + 1] = { ...words[i + 1], norm: '' };
    if (the) out[i - 1] = { ...words[i - 1], norm: '' };
  }
  return out ? out.filter((w) => w.norm !== '') : words;
}

/**
 * Whether src[from, to) (the gap between two quoted words) holds "…", "..." or "[": words may be
 * missing there. Read by code unit: most gaps are one space, and no slice is made for them.
 */
function elidedBetween(src: string, from: number, to: number): boolean {
  let dots = 0;
  for (let k = from; k < to; k++) {
    const c = src.charCodeAt(k);
    if (c === 0x2026 || c === 0x5b) return true;
    dots = c === 0x2e ? dots + 1 : 0;
    if (dots === 3) return true;
  }
  return false;
}

export function normalise(w: string): string {
  // Neither pattern can change a word without "’" that neither opens nor closes with "'" (most words): no pattern run.
  if (w.indexOf('’') < 0 && w.charCodeAt(0) !== 39 && w.charCodeAt(w.length - 1) !== 39) return w;
  return w.replace(/’/g, "'").replace(/^'+|'+$/g, '');
}

export type AlignOp =
  | { op: 'match'; a: number; b: number }
  | { op: 'change'; a: number; b: number }
  | { op: 'onlyA'; a: number; free: boolean }
  | { op: 'onlyB'; b: number; free: boolean };

export interface QuoteAlignment {
  ops: AlignOp[];
  matched: number;
  /** Words changed, added or dropped (free gaps excluded). */
  edits: number;
  /** Index range of A and B covered by the alignment. */
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

// Words are compared by number: every spelling met gets one (the table is cleared when it grows
// past the cap, between alignments only), so the alignment compares integers, not strings.
const SPELLINGS_KEPT = 500_000;
const spellingIds = new Map<string, number>();

// "tūpuna" and "tupuna", "café" and "cafe" are one word quoted: outlets differ in keeping accents and
// macrons, and respell to house style ("subsidised" / "subsidized"), so a spelling's id is that of its
// folded form (the words keep their own spelling).
function idOf(norm: string): number {
  const key = foldSpelling(norm);
  let id = spellingIds.get(key);
  if (id === undefined) spellingIds.set(key, id = spellingIds.size);
  return id;
}

function idsOf(words: readonly QuoteWord[]): Int32Array {
  const out = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) out[i] = idOf(words[i].norm);
  return out;
}

/** "cyber attack" on one side and "cyberattack" on the other are one word (`other`: ids of the other side's words). */
function joinCompounds(a: QuoteWord[], other: Int32Array): QuoteWord[] {
  const out: QuoteWord[] = [];
  for (let i = 0; i < a.length; i++) {
    const next = a[i + 1];
    if (next && !next.wildBefore && hasSpelling(other, a[i].norm + next.norm)) {
      out.push({ norm: a[i].norm + next.norm, start: a[i].start, end: next.end, wildBefore: a[i].wildBefore });
      i++;
    } else out.push(a[i]);
  }
  return out;
}

/** Whether one of the words (by id) is spelled `norm`; every word of `ids` is in the table already. */
function hasSpelling(ids: Int32Array, norm: string): boolean {
  const id = spellingIds.get(foldSpelling(norm));
  if (id === undefined) return false;
  for (let k = 0; k < ids.length; k++) if (ids[k] === id) return true;
  return false;
}

const MATCH = 2;
const CHANGE = -1;
const GAP = -1;
const MAX_WORDS = 400;

/** Work arrays of the alignment, grown as needed and reused (scores are small integers). */
let scoreBuf = new Int32Array(1024);
let moveBuf = new Uint8Array(1024);
/** Per spelling id, a count (sharedWords); all zero between calls. */
let countBuf = new Int32Array(1024);

/**
 * Local alignment of two quotations. Both word lists may be rewritten to join compounds. With
 * `least`, the fewest matched words the caller can use (given both lengths): when the two share
 * fewer words than that, the alignment is not worked out (null), as no alignment could match more.
 */
export function alignQuotes(a0: QuoteWord[], b0: QuoteWord[], least?: (n: number, m: number) => number): { a: QuoteWord[]; b: QuoteWord[]; alignment: QuoteAlignment | null } {
  if (spellingIds.size >= SPELLINGS_KEPT) spellingIds.clear();
  const a = joinCompounds(a0, idsOf(b0)).slice(0, MAX_WORDS);
  const aIds = idsOf(a);
  const b = joinCompounds(b0, aIds).slice(0, MAX_WORDS);
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return { a, b, alignment: null };
  const bIds = idsOf(b);
  if (least && sharedWords(aIds, bIds) < least(n, m)) return { a, b, alignment: null };
  const w = m + 1;
  const cells = (n + 1) * w;
  if (scoreBuf.length < cells) { scoreBuf = new Int32Array(cells * 2); moveBuf = new Uint8Array(cells * 2); }
  const score = scoreBuf;
  const move = moveBuf; // 0 stop, 1 diagonal, 2 up (onlyA), 3 left (onlyB)
  for (let j = 0; j <= m; j++) score[j] = 0;
  // A gap next to a wildcard costs nothing: the writer marked an omission there.
  const upFree = new Uint8Array(m + 1);
  for (let j = 1; j < m; j++) upFree[j] = b[j].wildBefore ? 1 : 0;
  let best = 0;
  let bi = 0;
  let bj = 0;
  for (let i = 1; i <= n; i++) {
    const row = i * w;
    const prev = row - w;
    const ai = aIds[i - 1];
    const leftCost = i < n && a[i].wildBefore ? 0 : GAP;
    score[row] = 0;
    for (let j = 1; j <= m; j++) {
      const diag = score[prev + j - 1] + (ai === bIds[j - 1] ? MATCH : CHANGE);
      const up = score[prev + j] + (upFree[j] ? 0 : GAP);
      const left = score[row + j - 1] + leftCost;
      let s = 0;
      let mv = 0;
      if (diag > s) { s = diag; mv = 1; }
      if (up > s) { s = up; mv = 2; }
      if (left > s) { s = left; mv = 3; }
      score[row + j] = s;
      move[row + j] = mv;
      if (s > best) { best = s; bi = i; bj = j; }
    }
  }
  if (best === 0) return { a, b, alignment: null };
  const ops: AlignOp[] = [];
  let i = bi;
  let j = bj;
  while (i > 0 && j > 0 && move[i * w + j] !== 0) {
    const mv = move[i * w + j];
    if (mv === 1) { ops.push({ op: aIds[i - 1] === bIds[j - 1] ? 'match' : 'change', a: i - 1, b: j - 1 }); i--; j--; }
    else if (mv === 2) { ops.push({ op: 'onlyA', a: i - 1, free: b[j]?.wildBefore ?? false }); i--; }
    else { ops.push({ op: 'onlyB', b: j - 1, free: a[i]?.wildBefore ?? false }); j--; }
  }
  ops.reverse();
  let matched = 0;
  let edits = 0;
  for (const o of ops) {
    if (o.op === 'match') matched++;
    else if (o.op === 'change' || !o.free) edits++;
  }
  return { a, b, alignment: { ops, matched, edits, aStart: i, aEnd: bi, bStart: j, bEnd: bj } };
}

/** How many words the two lists have in common, counting repeats: a bound on matched words. */
function sharedWords(a: Int32Array, b: Int32Array): number {
  if (countBuf.length < spellingIds.size) countBuf = new Int32Array(spellingIds.size * 2);
  const counts = countBuf;
  for (let k = 0; k < a.length; k++) counts[a[k]]++;
  let shared = 0;
  for (let k = 0; k < b.length; k++) if (counts[b[k]] > 0) { shared++; counts[b[k]]--; }
  for (let k = 0; k < a.length; k++) counts[a[k]] = 0;
  return shared;
}

/** Where A differs from B, as a span of A's words (a dropped word marks its neighbours). */
export function differingSpan(a: QuoteWord[], alignment: QuoteAlignment, side: 'a' | 'b', b: QuoteWord[]): Span | null {
  const words = side === 'a' ? a : b;
  let start = Infinity;
  let end = -Infinity;
  const take = (k: number) => {
    const wd = words[k];
    if (!wd) return;
    start = Math.min(start, wd.start);
    end = Math.max(end, wd.end);
  };
  const ops = alignment.ops;
  ops.forEach((o, k) => {
    if (o.op === 'match') return;
    if (o.op === 'change') { take(side === 'a' ? o.a : o.b); return; }
    if (o.free) return;
    const mine = (o.op === 'onlyA') === (side === 'a');
    if (mine) { take(o.op === 'onlyA' ? o.a : o.b); return; }
    // Dropped here: mark the words on either side of the gap.
    const before = ops.slice(0, k).reverse().find((x) => x.op === 'match' || x.op === 'change');
    const after = ops.slice(k + 1).find((x) => x.op === 'match' || x.op === 'change');
    for (const x of [before, after]) if (x && (x.op === 'match' || x.op === 'change')) take(side === 'a' ? x.a : x.b);
  });
  return start <= end ? { start, end } : null;
}

/**
 * Each shingle of shingles(words), in the same order, a repeat handed over again where it recurs
 * (the caller drops repeats): no list of the words' foldings, no Set and no list of shingles made
 * for a source's quotation filed once.
 */
export function eachShingle(words: readonly QuoteWord[], file: (shingle: string) => void): void {
  const n = words.length;
  if (n === 0) return;
  let a = foldSpelling(words[0].norm);
  if (n === 1) { file('=' + a); return; }
  let b = foldSpelling(words[1].norm);
  if (n === 2) { file('=' + a + ' ' + b); return; }
  for (let i = 2; i < n; i++) {
    const c = foldSpelling(words[i].norm);
    file(a + ' ' + b + ' ' + c);
    a = b;
    b = c;
  }
}

/** Word shingles that index quotations for lookup; short quotations are keyed whole. */
export function shingles(words: readonly QuoteWord[]): string[] {
  // Folded as the alignment folds them, so a quotation with its accents finds one without.
  const norms = words.map((w) => foldSpelling(w.norm));
  if (norms.length < 3) return norms.length === 0 ? [] : ['=' + norms.join(' ')];
  const out = new Set<string>();
  for (let i = 0; i + 2 < norms.length; i++) out.add(norms[i] + ' ' + norms[i + 1] + ' ' + norms[i + 2]);
  return [...out];
}
