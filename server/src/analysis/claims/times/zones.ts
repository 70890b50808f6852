// Time zones as newsrooms write them, and their UTC offsets on a given day. A zone written as a
// standard/daylight abbreviation ("EST", "BST") is taken literally; a generic one ("ET", "Eastern",
// "UK time") follows daylight saving through Intl, whose formatters are cached (first use is slow).
import type { FullDate } from './calendar';
import { isValidDate, daysInMonth } from './calendar';
import type { CalendarDate } from '../../types';
import { wordTable } from '../../wordTable';

export interface Zone {
  /** Canonical label stored on the claim ("ET" for "Eastern Time"). */
  label: string;
  /** IANA name for zones that follow daylight saving. */
  iana?: string;
  /** Fixed offset in minutes east of UTC. */
  fixed?: number;
  /** Zones one newsroom writes interchangeably ("ET", "EDT", "Eastern"): one family. */
  family: string;
}

const NY = 'America/New_York';
const CHI = 'America/Chicago';
const DEN = 'America/Denver';
const LA = 'America/Los_Angeles';
const LON = 'Europe/London';
const PAR = 'Europe/Paris';

/** Written form (exact case for abbreviations, lower case for words) → zone. */
const ABBREVIATIONS: Record<string, Zone> = wordTable({
  ET: { label: 'ET', iana: NY, family: 'us-east' }, EST: { label: 'EST', fixed: -300, family: 'us-east' }, EDT: { label: 'EDT', fixed: -240, family: 'us-east' },
  CT: { label: 'CT', iana: CHI, family: 'us-central' }, CST: { label: 'CST', fixed: -360, family: 'us-central' }, CDT: { label: 'CDT', fixed: -300, family: 'us-central' },
  MT: { label: 'MT', iana: DEN, family: 'us-mountain' }, MST: { label: 'MST', fixed: -420, family: 'us-mountain' }, MDT: { label: 'MDT', fixed: -360, family: 'us-mountain' },
  PT: { label: 'PT', iana: LA, family: 'us-pacific' }, PST: { label: 'PST', fixed: -480, family: 'us-pacific' }, PDT: { label: 'PDT', fixed: -420, family: 'us-pacific' },
  GMT: { label: 'GMT', fixed: 0, family: 'uk' }, UTC: { label: 'UTC', fixed: 0, family: 'utc' },
  BST: { label: 'BST', fixed: 60, family: 'uk' }, CET: { label: 'CET', fixed: 60, family: 'cet' }, CEST: { label: 'CEST', fixed: 120, family: 'cet' },
  EET: { label: 'EET', fixed: 120, family: 'eet' }, EEST: { label: 'EEST', fixed: 180, family: 'eet' }, MSK: { label: 'MSK', fixed: 180, family: 'msk' },
  JST: { label: 'JST', fixed: 540, family: 'jst' }, KST: { label: 'KST', fixed: 540, family: 'kst' }, HKT: { label: 'HKT', fixed: 480, family: 'hkt' },
  SGT: { label: 'SGT', fixed: 480, family: 'sgt' }, AEST: { label: 'AEST', fixed: 600, family: 'aest' }, AEDT: { label: 'AEDT', fixed: 660, family: 'aest' },
  // "IST" in news is India's (UTC+5:30) far more often than Ireland's or Israel's.
  IST: { label: 'IST', fixed: 330, family: 'ist' }, PKT: { label: 'PKT', fixed: 300, family: 'pkt' },
  // Bangladesh keeps UTC+6 all year; newsrooms there write "BST" for it, which stays Britain's here
  // (the article's own words, "Bangladesh Standard Time (BST, UTC+6)", say otherwise: claims/times).
  BDT: { label: 'BDT', fixed: 360, family: 'bdt' },
  NPT: { label: 'NPT', fixed: 345, family: 'npt' }, WIB: { label: 'WIB', fixed: 420, family: 'wib' },
  // Indonesia's central and eastern clocks (Bali, Sulawesi; Papua), UTC+8 and UTC+9 all year.
  WITA: { label: 'WITA', fixed: 480, family: 'wita' }, WIT: { label: 'WIT', fixed: 540, family: 'wit' },
  PHT: { label: 'PHT', fixed: 480, family: 'pht' }, AWST: { label: 'AWST', fixed: 480, family: 'awst' },
  ACST: { label: 'ACST', fixed: 570, family: 'acst' }, ACDT: { label: 'ACDT', fixed: 630, family: 'acst' },
  NZST: { label: 'NZST', fixed: 720, family: 'nz' }, NZDT: { label: 'NZDT', fixed: 780, family: 'nz' },
  SAST: { label: 'SAST', fixed: 120, family: 'sast' }, EAT: { label: 'EAT', fixed: 180, family: 'eat' },
  WAT: { label: 'WAT', fixed: 60, family: 'wat' }, CAT: { label: 'CAT', fixed: 120, family: 'cat' },
  HST: { label: 'HST', fixed: -600, family: 'hst' }, AKST: { label: 'AKST', fixed: -540, family: 'ak' }, AKDT: { label: 'AKDT', fixed: -480, family: 'ak' },
  BRT: { label: 'BRT', fixed: -180, family: 'brt' }, ART: { label: 'ART', fixed: -180, family: 'art' },
  // Chile's standard and summer time (UTC−4, UTC−3); Colombia and Peru keep UTC−5 all year.
  CLT: { label: 'CLT', fixed: -240, family: 'chile' }, CLST: { label: 'CLST', fixed: -180, family: 'chile' },
  COT: { label: 'COT', fixed: -300, family: 'cot' }, PET: { label: 'PET', fixed: -300, family: 'pet' },
  // Newfoundland keeps a half-hour zone, UTC−3:30 (summer UTC−2:30).
  NST: { label: 'NST', fixed: -210, family: 'nst' }, NDT: { label: 'NDT', fixed: -150, family: 'nst' },
});

