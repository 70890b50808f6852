// "Is there nothing but white space, colons, bars and dashes here?", read in place: asked for every
// clock time (is it a live blog's entry stamp?), where two slices joined and a pattern cost more.

/** The characters of /[\s:|–—-]/ beyond ASCII: white space other than ASCII's, and the two dashes. */
const WIDE_SEPARATOR = /^[\s–—]$/;

/** Exactly /^[\s:|–—-]*$/.test(text.slice(start, end)). */
export function separatorsOnly(text: string, start: number, end: number): boolean {
  // The range slice() would take (negative offsets count from the end).
  const n = text.length;
  const from = start < 0 ? Math.max(n + start, 0) : Math.min(start, n);
  const to = end < 0 ? Math.max(n + end, 0) : Math.min(end, n);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // \t \n \v \f \r, space, ":", "|", "-"
    if ((c >= 9 && c <= 13) || c === 32 || c === 58 || c === 124 || c === 45) continue;
    if (c < 128 || !WIDE_SEPARATOR.test(text[i])) return false;
  }
  return true;
}
