// A claim's words (its context, the words right beside it, its own describing words) as a small
// immutable set. Every figure and time of every source keeps two or three of them, so they are kept
// as one array in first-seen order instead of a Set each (a third of the memory). Iteration order is
// the order a Set built from the same words would give, so sums over them come out the same.

/** Above this many words, membership is looked up in a Set built on first use. */
const SCAN = 24;

/**
 * What a lazy set reads its words with, when that is a small record (corpus.ts): every figure and
 * time of every source holds two or three lazy sets for the corpus's life, and a closure with its
 * context is twice the size of a record of what it reads.
 */
export interface LazyWords {
  read(): WordSet;
}

export class WordSet implements ReadonlySet<string> {
  static readonly EMPTY = new WordSet([]);
  private lookup: Set<string> | undefined;
  /** Works out the words of a set made by `lazy`, on first use; undefined once read (or for a set made with its words). */
  private pending: (() => WordSet) | LazyWords | undefined;

  /** Sum of the squared word weights under one vocabulary state (see Vocabulary.norm). */
  declare normStamp?: number;
  declare norm?: number;

  private constructor(private words: readonly string[]) {}

  /**
   * A set whose words `read` works out when first asked for: most claims of a source are never
   * compared with anything, so their words need not be read when the source is indexed. `read` must
   * depend on nothing that changes (the words are those of an immutable analysis), so the answer does
   * not depend on when, or whether, it is asked.
   */
  static lazy(read: (() => WordSet) | LazyWords): WordSet {
    const out = new WordSet(NO_WORDS);
    out.pending = read;
    return out;
  }

  /** The words, read first for a lazy set. */
  private get all(): readonly string[] {
    if (this.pending !== undefined) {
      const read = this.pending;
      this.pending = undefined;
      this.words = (typeof read === 'function' ? read() : read.read()).words;
    }
    return this.words;
  }

  /** The distinct words, in iteration order. */
  get list(): readonly string[] {
    return this.all;
  }

  /** The distinct words, in the order first met. */
  static of(words: Iterable<string>): WordSet {
    // A Set's words are distinct already, in the order first met: copied without a search each.
    const out: string[] = words instanceof Set ? Array.from(words as Set<string>) : [];
    if (!(words instanceof Set)) for (const w of words) if (!out.includes(w)) out.push(w);
    return out.length === 0 ? WordSet.EMPTY : new WordSet(out);
  }

  /** `words` are distinct already (DistinctWords): kept as they are, not copied. */
  static ofDistinct(words: string[]): WordSet {
    return words.length === 0 ? WordSet.EMPTY : new WordSet(words);
  }

  get size(): number {
    return this.all.length;
  }

  has(word: string): boolean {
    const words = this.all;
    if (words.length <= SCAN) return words.includes(word);
    this.lookup ??= new Set(words);
    return this.lookup.has(word);
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const w of this.all) callback.call(thisArg, w, w, this);
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.all[Symbol.iterator]();
  }

  values(): IterableIterator<string> {
    return this.all[Symbol.iterator]();
  }

  keys(): IterableIterator<string> {
    return this.all[Symbol.iterator]();
  }

  *entries(): IterableIterator<[string, string]> {
    for (const w of this.all) yield [w, w];
  }
}

const NO_WORDS: readonly string[] = [];

/** Up to this many words, a word already added is found by scanning the list (most claim contexts hold about ten). */
const DISTINCT_SCAN = 32;

/**
 * Collects distinct words in the order first met and hands them out as a WordSet, as
 * WordSet.of(a Set of the same adds) would, without making the Set: a source's every figure and
 * time builds two of these. Above DISTINCT_SCAN words it keeps a Set as well, so a long list stays
 * linear.
 */
export class DistinctWords {
  private readonly words: string[] = [];
  private seen: Set<string> | undefined;

  add(word: string): void {
    if (this.seen) {
      if (this.seen.has(word)) return;
      this.seen.add(word);
    } else {
      if (this.words.includes(word)) return;
      if (this.words.length === DISTINCT_SCAN) this.seen = new Set(this.words).add(word);
    }
    this.words.push(word);
  }

  /** The words as a WordSet (this builder is not to be used after). */
  toWordSet(): WordSet {
    // A copy of exactly their length: the list grown by push has up to half again as many slots,
    // and a source's claims keep their word sets for the corpus's life (+14 MB at 5,000 sources).
    return WordSet.ofDistinct(this.words.slice());
  }
}
