// The persisted source index: one file per source article holding its ArticleAnalysis, so a server
// that starts again skips re-reading claims from sources that have not changed. An entry is used
// only when the engine build, the path, the role override and the file's size and mtime match (or,
// when the caller has the text, its content hash matches). Anything else, including a truncated or
// corrupt file, is a miss: the caller analyses the article again and saves it. Entries are read
// lazily, one file per lookup; writes are queued and done in the background, atomically (write to a
// temporary file, then rename), so a crash never leaves half an entry behind.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { ArticleAnalysis, ArticleRole } from './analysis/types';
import { rememberSentenceWords, storedSentenceWords } from './analysis/alignment/sentenceWords';
import { indexedWords, rememberIndexedWords } from './analysis/alignment/textWords';

/** Bumped whenever the entry layout changes; old entries are then ignored (and replaced). */
export const INDEX_FORMAT = 2;

/** What identifies a file's content without reading it. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export interface IndexStoreOptions {
  /**
   * Identifies the engine build (e.g. a hash of the server bundle): an entry written by another
   * engine may hold different claims, so it is a miss.
   */
  engine: string;
  log?: (message: string) => void;
  /** Entries written per background step, between which other work runs (default 64). */
  writeBatch?: number;
}

export interface IndexStats {
  hits: number;
  misses: number;
  /** Entries that could not be read or did not hold an analysis; ignored and removed. */
  corrupt: number;
  written: number;
  writeErrors: number;
}

/** An entry on disk. `analysis.text.original` is stored once, `plain` as its differences from it. */
interface Entry {
  format: number;
  engine: string;
  path: string;
  size: number;
  mtimeMs: number;
  /** sha1 of the text, hex. */
  hash: string;
  /** The role override the analysis was made with (null: the engine decided). */
  role: ArticleRole | null;
  /** Runs where plain text differs from the original: [offset, replacement]; null when stored whole. */
  plainEdits: [number, string][] | null;
  /**
   * What reading the source's words gave (format 2): each sentence's words and the words of its
   * running text, so that adding the source to the corpus does not tokenise it again.
   */
  words?: { sentences: unknown; text: unknown };
  analysis: Omit<ArticleAnalysis, 'text'> & { text: Omit<ArticleAnalysis['text'], 'plain'> & { plain?: string } };
}

