// The review set: every article file in the workspace folders (matching sourceReview.sources, minus
// sourceReview.exclude), read once from disk and kept current by file-watcher events. Open documents
// replace their disk text with the live text elsewhere (see review.ts).
import { promises as fs } from 'node:fs';
import * as fsSync from 'node:fs';
import * as nodePath from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ArticleRole } from './analysis/types';
import type { FileStamp } from './indexStore';
import { compileGlobs, type GlobMatcher } from './glob';
import { DEFAULT_SETTINGS, type Settings } from './settings';

const ARTICLE_EXTENSIONS = ['.txt', '.md'];
const MAX_DEPTH = 12;
/** Files read at once during a full scan. */
const READ_AHEAD = 32;

export interface Folder {
  uri: string;
  fsPath: string;
  settings: Settings;
  include: GlobMatcher;
  exclude: GlobMatcher;
  drafts: GlobMatcher;
}

export interface DiskArticle {
  /** The engine's path: the file system path. */
  path: string;
  uri: string;
  text: string;
  /** Size and mtime when read: the persisted source index is keyed by them (and the content hash). */
  stamp?: FileStamp;
}

type Log = (message: string) => void;

/** The key the server uses for a document: its file system path, or the uri when it has none. */
export function pathOfUri(uri: string): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      return uri;
    }
  }
  return uri;
}

export function uriOfPath(path: string): string {
  return nodePath.isAbsolute(path) ? pathToFileURL(path).href : path;
}

