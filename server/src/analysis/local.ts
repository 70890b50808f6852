// Paragraph-local results, remembered while an article is being edited. A stage wraps a computation
// that reads nothing but the text of one span (a paragraph or a sentence) in `local()`. Outside an
// incremental analysis `local()` just computes. Inside one (see incremental.ts), a span whose text
// was seen in the article's previous analysis gets that result moved to its new place instead, so a
// keystroke re-reads the paragraph it touched and copies the rest.
//
// Moving follows the vocabulary's conventions: numeric `start`, `end` and `after` fields are UTF-16
// offsets, `sentence` is an index into the article's sentences, `paragraph` into its paragraphs.
// A local result must hold nothing else that depends on where the span sits in the article.

import { ownCopy, ownStrings } from './ownCopy';

/** Where a span sits in its article. */
export interface Place {
  offset: number;
  sentence: number;
  paragraph: number;
}

interface Remembered {
  /** What the result reads beyond the span (local()'s `extra`), and the span's text: apart, since joined they are copied to be compared. */
  extra: string;
  key: string;
  place: Place;
  value: unknown;
  /** The analysis (StageResults.generation) that last handed out `value` itself: a second span then gets a copy. */
  taken: number;
}

export interface Shift {
  offset: number;
  sentence: number;
  paragraph: number;
}

/**
 * Moves a result of one stage as moved() would, written for that stage's one shape (moved() walks
 * every key of every object, and sees so many shapes that V8 cannot make it fast).
 */
export type Mover<T> = (value: T, shift: Shift) => T;

/**
 * Moves a result where it is, as its Mover would move a copy. Only for a stage whose results no one
 * keeps from one analysis to the next (not in the article, nor in anything made from it): a
 * keystroke then no longer copies every later sentence's result to shift it.
 */
export type InPlaceMover<T> = (value: T, shift: Shift) => void;

/** A deep copy of plain data, offsets and indexes moved by `shift`. */
export function moved<T>(value: T, shift: Shift): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const n = value.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = moved(value[i], shift);
    return out as T;
  }
  const from = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in from) {
    const v = from[k];
    if (typeof v === 'number') {
      out[k] = k === 'start' || k === 'end' || k === 'after' ? v + shift.offset
        : k === 'sentence' ? v + shift.sentence
        : k === 'paragraph' ? v + shift.paragraph
        : v;
    } else {
      out[k] = v !== null && typeof v === 'object' ? moved(v, shift) : v;
    }
  }
  return out as T;
}

const NO_SHIFT: Shift = { offset: 0, sentence: 0, paragraph: 0 };

export interface MemoStats {
  hits: number;
  misses: number;
  /** Hits found at or just after the last one found, without a search. */
  near: number;
}

/**
 * Stages whose results later stages only read: handed out without a copy when they have not moved.
 * (Figures are refined later — a bare count inherits its noun — so they are always copied.)
 */
const READ_ONLY_STAGES = new Set(['sentences', 'tokens', 'people-words', 'people-candidates', 'people-mentions']);

/**
 * Stages asked for one span by more than one reader in an analysis (people, quotes and the check's
 * statements each ask for a sentence's tokens): the second gets the first's result by offset.
 * Another stage's span is asked for once, so a map of what was handed out would only be written.
 */
const SHARED_STAGES = new Set(['tokens']);

/**
 * How the text of the last analysis and the running one's differ: the code units they share at the
 * start and at the end (not overlapping). A span inside either shared stretch, asked for where its
 * remembered key sat last time (moved by the edit's length at the end), has the key's text without
 * comparing it.
 */
class TextCut {
  before: string | null = null;
  now: string | null = null;
  prefix = 0;
  suffix = 0;

  measure(before: string, now: string): void {
    this.before = before;
    this.now = now;
    const most = Math.min(before.length, now.length);
    let p = 0;
    while (p < most && before.charCodeAt(p) === now.charCodeAt(p)) p++;
    let q = 0;
    const b = before.length - 1;
    const n = now.length - 1;
    while (q < most - p && before.charCodeAt(b - q) === now.charCodeAt(n - q)) q++;
    this.prefix = p;
    this.suffix = q;
  }
}

/**
 * One stage's results: those of the last analysis and of the running one, each in the order they
 * were asked for. An edit leaves the spans in the same order, so the span asked for next is nearly
 * always the one after the last found: it is found by comparing one key, not by hashing every span
 * text into a map (which cost most of a lookup).
 */
class StageResults {
  previous: Remembered[] = [];
  current: Remembered[] = [];
  /** Where each result's key stood, and in which text (that analysis's plain text): beside `previous` and `current`. */
  previousAt: number[] = [];
  currentAt: number[] = [];
  previousIn: string[] = [];
  currentIn: string[] = [];
  /** Where in `previous` the next span asked for is looked for first. */
  cursor = 0;
  /** Counts analyses, for Remembered.taken. */
  generation = 0;
  /** Results handed out in this analysis, by offset: a second asker gets the same one (SHARED_STAGES only). */
  handed: Map<number, { extra: string; key: string; value: unknown }> | undefined;
  /** Entries of `previous` compared by scanning in this analysis, and the map that replaces the scan past the budget. */
  private scanned = 0;
  private byKey: Map<string, number> | undefined;