interface Pending {
  path: string;
  stamp: FileStamp;
  text: string;
  analysis: ArticleAnalysis;
  role: ArticleRole | null;
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export class IndexStore {
  readonly dir: string;
  private readonly engine: string;
  private readonly log: (message: string) => void;
  private readonly writeBatch: number;
  private readonly pending = new Map<string, Pending>();
  private draining: Promise<void> | undefined;
  /** Background writes wait until this time (Date.now()): typing is under way (see hold). */
  private heldUntil = 0;
  /** Ends the current wait of a held drain early (release). */
  private wake: (() => void) | undefined;
  private readonly counts: IndexStats = { hits: 0, misses: 0, corrupt: 0, written: 0, writeErrors: 0 };

  /** `root` is the extension's storage folder (or any cache folder); entries go in a subfolder. */
  constructor(root: string, options: IndexStoreOptions) {
    this.dir = nodePath.join(root, `source-index-v${INDEX_FORMAT}`);
    this.engine = options.engine;
    this.log = options.log ?? (() => undefined);
    this.writeBatch = Math.max(1, options.writeBatch ?? 64);
  }

  get stats(): Readonly<IndexStats> {
    return { ...this.counts };
  }

  /** Where the entry of `path` lives: named by a hash of the path, so any path is a safe name. */
  fileOf(path: string): string {
    return nodePath.join(this.dir, `${contentHash(path)}.json`);
  }

  /**
   * The stored analysis of `path`, or undefined on a miss. With `text`, its hash must match the
   * stored one (size and mtime then only rule out a changed file early); without it, size and mtime
   * must both match. `role` is the role override the caller would analyse with.
   */
  load(path: string, stamp: FileStamp, text?: string, role?: ArticleRole): ArticleAnalysis | undefined {
    const queued = this.pending.get(path);
    if (queued && queued.role === (role ?? null) && sameContent(queued, stamp, text)) {
      this.counts.hits++;
      return queued.analysis;
    }
    const file = this.fileOf(path);
    let raw: string;
    try {
      raw = fs.readFileSync(file, 'utf8');
    } catch {
      this.counts.misses++;
      return undefined;
    }
    const entry = parseEntry(raw);
    if (!entry) {
      this.counts.corrupt++;
      this.log(`source index: ignoring a corrupt entry for ${path}`);
      fs.rm(file, { force: true }, () => undefined);
      return undefined;
    }
    const sameFile = entry.size === stamp.size && entry.mtimeMs === stamp.mtimeMs;
    const valid = entry.format === INDEX_FORMAT && entry.engine === this.engine && entry.path === path && entry.role === (role ?? null) &&
      (text === undefined ? sameFile : entry.size === stamp.size && entry.hash === contentHash(text));
    if (!valid) {
      this.counts.misses++;
      return undefined;
    }
    const analysis = restore(entry);
    if (!analysis) {
      this.counts.corrupt++;
      return undefined;
    }
    this.counts.hits++;
    // Same content under a new mtime (a touch, a checkout): refresh the stamp for the next start.
    if (!sameFile && text !== undefined) this.save(path, stamp, text, analysis, role);
    return analysis;
  }

  /** Queues `analysis` of `text` (the file's content at `stamp`) to be written in the background. */
  save(path: string, stamp: FileStamp, text: string, analysis: ArticleAnalysis, role?: ArticleRole): void {
    this.pending.set(path, { path, stamp: { size: stamp.size, mtimeMs: stamp.mtimeMs }, text, analysis, role: role ?? null });
    this.drain();
  }

  /** Forgets the entry of a source that left the review set (a queued write is dropped too). */
  remove(path: string): void {
    this.pending.delete(path);
    fs.rm(this.fileOf(path), { force: true }, () => undefined);
  }

  /** Deletes entries of every path not in `keep`; returns how many were deleted. */
  async prune(keep: Iterable<string>): Promise<number> {
    const wanted = new Set<string>();
    for (const p of keep) wanted.add(nodePath.basename(this.fileOf(p)));
    let names: string[];
    try {
      names = await fs.promises.readdir(this.dir);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const name of names) {
      if (wanted.has(name)) continue;
      // Leftover temporary files of an interrupted write are removed too.
      await fs.promises.rm(nodePath.join(this.dir, name), { force: true });
      removed++;
    }
    return removed;
  }

  /** Deletes every entry (queued writes included): "Re-check All Articles" starts from nothing. */
  async clear(): Promise<void> {
    this.pending.clear();
    await this.flush();
    await fs.promises.rm(this.dir, { recursive: true, force: true });
  }

  /**
   * Holds background writes for `ms` from now (a batch being written finishes first): each batch
   * serialises its entries on this thread, which would add 10 ms or more to a keystroke's answer.
   */
  hold(ms: number): void {
    this.heldUntil = Math.max(this.heldUntil, Date.now() + ms);
  }

  /** True while writes are held (typing went on within the held time). */
  get held(): boolean {
    return this.heldUntil > Date.now();
  }

  /** Ends any hold (shutdown: the entries must reach the disk now). */
  release(): void {
    this.heldUntil = 0;
    this.wake?.();
  }

  /** Resolves once every queued write is on disk (not before a hold ends). */
  async flush(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private drain(): void {
    if (this.draining) return;
    this.draining = (async () => {
      try {
        await fs.promises.mkdir(this.dir, { recursive: true });
      } catch (err) {
        this.counts.writeErrors += this.pending.size;
        this.log(`source index: cannot create ${this.dir}: ${String(err)}`);
        this.pending.clear();
        return;
      }
      while (this.pending.size > 0) {
        await this.whileHeld();
        const batch: Pending[] = [];
        for (const p of this.pending.values()) {
          batch.push(p);
          if (batch.length >= this.writeBatch) break;
        }
        await Promise.all(batch.map((p) => this.write(p)));
        // Yield between batches, so a check or a request is never held up for long.
        await new Promise((r) => setImmediate(r));
      }
    })().finally(() => { this.draining = undefined; });
  }

  private async whileHeld(): Promise<void> {
    for (let wait = this.heldUntil - Date.now(); wait > 0; wait = this.heldUntil - Date.now()) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        this.wake = () => { clearTimeout(timer); resolve(); };
      });
      this.wake = undefined;
    }
  }

  private async write(p: Pending): Promise<void> {
    const json = serialise(p, this.engine);
    if (this.pending.get(p.path) === p) this.pending.delete(p.path);
    if (json === undefined) return; // not representable (NaN): stays uncached
    const file = this.fileOf(p.path);
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await fs.promises.writeFile(tmp, json);
      await fs.promises.rename(tmp, file);
      this.counts.written++;
    } catch (err) {
      this.counts.writeErrors++;
      this.log(`source index: cannot write the entry of ${p.path}: ${String(err)}`);
      await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
    }
  }
}

