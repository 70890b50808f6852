// A quick "certainly not" before a look-up in a set of words: a Set's look-up of a string costs about
// two hundred machine instructions, and a scan that asks for every word of a text (is it a figure's
// opening word?) mostly asks for words that are not there. The first and last code units and the
// length of each of the set's words are noted in two small tables; a word whose first unit and
// length, or last unit and length, no member has is not in the set, and the set is not asked.

/** Lengths are told apart up to this; longer words share the last bucket. */
const LENGTHS = 32;

export class WordShapes {
  private readonly firsts = new Uint8Array(128 * LENGTHS);
  private readonly lasts = new Uint8Array(128 * LENGTHS);
  /** A member begins or ends outside ASCII: words so shaped are always looked up. */
  private readonly wide: boolean;

  constructor(words: Iterable<string>) {
    let wide = false;
    for (const w of words) {
      if (w.length === 0) { wide = true; continue; }
      const n = Math.min(w.length, LENGTHS - 1);
      const a = w.charCodeAt(0);
      const z = w.charCodeAt(w.length - 1);
      if (a >= 128 || z >= 128) { wide = true; continue; }
      this.firsts[a * LENGTHS + n] = 1;
      this.lasts[z * LENGTHS + n] = 1;
    }
    this.wide = wide;
  }

  /** False only when `word` is in none of the words the tables were made from. */
  mayHave(word: string): boolean {
    const len = word.length;
    if (len === 0) return true;
    const a = word.charCodeAt(0);
    const z = word.charCodeAt(len - 1);
    if (a >= 128 || z >= 128) return this.wide;
    const n = len < LENGTHS - 1 ? len : LENGTHS - 1;
    return this.firsts[a * LENGTHS + n] === 1 && this.lasts[z * LENGTHS + n] === 1;
  }
}
