// Character tests by UTF-16 code unit, for scans that read a text in place: no string per character.

/** A–Z or a–z. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A code unit /\s/ matches: white space and line terminators, as JavaScript reads them. */
export function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * text.replace(/\s+/g, ' '), without the search and the copy when it changes nothing: no white space
 * but single spaces (most names and roles).
 */
export function withSingleSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceUnit(c) && (c !== 32 || (i + 1 < text.length && isSpaceUnit(text.charCodeAt(i + 1))))) return text.replace(RUNS_OF_SPACE, ' ');
  }
  return text;
}
const RUNS_OF_SPACE = /\s+/g;
