// Bounded look-behind/look-ahead helpers over the plain text: every loop here stops after a few
// dozen characters, so callers stay linear however long the line is.

import { isAsciiLetter } from '../../text/codes';

const LETTER = /\p{L}/u;
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

// The helpers below read character codes: ASCII is decided by its code, and only a character past
// ASCII goes to the Unicode pattern (as it did for every character before), so the answers are the same.

/** A space a word helper crosses: [ \t\u00a0]. */
const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;

/** The code unit `c` alone is a letter (\p{L}; half a surrogate pair is not). */
function isLetter(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c);
  return LETTER.test(String.fromCharCode(c));
}

export interface Word {
  word: string;
  start: number;
  end: number;
}

/** The word just before `i`, across at most three spaces (no punctuation in between). */
export function prevWord(text: string, i: number): Word | null {
  let j = i;
  let spaces = 0;
  while (j > 0 && isSpace(text.charCodeAt(j - 1)) && spaces < 3) { j--; spaces++; }
  if (spaces === 0) return null;
  const end = j;
  while (j > 0 && isLetter(text.charCodeAt(j - 1)) && end - j < 24) j--;
  return j < end ? { word: text.slice(j, end), start: j, end } : null;
}

/** The word just after `i`, across exactly the spaces there (at most three; no punctuation). */
export function nextWord(text: string, i: number): Word | null {
  let j = i;
  let spaces = 0;
  while (j < text.length && isSpace(text.charCodeAt(j)) && spaces < 3) { j++; spaces++; }
  if (spaces === 0) return null;
  const start = j;
  while (j < text.length && isLetter(text.charCodeAt(j)) && j - start < 24) j++;
  return j > start ? { word: text.slice(start, j), start, end: j } : null;
}

export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0); // NaN for ''
  if (c < 0x80) return c >= 65 && c <= 90;
  return c === c && UPPER.test(word);
}

/** The word opens with a lower-case letter (\p{Ll}): a pattern made once, where each caller built its own per call. */
export function startsLower(word: string): boolean {
  return LOWER.test(word);
}

/** True when `i` opens a sentence or line: only spaces, then an end mark or quote or nothing before. */
export function atSentenceStart(text: string, i: number): boolean {
  let j = i;
  let steps = 0;
  while (j > 0 && isSpace(text.charCodeAt(j - 1)) && steps < 8) { j--; steps++; }
  if (j === 0) return true;
  return /[\n.!?:;"“‘'(\[—–-]/.test(text[j - 1]);
}

const BOUNDARY = /(?<![\p{L}\p{N}])/uy;

/** No letter or digit right before position `i`. */
export function boundaryBefore(text: string, i: number): boolean {
  const c = i > 0 ? text.charCodeAt(i - 1) : 32;
  if (c < 0x80) return !(isAsciiLetter(c) || (c >= 48 && c <= 57));
  BOUNDARY.lastIndex = i;
  return BOUNDARY.test(text);
}
