// The `sourceReview.*` settings of one resource, read through workspace/configuration. A value of
// the wrong type falls back to its default with one warning, so a typo never stops the checks.
import { DEFAULT_CONTROL_SETTINGS, parseControlSettings, type ControlSettings } from './controlSettings';

/** Also `enable`, `run`, `severity` and `codeLens` (controlSettings.ts). */
export interface Settings extends ControlSettings {
  /** Globs (relative to the workspace folder) of the articles in the review set. */
  sources: string[];
  /** Globs left out of the review set. */
  exclude: string[];
  /** Globs of files that are drafts whatever their name or front matter says. */
  drafts: string[];
  /** Quiet time after an edit before re-checking. */
  debounceMs: number;
  /** Files larger than this (bytes) are left out. */
  maxFileSize: number;
  /** Article files read per workspace folder at most (a guard against opening a whole disk). */
  maxFiles: number;
  /** Relative tolerance for figures without a qualifier (0.05 = 5%); undefined = engine default. */
  figureTolerance: number | undefined;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  sources: ['**/*.{txt,md}'],
  exclude: ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**'],
  drafts: ['**/draft*'],
  debounceMs: 200,
  maxFileSize: 1_000_000,
  maxFiles: 20_000,
  figureTolerance: undefined,
  ...DEFAULT_CONTROL_SETTINGS,
});

type Warn = (message: string) => void;

function stringList(raw: unknown, name: string, fallback: string[], warn: Warn, allowSingle: boolean): string[] {
  if (raw === undefined || raw === null) return fallback;
  if (allowSingle && typeof raw === 'string') return [raw];
  if (Array.isArray(raw) && raw.every((x) => typeof x === 'string')) return raw as string[];
  warn(`sourceReview.${name} should be a list of globs; using the default ${JSON.stringify(fallback)}`);
  return fallback;
}

function numberIn(raw: unknown, name: string, fallback: number, min: number, max: number, warn: Warn): number {
  if (raw === undefined || raw === null) return fallback;
  if (typeof raw === 'number' && Number.isFinite(raw) && raw >= min && raw <= max) return raw;
  warn(`sourceReview.${name} should be a number from ${min} to ${max}; using the default ${fallback}`);
  return fallback;
}

/** Reads a raw `sourceReview` configuration object; anything malformed falls back to defaults. */
export function parseSettings(raw: unknown, warn: Warn): Settings {
  const d = DEFAULT_SETTINGS;
  if (raw === undefined || raw === null) return { ...d };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warn('the sourceReview settings are not an object; using the defaults');
    return { ...d };
  }
  const r = raw as Record<string, unknown>;
  let figureTolerance: number | undefined = undefined;
  if (r.figureTolerance !== undefined && r.figureTolerance !== null) {
    figureTolerance = numberIn(r.figureTolerance, 'figureTolerance', -1, 0, 1, warn);
    if (figureTolerance < 0) figureTolerance = undefined;
  }
  return {
    sources: stringList(r.sources, 'sources', [...d.sources], warn, true),
    exclude: stringList(r.exclude, 'exclude', [...d.exclude], warn, true),
    drafts: stringList(r.drafts, 'drafts', [...d.drafts], warn, true),
    debounceMs: numberIn(r.debounceMs, 'debounceMs', d.debounceMs, 0, 60_000, warn),
    maxFileSize: numberIn(r.maxFileSize, 'maxFileSize', d.maxFileSize, 0, 1e9, warn),
    maxFiles: numberIn(r.maxFiles, 'maxFiles', d.maxFiles, 1, 1e7, warn),
    figureTolerance,
    ...parseControlSettings(r, warn),
  };
}

/** True when the settings change which files are in the review set or how they are read. */
export function changesReviewSet(a: Settings, b: Settings): boolean {
  return JSON.stringify([a.sources, a.exclude, a.drafts, a.maxFileSize, a.maxFiles]) !== JSON.stringify([b.sources, b.exclude, b.drafts, b.maxFileSize, b.maxFiles]);
}
