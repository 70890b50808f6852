// A check against part of the corpus that answers exactly as against the whole. A check meets the
// sources only through look-ups by key (a figure class, a quotation shingle, a surname, a word, a
// time key) and otherwise reads corpus-wide statistics. So given the whole corpus's statistics and,
// per key, which sources are filed under it (a stored snapshot), a corpus holding every source filed
// under every key the check looked up gives every look-up the same claims in the same order, and the
// check the same answer. Which keys a check looks up depends on what it found, so it runs again with
// the sources the last run's keys named until a run names no source that was not there. A source
// holds only the kinds of claims the look-ups naming it hand out (a source met only through a figure
// class has no times, quotations or statements made): a look-up's answer is the same either way.
// A check's look-ups hand out only sources of its article's story (alignment/story.ts); given each
// source's story words (the outline keeps them), another story's sources are not loaded at all.
import type { ArticleAnalysis } from '../types';
import { Corpus, EVERY_SOURCE, type ClaimKinds, type CorpusStats, type Lookup } from './corpus';
import { leavesOutStrangers, sameStoryWords, storyWords } from './story';

export interface CorpusOutline {
  readonly stats: CorpusStats;
  /** Places (in the corpus's order) of every source a look-up can hand out claims of (corpusOutline.ts). */
  sourcesUnder(lookup: Lookup): Iterable<number>;
  /** The story words of the source at a place (alignment/story.ts), where the outline keeps them. */
  storyWordsAt?(place: number): ReadonlySet<string>;
}

/**
 * The places of the sources that a check of `article` never meets, another story's (as its story gate
 * judges them, alignment/story.ts: by story words, a source at the article's own path never a
 * stranger), for runOnPart; undefined when the outline keeps no story words.
 */
export function strangersTo(article: ArticleAnalysis, outline: CorpusOutline, pathOf: (place: number) => string | undefined): ((place: number) => boolean) | undefined {
  const wordsAt = outline.storyWordsAt?.bind(outline);
  if (!wordsAt) return undefined;
  const words = storyWords(article);
  const verdicts = new Map<number, boolean>();
  return (place) => {
    let stranger = verdicts.get(place);
    if (stranger === undefined) verdicts.set(place, stranger = pathOf(place) !== article.path && !sameStoryWords(words, wordsAt(place)));
    return stranger;
  };
}

export interface PartialRun<T> {
  value: T;
  /** Sources the last run's corpus held. */
  sources: number;
  /** Runs made (the last one named no new source). */
  runs: number;
}

/** Runs at most this many times; a check that keeps finding new keys falls back to the whole corpus. */
const MAX_RUNS = 6;

/**
 * The sources a part holds (by place in the corpus's order, each with the kinds of claims held) and
 * its corpus, kept from one check to the next: a part holding more sources, or more kinds, than a
 * check names answers the same (a look-up hands out only sources filed under its key, and it still
 * gets all of those), so checks of the same draft after small edits mostly need no new source and
 * no new corpus.
 */
export class Part {
  readonly held = new Map<number, { analysis: ArticleAnalysis; kinds: ClaimKinds }>();
  /** Built from `held`; undefined once `held` grew. */
  private corpus: Corpus | undefined;
  /** Where the corpus reports look-ups (the run under way's). */
  private sink: (lookup: Lookup) => void = () => undefined;

  get size(): number {
    return this.held.size;
  }

  /** The corpus of the sources held, reporting each look-up to `sink`. */
  corpusFor(stats: CorpusStats, sink: (lookup: Lookup) => void): Corpus {
    this.sink = sink;
    if (!this.corpus) {
      const corpus = new Corpus({ stats, lookups: (l) => this.sink(l) });
      // In the corpus's order: look-ups hand out claims in the order their sources came in.
      for (const place of [...this.held.keys()].sort((a, b) => a - b)) { const p = this.held.get(place)!; corpus.set(p.analysis, p.kinds); }
      this.corpus = corpus;
    }
    return this.corpus;
  }

  /** Adds sources, and what more look-ups need of sources held; the corpus is built again when next wanted. */
  grow(sources: ReadonlyMap<number, { analysis: ArticleAnalysis; kinds: ClaimKinds }>, more: readonly [number, Lookup][]): void {
    for (const [place, p] of sources) this.held.set(place, p);
    for (const [place, lookup] of more) addKind(this.held.get(place)!.kinds, lookup);
    this.corpus = undefined;
  }
}