const UK_TIME: Zone = { label: 'UK time', iana: LON, family: 'uk' };
const PARIS_TIME: Zone = { label: 'Paris time', iana: PAR, family: 'cet' };
const ALASKA_TIME: Zone = { label: 'Alaska time', iana: 'America/Anchorage', family: 'ak' };
/** Australia's eastern clock where it keeps summer time (New South Wales, Victoria, the ACT, Tasmania): AEST, AEDT in summer. */
const SYDNEY_TIME: Zone = { label: 'Sydney time', iana: 'Australia/Sydney', family: 'aest' };
/** Panama keeps UTC−5 all year, with no summer time: an hour behind New York from March to November. */
const PANAMA_TIME: Zone = { label: 'Panama time', fixed: -300, family: 'panama' };

/** The zone that follows daylight saving for each family: what a mix of "EST" and "EDT" stands for. */
const GENERIC: Record<string, Zone> = wordTable({
  'us-east': ABBREVIATIONS.ET, 'us-central': ABBREVIATIONS.CT, 'us-mountain': ABBREVIATIONS.MT,
  'us-pacific': ABBREVIATIONS.PT, uk: UK_TIME, cet: PARIS_TIME, ak: ALASKA_TIME,
});

/** The daylight-saving zone of `family`, when it has one ("us-east" → ET). */
export function genericZone(family: string): Zone | undefined {
  return GENERIC[family];
}

/**
 * A country's fixed clock by its name, "<name> Time" or "<name> Standard Time": "5:10 a.m. Nepal Time",
 * "India Standard Time", and Africa's clocks as its newsrooms and central banks write them ("2 p.m. East
 * Africa Time", "East African Time"), and South America's that keep one offset all year ("Peru Time").
 */
function countryClocks(): Record<string, Zone> {
  const clocks: [string[], Zone][] = [
    [['nepal'], ABBREVIATIONS.NPT], [['india', 'indian'], ABBREVIATIONS.IST], [['pakistan'], ABBREVIATIONS.PKT],
    [['bangladesh'], ABBREVIATIONS.BDT], [['sri lanka'], ABBREVIATIONS.IST],
    [['japan'], ABBREVIATIONS.JST], [['korea'], ABBREVIATIONS.KST], [['singapore'], ABBREVIATIONS.SGT],
    [['philippine'], ABBREVIATIONS.PHT], [['newfoundland'], ABBREVIATIONS.NST],
    [['east africa', 'east african'], ABBREVIATIONS.EAT], [['west africa', 'west african'], ABBREVIATIONS.WAT],
    [['central africa', 'central african'], ABBREVIATIONS.CAT], [['south africa', 'south african'], ABBREVIATIONS.SAST],
    // South America's clocks without summer time ("2:40 a.m. Peru Time", "Colombia Time"; UTC−5 all year).
    [['peru', 'peruvian'], ABBREVIATIONS.PET], [['colombia', 'colombian'], ABBREVIATIONS.COT],
  ];
  const out: Record<string, Zone> = {};
  for (const [names, zone] of clocks) for (const name of names) { out[`${name} time`] = zone; out[`${name} standard time`] = zone; }
  return out;
}