function sameContent(p: Pending, stamp: FileStamp, text: string | undefined): boolean {
  return text === undefined ? p.stamp.size === stamp.size && p.stamp.mtimeMs === stamp.mtimeMs : p.text === text;
}

// ------------------------------------------------------------------ encoding

// JSON has no Infinity (open intervals such as "more than 40,000" end at Infinity). The replacer
// marks them with strings no article field holds (a NUL cannot reach the engine from a file), and
// the marks are rewritten as 1e999 / -1e999, which JSON.parse reads back as ±Infinity. So loading
// is one plain JSON.parse, without a reviver.
const POS_INF = '\u0000+inf\u0000';
const NEG_INF = '\u0000-inf\u0000';
const POS_INF_JSON = JSON.stringify(POS_INF);
const NEG_INF_JSON = JSON.stringify(NEG_INF);

function serialise(p: Pending, engine: string): string | undefined {
  const { plain, ...textRest } = p.analysis.text;
  const plainEdits = differences(textRest.original, plain);
  const entry: Entry = {
    format: INDEX_FORMAT, engine, path: p.path, size: p.stamp.size, mtimeMs: p.stamp.mtimeMs, hash: contentHash(p.text), role: p.role,
    plainEdits,
    words: {
      sentences: storedSentenceWords(plain, p.analysis.text.sentences.map((x) => x.span)),
      text: [...indexedWords(textRest.original)],
    },
    analysis: { ...p.analysis, text: plainEdits ? textRest : { ...textRest, plain } },
  };
  let representable = true;
  const json = JSON.stringify(entry, (_key, value: unknown) => {
    if (typeof value !== 'number' || Number.isFinite(value)) return value;
    if (value === Infinity) return POS_INF;
    if (value === -Infinity) return NEG_INF;
    representable = false;
    return null;
  });
  if (!representable) return undefined;
  return json.includes('\\u0000') ? json.split(POS_INF_JSON).join('1e999').split(NEG_INF_JSON).join('-1e999') : json;
}

/** Runs of `plain` that differ from `original` (same length), or null when the lengths differ. */
function differences(original: string, plain: string): [number, string][] | null {
  if (original.length !== plain.length) return null;
  const out: [number, string][] = [];
  let i = 0;
  while (i < plain.length) {
    if (plain.charCodeAt(i) === original.charCodeAt(i)) { i++; continue; }
    const start = i;
    while (i < plain.length && plain.charCodeAt(i) !== original.charCodeAt(i)) i++;
    out.push([start, plain.slice(start, i)]);
  }
  return out;
}

function applyDifferences(original: string, edits: readonly [number, string][]): string | undefined {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    if (!Array.isArray(edit) || typeof edit[0] !== 'number' || typeof edit[1] !== 'string' || edit[0] < at || edit[0] + edit[1].length > original.length) return undefined;
    out += original.slice(at, edit[0]) + edit[1];
    at = edit[0] + edit[1].length;
  }
  return out + original.slice(at);
}

