// `.source-review.json` in each workspace folder, for the language server: read when it changes on
// disk (checked by size and modification time before each check), and written by the "Ignore …"
// quick fixes. Writes go to the folder's own file only: never through a symbolic link, never
// outside the folder, one at a time, replacing the file in one step.
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { JsonValue, ReviewConfig } from './suppression';
import { appendToArray, CONFIG_FILE, insidePath, normalClaim, parseReviewConfig } from './suppression';

type Warn = (message: string) => void;

interface Cached {
  /** When the file was last looked at (ms): within FRESH_MS the answer is reused without a stat. */
  checkedAt: number;
  mtimeMs: number;
  size: number;
  config: ReviewConfig | undefined;
}

/** How long a look at the file holds: edits arrive through file events, which clear the cache. */
const FRESH_MS = 250;

export type IgnoreEntry =
  | { list: 'ignoreFindings'; id: string; path: string; text: string }
  | { list: 'ignoreClaims'; kind: string; text: string };

export class IgnoreFiles {
  private readonly cache = new Map<string, Cached>();
  private writing: Promise<unknown> = Promise.resolve();

  constructor(private readonly warn: Warn) {}

  static fileOf(folder: string): string {
    return nodePath.join(folder, CONFIG_FILE);
  }

  /** The folder's settings file, re-read when it changed; undefined when there is none. */
  configOf(folder: string): ReviewConfig | undefined {
    const now = Date.now();
    const hit = this.cache.get(folder);
    if (hit && now - hit.checkedAt < FRESH_MS) return hit.config;
    const file = IgnoreFiles.fileOf(folder);
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(file);
    } catch {
      st = undefined;
    }
    if (!st || !st.isFile()) {
      this.cache.set(folder, { checkedAt: now, mtimeMs: -1, size: -1, config: undefined });
      return undefined;
    }
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) {
      hit.checkedAt = now;
      return hit.config;
    }
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      this.warn(`cannot read ${file}: ${String(err)}`);
      return undefined;
    }
    const config = parseReviewConfig(text, file, this.warn);
    this.cache.set(folder, { checkedAt: now, mtimeMs: st.mtimeMs, size: st.size, config });
    return config;
  }

  invalidate(): void {
    this.cache.clear();
  }

  /** Adds an entry to the folder's file (creating it); false when an equal entry is already there. */
  add(folder: string, entry: IgnoreEntry): Promise<{ file: string; added: boolean }> {
    const run = this.writing.then(() => this.write(folder, entry));
    this.writing = run.catch(() => undefined);
    return run;
  }

  private async write(folder: string, entry: IgnoreEntry): Promise<{ file: string; added: boolean }> {
    const file = IgnoreFiles.fileOf(folder);
    if (entry.list === 'ignoreFindings' && insidePath(entry.path) === null) throw new Error(`${entry.path} is not inside ${folder}`);
    let text = '';
    try {
      const st = await fs.promises.lstat(file);
      if (st.isSymbolicLink()) throw new Error(`${file} is a symbolic link; Source Review only writes the folder's own file`);
      if (!st.isFile()) throw new Error(`${file} is not a file`);
      text = await fs.promises.readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const current = parseReviewConfig(text, file, () => undefined);
    const exists = entry.list === 'ignoreFindings'
      ? current.ignoreFindings.some((e) => e.id === entry.id && (e.path === undefined || e.path === entry.path))
      : current.ignoreClaims.some((e) => (e.kind === undefined || e.kind === entry.kind) && normalClaim(e.text) === normalClaim(entry.text));
    if (exists) return { file, added: false };
    const item: JsonValue = entry.list === 'ignoreFindings'
      ? { id: entry.id, path: entry.path, text: entry.text }
      : { kind: entry.kind, text: entry.text };
    const next = appendToArray(text, entry.list, item);
    // Write beside it and rename: a reader never sees half a file.
    const temp = `${file}.${process.pid}.tmp`;
    try {
      await fs.promises.writeFile(temp, next, 'utf8');
      await fs.promises.rename(temp, file);
    } catch (err) {
      await fs.promises.rm(temp, { force: true });
      throw err;
    }
    this.cache.delete(folder);
    return { file, added: true };
  }
}

/** The article's path relative to the folder, "/"-separated; undefined when outside it. */
export function relativeInside(folder: string, path: string): string | undefined {
  const rel = nodePath.relative(folder, path);
  if (rel === '' || rel.startsWith('..') || nodePath.isAbsolute(rel)) return undefined;
  return insidePath(rel.split(nodePath.sep).join('/')) ?? undefined;
}