/**
 * `run`'s answer against a corpus of only the sources it can meet (with `strangers`, leaving out
 * the sources it says are of another story than the article `run` checks: see strangersTo), or undefined when it would need
 * every source (a look-up of all of them), more than `limit` sources, a source `load` cannot give
 * (by its place in the corpus's order), or more than MAX_RUNS runs. `run` must be a function of the
 * corpus alone (a fresh checker each time). `part`: the sources an earlier check of the same
 * corpus held, to start from (and grow).
 */
export function runOnPart<T>(
  outline: CorpusOutline, load: (place: number) => ArticleAnalysis | undefined, run: (corpus: Corpus) => T, limit: number, part = new Part(),
  strangers?: (place: number) => boolean,
): PartialRun<T> | undefined {
  for (let runs = 1; runs <= MAX_RUNS; runs++) {
    const keys = new Set<string>();
    const others: Lookup[] = [];
    const corpus = part.corpusFor(outline.stats, (l) => { if (typeof l === 'string') keys.add(l); else others.push(l); });
    // Its story gates then know that sources they never met may be missing (alignment/story.ts).
    if (strangers) leavesOutStrangers(corpus);
    const value = run(corpus);
    if (keys.has(EVERY_SOURCE)) return undefined;
    // Every source named, with what it is needed for, counted before any is loaded: a run that needs too many stops here.
    const wanted = new Map<number, ClaimKinds>();
    const grown: [number, Lookup][] = [];
    for (const lookup of [...keys, ...others]) {
      for (const place of outline.sourcesUnder(lookup)) {
        if (strangers?.(place)) continue;
        const known = part.held.get(place);
        if (known) {
          if (!holdsKind(known.kinds, lookup)) grown.push([place, lookup]);
          continue;
        }
        let kinds = wanted.get(place);
        if (!kinds) wanted.set(place, kinds = { figures: false, times: false, quotes: false, statements: false, text: false });
        addKind(kinds, lookup);
      }
    }
    if (wanted.size === 0 && grown.length === 0) return { value, sources: part.size, runs };
    if (part.size + wanted.size > limit) return undefined;
    const loaded = new Map<number, { analysis: ArticleAnalysis; kinds: ClaimKinds }>();
    for (const [place, kinds] of wanted) {
      const analysis = load(place);
      if (!analysis || analysis.role !== 'source') return undefined;
      loaded.set(place, { analysis, kinds });
    }
    part.grow(loaded, grown);
  }
  return undefined;
}

/** The figure class a look-up by class names. */
function classOf(lookup: Lookup): string | undefined {
  if (typeof lookup === 'string') return lookup.startsWith('f:') ? lookup.slice(2) : undefined;
  return 'cls' in lookup ? lookup.cls : undefined;
}

/** Whether a source held with `kinds` hands out to `lookup` all it would whole. */
function holdsKind(kinds: ClaimKinds, lookup: Lookup): boolean {
  const kind = kindOf(lookup);
  if (!kinds[kind]) return false;
  const cls = classOf(lookup);
  return kinds.times || !kinds.classes || cls === undefined || kinds.classes.has(cls);
}

/** Makes `kinds` hold what `lookup` hands out (a look-up by class: that class's figures, unless every figure is held). */
function addKind(kinds: ClaimKinds, lookup: Lookup): void {
  const kind = kindOf(lookup);
  const cls = classOf(lookup);
  if (kind === 'figures' && cls !== undefined) {
    if (!kinds.figures) kinds.classes = new Set([cls]);
    else kinds.classes?.add(cls);
  }
  kinds[kind] = true;
}

/** Which claims of a source a look-up hands out (Lookup's key prefixes). */
function kindOf(lookup: Lookup): Exclude<keyof ClaimKinds, 'classes'> {
  if (typeof lookup !== 'string') return 'cls' in lookup ? 'figures' : 'times';
  switch (lookup.slice(0, 2)) {
    case 'f:': return 'figures';
    case 'q:': return 'quotes';
    case 's:': return 'statements';
    case 'w:': return 'text';
    default: return 'times'; // "c:", "d:", "u", "y:", "k"
  }
}