export function isArticleName(path: string): boolean {
  const lower = path.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function relativeTo(folder: Folder, path: string): string | undefined {
  const rel = nodePath.relative(folder.fsPath, path);
  if (rel === '' || rel.startsWith('..') || nodePath.isAbsolute(rel)) return undefined;
  return rel.split(nodePath.sep).join('/');
}

export function makeFolder(uri: string, settings: Settings = { ...DEFAULT_SETTINGS }): Folder {
  return {
    uri,
    fsPath: pathOfUri(uri),
    settings,
    include: compileGlobs(settings.sources),
    exclude: compileGlobs(settings.exclude),
    drafts: compileGlobs(settings.drafts),
  };
}

/** Decodes a file as UTF-8 text, or explains why it is not an article. */
export function decodeArticle(bytes: Uint8Array): { text: string } | { skip: string } {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { skip: 'binary (NUL byte)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { skip: 'not valid UTF-8' };
  }
}

/** The same call fs.promises.realpath makes (the JS realpathSync walks the path itself); looked up at call time, as it may be wrapped. */
function nativeRealpath(path: string): string {
  const sync = fsSync.realpathSync as typeof fsSync.realpathSync & { native?: typeof fsSync.realpathSync.native };
  return typeof sync.native === 'function' ? sync.native(path) : sync(path);
}

/** The file calls a read makes: awaited either way, so one code path serves both. */
interface FileIo {
  lstat(path: string): Promise<fsSync.Stats> | fsSync.Stats;
  realpath(path: string): Promise<string> | string;
  readFile(path: string): Promise<Buffer> | Buffer;
}
const ASYNC_IO: FileIo = { lstat: (p) => fs.lstat(p), realpath: (p) => fs.realpath(p), readFile: (p) => fs.readFile(p) };
const BLOCKING_IO: FileIo = { lstat: (p) => fsSync.lstatSync(p), realpath: (p) => nativeRealpath(p), readFile: (p) => fsSync.readFileSync(p) };

export class ReviewSet {
  private folders: Folder[] = [];
  private files = new Map<string, DiskArticle>();
  /** Folders whose last scan stopped at sourceReview.maxFiles: folder path → the cap. */
  readonly capped = new Map<string, number>();
  /** Paths already reported as skipped, so each is logged once. */
  private readonly reported = new Set<string>();

  constructor(private readonly log: Log) {}

  getFolders(): readonly Folder[] {
    return this.folders;
  }

  setFolders(folders: Folder[]): void {
    this.folders = folders;
    this.roles.clear();
  }

  /** Role overrides by path for the current folders: asked for every article on every check. */
  private readonly roles = new Map<string, ArticleRole | undefined>();

  /** The innermost workspace folder holding `path`. */
  folderOf(path: string): Folder | undefined {
    let best: Folder | undefined;
    for (const f of this.folders) {
      if (relativeTo(f, path) !== undefined && (!best || f.fsPath.length > best.fsPath.length)) best = f;
    }
    return best;
  }

  /** Whether a file path belongs in the review set under its folder's settings. */
  includes(path: string): boolean {
    if (!isArticleName(path)) return false;
    const folder = this.folderOf(path);
    if (!folder) return false;
    const rel = relativeTo(folder, path);
    return rel !== undefined && folder.include(rel) && !folder.exclude(rel);
  }

  /** True when the file is inside a workspace folder but its settings leave it out. */
  excluded(path: string): boolean {
    return this.folderOf(path) !== undefined && !this.includes(path);
  }

  /** 'draft' when the drafts glob says so; otherwise the engine decides (undefined). */
  roleOverride(path: string): ArticleRole | undefined {
    if (this.roles.has(path)) return this.roles.get(path);
    const folder = this.folderOf(path);
    const rel = folder && relativeTo(folder, path);
    const role = folder && rel !== undefined && folder.drafts(rel) ? 'draft' : undefined;
    if (this.roles.size >= 100_000) this.roles.clear();
    this.roles.set(path, role);
    return role;
  }

  diskArticles(): DiskArticle[] {
    return [...this.files.values()];
  }

  get size(): number {
    return this.files.size;
  }

  /** The text of `path` as last read from disk, if it is in the set. */
  diskText(path: string): string | undefined {
    return this.files.get(path)?.text;
  }

  /** Paths read or removed by file events while a full scan runs (one set per running scan). */
  private readonly touchedDuringScans = new Set<Set<string>>();

  /** Re-reads every folder from disk. */
  async scanAll(): Promise<void> {
    // Read into a new map and swap, so a check meanwhile sees the old set, never a half-read one.
    const fresh = new Map<string, DiskArticle>();
    const touched = new Set<string>();
    this.touchedDuringScans.add(touched);
    // Each folder's real path is looked up once per scan, not once per file (10,000 lookups).
    const ownRoots = !this.realRoots;
    if (ownRoots) this.realRoots = new Map();
    try {
      for (const folder of this.folders) await this.scanFolder(folder, fresh);
      // Files deleted, created or changed while the scan ran are read again, so the swap neither
      // brings back a deleted source nor loses a new one (entries added meanwhile are visited too).
      for (const path of touched) await this.readFile(path, fresh);
    } finally {
      this.touchedDuringScans.delete(touched);
      if (ownRoots) this.realRoots = undefined;
    }
    this.files = fresh;
  }

  private touch(path: string): void {
    for (const touched of this.touchedDuringScans) touched.add(path);
  }

  /**
   * Reads the articles under `dir` (a folder created or renamed inside a workspace folder) into the
   * set; returns true when the set changed.
   */
  async scanFolderAt(dir: string): Promise<boolean> {
    const folder = this.folderOf(dir);
    if (!folder) return false;
    try {
      // lstat: a link to a folder is not followed, as in the full scan.
      if (!(await fs.lstat(dir)).isDirectory() || !(await this.insideRealFolder(dir))) return false;
    } catch {
      return false;
    }
    const before = this.files.size;
    let changed = false;
    await this.scanFolder(folder, this.files, dir, (c) => { changed = c || changed; });
    return changed || this.files.size !== before;
  }

  private async scanFolder(folder: Folder, into: Map<string, DiskArticle>, from = folder.fsPath, changed?: (c: boolean) => void): Promise<void> {
    let count = 0;
    // A safety cap (sourceReview.maxFiles): a folder with more article files is not a newsroom folder.
    const cap = folder.settings.maxFiles;
    if (from === folder.fsPath) this.capped.delete(folder.fsPath);
    const walk = async (dir: string, depth: number): Promise<void> => {
      if (depth > MAX_DEPTH || count >= cap) return;
      let entries: import('node:fs').Dirent[];
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch (err) {
        this.log(`cannot read folder ${dir}: ${String(err)}`);
        return;
      }
      for (const e of entries) {
        const full = nodePath.join(dir, e.name);
        const rel = relativeTo(folder, full);
        if (rel === undefined) continue;
        if (e.isDirectory()) {
          // Prune folders whose every file would be excluded (node_modules, .git, out, dist).
          if (folder.exclude(`${rel}/_/_.txt`) && folder.exclude(`${rel}/_.md`)) continue;
          await flush();
          await walk(full, depth + 1);
        } else if (e.isFile() && this.includes(full)) {
          if (++count > cap) {
            this.log(`more than ${cap} article files in ${folder.fsPath}; the rest are left out (sourceReview.maxFiles)`);
            this.capped.set(folder.fsPath, cap);
            await flush();
            return;
          }
          if (parallel) {
            pending.push(full);
            if (pending.length >= READ_AHEAD) await flush();
          } else {
            const c = await this.readFile(full, into);
            changed?.(c);
          }
        }
      }
      await flush();
    };
    // A full scan reads into a fresh map: files are read several at a time (far faster for thousands
    // of files) and go into the map in the order the walk meets them, as one by one.
    const parallel = into !== this.files && !changed;
    const pending: string[] = [];
    const flush = async (): Promise<void> => {
      const batch = pending.splice(0);
      if (batch.length === 0) return;
      const read = batch.map(() => new Map<string, DiskArticle>());
      await Promise.all(batch.map((path, k) => this.readFile(path, read[k], true)));
      for (const one of read) for (const [path, article] of one) into.set(path, article);
      // The reads block: let messages (an opened document, a request) in between batches.
      await new Promise((resolve) => setImmediate(resolve));
    };
    const depth = from === folder.fsPath ? 0 : nodePath.relative(folder.fsPath, from).split(nodePath.sep).length;
    await walk(from, depth);
  }

  /**
   * Reads (or re-reads) one file into the set; returns true when the set changed. `now`: with
   * blocking calls (a full scan: each file is small, and the thread pool's round trips cost more
   * than the reads; the scan yields between batches).
   */
  async readFile(path: string, into: Map<string, DiskArticle> = this.files, now = false): Promise<boolean> {
    const io = now ? BLOCKING_IO : ASYNC_IO;
    if (into === this.files) this.touch(path);
    const remove = () => into.delete(path);
    if (!this.includes(path)) return remove();
    const folder = this.folderOf(path);
    const limit = folder?.settings.maxFileSize ?? DEFAULT_SETTINGS.maxFileSize;
    let bytes: Buffer;
    let stamp: FileStamp;
    try {
      // lstat: a symbolic link is not an article, as in the scan (which never follows links), so
      // a link cannot pull a file from outside the workspace into the review.
      const stat = await io.lstat(path);
      stamp = { size: stat.size, mtimeMs: stat.mtimeMs };
      if (!stat.isFile()) return remove();
      // A folder on the way may be a link out of the workspace: only files really inside it count.
      if (!(await this.insideRealFolder(path, io))) return remove();
      if (stat.size > limit) {
        this.skip(path, `larger than sourceReview.maxFileSize (${stat.size} > ${limit} bytes)`);
        return remove();
      }
      bytes = await io.readFile(path);
    } catch {
      return remove(); // deleted between the event and the read
    }
    const decoded = decodeArticle(bytes);
    if ('skip' in decoded) {
      this.skip(path, decoded.skip);
      return remove();
    }
    this.reported.delete(path);
    const before = into.get(path);
    if (before && before.text === decoded.text) return false;
    into.set(path, { path, uri: uriOfPath(path), text: decoded.text, stamp });
    return true;
  }

  /** Real paths of the workspace folders while a full scan runs. */
  private realRoots: Map<string, Promise<string>> | undefined;

  private realRoot(folder: Folder, io: FileIo): Promise<string> {
    if (!this.realRoots) return Promise.resolve(io.realpath(folder.fsPath));
    let root = this.realRoots.get(folder.fsPath);
    if (!root) {
      root = Promise.resolve(io.realpath(folder.fsPath));
      root.catch(() => undefined);
      this.realRoots.set(folder.fsPath, root);
    }
    return root;
  }

  /** Whether `path`, links resolved, lies inside its workspace folder (links resolved too). */
  private async insideRealFolder(path: string, io: FileIo = ASYNC_IO): Promise<boolean> {
    const folder = this.folderOf(path);
    if (!folder) return false;
    try {
      const [real, root] = await Promise.all([io.realpath(path), this.realRoot(folder, io)]);
      const rel = nodePath.relative(root, real);
      return rel !== '' && !rel.startsWith('..') && !nodePath.isAbsolute(rel);
    } catch {
      return false;
    }
  }

  remove(path: string): boolean {
    this.touch(path);
    return this.files.delete(path);
  }

  private skip(path: string, why: string): void {
    if (this.reported.has(path)) return;
    this.reported.add(path);
    this.log(`skipping ${path}: ${why}`);
  }
}
