// A check against part of the corpus that answers exactly as against the whole. A check meets the
// sources only through look-ups by key (a figure class, a quotation shingle, a surname, a word, a
// time key) and otherwise reads corpus-wide statistics. So given the whole corpus's statistics and,
// per key, which sources are filed under it (a stored snapshot), a corpus holding every source filed
// under every key the check looked up gives every look-up the same claims in the same order, and the
// check the same answer. Which keys a check looks up depends on what it found, so it runs again with
// the sources the last run's keys named until a run names no source that was not there. A source
// holds only the kinds of claims the look-ups naming it hand out (a source met only through a figure
// class has no times, quotations or statements made): a look-up's answer is the same either way.
import type { ArticleAnalysis } from '../types';
import { Corpus, EVERY_SOURCE, type ClaimKinds, type CorpusStats, type Lookup } from './corpus';

export interface CorpusOutline {
  readonly stats: CorpusStats;
  /** Places (in the corpus's order) of every source a look-up can hand out claims of (corpusOutline.ts). */
  sourcesUnder(lookup: Lookup): Iterable<number>;
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
 * `run`'s answer against a corpus of only the sources it can meet, or undefined when it would need
 * every source (a look-up of all of them), more than `limit` sources, a source `load` cannot give
 * (by its place in the corpus's order), or more than MAX_RUNS runs. `run` must be a function of the
 * corpus alone (a fresh checker each time).
 */
export function runOnPart<T>(outline: CorpusOutline, load: (place: number) => ArticleAnalysis | undefined, run: (corpus: Corpus) => T, limit: number): PartialRun<T> | undefined {
  /** The sources loaded, with the claims each look-up that names it needs. */
  const parts = new Map<number, { analysis: ArticleAnalysis; kinds: ClaimKinds }>();
  for (let runs = 1; runs <= MAX_RUNS; runs++) {
    const keys = new Set<string>();
    const others: Lookup[] = [];
    const corpus = new Corpus({ stats: outline.stats, lookups: (l) => { if (typeof l === 'string') keys.add(l); else others.push(l); } });
    // In the corpus's order: look-ups hand out claims in the order their sources came in.
    for (const place of [...parts.keys()].sort((a, b) => a - b)) { const p = parts.get(place)!; corpus.set(p.analysis, p.kinds); }
    const value = run(corpus);
    if (keys.has(EVERY_SOURCE)) return undefined;
    // Every source named, with what it is needed for, counted before any is loaded: a run that needs too many stops here.
    const wanted = new Map<number, ClaimKinds>();
    let grown = 0;
    for (const lookup of [...keys, ...others]) {
      const kind = kindOf(lookup);
      for (const place of outline.sourcesUnder(lookup)) {
        const known = parts.get(place);
        if (known) {
          if (!known.kinds[kind]) { known.kinds[kind] = true; grown++; }
          continue;
        }
        let kinds = wanted.get(place);
        if (!kinds) wanted.set(place, kinds = { figures: false, times: false, quotes: false, statements: false, text: false });
        kinds[kind] = true;
      }
    }
    if (wanted.size === 0 && grown === 0) return { value, sources: parts.size, runs };
    if (parts.size + wanted.size > limit) return undefined;
    for (const [place, kinds] of wanted) {
      const analysis = load(place);
      if (!analysis || analysis.role !== 'source') return undefined;
      parts.set(place, { analysis, kinds });
    }
  }
  return undefined;
}

/** Which claims of a source a look-up hands out (Lookup's key prefixes). */
function kindOf(lookup: Lookup): keyof ClaimKinds {
  if (typeof lookup !== 'string') return 'cls' in lookup ? 'figures' : 'times';
  switch (lookup.slice(0, 2)) {
    case 'f:': return 'figures';
    case 'q:': return 'quotes';
    case 's:': return 'statements';
    case 'w:': return 'text';
    default: return 'times'; // "c:", "d:", "u"
  }
}