function parseEntry(raw: string): Entry | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const e = value as Partial<Entry>;
  if (typeof e.format !== 'number' || typeof e.engine !== 'string' || typeof e.path !== 'string' || typeof e.size !== 'number' ||
    typeof e.mtimeMs !== 'number' || typeof e.hash !== 'string' || typeof e.analysis !== 'object' || e.analysis === null) return undefined;
  return e as Entry;
}

/** The analysis of an entry, or undefined when the entry does not have the shape of one. */
function restore(entry: Entry): ArticleAnalysis | undefined {
  const a = entry.analysis;
  const t = a.text as Partial<ArticleAnalysis['text']> | undefined;
  if (!t || typeof t.original !== 'string' || !Array.isArray(t.paragraphs) || !Array.isArray(t.sentences) || typeof t.frontMatter !== 'object' ||
    !Array.isArray(a.figures) || !Array.isArray(a.times) || !Array.isArray(a.quotes) || !Array.isArray(a.people) || !Array.isArray(a.figureAnchors)) return undefined;
  const plain = entry.plainEdits === null ? t.plain : Array.isArray(entry.plainEdits) ? applyDifferences(t.original, entry.plainEdits) : undefined;
  if (typeof plain !== 'string') return undefined;
  const text = { ...t, original: t.original, plain } as ArticleAnalysis['text'];
  // The words read when it was saved: remembered for when the source joins the corpus.
  if (entry.words) {
    rememberSentenceWords(plain, text.sentences.map((x) => x.span), entry.words.sentences);
    rememberIndexedWords(text, entry.words.text);
  }
  return { ...a, text };
}

// ------------------------------------------------------------------ the server's hook

/** An article as the server hands it to its analyser (structurally review.ts's ArticleInput). */
export interface StampedInput {
  path: string;
  text: string;
  role?: ArticleRole;
  /** An open document's version; null for a file as read from disk. */
  version: number | null;
  /** The file's size and mtime when it was read (disk articles only). */
  stamp?: FileStamp;
}

/** What LiveReview calls to analyse an article (structurally review.ts's Analyzer; extra arguments pass through). */
export interface ArticleAnalyzer<I extends StampedInput, A extends unknown[] = []> {
  analyze(input: I, ...args: A): ArticleAnalysis;
  /** Runs `fn` with what the last analysis of `path` remembered (see IncrementalAnalyzer.within). */
  within?<T>(path: string, fn: () => T): T;
  forget(path: string): void;
  clear(): void;
}

/**
 * Wraps the server's analyser with the persisted index: a source read from disk whose entry is
 * valid is not analysed again; one that is analysed is saved for the next start. Open documents
 * (version not null), inputs without a stamp, and any input while no store is attached go straight
 * to the inner analyser. The store can be attached later (the storage path arrives with initialize).
 */
export class PersistedAnalyzer<I extends StampedInput, A extends unknown[] = []> implements ArticleAnalyzer<I, A> {
  /** Analyses answered from the index so far (the caller can tell a restore from a fresh analysis). */
  fromIndex = 0;

  constructor(private readonly inner: ArticleAnalyzer<I, A>, public store?: IndexStore) {}

  analyze(input: I, ...args: A): ArticleAnalysis {
    const store = this.store;
    if (!store || input.version !== null || !input.stamp) return this.inner.analyze(input, ...args);
    const stored = store.load(input.path, input.stamp, input.text, input.role);
    if (stored) {
      // The same text as the file just read (the hash said so): keep one copy of it, not two.
      if (stored.text.original === input.text) {
        if (stored.text.plain === stored.text.original) stored.text.plain = input.text;
        stored.text.original = input.text;
      }
      this.fromIndex++;
      return stored;
    }
    const analysis = this.inner.analyze(input, ...args);
    store.save(input.path, input.stamp, input.text, analysis, input.role);
    return analysis;
  }

  within<T>(path: string, fn: () => T): T {
    return this.inner.within ? this.inner.within(path, fn) : fn();
  }

  /** The path left the review set (deleted, excluded): its entry goes too. */
  forget(path: string): void {
    this.inner.forget(path);
    this.store?.remove(path);
  }

  /** "Re-check All Articles": nothing remembered survives, on disk either. */
  clear(): void {
    this.inner.clear();
    void this.store?.clear();
  }
}
