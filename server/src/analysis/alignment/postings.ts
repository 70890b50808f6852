// Name → numbers postings laid out in flat typed arrays of their exact size: the caller hands every
// (name, number) over twice, first to count them, then to place them, so building the corpus outline
// of 1,000 sources makes its final arrays and a Map of names, and no lists that grow (a Map of
// arrays and a Set per list made 78 MB of short-lived data, and growable typed arrays left ~6 MB of
// freed buffers in the process's heap; corpusOutline.ts).

/** Orders strings by their UTF-16 code units (as the outline file lists names). */
export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Numbers filed under names, handed over in two passes of the same sequence: `add` counts until
 * `place()` is called, then places. Names get ids in the order they first come; a name's numbers
 * may come in any order, with repeats, and under a name left and met again.
 */
export class Postings {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly counts: number[] = [];
  /** Once placing: where each name's numbers start and its next free slot, the numbers in the order of the sorted names. */
  private start = new Uint32Array(0);
  private cursor: Uint32Array | undefined;
  private values = new Uint32Array(0);
  private order: number[] = [];
  private lastName: string | undefined;
  private lastId = -1;
  private lastValue = -1;

  /** Files `value` under the name `key` spells from `from` on (a prefix left out); the name is cut only when first met. */
  add(key: string, value: number, from = 0): void {
    if (key !== this.lastName) {
      this.lastName = key;
      this.lastValue = -1;
      const known = this.ids.get(key);
      if (known !== undefined) this.lastId = known;
      else {
        if (this.cursor) throw new Error('postings: a name that was not counted');
        this.lastId = this.names.length;
        this.ids.set(key, this.lastId);
        this.names.push(from === 0 ? key : key.slice(from));
        this.counts.push(0);
      }
    } else if (value === this.lastValue) return; // a source's run under a key: once is enough
    this.lastValue = value;
    if (!this.cursor) { this.counts[this.lastId]++; return; }
    const at = this.cursor[this.lastId]++;
    if (at >= this.start[this.lastId] + this.counts[this.lastId]) throw new Error('postings: more numbers than were counted');
    this.values[at] = value;
  }

  /** Ends the counting pass: the numbers handed over next are placed. */
  place(): void {
    const n = this.names.length;
    this.order = Array.from({ length: n }, (_, i) => i).sort((a, b) => byCodeUnits(this.names[a], this.names[b]));
    this.start = new Uint32Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) { this.start[this.order[i]] = total; total += this.counts[this.order[i]]; }
    this.cursor = this.start.slice();
    this.values = new Uint32Array(total);
    this.lastName = undefined;
  }

  /** The names in code-unit order, and under each its numbers ascending and each once: values[starts[i] .. starts[i + 1]). */
  flatten(): { names: string[]; starts: Uint32Array; values: Uint32Array } {
    const n = this.names.length;
    const starts = new Uint32Array(n + 1);
    const values = this.values;
    let w = 0;
    let r = 0;
    for (let i = 0; i < n; i++) {
      const id = this.order[i];
      const from = r;
      const to = r + this.counts[id];
      if (this.cursor![id] !== to) throw new Error('postings: fewer numbers than were counted');
      r = to;
      let sorted = true;
      for (let j = from + 1; j < to && sorted; j++) sorted = values[j - 1] <= values[j];
      if (!sorted) values.subarray(from, to).sort();
      // Moved down over repeats dropped before; each number once.
      starts[i] = w;
      for (let j = from; j < to; j++) if (j === from || values[j] !== values[j - 1]) values[w++] = values[j];
    }
    starts[n] = w;
    return { names: this.order.map((id) => this.names[id]), starts, values: w === values.length ? values : values.slice(0, w) };
  }
}
