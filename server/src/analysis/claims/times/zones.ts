// Time zones as newsrooms write them, and their UTC offsets on a given day. A zone written as a
// standard/daylight abbreviation ("EST", "BST") is taken literally; a generic one ("ET", "Eastern",
// "UK time") follows daylight saving through Intl, whose formatters are cached (first use is slow).
import type { FullDate } from './calendar';
import { isValidDate, daysInMonth } from './calendar';
import type { CalendarDate } from '../../types';

export interface Zone {
  /** Canonical label stored on the claim ("ET" for "Eastern Time"). */
  label: string;
  /** IANA name for zones that follow daylight saving. */
  iana?: string;
  /** Fixed offset in minutes east of UTC. */
  fixed?: number;
}

const NY = 'America/New_York';
const CHI = 'America/Chicago';
const DEN = 'America/Denver';
const LA = 'America/Los_Angeles';
const LON = 'Europe/London';
const PAR = 'Europe/Paris';

/** Written form (exact case for abbreviations, lower case for words) → zone. */
const ABBREVIATIONS: Record<string, Zone> = {
  ET: { label: 'ET', iana: NY }, EST: { label: 'EST', fixed: -300 }, EDT: { label: 'EDT', fixed: -240 },
  CT: { label: 'CT', iana: CHI }, CST: { label: 'CST', fixed: -360 }, CDT: { label: 'CDT', fixed: -300 },
  MT: { label: 'MT', iana: DEN }, MST: { label: 'MST', fixed: -420 }, MDT: { label: 'MDT', fixed: -360 },
  PT: { label: 'PT', iana: LA }, PST: { label: 'PST', fixed: -480 }, PDT: { label: 'PDT', fixed: -420 },
  GMT: { label: 'GMT', fixed: 0 }, UTC: { label: 'UTC', fixed: 0 },
  BST: { label: 'BST', fixed: 60 }, CET: { label: 'CET', fixed: 60 }, CEST: { label: 'CEST', fixed: 120 },
  EET: { label: 'EET', fixed: 120 }, EEST: { label: 'EEST', fixed: 180 }, MSK: { label: 'MSK', fixed: 180 },
  JST: { label: 'JST', fixed: 540 }, KST: { label: 'KST', fixed: 540 }, HKT: { label: 'HKT', fixed: 480 },
  SGT: { label: 'SGT', fixed: 480 }, AEST: { label: 'AEST', fixed: 600 }, AEDT: { label: 'AEDT', fixed: 660 },
};

const WORDS: Record<string, Zone> = {
  'eastern': ABBREVIATIONS.ET, 'eastern time': ABBREVIATIONS.ET,
  'eastern standard time': ABBREVIATIONS.EST, 'eastern daylight time': ABBREVIATIONS.EDT,
  'central': ABBREVIATIONS.CT, 'central time': ABBREVIATIONS.CT,
  'central standard time': ABBREVIATIONS.CST, 'central daylight time': ABBREVIATIONS.CDT,
  'mountain': ABBREVIATIONS.MT, 'mountain time': ABBREVIATIONS.MT,
  'mountain standard time': ABBREVIATIONS.MST, 'mountain daylight time': ABBREVIATIONS.MDT,
  'pacific': ABBREVIATIONS.PT, 'pacific time': ABBREVIATIONS.PT,
  'pacific standard time': ABBREVIATIONS.PST, 'pacific daylight time': ABBREVIATIONS.PDT,
  'greenwich mean time': ABBREVIATIONS.GMT, 'british summer time': ABBREVIATIONS.BST,
  'central european time': ABBREVIATIONS.CET, 'central european summer time': ABBREVIATIONS.CEST,
  'eastern european time': ABBREVIATIONS.EET, 'eastern european summer time': ABBREVIATIONS.EEST,
  'uk time': { label: 'UK time', iana: LON }, 'london time': { label: 'UK time', iana: LON },
  'british time': { label: 'UK time', iana: LON },
  'paris time': { label: 'Paris time', iana: PAR }, 'brussels time': { label: 'Paris time', iana: PAR },
  'berlin time': { label: 'Paris time', iana: PAR },
  'moscow time': ABBREVIATIONS.MSK, 'tokyo time': ABBREVIATIONS.JST,
};

/** The zone for a written form, or undefined. Abbreviations must be upper case. */
export function zoneFor(written: string): Zone | undefined {
  const abbr = ABBREVIATIONS[written];
  if (abbr) return abbr;
  return WORDS[written.toLowerCase().replace(/\s+/g, ' ')];
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(iana: string): Intl.DateTimeFormat | null {
  let f = formatters.get(iana);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: iana, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
        hour: 'numeric', minute: 'numeric',
      });
    } catch {
      f = null; // a runtime without full ICU: the zone stays unresolved
    }
    formatters.set(iana, f);
  }
  return f;
}

/** Offset (minutes east of UTC) of `iana` at UTC instant `ms`. */
function offsetAt(iana: string, ms: number): number | null {
  const f = formatter(iana);
  if (!f) return null;
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute);
  return Number.isFinite(asUtc) ? Math.round((asUtc - Math.floor(ms / 60000) * 60000) / 60000) : null;
}

const offsets = new Map<string, number | null>();

/** Offset at local wall time `localMinutes` on `d` in `iana` (two passes settle DST edges). */
function localOffset(iana: string, d: FullDate, localMinutes: number): number | null {
  const key = `${iana}|${d.year}-${d.month}-${d.day}|${localMinutes}`;
  if (offsets.has(key)) return offsets.get(key) ?? null;
  const wall = Date.UTC(d.year, d.month - 1, d.day) + localMinutes * 60000;
  const first = offsetAt(iana, wall);
  const second = first === null ? null : offsetAt(iana, wall - first * 60000);
  if (offsets.size > 5000) offsets.clear();
  offsets.set(key, second);
  return second;
}

/**
 * Offset of `zone` on `date` at local time `localMinutes`, or null when it depends on daylight
 * saving and the date is not known well enough (a month with a transition in it, no year…).
 */
export function zoneOffset(zone: Zone, date: CalendarDate, localMinutes: number): number | null {
  if (zone.fixed !== undefined) return zone.fixed;
  if (!zone.iana || date.year === undefined || date.month === undefined) return null;
  const { year, month, day } = date;
  if (day !== undefined && isValidDate(year, month, day)) return localOffset(zone.iana, { year, month, day }, localMinutes);
  const a = localOffset(zone.iana, { year, month, day: 1 }, localMinutes);
  const b = localOffset(zone.iana, { year, month, day: daysInMonth(year, month) }, localMinutes);
  return a !== null && a === b ? a : null;
}
