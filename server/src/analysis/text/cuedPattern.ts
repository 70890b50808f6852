// A global pattern that opens with a choice of words is tried at every position of a text, which
// makes it one of the slower scans of an article. Every match of such a pattern holds a piece (a
// month's name, a year, "past nine") that a plain search finds fast, a bounded distance after the
// match's start. Here the pattern is tried only at the positions up to that distance before each
// place the piece is found: the matches are exactly those the global search gives.

export class CuedPattern {
  private readonly sticky: RegExp;
  private readonly cue: RegExp;

  /**
   * `full`: the pattern (its flags are kept; global or not). `cue`: a pattern that matches, with the
   * same flags, at a position at most `lead` code units after the start of every match of `full`
   * (and in the text it matches). Both are copied: their lastIndex is not touched.
   */
  constructor(readonly full: RegExp, cue: RegExp, private readonly lead: number) {
    const flags = full.flags.replace(/[gy]/g, '');
    this.sticky = new RegExp(full.source, flags + 'y');
    this.cue = new RegExp(cue.source, cue.flags.replace(/[gy]/g, '') + 'g');
  }

  /**
   * The match `full` finds searching from `from` (as `full.lastIndex = from; full.exec(text)` with
   * the global flag), or null. No match starts more than `lead` before the first cue at or after
   * `from`, so the positions before that are skipped; if none of the positions up to the cue
   * matches, the next match starts after it, and the search goes on from the next cue.
   */
  exec(text: string, from: number): RegExpExecArray | null {
    let low = from;
    const unicode = this.sticky.unicode;
    while (low <= text.length) {
      this.cue.lastIndex = low;
      const c = this.cue.exec(text);
      if (!c) return null;
      for (let s = Math.max(low, c.index - this.lead); s <= c.index; s++) {
        // A unicode search never starts between the halves of a surrogate pair.
        if (unicode && s > from && isTrail(text.charCodeAt(s)) && isLead(text.charCodeAt(s - 1))) continue;
        this.sticky.lastIndex = s;
        const m = this.sticky.exec(text);
        if (m) return m;
      }
      low = Math.max(c.index, low) + 1;
    }
    return null;
  }
}

const isLead = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isTrail = (c: number) => c >= 0xdc00 && c <= 0xdfff;