  begin(): void {
    this.previous = this.current;
    this.current = [];
    this.previousAt = this.currentAt;
    this.currentAt = [];
    this.previousIn = this.currentIn;
    this.currentIn = [];
    this.cursor = 0;
    this.generation++;
    if (this.handed) this.handed = new Map();
    this.scanned = 0;
    this.byKey = undefined;
  }

  /** The analysis is over: the last one's texts are let go (a keystroke's text is not kept one keystroke longer). */
  end(): void {
    this.previousAt = [];
    this.previousIn = [];
  }

  /** Pushes a result of the running analysis, found or made for `plain[start, …)`. */
  keep(r: Remembered, plain: string, start: number): void {
    this.current.push(r);
    this.currentAt.push(start);
    this.currentIn.push(plain);
  }

  /**
   * Whether the key of `previous[i]` is surely `plain[start, end)` (its length already equal) by
   * where it stood, without comparing the text: false when unsure.
   */
  private unmoved(i: number, plain: string, start: number, end: number, cut: TextCut): boolean {
    const from = this.previousIn[i];
    if (from === undefined) return false; // the analysis is over (LocalMemo.end): later asks compare
    const was = this.previousAt[i];
    if (from === plain) return was === start;
    if (cut.before !== from || cut.now !== plain) cut.measure(from, plain);
    if (end <= cut.prefix) return was === start;
    if (start >= plain.length - cut.suffix) return was === start - (plain.length - from.length);
    return false;
  }

  /** A result of the last analysis for the key `plain[start, end)`, if it had one (the key is compared in place, not sliced). */
  find(extra: string, plain: string, start: number, end: number, stats: MemoStats, cut: TextCut): Remembered | undefined {
    const previous = this.previous;
    const n = previous.length;
    const length = end - start;
    // The usual case: the span after the one last found, or a few further on (spans an edit merged).
    // Outside the edit, the span stands where the key stood (moved by the edit's length after it):
    // its text is then the key's, and is not compared.
    for (let i = this.cursor, last = Math.min(n, this.cursor + 4); i < last; i++) {
      const r = previous[i];
      if (r.key.length === length && r.extra === extra && (this.unmoved(i, plain, start, end, cut) || plain.startsWith(r.key, start))) {
        this.cursor = i + 1;
        stats.near++;
        return r;
      }
    }
    // Elsewhere (a paragraph moved, or a span the edit made): by length first, so a keystroke's few
    // new spans cost a pass of integer compares. A long article edited all over (a paste) would make
    // that quadratic, so past a budget the keys are put in a map once.
    let at = -1;
    if (this.byKey) at = this.byKey.get(extra + plain.slice(start, end)) ?? -1;
    else if (this.scanned + n > SCAN_BUDGET) {
      this.byKey = new Map();
      for (let i = n - 1; i >= 0; i--) this.byKey.set(previous[i].extra + previous[i].key, i);
      at = this.byKey.get(extra + plain.slice(start, end)) ?? -1;
    } else {
      this.scanned += n;
      for (let i = 0; i < n; i++) {
        const r = previous[i];
        if (r.key.length === length && r.extra === extra && plain.startsWith(r.key, start)) {
          at = i;
          break;
        }
      }
    }
    // (The map's joined keys are checked apart: a stage's extras end in a mark, but nothing here relies on it.)
    if (at < 0 || previous[at].key.length !== length || previous[at].extra !== extra || !plain.startsWith(previous[at].key, start)) return undefined;
    this.cursor = at + 1;
    return previous[at];
  }
}

/** Entries of the last analysis one stage may compare keys with by scanning, per analysis. */
const SCAN_BUDGET = 200_000;

/** The local results of one article: those of its last analysis, and those of the running one. */
export class LocalMemo {
  private readonly stages = new Map<string, StageResults>();
  /** Ids of article-wide values (see localId): those of the last analysis and of the running one. */
  private previousIds = new Map<string, number>();
  private currentIds = new Map<string, number>();
  private nextId = 0;
  private readonly shift: Shift = { offset: 0, sentence: 0, paragraph: 0 };
  private readonly cut = new TextCut();
  readonly stats: MemoStats = { hits: 0, misses: 0, near: 0 };

  /** Starts an analysis: results the last one used stay available, older ones are dropped. */
  begin(): void {
    for (const stage of this.stages.values()) stage.begin();
    this.previousIds = this.currentIds;
    this.currentIds = new Map();
    this.stats.hits = 0;
    this.stats.misses = 0;
    this.stats.near = 0;
  }

  /** Ends an analysis (begin()'s results stay, for later asks of the same article, as its check's). */
  end(): void {
    for (const stage of this.stages.values()) stage.end();
    this.cut.before = null;
    this.cut.now = null;
  }

