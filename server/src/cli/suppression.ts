// The command line honours what editors hide, like the editor does: ignore comments and
// "[source needed]" markers in the articles, and `.source-review.json` — found in the current folder
// or the nearest folder above it (or named with --config; --no-config reads none). Entry paths in
// the file are relative to its folder and never reach outside it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Review } from '../analysis/types';
import { applySuppression, CONFIG_FILE, insidePath, parseReviewConfig, type ArticleRules, type ReviewConfig, type SuppressionResult } from '../suppression';
import type { ArticleFile } from './files';
import { displayPath } from './files';

export interface LoadedConfig {
  /** The file, absolute. */
  file: string;
  /** Its folder: entry paths are relative to it. */
  dir: string;
  /** As shown in output (relative to the working folder). */
  shown: string;
  config: ReviewConfig;
}

/** The nearest `.source-review.json` in `from` or a folder above it. */
export function findConfigFile(from: string): string | null {
  let dir = path.resolve(from);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE);
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here; look higher
    }
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/**
 * Reads the settings file: `explicit` (--config), else the nearest one from `cwd` up, none with
 * --no-config. Errors (a named file missing or unreadable) come back as `error` for exit code 2.
 */
export function loadConfig(cwd: string, explicit: string | undefined, none: boolean, warn: (line: string) => void): { loaded: LoadedConfig | null; error?: string } {
  if (none) return { loaded: null };
  const file = explicit !== undefined ? path.resolve(cwd, explicit) : findConfigFile(cwd);
  if (file === null) return { loaded: null };
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (explicit !== undefined) return { loaded: null, error: `cannot read --config ${explicit} (${code ?? String(err)})` };
    warn(`cannot read ${displayPath(cwd, file)} (${code ?? String(err)}); nothing is hidden`);
    return { loaded: null };
  }
  const shown = displayPath(cwd, file);
  return { loaded: { file, dir: path.dirname(file), shown, config: parseReviewConfig(text, shown, warn) } };
}

/** What applies to one article of the run. */
export function rulesFor(file: ArticleFile | undefined, loaded: LoadedConfig | null): ArticleRules {
  if (!loaded) return {};
  const rules: ArticleRules = { config: loaded.config, configName: loaded.shown };
  if (file) {
    const rel = path.relative(loaded.dir, path.resolve(file.absolute));
    if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) {
      const inside = insidePath(rel.split(path.sep).join('/'));
      if (inside) rules.relativePath = inside;
    }
  }
  return rules;
}

/** The review with what the articles and the settings file hide taken out (and listed). */
export function suppressForCli(review: Review, files: readonly ArticleFile[], loaded: LoadedConfig | null): SuppressionResult {
  const byPath = new Map(files.map((f) => [f.path, f]));
  return applySuppression(review, {
    textOf: (p) => byPath.get(p)?.text,
    rulesFor: (p) => rulesFor(byPath.get(p), loaded),
  });
}
