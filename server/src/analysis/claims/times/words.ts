// Bounded look-behind/look-ahead helpers over the plain text: every loop here stops after a few
// dozen characters, so callers stay linear however long the line is.

const SPACE = /[ \t\u00a0]/;
const LETTER = /\p{L}/u;

export interface Word {
  word: string;
  start: number;
  end: number;
}

/** The word just before `i`, across at most three spaces (no punctuation in between). */
export function prevWord(text: string, i: number): Word | null {
  let j = i;
  let spaces = 0;
  while (j > 0 && SPACE.test(text[j - 1]) && spaces < 3) { j--; spaces++; }
  if (spaces === 0) return null;
  const end = j;
  while (j > 0 && LETTER.test(text[j - 1]) && end - j < 24) j--;
  return j < end ? { word: text.slice(j, end), start: j, end } : null;
}

/** The word just after `i`, across exactly the spaces there (at most three; no punctuation). */
export function nextWord(text: string, i: number): Word | null {
  let j = i;
  let spaces = 0;
  while (j < text.length && SPACE.test(text[j]) && spaces < 3) { j++; spaces++; }
  if (spaces === 0) return null;
  const start = j;
  while (j < text.length && LETTER.test(text[j]) && j - start < 24) j++;
  return j > start ? { word: text.slice(start, j), start, end: j } : null;
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** True when `i` opens a sentence or line: only spaces, then an end mark or quote or nothing before. */
export function atSentenceStart(text: string, i: number): boolean {
  let j = i;
  let steps = 0;
  while (j > 0 && SPACE.test(text[j - 1]) && steps < 8) { j--; steps++; }
  if (j === 0) return true;
  return /[\n.!?:;"“‘'(\[—–-]/.test(text[j - 1]);
}

const BOUNDARY = /(?<![\p{L}\p{N}])/uy;

/** No letter or digit right before position `i`. */
export function boundaryBefore(text: string, i: number): boolean {
  BOUNDARY.lastIndex = i;
  return BOUNDARY.test(text);
}