  /** The id of `value`: equal values get one id in this analysis and the last; ids are never reused. */
  idOf(value: string): number {
    let id = this.currentIds.get(value) ?? this.previousIds.get(value);
    if (id === undefined) id = this.nextId++;
    this.currentIds.set(value, id);
    return id;
  }

  /**
   * The span's place comes as numbers: a Place object is made only for a result kept (a miss). The
   * key is `plain[offset, end)`, sliced only for a result kept. `compute(arg)` computes a miss.
   */
  lookup<T, A>(stage: string, extra: string, plain: string, offset: number, end: number, sentence: number, paragraph: number, compute: (arg: A) => T, arg: A, move: Mover<T> = moved, moveInPlace?: InPlaceMover<T>): T {
    let results = this.stages.get(stage);
    if (!results) {
      this.stages.set(stage, results = new StageResults());
      if (SHARED_STAGES.has(stage)) results.handed = new Map();
    }
    const handed = results.handed;
    const again = handed?.get(offset);
    if (again && again.key.length === end - offset && again.extra === extra && plain.startsWith(again.key, offset)) return again.value as T;
    const seen = results.find(extra, plain, offset, end, this.stats, this.cut);
    const readOnly = READ_ONLY_STAGES.has(stage);
    let value: T;
    let key: string;
    if (seen) {
      key = seen.key;
      results.keep(seen, plain, offset);
      this.stats.hits++;
      const was = seen.place;
      // Handed out itself once per analysis at most: a second span of the same text gets a copy.
      const free = readOnly && seen.taken !== results.generation;
      if (offset === was.offset && sentence === was.sentence && paragraph === was.paragraph) {
        value = readOnly ? seen.value as T : move(seen.value as T, NO_SHIFT);
        if (readOnly) seen.taken = results.generation;
      } else {
        // One Shift per memo, rewritten: movers read it and keep nothing of it.
        const shift = this.shift;
        shift.offset = offset - was.offset;
        shift.sentence = sentence - was.sentence;
        shift.paragraph = paragraph - was.paragraph;
        if (free && moveInPlace) {
          moveInPlace(seen.value as T, shift);
          was.offset = offset;
          was.sentence = sentence;
          was.paragraph = paragraph;
          seen.taken = results.generation;
          value = seen.value as T;
        } else {
          value = move(seen.value as T, shift);
        }
      }
    } else {
      this.stats.misses++;
      // A copy, not a slice: kept while the span is unchanged, a slice would keep this version's whole text.
      key = ownCopy(plain.slice(offset, end));
      value = compute(arg);
      // Kept as a copy unless read-only: later stages may refine the objects they are handed. Its
      // strings are made its own: every later copy shares them, and a slice would keep this text.
      const kept = readOnly ? value : move(value, NO_SHIFT);
      ownStrings(kept);
      results.keep({ extra, key, place: { offset, sentence, paragraph }, value: kept, taken: results.generation }, plain, offset);
    }
    if (handed) handed.set(offset, { extra, key, value });
    return value;
  }
}

let active: LocalMemo | null = null;

/** Runs `fn` (one analysis) with `memo` answering the local() lookups. */
export function withMemo<T>(memo: LocalMemo, fn: () => T): T {
  const outer = active;
  active = memo;
  try {
    return fn();
  } finally {
    active = outer;
  }
}

/**
 * The result of `compute`, which must read nothing of the article but `plain[span]` (and what
 * `extra` spells out), and depend on where the span sits only through offsets and indexes. `move`,
 * when given, must move a result exactly as moved() does.
 */
export function local<T>(stage: string, plain: string, span: { start: number; end: number }, at: { sentence: number; paragraph: number }, compute: () => T, extra = '', move?: Mover<T>, moveInPlace?: InPlaceMover<T>): T {
  if (!active) return compute();
  return active.lookup(stage, extra, plain, span.start, span.end, at.sentence, at.paragraph, compute, undefined, move, moveInPlace);
}

/**
 * local() for a caller asking for many spans in a row: the span and place as numbers and the
 * computation as one function of `arg` (made once, not a closure per span), so a span remembered
 * costs no allocation at all.
 */
export function localAt<T, A>(stage: string, plain: string, start: number, end: number, sentence: number, paragraph: number, compute: (arg: A) => T, arg: A, extra = '', move?: Mover<T>, moveInPlace?: InPlaceMover<T>): T {
  if (!active) return compute(arg);
  return active.lookup(stage, extra, plain, start, end, sentence, paragraph, compute, arg, move, moveInPlace);
}

/** Whether local() results are being remembered (an article open for editing is being analysed). */
export function remembering(): boolean {
  return active !== null;
}

/**
 * A short stand-in for an article-wide value a local result also depends on (a set of words the
 * whole article gives), for local()'s `extra`: equal values give equal ids while the article is
 * edited, different values different ids. Outside an incremental analysis nothing is remembered,
 * and `value` is not even worked out.
 */
export function localId(value: () => string): string {
  return active ? `${active.idOf(value())}\u0000` : '';
}
