// The first review of an open article, kept on disk: when the server starts again and neither the
// article nor anything else its diagnostics depend on changed, it publishes them at once, before
// the sources are restored into the corpus (seconds with thousands of sources), and the full check
// that follows publishes again only if its answer differs. The key is a hash of everything the
// diagnostics are made from: the engine build, every input of the review set in order (path, uri,
// role, open or not, sha1 of its text), the settings and the suppression rules. So an entry can
// only ever be used for the very answer the full check would give; anything else is a miss.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';

/** Bumped whenever the entry layout or the key's parts change; older entries are then ignored. */
export const REVIEW_CACHE_FORMAT = 1;

/** What the key is made of for one input of the review set. */
export interface KeyedInput {
  path: string;
  uri: string;
  text: string;
  role?: string;
  version: number | null;
}

interface Entry {
  format: number;
  engine: string;
  key: string;
  diagnostics: readonly Diagnostic[];
}

const textHashes = new WeakMap<object, string>();

/** sha1 of an input's text, remembered per input object (disk inputs are reused between checks). */
export function textHash(input: KeyedInput): string {
  let h = textHashes.get(input);
  if (h === undefined) {
    h = createHash('sha1').update(input.text).digest('hex');
    textHashes.set(input, h);
  }
  return h;
}

/**
 * The key of `path`'s diagnostics: the engine, the article, every input in the order the review
 * set holds them (the corpus's order decides which source a message names), and `context` (the
 * settings and suppression rules, as JSON).
 */
export function reviewKey(engine: string, path: string, inputs: readonly KeyedInput[], context: unknown): string {
  const h = createHash('sha1');
  h.update(`${REVIEW_CACHE_FORMAT}\0${engine}\0${path}\0${JSON.stringify(context)}\0${inputs.length}\0`);
  for (const i of inputs) h.update(`${i.path}\0${i.uri}\0${i.role ?? ''}\0${i.version === null ? 'disk' : 'open'}\0${textHash(i)}\n`);
  return h.digest('hex');
}

export class ReviewCache {
  readonly dir: string;
  private readonly writing = new Map<string, Promise<void>>();
  /** The key last saved per path, so an unchanged answer is not written again. */
  private readonly savedKeys = new Map<string, string>();

  constructor(root: string, private readonly engine: string, private readonly log: (m: string) => void = () => undefined) {
    this.dir = nodePath.join(root, `review-cache-v${REVIEW_CACHE_FORMAT}`);
  }

  fileOf(path: string): string {
    return nodePath.join(this.dir, `${createHash('sha1').update(path).digest('hex')}.json`);
  }

  /** The stored diagnostics of `path` under `key`, or undefined (missing, other key, corrupt). */
  load(path: string, key: string): Diagnostic[] | undefined {
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
    if (!entry || typeof entry !== 'object' || !Array.isArray(entry.diagnostics) || typeof entry.key !== 'string') {
      this.log(`review cache: ignoring a corrupt entry for ${path}`);
      fs.rm(file, { force: true }, () => undefined);
      return undefined;
    }
    if (entry.format !== REVIEW_CACHE_FORMAT || entry.engine !== this.engine || entry.key !== key) return undefined;
    const diagnostics = entry.diagnostics as unknown[];
    if (!diagnostics.every(isDiagnostic)) return undefined;
    this.savedKeys.set(path, key);
    return diagnostics;
  }

  /** Writes `diagnostics` of `path` under `key` in the background (atomically: temporary file, rename). */
  save(path: string, key: string, diagnostics: readonly Diagnostic[]): void {
    if (this.savedKeys.get(path) === key) return;
    this.savedKeys.set(path, key);
    const json = JSON.stringify({ format: REVIEW_CACHE_FORMAT, engine: this.engine, key, diagnostics } satisfies Entry);
    const file = this.fileOf(path);
    const before = this.writing.get(path) ?? Promise.resolve();
    const done = before.then(async () => {
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        await fs.promises.mkdir(this.dir, { recursive: true });
        await fs.promises.writeFile(tmp, json);
        await fs.promises.rename(tmp, file);
      } catch (err) {
        this.savedKeys.delete(path);
        this.log(`review cache: cannot write the entry of ${path}: ${String(err)}`);
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
    this.savedKeys.clear();
    await fs.promises.rm(this.dir, { recursive: true, force: true });
  }
}

function isDiagnostic(d: unknown): d is Diagnostic {
  if (typeof d !== 'object' || d === null) return false;
  const x = d as Partial<Diagnostic>;
  return typeof x.message === 'string' && typeof x.range === 'object' && x.range !== null;
}