const WORDS: Record<string, Zone> = wordTable({
  'eastern': ABBREVIATIONS.ET, 'eastern time': ABBREVIATIONS.ET,
  'eastern standard time': ABBREVIATIONS.EST, 'eastern daylight time': ABBREVIATIONS.EDT,
  'central': ABBREVIATIONS.CT, 'central time': ABBREVIATIONS.CT,
  'central standard time': ABBREVIATIONS.CST, 'central daylight time': ABBREVIATIONS.CDT,
  'mountain': ABBREVIATIONS.MT, 'mountain time': ABBREVIATIONS.MT,
  'mountain standard time': ABBREVIATIONS.MST, 'mountain daylight time': ABBREVIATIONS.MDT,
  'pacific': ABBREVIATIONS.PT, 'pacific time': ABBREVIATIONS.PT,
  'pacific standard time': ABBREVIATIONS.PST, 'pacific daylight time': ABBREVIATIONS.PDT,
  // "14:30 US Eastern", as papers abroad write it for American readers.
  'us eastern': ABBREVIATIONS.ET, 'us eastern time': ABBREVIATIONS.ET, 'us central': ABBREVIATIONS.CT, 'us central time': ABBREVIATIONS.CT,
  'us mountain': ABBREVIATIONS.MT, 'us mountain time': ABBREVIATIONS.MT, 'us pacific': ABBREVIATIONS.PT, 'us pacific time': ABBREVIATIONS.PT,
  // Alaska and Hawaii, as US papers write them out ("9:47 p.m. Alaska Standard Time"); Hawaii keeps no daylight saving.
  'alaska time': ALASKA_TIME,
  'alaska standard time': ABBREVIATIONS.AKST, 'alaska daylight time': ABBREVIATIONS.AKDT,
  'hawaii time': ABBREVIATIONS.HST, 'hawaii standard time': ABBREVIATIONS.HST,
  'greenwich mean time': ABBREVIATIONS.GMT, 'british summer time': ABBREVIATIONS.BST,
  // "Central European time" is the region's clock all year, as "Eastern time" is ("CET" is the winter offset).
  'central european time': PARIS_TIME, 'central european summer time': ABBREVIATIONS.CEST,
  'eastern european time': ABBREVIATIONS.EET, 'eastern european summer time': ABBREVIATIONS.EEST,
  'uk time': UK_TIME, 'london time': UK_TIME, 'british time': UK_TIME,
  'paris time': PARIS_TIME, 'brussels time': PARIS_TIME, 'berlin time': PARIS_TIME,
  'sydney time': SYDNEY_TIME, 'melbourne time': SYDNEY_TIME, 'canberra time': SYDNEY_TIME,
  'panama time': PANAMA_TIME, 'panama standard time': PANAMA_TIME,
  'moscow time': ABBREVIATIONS.MSK, 'tokyo time': ABBREVIATIONS.JST, 'newfoundland daylight time': ABBREVIATIONS.NDT,
  ...countryClocks(),
});

/** "+8", "+5:30", "−3", "-03:00" right after "UTC"/"GMT": a fixed offset east of UTC. Bounded: linear. */
const OFFSET_AFTER = /^ ?([+\u2212\u2013-]) ?(\d{1,2})(?::?(\d\d))?(?![\d:])/;

/**
 * "UTC+8", "GMT−3", "UTC+5:30": the fixed zone an offset written after UTC or GMT names (`after` is
 * the text right after the abbreviation), or undefined when none is written (or it is no offset a
 * clock has: beyond 14 hours).
 */
export function offsetZone(after: string): Zone | undefined {
  const m = OFFSET_AFTER.exec(after);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + (m[3] ? Number(m[3]) : 0);
  if (minutes === 0 || minutes > 14 * 60 || (m[3] && Number(m[3]) >= 60)) return undefined;
  const sign = m[1] === '+' ? 1 : -1;
  const label = `UTC${sign > 0 ? '+' : '-'}${m[2]}${m[3] ? ':' + m[3] : ''}`;
  return { label, fixed: sign * minutes, family: label };
}

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

/** Years over which a day without a year is checked: the offset must be the same in all of them. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2040;

const yearless = new Map<string, number | null>();

/**
 * The offset of `iana` on `month` (and `day`, when known) in any year, or null when daylight saving
 * starts or ends on it in some year (US March, April, October, November; EU/UK March, October).
 */
function offsetAnyYear(iana: string, month: number, day: number | undefined): number | null {
  const key = `${iana}|${month}|${day ?? ''}`;
  if (yearless.has(key)) return yearless.get(key) ?? null;
  let found: number | null | undefined;
  for (let year = FIRST_YEAR; year <= LAST_YEAR && found !== null; year++) {
    if (day !== undefined && !isValidDate(year, month, day)) continue; // February 29
    const first = localOffset(iana, { year, month, day: day ?? 1 }, 0);
    const last = localOffset(iana, { year, month, day: day ?? daysInMonth(year, month) }, 1439);
    if (first === null || first !== last || (found !== undefined && found !== first)) found = null;
    else found = first;
  }
  const value = found ?? null;
  yearless.set(key, value);
  return value;
}

/**
 * Offset of `zone` on `date` at local time `localMinutes`, or null when it depends on daylight
 * saving and the date is not known well enough (a month with a transition in it, no year…).
 */
export function zoneOffset(zone: Zone, date: CalendarDate, localMinutes: number): number | null {
  if (zone.fixed !== undefined) return zone.fixed;
  if (!zone.iana || date.month === undefined || date.month < 1 || date.month > 12) return null;
  const { year, month, day } = date;
  if (year === undefined) return offsetAnyYear(zone.iana, month, day !== undefined && isValidDate(2024, month, day) ? day : undefined);
  if (day !== undefined && isValidDate(year, month, day)) return localOffset(zone.iana, { year, month, day }, localMinutes);
  const a = localOffset(zone.iana, { year, month, day: 1 }, localMinutes);
  const b = localOffset(zone.iana, { year, month, day: daysInMonth(year, month) }, localMinutes);
  return a !== null && a === b ? a : null;
}
