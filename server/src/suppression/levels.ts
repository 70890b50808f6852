// How loud a kind of finding is: the levels an editor chooses per kind in settings
// (`sourceReview.severity.<kind>`) and in `.source-review.json`. "off" hides the kind; the report
// still lists what it hid.
import type { FindingKind, Severity } from '../analysis/types';
import { FINDING_KINDS } from '../analysis/types';

export type Level = 'off' | 'hint' | 'information' | 'warning' | 'error';
/** A setting's value: a level, or "default" to leave the kind as the file or the engine has it. */
export type LevelSetting = Level | 'default';

export const LEVELS: readonly Level[] = ['off', 'hint', 'information', 'warning', 'error'];

export type KindLevels = Partial<Record<FindingKind, Level>>;

/** A level as written; "info" is accepted for "information". Undefined when not a level. */
export function parseLevel(raw: unknown): Level | undefined {
  if (typeof raw !== 'string') return undefined;
  const v = raw.trim().toLowerCase();
  if (v === 'info') return 'information';
  return (LEVELS as readonly string[]).includes(v) ? (v as Level) : undefined;
}

export function isFindingKind(raw: unknown): raw is FindingKind {
  return typeof raw === 'string' && (FINDING_KINDS as readonly string[]).includes(raw);
}

/** The engine's severity for a level that shows the finding. */
export function severityOf(level: Exclude<Level, 'off'>): Severity {
  return level === 'information' ? 'info' : level;
}

/**
 * Per-kind levels from a raw object ({ "figure-conflict": "error" }), warning once per bad entry.
 * "default" entries are left out, so a lower layer (the file, then the engine) decides.
 */
export function parseKindLevels(raw: unknown, where: string, warn: (message: string) => void): KindLevels {
  const out: KindLevels = {};
  if (raw === undefined || raw === null) return out;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warn(`${where} should be an object of finding kinds and levels; ignoring it`);
    return out;
  }
  for (const [kind, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!isFindingKind(kind)) {
      warn(`${where}: unknown finding kind "${kind}" (expected ${FINDING_KINDS.join(', ')})`);
      continue;
    }
    if (value === 'default' || value === undefined || value === null) continue;
    const level = parseLevel(value);
    if (!level) {
      warn(`${where}.${kind}: "${String(value)}" is not a level (expected default, ${LEVELS.join(', ')})`);
      continue;
    }
    out[kind] = level;
  }
  return out;
}
