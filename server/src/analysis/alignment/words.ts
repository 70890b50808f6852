import { wordTable } from '../wordTable';
import { mapped } from '../mapped';
import { foldAccents } from '../claims/people/tokens';
// Words for comparing contexts and quotations: lower-case, punctuation-free, lightly stemmed.

const STOPWORDS = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being it its this that these ' +
    'those he she they them his her their him we our us you your i me my who whom which what when where while ' +
    'than then there here not no so such also just about around approximately roughly nearly almost over more ' +
    'less fewer least most up down out into onto after before until past since during per percent cent some ' +
    'had has have having do does did said says say told tell according would could should will can may might ' +
    'one two three four five six seven eight nine ten hundred thousand million billion trillion dozen am pm a.m p.m ' +
    'et est edt pt pst pdt utc gmt bst eastern pacific central time monday tuesday wednesday thursday friday ' +
    'saturday sunday today yesterday later earlier again still even only very much many several other another')
    .split(' '),
);

/** A light stemmer: enough to make "reports"/"reported"/"reporting" meet, nothing clever. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('es') && /(ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

export interface Token {
  /** Normalised form used for comparison. */
  norm: string;
  start: number;
  end: number;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0 && c !== 0x2019 && c !== 0x2018 && c !== 0x201c && c !== 0x201d && c !== 0x2014 && c !== 0x2013 && c !== 0x2026 && c !== 0xa0 && c !== 0x2009 && c !== 0x202f && c !== 0xfeff;
}

/**
 * Word tokens of text[start, end): letters and digits, with inner apostrophes kept ("we're") and
 * hyphenated compounds joined ("cyber-attack" → "cyberattack"). Text in square brackets is an
 * editor's insertion and is skipped.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  scanTokens(text, start, end, (norm, s, e) => { out.push({ norm, start: s, end: e }); });
  return out;
}

/** The tokens tokenize gives, handed to `visit` one by one in order (for readers that keep no Token objects). */
export function scanTokens(text: string, start: number, end: number, visit: (norm: string, start: number, end: number) => void): void {
  let i = start;
  let bracket = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */) { bracket = true; i++; continue; }
    if (c === 93 /* ] */) { bracket = false; i++; continue; }
    if (!isWordChar(c)) { i++; continue; }
    const s = i;
    const norm = readWord(text, s, end);
    i = wordEnd;
    if (!bracket) visit(norm, s, i);
  }
}

/** Where the word readWord read last ends (a module variable: the hot scans allocate nothing for it). */
let wordEnd = 0;

/**
 * The norm of the word that starts at `s`, lower-cased, its runs joined at inner apostrophes and
 * hyphens; its end goes to wordEnd. The characters are sliced run by run, not added one by one:
 * most words are one run, one slice.
 */
function readWord(text: string, s: number, end: number): string {
  let i = s;
  let norm = '';
  let run = s;
  // Lower-case ASCII throughout (most words): the norm is lower-cased already.
  let lowered = true;
  while (i < end) {
    const d = text.charCodeAt(i);
    if (isWordChar(d)) {
      if (d >= 128 || (d >= 65 && d <= 90)) lowered = false;
      i++;
      continue;
    }
    // Apostrophes and hyphens inside a word: keep the word together.
    if ((d === 39 || d === 0x2019 || d === 45 || d === 0x2010 || d === 0x2011) && i + 1 < end && isWordChar(text.charCodeAt(i + 1))) {
      norm += text.slice(run, i) + (d === 39 || d === 0x2019 ? "'" : '');
      i++;
      run = i;
      continue;
    }
    break;
  }
  norm += text.slice(run, i);
  wordEnd = i;
  return lowered ? norm : norm.toLowerCase();
}

/**
 * Verbs of direction that reporters vary for style ("fell" / "dropped" / "slid"), and of a return
 * after a stop ("resumed" / "restarted"): one word each, so that two reports of the same move meet.
 */
const DIRECTION: Record<string, string> = wordTable(Object.fromEntries([
  ...'fell fall falls falling dropped drop drops dropping declined decline declines declining slid slide slides sliding slipped slip slips sank sink sinks plunged plunge plunges tumbled tumble tumbles shed sheds dipped dip dips slumped slump slumps down lower'
    .split(' ').map((w) => [w, '~down']),
  ...'rose rise rises rising climbed climb climbs jumped jump jumps gained gain gains increased increase increases surged surge surges soared soar soars rallied rally up higher'
    .split(' ').map((w) => [w, '~up']),
  // "trading resumed at 12:44" / "restarted trading at 12:54": one return to work after a stop.
  ...'resumed resume resumes resuming restarted restart restarts restarting'
    .split(' ').map((w) => [w, '~resume']),
]));

/** Content words of a passage, stemmed, for comparing what two passages are about. */
export function contentWords(text: string, start = 0, end = text.length): string[] {
  return mapped(contentTokens(text, start, end), (t) => t.word);
}

/** Content words with where they stand, for windows around a claim. */
export function contentTokens(text: string, start = 0, end = text.length): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  scanContentTokens(text, start, end, (word, s, e) => {
    if (word !== null) out.push({ word, start: s, end: e });
  });
  return out;
}

/**
 * The tokens scanTokens gives, each with the content word its norm stands for (contentWordFor), or
 * null. A token of ASCII letters and digits alone (most of them) is looked up by its characters in
 * place, hashed as they are read, so it is neither sliced nor hashed again as a string; any other
 * token is read as scanTokens reads it.
 */
