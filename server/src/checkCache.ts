// The claim-by-claim check results of an open article, kept on disk between sessions. When the
// server starts again and no source changed but the article did (it was typed in, or opened with
// other text), its first check re-checks only the claims whose key is not among the stored ones;
// the others are taken as stored (IncrementalChecker.seedChecks). A claim's result depends on its
// key (which spells out everything of the article the check reads) and on the corpus, so an entry
// is keyed by the corpus: the engine build, the settings and every other input of the review set
// in order (path, uri, role, open or not, sha1 of its text). Anything else is a miss.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { textHash, type KeyedInput } from './reviewCache';

/** Bumped whenever the entry layout or the key's parts change; older entries are then ignored. */
export const CHECK_CACHE_FORMAT = 1;

interface Entry {
  format: number;
  engine: string;
  key: string;
  checks: unknown;
}

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

export class CheckCache {
  readonly dir: string;
  private readonly writing = new Map<string, Promise<void>>();

  constructor(root: string, private readonly engine: string, private readonly log: (m: string) => void = () => undefined) {
    this.dir = nodePath.join(root, `check-cache-v${CHECK_CACHE_FORMAT}`);
  }

  fileOf(path: string): string {
    return nodePath.join(this.dir, `${createHash('sha1').update(path).digest('hex')}.json`);
  }

  /** The stored checks of `path` under `key` (unvalidated: the checker checks their shape), or undefined. */
  load(path: string, key: string): unknown {
    const file = this.fileOf(path);
    let raw: string;
    try {
      raw = fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    let entry: Partial<Entry> | null;
    try {
      entry = JSON.parse(raw) as Partial<Entry> | null;
    } catch {
      entry = null;
    }
    if (!entry || typeof entry !== 'object' || typeof entry.key !== 'string' || typeof entry.checks !== 'object' || entry.checks === null) {
      this.log(`check cache: ignoring a corrupt entry for ${path}`);
      fs.rm(file, { force: true }, () => undefined);
      return undefined;
    }
    if (entry.format !== CHECK_CACHE_FORMAT || entry.engine !== this.engine || entry.key !== key) return undefined;
    return entry.checks;
  }

  /** Writes `checks` of `path` under `key` in the background (atomically: temporary file, rename). */
  save(path: string, key: string, checks: unknown): void {
    const json = JSON.stringify({ format: CHECK_CACHE_FORMAT, engine: this.engine, key, checks } satisfies Entry);
    const file = this.fileOf(path);
    const before = this.writing.get(path) ?? Promise.resolve();
    const done = before.then(async () => {
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        await fs.promises.mkdir(this.dir, { recursive: true });
        await fs.promises.writeFile(tmp, json);
        await fs.promises.rename(tmp, file);
      } catch (err) {
        this.log(`check cache: cannot write the entry of ${path}: ${String(err)}`);
        await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
      }
    });
    this.writing.set(path, done);
    void done.finally(() => { if (this.writing.get(path) === done) this.writing.delete(path); });
  }

  /** Resolves once every queued write is on disk. */
  async flush(): Promise<void> {
    while (this.writing.size > 0) await Promise.all([...this.writing.values()]);
  }

  /** Deletes every entry ("Re-check All Articles"). */
  async clear(): Promise<void> {
    await this.flush();
    await fs.promises.rm(this.dir, { recursive: true, force: true });
  }
}
