// An outline of a corpus: its statistics and, for everything a check looks sources up by, which
// sources are filed there (as places in the corpus's order). Kept in flat typed arrays, so a stored
// outline of 10,000 sources is read in one go and holds few objects. partialCorpus.ts uses it to
// build only the part of the corpus a check can meet.
import type { Corpus, CorpusStats, Lookup } from './corpus';
import { byCodeUnits, Postings } from './postings';
import { storyWords } from './story';

export interface OutlineData {
  stats: CorpusStats;
  /** Look-up keys in ascending order; the places under keys[i] are keyPlaces[keyStarts[i] .. keyStarts[i + 1]). */
  keys: string[];
  keyStarts: Uint32Array;
  keyPlaces: Uint32Array;
  /** Words beside clock times ("n:" keys, ascending); under each, its times as place·TIME_SLOTS + the time's index (capped). */
  words: string[];
  wordStarts: Uint32Array;
  wordTimes: Uint32Array;
  /** Figure classes, ascending; per class its narrow figures' lows (ascending) with their places, and places with a wide figure. */
  classes: string[];
  lowStarts: Uint32Array;
  lows: Float64Array;
  lowPlaces: Uint32Array;
  wideStarts: Uint32Array;
  widePlaces: Uint32Array;
  /**
   * Each source's story words (alignment/story.ts), so a check against part of the corpus need not
   * load another story's sources, which its look-ups never hand out: the words, ascending; the ids
   * (into storyWords) of place p's are storyIds[storyStarts[p] .. storyStarts[p + 1]).
   */
  storyWords: string[];
  storyStarts: Uint32Array;
  storyIds: Uint32Array;
}

/**
 * Times per source told apart when counting shared words; a source's later times share the last
 * slot, which can only make a source look like a candidate when it is not (never the reverse).
 */
export const TIME_SLOTS = 4096;

/** Up to this many sources (place < 2^32 / TIME_SLOTS). */
const MAX_OUTLINED_SOURCES = 2 ** 32 / TIME_SLOTS - 1;

/** The outline of `corpus` as it is now (undefined above MAX_OUTLINED_SOURCES sources). */
export function outlineOf(corpus: Corpus): OutlineData | undefined {
  if (corpus.size > MAX_OUTLINED_SOURCES) return undefined;
  // A value past what a double holds times 1000 ("$5,000,…,000" of 300 digits) is kept as Infinity,
  // which a stored outline's JSON cannot carry: read back without it, a draft stating such a number
  // would be flagged as unsourced. Such an outline would be refused when read anyway (outlineStore.ts).
  const stats = corpus.stats();
  if (!stats.values.every(Number.isFinite)) return undefined;
  const keys = new Postings();
  const words = new Postings();
  const figures = new Map<string, { narrow: [number, number][]; wide: number[] }>();
  const file = (key: string, place: number, time?: number) => {
    if (place < 0) return;
    if (time !== undefined) words.add(key, place * TIME_SLOTS + Math.min(time, TIME_SLOTS - 1), 2);
    else keys.add(key, place);
  };
  // Twice: counted, then placed into arrays of their final size (see postings.ts).
  corpus.filed(file, () => undefined);
  keys.place();
  words.place();
  corpus.filed(file, (cls, place, low) => {
    if (place < 0) return;
    let f = figures.get(cls);
    if (!f) figures.set(cls, f = { narrow: [], wide: [] });
    if (low === null) f.wide.push(place); else f.narrow.push([low, place]);
  });
  // Places ascending and each once (a source's runs under one key can be split by a removal).
  for (const f of figures.values()) f.wide = [...new Set(f.wide)];
  const k = keys.flatten();
  const w = words.flatten();
  const classes = [...figures.keys()].sort(byCodeUnits);
  const lowStarts = new Uint32Array(classes.length + 1);
  const wideStarts = new Uint32Array(classes.length + 1);
  let lowCount = 0;
  let wideCount = 0;
  classes.forEach((c, i) => {
    lowStarts[i] = lowCount; wideStarts[i] = wideCount;
    lowCount += figures.get(c)!.narrow.length; wideCount += figures.get(c)!.wide.length;
  });
  lowStarts[classes.length] = lowCount;
  wideStarts[classes.length] = wideCount;
  const lows = new Float64Array(lowCount);
  const lowPlaces = new Uint32Array(lowCount);
  const widePlaces = new Uint32Array(wideCount);
  classes.forEach((c, i) => {
    const f = figures.get(c)!;
    f.narrow.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    f.narrow.forEach(([low, place], j) => { lows[lowStarts[i] + j] = low; lowPlaces[lowStarts[i] + j] = place; });
    widePlaces.set(f.wide.sort((a, b) => a - b), wideStarts[i]);
  });
  return {
    stats, keys: k.names, keyStarts: k.starts, keyPlaces: k.values, words: w.names, wordStarts: w.starts, wordTimes: w.values,
    classes, lowStarts, lows, lowPlaces, wideStarts, widePlaces, ...storiesOf(corpus),
  };
}

