// Character tests by UTF-16 code unit, for scans that read a text in place: no string per character.

/** A–Z or a–z. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const LETTER = /\p{L}/u;
/** Non-ASCII code units read so far: 1 a letter, 2 not (the pattern is asked once per unit). */
const nonAsciiLetter = new Uint8Array(65536);

/** Whether the code unit `c` is a letter as /\p{L}/u reads it alone (a lone surrogate is none); NaN (past the end) is none. */
export function isLetterUnit(c: number): boolean {
  if (c < 128) return isAsciiLetter(c);
  if (!(c < 65536)) return false;
  let known = nonAsciiLetter[c];
  if (known === 0) nonAsciiLetter[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}