export function scanContentTokens(text: string, start: number, end: number, visit: (word: string | null, start: number, end: number) => void): void {
  let i = start;
  let bracket = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */) { bracket = true; i++; continue; }
    if (c === 93 /* ] */) { bracket = false; i++; continue; }
    if (!isWordChar(c)) { i++; continue; }
    const s = i;
    let h = FNV_OFFSET;
    let ascii = true;
    while (i < end) {
      const d = text.charCodeAt(i);
      if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57)) h = Math.imul(h ^ d, FNV_PRIME);
      else if (d >= 65 && d <= 90) h = Math.imul(h ^ (d + 32), FNV_PRIME);
      else { if (d >= 128 && isWordChar(d)) ascii = false; break; }
      i++;
    }
    if (ascii) {
      const d = i < end ? text.charCodeAt(i) : 0;
      // An apostrophe or hyphen joining another word makes one token of both: read below.
      const joins = (d === 39 || d === 0x2019 || d === 45 || d === 0x2010 || d === 0x2011) && i + 1 < end && isWordChar(text.charCodeAt(i + 1));
      if (!joins) {
        if (!bracket) {
          const word = asciiContentWord(text, s, i, h);
          visit(word, s, i);
        }
        continue;
      }
    }
    const norm = readWord(text, s, end);
    const word = contentWordFor(norm);
    i = wordEnd;
    if (!bracket) {
      visit(word, s, i);
    }
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/**
 * Content words of ASCII tokens by their lower-cased characters (open addressing; emptied when half
 * full, so it stays bounded): the key is the token's norm, the value contentWordFor's answer. A key
 * is kept as its character codes, not as a string: keys came in many string representations (sliced,
 * copied, internalized by a table look-up), so reading them in place was a megamorphic load.
 */
const ASCII_SLOTS = 1 << 15;
/** Longest token kept (longer ones, rare, are looked up by contentWordFor alone). */
const ASCII_KEY = 16;
/** Each slot's key length (0: empty) and its character codes at ASCII_KEY per slot. */
let asciiLengths = new Uint8Array(ASCII_SLOTS);
let asciiChars = new Uint8Array(ASCII_SLOTS * ASCII_KEY);
let asciiWords: (string | null)[] = new Array<string | null>(ASCII_SLOTS);
let asciiHashes = new Int32Array(ASCII_SLOTS);
let asciiCount = 0;

/** contentWordFor of text[start, end) lower-cased, a token of ASCII letters and digits whose lower-cased hash is `h`. */
function asciiContentWord(text: string, start: number, end: number, h: number): string | null {
  const mask = ASCII_SLOTS - 1;
  const n = end - start;
  if (n > ASCII_KEY) return contentWordFor(lowerAscii(text.slice(start, end)));
  let at = h & mask;
  for (let len = asciiLengths[at]; len !== 0; len = asciiLengths[at]) {
    if (asciiHashes[at] === h && len === n) {
      const base = at * ASCII_KEY;
      let k = 0;
      while (k < n) {
        let c = text.charCodeAt(start + k);
        if (c >= 65 && c <= 90) c += 32;
        if (c !== asciiChars[base + k]) break;
        k++;
      }
      if (k === n) return asciiWords[at];
    }
    at = (at + 1) & mask;
  }
  if (asciiCount >= ASCII_SLOTS >> 1) {
    asciiLengths = new Uint8Array(ASCII_SLOTS);
    asciiChars = new Uint8Array(ASCII_SLOTS * ASCII_KEY);
    asciiWords = new Array<string | null>(ASCII_SLOTS);
    asciiHashes = new Int32Array(ASCII_SLOTS);
    asciiCount = 0;
    at = h & mask;
  }
  const norm = lowerAscii(text.slice(start, end));
  const word = contentWordFor(norm);
  const base = at * ASCII_KEY;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(start + k);
    asciiChars[base + k] = c >= 65 && c <= 90 ? c + 32 : c;
  }
  asciiLengths[at] = n;
  asciiWords[at] = word;
  asciiHashes[at] = h;
  asciiCount++;
  return word;
}

/** An ASCII token lower-cased (itself when it has no capital). */
function lowerAscii(raw: string): string {
  return /[A-Z]/.test(raw) ? raw.toLowerCase() : raw;
}

/** Content words by token norm: articles share most of their words, so each is worked out once. */
const contentWordByNorm = new Map<string, string | null>();
const MAX_REMEMBERED_WORDS = 200000;

/** The content word a token stands for (stemmed, or its direction), or null for a stop word or number. */
export function contentWordOf(t: Token): string | null {
  return contentWordFor(t.norm);
}

/** The content word a token's norm stands for (see contentWordOf). */
export function contentWordFor(norm: string): string | null {
  let word = contentWordByNorm.get(norm);
  if (word === undefined) {
    word = contentWordOfNorm(norm);
    if (contentWordByNorm.size >= MAX_REMEMBERED_WORDS) contentWordByNorm.clear();
    contentWordByNorm.set(norm, word);
  }
  return word;
}

function contentWordOfNorm(norm: string): string | null {
  // "Estádio" / "Estadio": outlets differ in keeping accents, so a word is compared without them.
  const w = foldAccents(norm.replace(/'s$/, '').replace(/'/g, ''));
  const direction = DIRECTION[w];
  if (direction) return direction;
  if (w.length < 2 || STOPWORDS.has(w) || /^\d/.test(w)) return null;
  return stem(w);
}
