// Character tests by UTF-16 code unit, for scans that read a text in place: no string per character.

/** A–Z or a–z. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
