// `.source-review.json`: the review settings a newsroom keeps beside its articles, shared by the
// editor and the command line. Findings ignored by stable id (one article), claims ignored in every
// article, and per-kind levels:
//
//   {
//     "severity": { "unsourced-claim": "off", "time-conflict": "error" },
//     "ignoreFindings": [
//       { "id": "figure-conflict:draft_harbour:1f0c9a2e", "path": "desk/draft_harbour.md", "text": "3,400 people" }
//     ],
//     "ignoreClaims": [ { "kind": "quote-mismatch", "text": "we will rebuild" } ]
//   }
//
// Paths are relative to the folder holding the file, with forward slashes, and can never leave it.
import type { FindingKind } from '../analysis/types';
import type { KindLevels } from './levels';
import { isFindingKind, parseKindLevels } from './levels';
import { JsoncError, parseJsonc } from './jsonc';

export const CONFIG_FILE = '.source-review.json';

export interface IgnoredFinding {
  /** Finding.id: kind, article label and a hash of the claim's words. */
  id: string;
  /** The article, relative to the file's folder; when absent the id alone decides. */
  path?: string;
  /** The claim's words, for people reading the file. Not used to match. */
  text?: string;
  note?: string;
}

export interface IgnoredClaim {
  /** The claim's words; matched without case, quotation marks or extra spaces. */
  text: string;
  /** Only findings of this kind; every kind when absent. */
  kind?: FindingKind;
  note?: string;
}

export interface ReviewConfig {
  severity: KindLevels;
  ignoreFindings: IgnoredFinding[];
  ignoreClaims: IgnoredClaim[];
}

export const EMPTY_CONFIG: Readonly<ReviewConfig> = Object.freeze({ severity: {}, ignoreFindings: [], ignoreClaims: [] });

type Warn = (message: string) => void;

/**
 * A path from the file as a clean relative path inside its folder ("desk/draft.md"), or null when it
 * is absolute, empty, or climbs out of the folder ("../x", "/etc/x", "C:\\x", "a/../../x").
 */
export function insidePath(raw: string): string | null {
  if (raw.includes('\0')) return null;
  const slashed = raw.trim().replace(/\\/g, '/');
  if (slashed === '' || slashed.startsWith('/') || /^[a-zA-Z]:/.test(slashed) || slashed.startsWith('~')) return null;
  const parts: string[] = [];
  for (const part of slashed.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
      continue;
    }
    parts.push(part);
  }
  // "a/../C:/x" ends up as a drive path once the ".." is resolved: absolute on Windows.
  if (parts.length > 0 && /^[a-zA-Z]:/.test(parts[0])) return null;
  return parts.length > 0 ? parts.join('/') : null;
}

/** Claim words compared without case, quotation marks or runs of white space. */
export function normalClaim(text: string): string {
  return text.toLowerCase().replace(/[‘’“”"'«»„]/g, '').replace(/\s+/g, ' ').trim();
}

function optionalString(o: Record<string, unknown>, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

/** Reads the file's text. Anything malformed is left out with one warning; the rest still applies. */
export function parseReviewConfig(text: string, file: string, warn: Warn): ReviewConfig {
  if (text.trim() === '') return { ...EMPTY_CONFIG, severity: {}, ignoreFindings: [], ignoreClaims: [] };
  let raw: unknown;
  try {
    raw = parseJsonc(text).value;
  } catch (err) {
    warn(`${file}: ${err instanceof JsoncError ? err.message : String(err)}; nothing in it applies`);
    return { severity: {}, ignoreFindings: [], ignoreClaims: [] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    warn(`${file} should hold a JSON object; nothing in it applies`);
    return { severity: {}, ignoreFindings: [], ignoreClaims: [] };
  }
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (!['severity', 'ignoreFindings', 'ignoreClaims', '$schema', 'version'].includes(key)) warn(`${file}: unknown key "${key}" ignored`);
  }
  const config: ReviewConfig = { severity: parseKindLevels(r.severity, `${file} severity`, warn), ignoreFindings: [], ignoreClaims: [] };

  const list = (key: string): Record<string, unknown>[] => {
    const v = r[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      warn(`${file}: "${key}" should be a list; ignoring it`);
      return [];
    }
    return v.filter((e, i): e is Record<string, unknown> => {
      const ok = e !== null && typeof e === 'object' && !Array.isArray(e);
      if (!ok) warn(`${file}: ${key}[${i}] should be an object; ignoring it`);
      return ok;
    });
  };

  list('ignoreFindings').forEach((e, i) => {
    const id = optionalString(e, 'id');
    if (!id) return warn(`${file}: ignoreFindings[${i}] has no "id"; ignoring it`);
    const entry: IgnoredFinding = { id };
    const rawPath = e.path;
    if (rawPath !== undefined) {
      const p = typeof rawPath === 'string' ? insidePath(rawPath) : null;
      if (p === null) return warn(`${file}: ignoreFindings[${i}] path ${JSON.stringify(rawPath)} is not a relative path inside the folder; ignoring the entry`);
      entry.path = p;
    }
    const t = optionalString(e, 'text');
    if (t) entry.text = t;
    const note = optionalString(e, 'note');
    if (note) entry.note = note;
    config.ignoreFindings.push(entry);
  });

  list('ignoreClaims').forEach((e, i) => {
    const t = optionalString(e, 'text');
    if (!t || normalClaim(t) === '') return warn(`${file}: ignoreClaims[${i}] has no "text"; ignoring it`);
    const entry: IgnoredClaim = { text: t };
    if (e.kind !== undefined) {
      if (!isFindingKind(e.kind)) return warn(`${file}: ignoreClaims[${i}] kind ${JSON.stringify(e.kind)} is not a finding kind; ignoring the entry`);
      entry.kind = e.kind;
    }
    const note = optionalString(e, 'note');
    if (note) entry.note = note;
    config.ignoreClaims.push(entry);
  });
  return config;
}
