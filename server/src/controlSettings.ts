// The settings that say when Source Review checks and how loud each kind of finding is:
// `sourceReview.enable`, `.run`, `.severity.<kind>` and `.codeLens`. Parsed like the other settings:
// a wrong value falls back to its default with one warning.
import { FINDING_KINDS, type FindingKind } from './analysis/types';
import { LEVELS, parseLevel, type KindLevels } from './suppression/levels';

export type RunMode = 'onType' | 'onSave' | 'manual';
export const RUN_MODES: readonly RunMode[] = ['onType', 'onSave', 'manual'];

export interface ControlSettings {
  /** False: the folder's articles are not checked and get no diagnostics. */
  enable: boolean;
  /** When an open article is checked: while typing, when saved, or only on command. */
  run: RunMode;
  /** Levels chosen per kind ("default" entries left out: the file or the engine decides). */
  severity: KindLevels;
  /** CodeLens above paragraphs with findings. */
  codeLens: boolean;
}

export const DEFAULT_CONTROL_SETTINGS: Readonly<ControlSettings> = Object.freeze({
  enable: true,
  run: 'onType' as RunMode,
  severity: Object.freeze({}) as KindLevels,
  codeLens: true,
});

type Warn = (message: string) => void;

/** Reads the control settings from a raw `sourceReview` object (nested or dotted severity keys). */
export function parseControlSettings(r: Record<string, unknown>, warn: Warn): ControlSettings {
  const d = DEFAULT_CONTROL_SETTINGS;
  const bool = (key: string, fallback: boolean): boolean => {
    const v = r[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'boolean') return v;
    warn(`sourceReview.${key} should be true or false; using ${fallback}`);
    return fallback;
  };
  let run = d.run;
  if (r.run !== undefined && r.run !== null) {
    if ((RUN_MODES as readonly unknown[]).includes(r.run)) run = r.run as RunMode;
    else warn(`sourceReview.run should be one of ${RUN_MODES.join(', ')}; using ${d.run}`);
  }
  const severity: KindLevels = {};
  const nested = r.severity !== null && typeof r.severity === 'object' && !Array.isArray(r.severity) ? (r.severity as Record<string, unknown>) : {};
  if (r.severity !== undefined && r.severity !== null && nested !== r.severity) warn('sourceReview.severity should be an object of kinds and levels; ignoring it');
  for (const kind of FINDING_KINDS) {
    const raw = nested[kind] ?? r[`severity.${kind}`];
    if (raw === undefined || raw === null || raw === 'default') continue;
    const level = parseLevel(raw);
    if (level) severity[kind as FindingKind] = level;
    else warn(`sourceReview.severity.${kind} should be one of default, ${LEVELS.join(', ')}; using default`);
  }
  return { enable: bool('enable', d.enable), run, severity, codeLens: bool('codeLens', d.codeLens) };
}
