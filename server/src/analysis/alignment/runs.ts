// Claims by key, one run per article, for the corpus's claim indexes (corpus.ts ClaimIndex, timeIndex.ts).

/**
 * One article's claims under one key: the claim itself when it is alone (most runs), else their list.
 * The runs live as long as the corpus, and a list and a path object for each lone claim were more for
 * the collector to copy and mark.
 */
export type Run<V> = V | V[];

/** A claim of some article, as the corpus holds it. */
interface Sourced {
  readonly article: { readonly path: string };
}

/** The article path of a run of claims. */
export function runPath<V extends Sourced>(run: Run<V>): string {
  return Array.isArray(run) ? run[0].article.path : run.article.path;
}

/** Adds a claim under `key`. An article's claims go in together (right after its old ones went), so its run is the last one. */
export function addToRuns<K, V extends Sourced>(map: Map<K, Array<Run<V>>>, key: K, value: V): void {
  const runs = map.get(key);
  if (!runs) { map.set(key, [value]); return; }
  const at = runs.length - 1;
  const last = runs[at];
  if (runPath(last) !== value.article.path) runs.push(value);
  else if (Array.isArray(last)) last.push(value);
  else runs[at] = [last, value];
}

/** Drops every claim of `path` under `key` at once (an article leaving the corpus). */
export function dropRuns<K, V extends Sourced>(map: Map<K, Array<Run<V>>>, key: K, path: string): void {
  const runs = map.get(key);
  if (!runs) return;
  const kept = runs.filter((r) => runPath(r) !== path);
  if (kept.length === 0) map.delete(key); else if (kept.length !== runs.length) map.set(key, kept);
}

/** The claims of every run but `exceptPath`'s. */
export function* runsExcept<V extends Sourced>(runs: ReadonlyArray<Run<V>> | undefined, exceptPath: string | undefined): IterableIterator<V> {
  if (!runs) return;
  for (const r of runs) {
    if (runPath(r) === exceptPath) continue;
    if (Array.isArray(r)) yield* r; else yield r;
  }
}