/** The sources' story words, place by place (in the corpus's order, as `filed` numbers them). */
function storiesOf(corpus: Corpus): Pick<OutlineData, 'storyWords' | 'storyStarts' | 'storyIds'> {
  const bySource: (readonly string[])[] = [];
  const all = new Set<string>();
  for (const c of corpus.all()) {
    const words = [...storyWords(c.article)];
    bySource.push(words);
    for (const w of words) all.add(w);
  }
  const storyWordList = [...all].sort(byCodeUnits);
  const id = new Map(storyWordList.map((w, i) => [w, i]));
  const storyStarts = new Uint32Array(bySource.length + 1);
  let total = 0;
  bySource.forEach((words, p) => { storyStarts[p] = total; total += words.length; });
  storyStarts[bySource.length] = total;
  const storyIds = new Uint32Array(total);
  bySource.forEach((words, p) => words.forEach((w, j) => { storyIds[storyStarts[p] + j] = id.get(w)!; }));
  return { storyWords: storyWordList, storyStarts, storyIds };
}

function find(sorted: readonly string[], name: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = sorted[mid];
    if (x === name) return mid;
    if (x < name) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

/** The sources an outline files under a look-up (partialCorpus.ts's CorpusOutline). */
export class StoredOutline {
  constructor(readonly data: OutlineData) {}

  get stats(): CorpusStats {
    return this.data.stats;
  }

  /** The story words of the source at `place` (alignment/story.ts). */
  storyWordsAt(place: number): ReadonlySet<string> {
    const d = this.data;
    const out = new Set<string>();
    for (let i = d.storyStarts[place]; i < d.storyStarts[place + 1]; i++) out.add(d.storyWords[d.storyIds[i]]);
    return out;
  }

  /** Places of every source a look-up can hand out claims of (a superset where time slots are shared). */
  sourcesUnder(lookup: Lookup): Iterable<number> {
    const d = this.data;
    if (typeof lookup === 'string') {
      const i = find(d.keys, lookup);
      return i < 0 ? [] : d.keyPlaces.subarray(d.keyStarts[i], d.keyStarts[i + 1]);
    }
    if ('cls' in lookup) {
      const i = find(d.classes, lookup.cls);
      if (i < 0) return [];
      // As FigureIndex.candidates: narrow figures whose low lies in [from, to], and every wide one.
      const out = new Set<number>(d.widePlaces.subarray(d.wideStarts[i], d.wideStarts[i + 1]));
      let lo = d.lowStarts[i];
      let hi = d.lowStarts[i + 1];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (d.lows[mid] < lookup.from) lo = mid + 1; else hi = mid;
      }
      for (let j = lo; j < d.lowStarts[i + 1] && d.lows[j] <= lookup.to; j++) out.add(d.lowPlaces[j]);
      return out;
    }
    // As TimeIndex.clockCandidates: times that share two of the words.
    const seen = new Set<number>();
    const out = new Set<number>();
    for (const w of lookup.words) {
      const i = find(d.words, w);
      if (i < 0) continue;
      for (let j = d.wordStarts[i]; j < d.wordStarts[i + 1]; j++) {
        const id = d.wordTimes[j];
        if (seen.has(id)) out.add(Math.floor(id / TIME_SLOTS)); else seen.add(id);
      }
    }
    return out;
  }
}
