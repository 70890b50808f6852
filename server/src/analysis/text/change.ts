// How an article's text differs from its text before an edit, as the lengths of their common start
// and end: what a keystroke left unchanged is told without reading it (findings/sameKey.ts compares
// claims' keys by it, alignment/claimReuse.ts carries claims' words over by it).

/** How one text differs from the text before it: the lengths of their common start and end. */
export class TextChange {
  readonly prefix: number;
  readonly suffix: number;
  readonly delta: number;

  constructor(readonly now: string, readonly before: string) {
    const n = now.length;
    const m = before.length;
    let p = 0;
    const most = Math.min(n, m);
    while (p < most && now.charCodeAt(p) === before.charCodeAt(p)) p++;
    let s = 0;
    while (s < most - p && now.charCodeAt(n - 1 - s) === before.charCodeAt(m - 1 - s)) s++;
    this.prefix = p;
    this.suffix = s;
    this.delta = n - m;
  }

  /** Whether now[start, end) is the same text as before[start - shift, end - shift). */
  same(start: number, end: number, shift: number): boolean {
    const n = this.now.length;
    if (start < 0 || end > n || start > end || start - shift < 0 || end - shift > this.before.length) return false;
    if (shift === 0 && end <= this.prefix) return true;
    if (shift === this.delta && start >= n - this.suffix) return true;
    for (let i = start; i < end; i++) if (this.now.charCodeAt(i) !== this.before.charCodeAt(i - shift)) return false;
    return true;
  }
}
