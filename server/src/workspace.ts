// The review set: every article file in the workspace folders (matching sourceReview.sources, minus
// sourceReview.exclude), read once from disk and kept current by file-watcher events. Open documents
// replace their disk text with the live text elsewhere (see review.ts).
import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ArticleRole } from './analysis/types';
import { compileGlobs, type GlobMatcher } from './glob';
import { DEFAULT_SETTINGS, type Settings } from './settings';

const ARTICLE_EXTENSIONS = ['.txt', '.md'];
/** A safety cap: a folder with more article files than this is not a newsroom folder. */
const MAX_FILES_PER_FOLDER = 5000;
const MAX_DEPTH = 12;

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

export class ReviewSet {
  private folders: Folder[] = [];
  private files = new Map<string, DiskArticle>();
  /** Paths already reported as skipped, so each is logged once. */
  private readonly reported = new Set<string>();

  constructor(private readonly log: Log) {}

  getFolders(): readonly Folder[] {
    return this.folders;
  }

  setFolders(folders: Folder[]): void {
    this.folders = folders;
  }

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
    const folder = this.folderOf(path);
    const rel = folder && relativeTo(folder, path);
    return folder && rel !== undefined && folder.drafts(rel) ? 'draft' : undefined;
  }

  diskArticles(): DiskArticle[] {
    return [...this.files.values()];
  }

  get size(): number {
    return this.files.size;
  }

  /** Re-reads every folder from disk. */
  async scanAll(): Promise<void> {
    // Read into a new map and swap, so a check meanwhile sees the old set, never a half-read one.
    const fresh = new Map<string, DiskArticle>();
    for (const folder of this.folders) await this.scanFolder(folder, fresh);
    this.files = fresh;
  }

  /**
   * Reads the articles under `dir` (a folder created or renamed inside a workspace folder) into the
   * set; returns true when the set changed.
   */
  async scanFolderAt(dir: string): Promise<boolean> {
    const folder = this.folderOf(dir);
    if (!folder) return false;
    try {
      if (!(await fs.stat(dir)).isDirectory()) return false;
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
    const walk = async (dir: string, depth: number): Promise<void> => {
      if (depth > MAX_DEPTH || count >= MAX_FILES_PER_FOLDER) return;
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
          await walk(full, depth + 1);
        } else if (e.isFile() && this.includes(full)) {
          if (++count > MAX_FILES_PER_FOLDER) {
            this.log(`more than ${MAX_FILES_PER_FOLDER} article files in ${folder.fsPath}; the rest are left out`);
            return;
          }
          const c = await this.readFile(full, into);
          changed?.(c);
        }
      }
    };
    const depth = from === folder.fsPath ? 0 : nodePath.relative(folder.fsPath, from).split(nodePath.sep).length;
    await walk(from, depth);
  }

  /** Reads (or re-reads) one file into the set; returns true when the set changed. */
  async readFile(path: string, into: Map<string, DiskArticle> = this.files): Promise<boolean> {
    const remove = () => into.delete(path);
    if (!this.includes(path)) return remove();
    const folder = this.folderOf(path);
    const limit = folder?.settings.maxFileSize ?? DEFAULT_SETTINGS.maxFileSize;
    let bytes: Buffer;
    try {
      const stat = await fs.stat(path);
      if (!stat.isFile()) return remove();
      if (stat.size > limit) {
        this.skip(path, `larger than sourceReview.maxFileSize (${stat.size} > ${limit} bytes)`);
        return remove();
      }
      bytes = await fs.readFile(path);
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
    into.set(path, { path, uri: uriOfPath(path), text: decoded.text });
    return true;
  }

  remove(path: string): boolean {
    return this.files.delete(path);
  }

  private skip(path: string, why: string): void {
    if (this.reported.has(path)) return;
    this.reported.add(path);
    this.log(`skipping ${path}: ${why}`);
  }
}
