// The number cue: whether a sentence holds a numeral or one of the words a figure can open with.
// A scan of the sentence's code units through a trie of the words, with no string made: most
// sentences are turned away or let through before their end.
import { isAsciiLetter } from '../../text/codes';

/** Trie over a–z: row n holds 26 children (0: none), and `ends[n]` is 1 where a word ends. */
export class CueWords {
  private readonly next: Int32Array;
  private readonly ends: Uint8Array;

  /** `words`: lower-case ASCII letters only. */
  constructor(words: readonly string[]) {
    let size = 1;
    for (const w of words) size += w.length;
    this.next = new Int32Array(size * 26);
    this.ends = new Uint8Array(size);
    let used = 1;
    for (const w of words) {
      let node = 0;
      for (let i = 0; i < w.length; i++) {
        const slot = node * 26 + (w.charCodeAt(i) - 97);
        if (this.next[slot] === 0) this.next[slot] = used++;
        node = this.next[slot];
      }
      this.ends[node] = 1;
    }
  }

  /**
   * True when plain[start, end) holds a digit, or one of the words in any case as a run with no
   * ASCII letter right before or after it (the edges of the range count as no letter). The Kelvin
   * sign reads as "k" inside a word but, not being an ASCII letter, bounds none.
   */
  cued(plain: string, start: number, end: number): boolean {
    let prevLetter = false;
    for (let p = start; p < end; p++) {
      const c = plain.charCodeAt(p);
      if (c >= 48 && c <= 57) return true;
      const letter = isAsciiLetter(c);
      if (!prevLetter && this.wordAt(plain, p, end)) return true;
      prevLetter = letter;
    }
    return false;
  }

  /** Whether a word of the trie starts at p and ends before a non-letter (or the range's end). */
  private wordAt(plain: string, p: number, end: number): boolean {
    let node = 0;
    for (let q = p; q < end; q++) {
      const letter = fold(plain.charCodeAt(q));
      if (letter < 0) return false;
      node = this.next[node * 26 + letter];
      if (node === 0) return false;
      if (this.ends[node] === 1 && (q + 1 === end || !isAsciiLetter(plain.charCodeAt(q + 1)))) return true;
    }
    return false;
  }
}

/** a–z (either case) as 0–25, the Kelvin sign as "k"; -1 for anything else. */
function fold(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  return c === 0x212a ? 10 : -1;
}
