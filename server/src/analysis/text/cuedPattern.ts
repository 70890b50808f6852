// A global pattern that opens with a choice of words is tried at every position of a text, which
// makes it one of the slower scans of an article. Every match of such a pattern holds a piece (a
// month's name, a year, "past nine") that a plain search finds fast, a bounded distance after the
// match's start. Here the pattern is tried only at the positions up to that distance before each
// place the piece is found: the matches are exactly those the global search gives.
//
// Several patterns may share one search for their pieces (CueList): one pass over the text finds
// every place any of their pieces starts, and each pattern is tried near those places. A list that
// holds every place a pattern's own cue matches, and more, gives the same matches (more tries).

export class CuedPattern {
  private readonly sticky: RegExp;
  private readonly cue: RegExp;

  /**
   * `full`: the pattern (its flags are kept; global or not). `cue`: a pattern that matches, with the
   * same flags, at a position at most `lead` code units after the start of every match of `full`
   * (and in the text it matches). Both are copied: their lastIndex is not touched. `starts`, when
   * given, holds at the start of every match (a digit there, a line starting there): other
   * positions are not tried.
   */
  constructor(readonly full: RegExp, cue: RegExp, private readonly lead: number, private readonly starts?: (text: string, at: number) => boolean) {
    const flags = full.flags.replace(/[gy]/g, '');
    this.sticky = new RegExp(full.source, flags + 'y');
    this.cue = new RegExp(cue.source, cue.flags.replace(/[gy]/g, '') + 'g');
  }

  /**
   * The match `full` finds searching from `from` (as `full.lastIndex = from; full.exec(text)` with
   * the global flag), or null. No match starts more than `lead` before the first cue at or after
   * `from`, so the positions before that are skipped; if none of the positions up to the cue
   * matches, the next match starts after it, and the search goes on from the next cue. `cues`, when
   * given, are the cue's places in `text`, ascending (a CueList's, whose cue finds at least
   * every place this pattern's does): they stand in for searching the cue.
   */
  exec(text: string, from: number, cues?: readonly number[]): RegExpExecArray | null {
    let low = from;
    const unicode = this.sticky.unicode;
    let k = cues ? firstAtOrAfter(cues, low) : 0;
    while (low <= text.length) {
      let at: number;
      if (cues) {
        while (k < cues.length && cues[k] < low) k++;
        if (k === cues.length) return null;
        at = cues[k];
      } else {
        this.cue.lastIndex = low;
        const c = this.cue.exec(text);
        if (!c) return null;
        at = c.index;
      }
      for (let s = Math.max(low, at - this.lead); s <= at; s++) {
        if (this.starts && !this.starts(text, s)) continue;
        // A unicode search never starts between the halves of a surrogate pair.
        if (unicode && s > from && isTrail(text.charCodeAt(s)) && isLead(text.charCodeAt(s - 1))) continue;
        this.sticky.lastIndex = s;
        const m = this.sticky.exec(text);
        if (m) return m;
      }
      low = Math.max(at, low) + 1;
    }
    return null;
  }
}

/**
 * Every place in a text where a cue shared by several CuedPatterns matches, each searched from one
 * past the last (so a cue inside another one's match is found too), for the text read last.
 */
export class CueList {
  private readonly cue: RegExp;
  private lastText: string | null = null;
  private last: number[] = [];

  constructor(cue: RegExp) {
    this.cue = new RegExp(cue.source, cue.flags.replace(/[gy]/g, '') + 'g');
  }

  places(text: string): readonly number[] {
    if (text === this.lastText) return this.last;
    const out: number[] = [];
    this.cue.lastIndex = 0;
    for (let m = this.cue.exec(text); m; m = this.cue.exec(text)) {
      out.push(m.index);
      this.cue.lastIndex = m.index + 1;
    }
    this.lastText = text;
    this.last = out;
    return out;
  }
}

/** Whether `at` lies in one of the ascending spans [start, end) of `spans`, which do not overlap. */
export function withinSpans(spans: ReadonlyArray<readonly [number, number]>, at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid];
    if (at < s) hi = mid - 1;
    else if (at >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The index of the first number in the ascending `list` at or after `at` (list.length if none). */
export function firstAtOrAfter(list: readonly number[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < at) lo = mid + 1; else hi = mid;
  }
  return lo;
}

const isLead = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isTrail = (c: number) => c >= 0xdc00 && c <= 0xdfff;
