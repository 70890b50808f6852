// Finds and reads the articles named on the command line. Folders are searched recursively for
// .txt/.md/.markdown files; a file that cannot be read as text is skipped with a warning, never a
// crash. Symlinked folders are followed once (by real path), so a link loop ends.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown'];
/** Folders never searched: dependencies, version control, build output. Hidden folders neither. */
export const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);
export const DEFAULT_MAX_FILE_SIZE = 1_000_000;

export interface ArticleFile {
  /** As shown in output: relative to the working folder, forward slashes. */
  path: string;
  absolute: string;
  text: string;
}

export interface CollectOptions {
  cwd: string;
  maxFileSize?: number;
}

export interface CollectResult {
  files: ArticleFile[];
  /** One line each: a file or folder skipped. */
  warnings: string[];
  /** One line each: a PATH that does not exist; the command should stop with exit code 2. */
  errors: string[];
}

/** `path.relative` with forward slashes; "." never, an absolute path when on another drive. */
export function displayPath(cwd: string, absolute: string): string {
  const rel = path.relative(cwd, absolute);
  return (rel === '' ? path.basename(absolute) : rel).split(path.sep).join('/');
}

export function isArticleName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** Bytes → text: refuses binary (a NUL in the first 8 KB) and invalid UTF-8. A UTF-8 BOM is dropped, as editors do. */
export function decodeArticle(bytes: Uint8Array): Decoded {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, reason: 'binary file' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}

const reason = (err: unknown) => (err instanceof Error && 'code' in err ? String((err as NodeJS.ErrnoException).code) : err instanceof Error ? err.message : String(err));

export function collectArticles(paths: readonly string[], options: CollectOptions): CollectResult {
  const { cwd } = options;
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const result: CollectResult = { files: [], warnings: [], errors: [] };
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  const readFile = (absolute: string) => {
    const shown = displayPath(cwd, absolute);
    let real: string;
    let size: number;
    try {
      real = fs.realpathSync(absolute);
      size = fs.statSync(real).size;
    } catch (err) {
      result.warnings.push(`skipped ${shown}: cannot read (${reason(err)})`);
      return;
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    if (size > maxFileSize) {
      result.warnings.push(`skipped ${shown}: ${size} bytes is over the ${maxFileSize}-byte limit (--max-file-size)`);
      return;
    }
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(real);
    } catch (err) {
      result.warnings.push(`skipped ${shown}: cannot read (${reason(err)})`);
      return;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      result.warnings.push(`skipped ${shown}: ${decoded.reason}`);
      return;
    }
    result.files.push({ path: shown, absolute, text: decoded.text });
  };

  const walk = (dir: string) => {
    let real: string;
    let entries: fs.Dirent[];
    try {
      real = fs.realpathSync(dir);
      if (seenDirs.has(real)) return; // a symlink loop or a folder named twice
      seenDirs.add(real);
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      result.warnings.push(`skipped ${displayPath(cwd, dir)}/: cannot read folder (${reason(err)})`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = fs.statSync(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling link is not an article
        }
      }
      if (isDir) {
        if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(full);
      } else if (isFile && isArticleName(entry.name)) {
        readFile(full);
      }
    }
  };

  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let st: fs.Stats;
    try {
      st = fs.statSync(absolute);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      result.errors.push(code === 'ENOENT' || code === 'ENOTDIR' ? `no such file or folder: ${given}` : `cannot read ${given} (${reason(err)})`);
      continue;
    }
    // A folder named on the command line is searched even when its name would be skipped inside a walk.
    if (st.isDirectory()) walk(absolute);
    else readFile(absolute); // a file named explicitly is read whatever its extension
  }
  return result;
}
