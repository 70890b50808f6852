// Name → numbers postings gathered into flat typed arrays: one pair of growable arrays instead of
// a Map of arrays (and a Set per name to drop repeats), so building the corpus outline of 1,000
// sources makes a few MB of short-lived data instead of tens of MB that outlive scavenges and grow
// the old generation (corpusOutline.ts).

/** A growable array of 32-bit unsigned numbers. */
export class U32List {
  private data: Uint32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Uint32Array(capacity);
  }

  push(x: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }

  get(i: number): number {
    return this.data[i];
  }
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Numbers filed under names. Names get ids in the order they first come; a name's numbers may come
 * in any order, with repeats, and under a name left and met again.
 */
export class Postings {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly owners = new U32List();
  private readonly values = new U32List();
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
        this.lastId = this.names.length;
        this.ids.set(key, this.lastId);
        this.names.push(from === 0 ? key : key.slice(from));
      }
    } else if (value === this.lastValue) return; // a source's run under a key: once is enough
    this.lastValue = value;
    this.owners.push(this.lastId);
    this.values.push(value);
  }

  /** The names in code-unit order, and under each its numbers ascending and each once: values[starts[i] .. starts[i + 1]). */
  flatten(): { names: string[]; starts: Uint32Array; values: Uint32Array } {
    const n = this.names.length;
    // Counting sort by name id, then each name's numbers sorted and repeats dropped in place.
    const at = new Uint32Array(n + 1);
    for (let i = 0; i < this.owners.length; i++) at[this.owners.get(i) + 1]++;
    for (let i = 0; i < n; i++) at[i + 1] += at[i];
    const grouped = new Uint32Array(this.values.length);
    const next = at.slice(0, n);
    for (let i = 0; i < this.owners.length; i++) grouped[next[this.owners.get(i)]++] = this.values.get(i);
    const kept = new Uint32Array(n);
    let total = 0;
    for (let id = 0; id < n; id++) {
      const from = at[id];
      const to = at[id + 1];
      let sorted = true;
      for (let r = from + 1; r < to && sorted; r++) sorted = grouped[r - 1] <= grouped[r];
      if (!sorted) grouped.subarray(from, to).sort();
      let w = from;
      for (let r = from; r < to; r++) if (r === from || grouped[r] !== grouped[w - 1]) grouped[w++] = grouped[r];
      kept[id] = w - from;
      total += w - from;
    }
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => byCodeUnits(this.names[a], this.names[b]));
    const names = order.map((id) => this.names[id]);
    const starts = new Uint32Array(n + 1);
    const values = new Uint32Array(total);
    let w = 0;
    for (let i = 0; i < n; i++) {
      starts[i] = w;
      const id = order[i];
      for (let r = at[id], end = at[id] + kept[id]; r < end; r++) values[w++] = grouped[r];
    }
    starts[n] = w;
    return { names, starts, values };
  }
}
