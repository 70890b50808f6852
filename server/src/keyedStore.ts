// One JSON file per article under a folder of the server's storage, holding a value stored under a
// key (a hash of everything the value was made from). A read whose format, engine or key differ is a
// miss; a file that cannot be parsed or has the wrong shape is removed and is a miss too. Writes are
// queued per article and done in the background, atomically (temporary file, then rename).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';

export interface KeyedStoreOptions<T> {
  /** The folder's name under the storage root. */
  folder: string;
  /** The entry's field that holds the value ("diagnostics", "checks"). */
  field: string;
  format: number;
  engine: string;
  /** Names the store in log lines ("review cache"). */
  label: string;
  /** Whether a parsed value has the shape the caller needs. */
  isValue: (value: unknown) => value is T;
  log?: (message: string) => void;
}

export class KeyedStore<T> {
  readonly dir: string;
  private readonly writing = new Map<string, Promise<void>>();
  private readonly log: (message: string) => void;

  constructor(root: string, private readonly options: KeyedStoreOptions<T>) {
    this.dir = nodePath.join(root, options.folder);
    this.log = options.log ?? (() => undefined);
  }

  fileOf(path: string): string {
    return nodePath.join(this.dir, `${createHash('sha1').update(path).digest('hex')}.json`);
  }

  /** The value stored for `path` under `key`, or undefined (missing, other key or build, corrupt). */
  load(path: string, key: string): T | undefined {
    const { field, format, engine, label, isValue } = this.options;
    const file = this.fileOf(path);
    let raw: string;
    try {
      raw = fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    let entry: Record<string, unknown> | null;
    try {
      entry = JSON.parse(raw) as Record<string, unknown> | null;
    } catch {
      entry = null;
    }
    if (!entry || typeof entry !== 'object' || typeof entry.key !== 'string' || !isValue(entry[field])) {
      this.log(`${label}: ignoring a corrupt entry for ${path}`);
      fs.rm(file, { force: true }, () => undefined);
      return undefined;
    }
    if (entry.format !== format || entry.engine !== engine || entry.key !== key) return undefined;
    return entry[field] as T;
  }

  /** Writes `value` of `path` under `key` in the background; `failed` runs if it cannot be written. */
  save(path: string, key: string, value: T, failed?: () => void): void {
    const { field, format, engine, label } = this.options;
    const json = JSON.stringify({ format, engine, key, [field]: value });
    const file = this.fileOf(path);
    const before = this.writing.get(path) ?? Promise.resolve();
    const done = before.then(async () => {
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        await fs.promises.mkdir(this.dir, { recursive: true });
        await fs.promises.writeFile(tmp, json);
        await fs.promises.rename(tmp, file);
      } catch (err) {
        failed?.();
        this.log(`${label}: cannot write the entry of ${path}: ${String(err)}`);
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
