// The claim-by-claim check results of an open article, kept on disk between sessions. When the
// server starts again and no source changed but the article did (it was typed in, or opened with
// other text), its first check re-checks only the claims whose key is not among the stored ones;
// the others are taken as stored (IncrementalChecker.seedChecks). A claim's result depends on its
// key (which spells out everything of the article the check reads) and on the corpus, so an entry
// is keyed by the corpus: the engine build, the settings and every other input of the review set
// in order (path, uri, role, open or not, sha1 of its text). Anything else is a miss.
import { createHash } from 'node:crypto';
import { KeyedStore } from './keyedStore';
import { textHash, type KeyedInput } from './reviewCache';

/** Bumped whenever the entry layout or the key's parts change; older entries are then ignored. */
export const CHECK_CACHE_FORMAT = 1;


/**
 * The key of `path`'s stored checks: the engine, `context` (the settings, as JSON) and every input
 * in the order the review set holds them (the corpus's order decides which source a finding names
 * first). A draft's own text is left out (its claims' keys hold what its check reads of it); a
 * source's is not (`isSource`): it is part of the corpus, whose word weights and counts its check reads.
 */
export function corpusKey(engine: string, path: string, inputs: readonly KeyedInput[], context: unknown, isSource: boolean): string {
  const h = createHash('sha1');
  h.update(`${CHECK_CACHE_FORMAT}\0${engine}\0${path}\0${isSource ? 'source' : 'draft'}\0${JSON.stringify(context)}\0${inputs.length}\0`);
  for (const i of inputs) {
    if (i.path === path && !isSource) continue;
    h.update(`${i.path}\0${i.uri}\0${i.role ?? ''}\0${i.version === null ? 'disk' : 'open'}\0${textHash(i)}\n`);
  }
  return h.digest('hex');
}

/** The stored claim checks of open articles, one file each (check-cache-v1/<sha1 of path>.json). */
export class CheckCache extends KeyedStore<object> {
  constructor(root: string, engine: string, log: (m: string) => void = () => undefined) {
    // The checks' shape is validated by the checker that seeds from them (IncrementalChecker.seedChecks).
    super(root, { folder: `check-cache-v${CHECK_CACHE_FORMAT}`, field: 'checks', format: CHECK_CACHE_FORMAT, engine, label: 'check cache', isValue: isObject, log });
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
