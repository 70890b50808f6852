// When two figures talk about the same quantity, and whether their numbers can both be true.
import type { CalendarDate, ClockReading, Figure, TimeClaim } from '../types';
import { zoneFor, zoneOffset } from '../claims/times/zones';
import { wordTable } from '../wordTable';
import type { PartOfDay } from '../claims/partOfDay';
import { WORKFORCE_NOUNS } from '../claims/figures/workforce';
import { isTallied, VOTE } from '../claims/figures/tallies';
import { US_GALLON } from '../claims/figures/units';
import { DEATH_NOUNS } from './fates';

/**
 * Things people count that are, for comparison, the same crowd: users, people, complaints; workers, miners, men;
 * a line's or a ship's crew ("1,580 crew", "crew members"), its staff told as people.
 */
const CROWD = new Set([
  'user', 'person', 'people', 'individual', 'resident', 'customer', 'subscriber', 'account', 'visitor', 'report',
  'complaint', 'member', 'viewer', 'reader', 'player', 'fan', 'citizen', 'consumer', 'worker', 'miner', 'mineworker', 'man', 'woman',
  'walker', 'hiker', 'climber', 'crew',
]);

const MINUTES: Record<string, number> = wordTable({
  second: 1 / 60, minute: 1, hour: 60, day: 1440, week: 10080, month: 43800, year: 525600,
});

/** Units of measure: a depth, a speed or a temperature is not a snapshot of something that grows. */
const MEASURES = new Set([
  'mph', 'km/h', 'knot', 'km', 'kmh', 'kph', 'kg', 'kv', 'kw', 'kwh', 'mw', 'mwh', 'gw', 'gwh', 'ft', 'mi', 'mm', 'cm', 'lb', 'mb', 'gb',
  'tb', 'ghz', 'mhz', 'hz', 'ha', 'acre', 'mile', 'metre', 'meter', 'kilometre', 'kilometer', 'foot', 'inch', 'tonne', 'ton',
  'litre', 'liter', 'gallon', US_GALLON, 'barrel', 'degree', 'volt', 'watt', 'megawatt', 'gigawatt', 'kilowatt', 'point', 'year-old',
  'magnitude', 'km²', 'sq mi', 'm²', 'hectare', 'stremma', 'capacity', 'nautical mile', 'mah', 'mp', 'ft³', 'm³', 'ft³/s', 'm³/s', 'acre-ft',
  // "3,600 hectares" and "42,000 stremmata" are areas as "36 km²" is (AREA), however spelled.
  // A place's population (claims/figures/population.ts) is what the place is, not a moment's count.
  'inhabitant',
  // "for the next three nights": a stretch of time, as "three days" is, never a moment's count.
  'night',
]);

/** A measure spelled out is the same unit as its symbol: "18 kilometres" and "18 km" compare. */
const SPELLED_MEASURES: Record<string, string> = wordTable({
  kilometre: 'km', kilometer: 'km', kph: 'km/h', kmh: 'km/h', mile: 'mi', foot: 'ft', kilogram: 'kg', kilowatt: 'kw',
  megawatt: 'mw', gigawatt: 'gw', centimetre: 'cm', centimeter: 'cm', millimetre: 'mm', millimeter: 'mm',
});

/**
 * Lengths in metres: "1.2 km" and "900 metres", "six feet" and "six metres" are one kind of quantity,
 * compared in metres (a nautical mile keeps a class of its own, as units.ts reads it).
 */
const METRES: Record<string, number> = wordTable({
  metre: 1, meter: 1, km: 1000, kilometre: 1000, kilometer: 1000, cm: 0.01, centimetre: 0.01, centimeter: 0.01,
  mm: 0.001, millimetre: 0.001, millimeter: 0.001, mile: 1609.344, mi: 1609.344, foot: 0.3048, ft: 0.3048, inch: 0.0254,
});
const LENGTH = 'count:length';

/**
 * Land and sea areas in square metres: "4,200 hectares", "42 square kilometres" and "10,400 acres" are
 * one kind of quantity, as a burnt area or a slick is told in whichever unit the writer's readers use.
 */
const SQUARE_METRES: Record<string, number> = {
  hectare: 1e4, ha: 1e4, acre: 4046.8564224, 'km²': 1e6, 'sq mi': 2589988.110336, 'm²': 1, stremma: 1000,
};
export const AREA = 'count:area';

/**
 * Concentrations in nanograms per millilitre (claims/figures/units.ts names them "ng/ml", "µg/l"):
 * "4.2 ng/mL" and "4.2 micrograms per millilitre" are one kind of quantity, a thousand times apart.
 */
const NG_PER_ML: Record<string, number> = (() => {
  const mass: Record<string, number> = { pg: 0.001, ng: 1, 'µg': 1e3, mg: 1e6, g: 1e9 };
  const volume: Record<string, number> = { ml: 1, dl: 100, l: 1000 };
  const out: Record<string, number> = wordTable({});
  for (const [m, x] of Object.entries(mass)) for (const [v, y] of Object.entries(volume)) out[`${m}/${v}`] = x / y;
  return out;
})();
const CONCENTRATION = 'count:concentration';

/** Metres per unit of a length figure, or undefined for any other figure. */
function metresPer(f: Figure): number | undefined {
  return f.unit === 'count' && f.counted ? METRES[f.counted] : undefined;
}

/** Square metres per unit of an area figure, or undefined for any other figure. */
function squareMetresPer(f: Figure): number | undefined {
  return f.unit === 'count' && f.counted && Object.hasOwn(SQUARE_METRES, f.counted) ? SQUARE_METRES[f.counted] : undefined;
}

/** Whether a figure is a length or distance ("5 km", "three kilometres", "450 m", "2.1 miles"). */
export function isLength(f: Figure): boolean {
  return metresPer(f) !== undefined;
}

/** Right after a length: it is the size of a thing ("3.4 km long", "40 m wide", "2 km across"). */
const DIMENSION_AFTER = /^[ \t]*(?:long|wide|deep|high|tall|thick|across|in[ \t]+(?:length|width|diameter|height|depth))\b/i;
/** Right before a length: "a length of", "a depth of", "lengthened to". */
const DIMENSION_BEFORE = /\b(?:length|width|height|depth|diameter|lengthened[ \t]+to)[ \t]+(?:of[ \t]+)?$/i;
/** Right after a length: it is how far a place lies from another ("3 km north-east of the town", "20 km away", "5 miles offshore"). */
const DISTANCE_AFTER = /^[ \t]*(?:(?:north|south|east|west)(?:[ \t-]?(?:north|south|east|west))?(?:wards?|erly)?|from|away|off|outside|inland|offshore|upstream|downstream|beyond)\b/i;

/**
 * Whether a length is told as the size of a thing ('dimension'), as how far one place lies from
 * another ('distance'), or neither said (null): "about three kilometres north-east of the town" and
 * "about three and a half kilometres long" are two quantities, whatever else their sentences share.
 */
export function lengthKind(plain: string, f: Figure): 'dimension' | 'distance' | null {
  if (!isLength(f)) return null;
  const after = plain.slice(f.span.end, f.span.end + 24);
  if (DIMENSION_AFTER.test(after) || DIMENSION_BEFORE.test(plain.slice(Math.max(0, f.span.start - 24), f.span.start))) return 'dimension';
  return DISTANCE_AFTER.test(after) ? 'distance' : null;
}

/** Nanograms per millilitre per unit of a concentration, or undefined for any other figure. */
function ngPerMl(f: Figure): number | undefined {
  return f.unit === 'count' && f.counted ? NG_PER_ML[f.counted] : undefined;
}

/**
 * Whether a figure can be a snapshot tied to a moment (people affected, a price, a share): counts of
 * things, money and percentages. Durations and measures are the same whenever they are told.
 */
export function changesOverTime(f: Figure): boolean {
  if (f.unit === 'duration') return false;
  // "4.2 kilograms" is as much a measure as "4.2 kg" (SPELLED_MEASURES).
  if (f.unit === 'count') return f.counted !== null && !MEASURES.has(f.counted) && !MEASURES.has(SPELLED_MEASURES[f.counted] ?? '');
  return true;
}

/** Percentages of one base: "of its customers" and "of subscribers" are shares of the same crowd. */
export function sameBase(a: Figure, b: Figure): boolean {
  if (a.unit !== 'percent' || b.unit !== 'percent' || !a.of || !b.of) return false;
  return a.of === b.of || (CROWD.has(a.of) && CROWD.has(b.of));
}

/** The comparison class of a figure, or null when it is too unspecific to compare. */
export function figureClass(f: Figure): string | null {
  switch (f.unit) {
    case 'percent': return 'percent';
    case 'money': return 'money:' + (f.measure ?? '?');
    case 'duration': return f.measure && MINUTES[f.measure] !== undefined ? 'duration' : null;
    case 'count': {
      if (!f.counted) return null;
      // "12,400 staff", "14,200 colleagues", "employs 14,200 people" (claims/figures/workforce.ts): one workforce.
      if (WORKFORCE_NOUNS.has(f.counted)) return 'count:employee';
      // A tally's winning and losing sides are votes like any other ("took 12,421 votes"); which
      // tally they are of is told by the other side (FigureRef.tallyOther).
      if (isTallied(f)) return 'count:' + VOTE;
      if (METRES[f.counted] !== undefined) return LENGTH;
      if (squareMetresPer(f) !== undefined) return AREA;
      if (NG_PER_ML[f.counted] !== undefined) return CONCENTRATION;
      // "4,300 households" / "4,300 homes": a supplier's count of the homes it serves, in either word;
      // "21 vessels" / "21 ships" waiting at anchor: one count of ships, in either word.
      // "seven fatalities" / "seven people have died": fatalities are people counted (alignment/fates.ts DEATH_NOUNS).
      return 'count:' + (CROWD.has(f.counted) || DEATH_NOUNS.has(f.counted) ? 'crowd' : f.counted === 'household' ? 'home' : f.counted === 'vessel' ? 'ship' : SPELLED_MEASURES[f.counted] ?? f.counted);
    }
  }
}

/** Words right before a stretch of time that make it what is still to come: "another three hours", "a further two days". */
const REMAINDER_BEFORE = /\b(?:another|a\s+further|an\s+(?:extra|additional))\s+$/i;
/** Characters before a duration read for them. */
const REMAINDER_REACH = 16;

/**
 * "could take another three hours": what is left of a stretch of time told partway through, not how
 * long the whole lasted ("the carry took about four and a half hours"). Such a remainder has no
 * class to compare: it is one of many a story tells as the thing goes on.
 */
export function remainderDuration(plain: string, f: Figure): boolean {
  return f.unit === 'duration' && REMAINDER_BEFORE.test(plain.slice(Math.max(0, f.span.start - REMAINDER_REACH), f.span.start));
}

/**
 * Right after a count: the words that make it the gap between two amounts, "100,000 tonnes above last
 * season's", "3,000 fewer than in 2023", not an amount of its own ("above sea level" is a height).
 */
const GAP_AFTER = /^[ \t]+(?:(?:above|below)[ \t]+(?!(?:the[ \t]+)?sea\b)|(?:more|fewer|less|higher|lower|bigger|smaller|larger)[ \t]+than\b)/i;
/** Characters after a count read for GAP_AFTER. */
const GAP_REACH = 24;

/**
 * "That would be more than 100,000 tonnes above last season's 540,000": a count told as the gap between
 * two amounts of the thing is another quantity than any amount of it, and has no class to compare (a
 * length is left alone: "1,200 metres above the valley" tells a height).
 */
export function gapCount(plain: string, f: Figure): boolean {
  if (f.unit !== 'count' || !f.counted || METRES[f.counted] !== undefined) return false;
  return GAP_AFTER.test(plain.slice(f.span.end, Math.min(plain.length, f.span.end + GAP_REACH)));
}

/** The figure's interval in comparable base units (durations in minutes, lengths in metres). */
export function figureRange(f: Figure): { low: number; high: number; value: number } {
  const k = scaleOf(f);
  return { low: f.interval.low * k, high: f.interval.high * k, value: f.value * k };
}

/**
 * Whether both figures can be true at once: their intervals overlap once exact numbers are widened
 * by the tolerance ("nearly 40,000" and "more than 40,000" touch at 40,000, so they agree).
 */
export function compatible(a: Figure, b: Figure, tolerance: number): boolean {
  // The same arithmetic as widening figureRange's intervals, without an object per call: a check
  // asks this of hundreds of candidates per figure.
  const ka = scaleOf(a);
  const kb = scaleOf(b);
  const va = a.value * ka;
  const vb = b.value * kb;
  const [sa, sb] = conversionSlack(a, b);
  const waLow = a.interval.low * ka * (1 - tolerance) - sa;
  const waHigh = a.interval.high * ka * (1 + tolerance) + sa;
  const wbLow = b.interval.low * kb * (1 - tolerance) - sb;
  const wbHigh = b.interval.high * kb * (1 + tolerance) + sb;
  const eps = 1e-9 * Math.max(1, Math.abs(va), Math.abs(vb));
  // "about 87%" and "about 78%": two round numbers for one amount, each outside the other's reach.
  // Their ranges touch, but both are right only if each number is near the other. So with "nearly":
  // "nearly 90,000" is just under 90,000, not the "about 78,000" another writer rounded to.
  if (hairOverNearly(a, b) || hairOverNearly(b, a)) return true;
  if (roughly(a) && roughly(b) && (a.qualifier === 'about' || b.qualifier === 'about')) {
    return (wbLow <= va + eps && va <= wbHigh + eps) || (waLow <= vb + eps && vb <= waHigh + eps);
  }
  return waLow <= wbHigh + eps && wbLow <= waHigh + eps;
}

/** How far over a "nearly" number an exact one told more finely may lie: a share of the round number. */
const NEARLY_OVER = 0.005;

/**
 * "nearly 48 million passengers" / "48.2 million passengers": a round number told as nearly reached,
 * where another tells the count more finely a hair above it (within NEARLY_OVER), is that count rounded
 * to the digits told, with "nearly" used loosely; the two are one figure. Both in one unit, one scale.
 */
function hairOverNearly(a: Figure, b: Figure): boolean {
  if (a.qualifier !== 'nearly' || b.qualifier !== 'exact' || a.unit !== b.unit || a.measure !== b.measure || a.counted !== b.counted) return false;
  if (!(a.value > 0) || b.value <= a.value || b.value > a.value * (1 + NEARLY_OVER)) return false;
  // The exact number is told more finely than the round one (56.1 million against 56 million).
  return halfLastDigit(b.value) < halfLastDigit(a.value);
}

/** A number told as near the amount ("about", "nearly"), not as a bound. */
function roughly(f: Figure): boolean {
  return f.qualifier === 'about' || f.qualifier === 'nearly';
}

/**
 * Lengths told in two units: one side is a writer's conversion, rounded to its last significant
 * digit ("4.8km" is 2.98 miles, written "3-mile"; 2,650 m is 8,694 ft, written "8,700ft"). The slack,
 * in metres, of each side: half a unit of that digit (roundedBy); none for figures in one unit.
 */
export function conversionSlack(a: Figure, b: Figure): [number, number] {
  const area = squareMetresPer(a) !== undefined;
  const x = area ? squareMetresPer(a) : metresPer(a);
  const y = area ? squareMetresPer(b) : metresPer(b);
  if (x === undefined || y === undefined || x === y) return NO_SLACK;
  // "nearly 16 km" is just under 16 km by its own reach (claims/figures/qualifiers.ts), not a rounding.
  return [a.qualifier === 'nearly' ? 0 : roundedBy(a.value) * x, b.qualifier === 'nearly' ? 0 : roundedBy(b.value) * y];
}
const NO_SLACK: [number, number] = [0, 0];
/** At most this share of the number: "10 km" may be 9.8 or 10.2, not anything from 5 to 15. */
const MAX_ROUNDING = 0.02;

/** How far a number may be from what it rounds: half its last significant digit, within MAX_ROUNDING. */
function roundedBy(x: number): number {
  return Math.min(halfLastDigit(x), MAX_ROUNDING * Math.abs(x));
}

/** Half a unit of a number's last significant digit: 8,700 → 50, 16.2 → 0.05, 6 → 0.5. */
function halfLastDigit(x: number): number {
  const s = Math.abs(x).toFixed(2).replace(/\.?0+$/, '');
  const dot = s.indexOf('.');
  if (dot >= 0) return 0.5 * 10 ** -(s.length - dot - 1);
  let zeros = 0;
  while (zeros < s.length - 1 && s[s.length - 1 - zeros] === '0') zeros++;
  return 0.5 * 10 ** zeros;
}

/** figureRange's factor: minutes for a duration, metres for a length, else 1. */
function scaleOf(f: Figure): number {
  if (f.unit === 'duration') return f.measure ? MINUTES[f.measure] ?? 1 : 1;
  return metresPer(f) ?? squareMetresPer(f) ?? ngPerMl(f) ?? 1;
}

/** A figure's number in comparable base units (figureRange's value): "85 cm" is 0.85 m, "85 km" 85,000 m. */
export function baseValue(f: Figure): number {
  return f.value * scaleOf(f);
}

/** Two values equal up to floating-point noise. */
export function equalValues(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

/** max/min of the two stated numbers: 24 vs 14 → 1.7. */
export function ratio(a: Figure, b: Figure): number {
  const x = Math.abs(a.value * scaleOf(a));
  const y = Math.abs(b.value * scaleOf(b));
  if (x === 0 || y === 0) return x === y ? 1 : Infinity;
  return Math.max(x, y) / Math.min(x, y);
}

/** Two stated numbers within `share` of each other: 20,000 and 20,500 are "the same wave". */
export function close(a: Figure, b: Figure, share = 0.15): boolean {
  const x = figureRange(a).value;
  const y = figureRange(b).value;
  return Math.abs(x - y) <= share * Math.max(Math.abs(x), Math.abs(y));
}

/** Significant digits of a number written to at most two decimals, and its order of magnitude. */
function digitsOf(x: number): { digits: string; order: number } | null {
  if (!Number.isFinite(x) || x <= 0) return null;
  // A check compares one figure with hundreds of candidates, and the same numbers recur: each
  // number's digits are worked out once (they depend on nothing else).
  let d = DIGITS.get(x);
  if (d === undefined) {
    const fixed = x.toFixed(2).replace(/\.?0+$/, '');
    d = { digits: fixed.replace('.', '').replace(/^0+/, '').replace(/0+$/, ''), order: Math.floor(Math.log10(x)) };
    if (DIGITS.size >= MAX_DIGITS) DIGITS.clear();
    DIGITS.set(x, d);
  }
  return d;
}

/**
 * "1,560 miles" / "1,560km": one length's number written with another unit, a slip rather than a
 * second distance. Three significant digits or more, so round numbers ("10 km" / "10 miles") that
 * two distances share by chance are left apart.
 */
export function otherUnit(a: Figure, b: Figure): boolean {
  const x = metresPer(a);
  const y = metresPer(b);
  if (x === undefined || y === undefined || x === y || a.value !== b.value) return false;
  const d = digitsOf(a.value);
  return !!d && d.digits.length >= 3;
}

/**
 * "4.2 micrograms per millilitre" / "4.2 ng/mL": one concentration's number written with another
 * mass or volume unit, a slip a thousand times off rather than a second reading.
 */
export function otherConcentrationUnit(a: Figure, b: Figure): boolean {
  const x = ngPerMl(a);
  const y = ngPerMl(b);
  return x !== undefined && y !== undefined && x !== y && a.value === b.value;
}

/**
 * "an estimated 160 mph" / "150 mph", "about 560,000 households" / "600,000 households": a number
 * told as about so much, against a number on the same step of its last digit (a multiple of ten
 * against 160, of ten thousand against 560,000), is another round number for the amount, not the same
 * one rounded: had the writer meant 150, "about 150" was as easy to write. The reach of "about" still
 * covers a number told more finely ("about 150" / "147", "about 2,000" / "1,900"), a neighbour within
 * MIN_ROUND_GAP ("about 145" / "146"), numbers said in words, which speech rounds coarsely ("about 41,000" /
 * "about forty thousand"), and one told in another unit, a conversion's rounding ("about 6 miles" / "about 10 km").
 */
export function otherRoundNumber(a: Figure, b: Figure): boolean {
  if (a.range || b.range || a.unit !== b.unit || a.measure !== b.measure || a.told !== undefined || b.told !== undefined) return false;
  if (metresPer(a) !== metresPer(b) || squareMetresPer(a) !== squareMetresPer(b)) return false;
  // Both told as about so much ("approximately 1.26 billion" / "about 1.3 billion"): the coarser one is
  // the rounding, whose reach covers the finer one; the finer one's step is no test of the coarser.
  const bothAbout = a.qualifier === 'about' && b.qualifier === 'about';
  const about = bothAbout ? (lastDigitStep(b.value) > lastDigitStep(a.value) ? b : a)
    : a.qualifier === 'about' ? a : b.qualifier === 'about' ? b : null;
  const other = about === a ? b : a;
  if (!about || about.inWords || other.inWords || (other.qualifier !== 'exact' && other.qualifier !== 'about')) return false;
  const x = about.value;
  const y = other.value;
  if (!(x > 0) || !(y > 0) || Math.abs(x - y) < MIN_ROUND_GAP * Math.max(x, y)) return false;
  const step = lastDigitStep(x);
  const steps = y / step;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}

/** How far apart, as a share of the larger, two numbers must be for "about" one to leave out the other. */
const MIN_ROUND_GAP = 0.02;

/** The place of a number's last significant digit: 10 for 160, 10,000 for 560,000, 0.1 for 4.7. */
function lastDigitStep(x: number): number {
  const written = Number(x.toPrecision(12)).toString();
  if (written.includes('e')) return 1;
  const dot = written.indexOf('.');
  if (dot >= 0) return 10 ** -(written.length - dot - 1);
  let step = 1;
  for (let i = written.length - 1; i > 0 && written[i] === '0'; i--) step *= 10;
  return step;
}

/** digitsOf by number; emptied when full, so an archive of distinct numbers cannot grow it without bound. */
const DIGITS = new Map<number, { digits: string; order: number }>();
const MAX_DIGITS = 50_000;

/**
 * Two numbers of three significant digits or more, one with two neighbouring digits swapped ("143" /
 * "134", "16.4" / "14.6"): the commonest slip in copying a figure, and rarely a coincidence. In the
 * thousands two will do ("1,400" / "4,100"): four digits written, two of them swapped.
 */
export function transposed(a: Figure, b: Figure): boolean {
  // "2:17:41" / "2:17:14": a time told to the second swaps its written digits, not its seconds'.
  const ta = HMS_WRITTEN.exec(a.text);
  const tb = ta ? HMS_WRITTEN.exec(b.text) : null;
  if (ta && tb) return swappedOnce(ta[1] + ta[2] + ta[3], tb[1] + tb[2] + tb[3]);
  // Digits are compared as written: "2,650 m" and "8,694 ft" have no digits in common to swap.
  if (metresPer(a) !== metresPer(b)) return false;
  const x = digitsOf(a.value);
  const y = digitsOf(b.value);
  if (!x || !y || x.order !== y.order || x.digits.length < (x.order >= 3 ? 2 : 3) || x.digits.length !== y.digits.length || x.digits === y.digits) return false;
  return swappedOnce(x.digits, y.digits);
}

/** A decimal as written, its digits before and after the point: "0.06" in "up 0.06%", "12.50" in "$12.50". */
// Not after a digit: a start inside a run of digits would scan the run again from every digit.
const DECIMAL_WRITTEN = /(?<!\d)(\d+)\.(\d+)/;

/**
 * "up 0.06%" / "up 0.60%": the same written digits with two neighbours swapped across a zero, told to
 * the same number of decimal places, of one unit. By value the two are ten times apart and share no
 * order, so `transposed` (which compares values' significant digits) cannot see the slip of typing.
 */
export function decimalsSwapped(a: Figure, b: Figure): boolean {
  if (a.unit !== b.unit || a.measure !== b.measure || a.value === b.value) return false;
  const x = DECIMAL_WRITTEN.exec(a.text);
  const y = x ? DECIMAL_WRITTEN.exec(b.text) : null;
  if (!x || !y || x[2].length !== y[2].length || x[1].length !== y[1].length) return false;
  return swappedOnce(x[1] + x[2], y[1] + y[2]);
}

/** A time told to the second as written: "2:05:41". */
const HMS_WRITTEN = /^(\d{1,2}):(\d\d):(\d\d)$/;

/** Two digit strings of one length, the same but for two neighbouring digits swapped. */
function swappedOnce(d: string, e: string): boolean {
  if (d.length !== e.length || d === e) return false;
  let i = 0;
  while (d[i] === e[i]) i++;
  return d[i] === e[i + 1] && d[i + 1] === e[i] && d.slice(i + 2) === e.slice(i + 2);
}

/**
 * Two numbers of one unit written with the same count of digits at the same order, one digit changed
 * ("1.8 km" / "2.8 km", "346 metres" / "348 metres"): a slip of hearing or typing. Two significant
 * digits at least: "2 km" / "3 km" is any two distances.
 */
export function oneDigitChanged(a: Figure, b: Figure): boolean {
  if (a.unit !== b.unit || metresPer(a) !== metresPer(b)) return false;
  const x = digitsOf(a.value);
  const y = digitsOf(b.value);
  if (!x || !y || x.order !== y.order || x.digits.length < 2 || x.digits.length !== y.digits.length) return false;
  let changed = 0;
  for (let i = 0; i < x.digits.length; i++) if (x.digits[i] !== y.digits[i]) changed++;
  return changed === 1;
}

/**
 * One whole number the other with one digit dropped ("19" / "9", "150" / "15"): a typing or hearing
 * slip, as a transposition is. Exact whole numbers of one unit and measure only ("72 hours" / "seven
 * days" are not one number misreported).
 */
export function droppedDigit(a: Figure, b: Figure): boolean {
  if (a.measure !== b.measure || a.unit !== b.unit) return false;
  if (!Number.isInteger(a.value) || !Number.isInteger(b.value) || a.value <= 0 || b.value <= 0 || a.qualifier !== 'exact' || b.qualifier !== 'exact') return false;
  const long = String(Math.max(a.value, b.value));
  const short = String(Math.min(a.value, b.value));
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** A numeral told with a scale word or its abbreviation: "4.1 billion", "€35m", "2.3bn". */
export const SCALED = /\d[\s\u00a0]*(?:thousand|million|billion|trillion|mn|mln|bn|tn|m|k)(?![a-z])/i;

/** A mass told in a prefixed tonne ("62 gigatonnes", "4 megatonnes"): the prefix is its scale word. */
const PREFIXED_TONNES = /\d[\s\u00a0]*(?:giga|mega)-?tonn?e?s?(?![a-z])/i;

/** A figure whose number is told at a scale: by a scale word ("62 million tonnes") or a unit's prefix ("62 megatonnes"). */
function scaleTold(text: string): boolean {
  return SCALED.test(text) || PREFIXED_TONNES.test(text);
}

/**
 * "4.1 million litres" / "4.1 billion litres", "62 gigatonnes" / "62 megatonnes": the same number told with another scale word, a
 * thousand or a million times off, is one figure misreported, not two quantities.
 */
export function otherScale(a: Figure, b: Figure): boolean {
  if (a.qualifier !== b.qualifier || !scaleTold(a.text) || !scaleTold(b.text)) return false;
  const r = a.value > b.value ? a.value / b.value : b.value / a.value;
  return [1e3, 1e6].some((k) => Math.abs(r - k) <= k * 1e-9);
}

/** A figure that says little about the number: "thousands", "dozens". */
export function isVague(f: Figure): boolean {
  return f.qualifier === 'vague' || !Number.isFinite(f.value);
}

/** "ET", "EDT" and "EST" are one clock on the wall: compare their local times when UTC is unknown. */
export function zoneFamily(zone: string | null): string | null {
  if (zone === null) return null;
  const us = /^([ECMP])(?:T|ST|DT)$/.exec(zone);
  return us ? us[1] + 'T' : zone;
}

/** Zones that follow daylight saving: [standard, summer] offsets in minutes east of UTC. */
const SEASONAL: Record<string, [number, number]> = wordTable({
  ET: [-300, -240], CT: [-360, -300], MT: [-420, -360], PT: [-480, -420], 'UK time': [0, 60], 'Paris time': [60, 120],
});

/** The UTC minutes a clock time can stand for: one when known, two when the season is not. */
function utcCandidates(t: ClockReading, zone: string | null = t.zone, day?: CalendarDate): number[] {
  if (t.utcMinutes !== undefined) return [t.utcMinutes];
  if (zone === null || t.localMinutes === undefined) return [];
  const local = t.localMinutes;
  // Its own day's daylight saving decides ("06:45 on 22 June" read on UK time is BST, never GMT);
  // told of no day, the other time's day decides, both being told of one day.
  const known = zoneFor(zone);
  const on = t.date.month !== undefined ? t.date : day;
  if (known && on && on.month !== undefined) {
    const offset = zoneOffset(known, on.year === undefined ? { month: on.month, day: on.day } : on, local);
    if (offset !== null) return [local - offset];
  }
  const seasonal = SEASONAL[zone];
  if (seasonal) return seasonal.map((offset) => local - offset);
  const fixed = zoneFor(zone)?.fixed;
  return fixed === undefined ? [] : [local - fixed];
}

/**
 * Differences between two times' UTC readings. Two seasonal readings ([winter, summer]) are taken
 * season by season: both times are told of one day, so one side cannot be in summer time while the
 * other is in winter time.
 */
function readingsApart(xs: number[], ys: number[]): number[] {
  if (xs.length === 2 && ys.length === 2) return [ys[0] - xs[0], ys[1] - xs[1]];
  const out: number[] = [];
  for (const x of xs) for (const y of ys) out.push(y - x);
  return out;
}

/** Marks, in a list of the sources' zones, the zone a source keeps for all its zone-less times ("local:EEST"). */
export const LOCAL_CLOCK = 'local:';

/**
 * Minutes between two clock times (b − a), as minutesAsRead; a time told in "local time" against one
 * with a zone is also read on the clock a source keeps for the story ("18:00 EEST" heading a
 * briefing), the reading nearest agreement winning. The zones of times written beside them are no
 * guide: "4:17 a.m. local time (3:17 p.m. ET)" is told by an outlet on another clock.
 */
export function minutesApart(a: ClockReading, b: ClockReading, zones: readonly string[] = []): number | null {
  const read = minutesAsRead(a, b, zones);
  if (read !== null || (a.zone === 'local time') === (b.zone === 'local time') || a.granularity !== 'clock' || b.granularity !== 'clock') return read;
  // "16:01 (Marlow time)": a clock the story names and the engine does not know is no story clock to guess.
  if (a.clockNamed || b.clockNamed) return read;
  let best: number | null = null;
  for (const z of zones) {
    if (!z.startsWith(LOCAL_CLOCK)) continue;
    const label = z.slice(LOCAL_CLOCK.length);
    const d = minutesAsRead(onClock(a, label), onClock(b, label), zones);
    if (d !== null && (best === null || Math.abs(d) < Math.abs(best))) best = d;
  }
  return best;
}

/** A "local time" read on `zone` (a guess, as a zone not written beside it is). */
function onClock(t: ClockReading, zone: string): ClockReading {
  if (t.zone !== 'local time') return t;
  const { utcMinutes: _utc, ...rest } = t;
  return { ...rest, zone, zoneExplicit: false };
}

/**
 * Minutes between two clock times (b − a): in UTC when both can be placed, else as written in the
 * same zone; null when unknown. When daylight saving is unknown, the reading closest to agreement.
 */
function minutesAsRead(a: ClockReading, b: ClockReading, zones: readonly string[] = []): number | null {
  if (a.granularity !== 'clock' || b.granularity !== 'clock') return null;
  // A zone the article did not write beside the time (carried from elsewhere) is a guess: the time is
  // also read on the other's clock, and the reading nearer agreement wins.
  const guessed = apart(a, b, zones);
  if (a.zoneExplicit && b.zoneExplicit) return guessed;
  const plain = apart(stated(a), stated(b), zones);
  if (guessed === null) return plain;
  return plain !== null && Math.abs(plain) < Math.abs(guessed) ? plain : guessed;
}

function apart(a: ClockReading, b: ClockReading, zones: readonly string[]): number | null {
  // Both placed in UTC on known days: "2247 UTC on Saturday" and "4.17 am IST on Sunday" are one instant.
  // A wire's "March 11" has no year: it is the year of the other side's day, not some other year.
  const year = a.date.year ?? b.date.year;
  const da = dayOf(a, year);
  const db = dayOf(b, year);
  if (da !== null && db !== null && a.utcMinutes !== undefined && b.utcMinutes !== undefined) {
    return (db - da) * 1440 + b.utcMinutes - a.utcMinutes;
  }
  if (a.date.day !== undefined && b.date.day !== undefined && (a.date.day !== b.date.day || a.date.month !== b.date.month)) return null;
  // A day unknown on one side: "1640 GMT" and "3.40am AEDT" on the next local day are one instant.
  if (a.utcMinutes !== undefined && b.utcMinutes !== undefined) return (da === null || db === null) ? aroundTheClock(b.utcMinutes - a.utcMinutes) : b.utcMinutes - a.utcMinutes;
  const nearest = (pairs: Array<[number[], number[]]>, also: number[] = []): number | null => {
    let best: number | null = null;
    for (const d of also) if (best === null || Math.abs(d) < Math.abs(best)) best = d;
    for (const [xs, ys] of pairs) for (const d of readingsApart(xs, ys)) if (best === null || Math.abs(d) < Math.abs(best)) best = d;
    return best;
  };
  const local = a.localMinutes !== undefined && b.localMinutes !== undefined ? [b.localMinutes - a.localMinutes] : [];
  if (a.zone !== null && b.zone !== null) {
    if (zoneFamily(a.zone) === zoneFamily(b.zone) && local.length > 0) return local[0];
    return nearest([[utcCandidates(a, a.zone, b.date), utcCandidates(b, b.zone, a.date)]]);
  }
  // A time with no zone may be on the other's clock, or on any local clock the sources write; the
  // reading nearest agreement wins. A wire's "0102 UTC" is no local clock: against it, only the
  // sources' zones count.
  // Two times without zones are read on one clock.
  if (a.zone === null && b.zone === null) return local.length > 0 ? local[0] : null;
  const utcOnly = (t: ClockReading) => t.zoneExplicit && (t.zone === 'UTC' || t.zone === 'GMT');
  const other = a.zone === null ? b : a;
  const sameClock = !utcOnly(other) ? local : [];
  const readings = (t: ClockReading): number[][] => {
    const day = t === a ? b.date : a.date;
    return t.zone !== null ? [utcCandidates(t, t.zone, day)] : zones.map((z) => utcCandidates(t, z, day));
  };
  const pairs: Array<[number[], number[]]> = [];
  for (const xs of readings(a)) for (const ys of readings(b)) pairs.push([xs, ys]);
  return nearest(pairs, sameClock);
}

/** A difference of clock minutes read round the clock, nearest zero: -1440 → 0, 1400 → -40. */
export function aroundTheClock(d: number): number {
  const m = ((d % 1440) + 1440) % 1440;
  return m > 720 ? m - 1440 : m;
}

function stated(t: ClockReading): ClockReading {
  if (t.zoneExplicit || t.zone === null) return t;
  const { utcMinutes: _utc, ...rest } = t;
  return { ...rest, zone: null };
}

/** Days since 1970 of a claim's (local) date, when its day and month are known; the year may be borrowed. */
function dayOf(t: ClockReading, otherYear?: number): number | null {
  const { year, month, day } = t.date;
  if (month === undefined || day === undefined) return null;
  return Date.UTC(year ?? otherYear ?? 2000, month - 1, day) / 86400000;
}

/** The weekday a time is told of: written beside it, or worked out from a full date; undefined when unknown. */
function weekdayOf(t: TimeClaim): number | undefined {
  if (t.weekday !== undefined) return t.weekday;
  const { year, month, day } = t.date;
  return year === undefined || month === undefined || day === undefined ? undefined : new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * "By Wednesday evening, 1,490 …" / "By Friday, more than 2,300 …": a count told as it stood by one
 * weekday and a count told of another weekday are two snapshots, though neither day of the month is
 * known (a wire's dateline with no year, a draft with none). Only with a bound on one side: a weekday
 * told of an event ("said on Wednesday") may be the very day in dispute, and its figure still the same.
 */
function otherWeekday(a: TimeClaim, b: TimeClaim): boolean {
  const x = weekdayOf(a);
  const y = weekdayOf(b);
  if (x === undefined || y === undefined || x === y || sameCalendarDay(a.date, b.date) === true) return false;
  if (a.qualifier === 'until' || b.qualifier === 'until') return true;
  // "By 6 p.m. Saturday the number had fallen to 23,900" / a timeline's "Friday, 16 January | about
  // 6:00 p.m. | outages peak at 62,700": a clock time with its weekday written beside it, against one
  // on a full date of another weekday, are two days' readings, whatever the clock says. On one clock
  // only: "2241 GMT Wednesday" is "00:41 CEST" on the Thursday.
  return clockWithDay(a) && clockWithDay(b) && (a.weekday !== undefined || b.weekday !== undefined) && zoneFamily(a.zone) === zoneFamily(b.zone);
}

/** A clock time whose day is told: a weekday beside it or a full date. */
function clockWithDay(t: TimeClaim): boolean {
  return t.granularity === 'clock' && (t.weekday !== undefined || (t.date.year !== undefined && t.date.month !== undefined && t.date.day !== undefined));
}

/** The same moment: clock times at most 15 minutes apart on the same day. */
export function sameMoment(a: TimeClaim | null, b: TimeClaim | null): boolean {
  if (!a || !b || otherWeekday(a, b)) return false;
  // A daily count: "85 cases by April 1" and "58 on April 1" are told of one day.
  if (a.granularity === 'date' && b.granularity === 'date') return sameDay(a, b) === true;
  const d = minutesApart(a, b);
  return d !== null && Math.abs(d) <= 15 && !toldMinutesApart(a, b, d);
}

/** Minutes a reading to the minute may be rounded by (to the nearest five). */
const ROUNDED_MINUTES = 5;

/**
 * "about 1,900 people had left by 08:20" / "everyone was out by 08:31 – about 3,400 people": a time
 * told to an odd minute (not on a five) and another not on a quarter hour, further apart than
 * rounding to five minutes goes, are two readings of the clock, not one moment told loosely (a writer
 * who rounds 08:31 says "08:30", not "08:20"), so counts tied to them are two snapshots. Both told
 * exactly or loosely ("by", "around"), not as bounds ("until", "after").
 */
function toldMinutesApart(a: TimeClaim, b: TimeClaim, d: number): boolean {
  if (a.granularity !== 'clock' || b.granularity !== 'clock' || a.localMinutes === undefined || b.localMinutes === undefined) return false;
  if (!POINT_QUALIFIERS.has(a.qualifier) || !POINT_QUALIFIERS.has(b.qualifier) || Math.abs(d) <= ROUNDED_MINUTES) return false;
  const precise = (x: number) => x % 5 !== 0;
  const fine = (x: number) => x % 15 !== 0;
  return (precise(a.localMinutes) && fine(b.localMinutes)) || (fine(a.localMinutes) && precise(b.localMinutes));
}

const POINT_QUALIFIERS: ReadonlySet<string> = new Set(['exact', 'about']);

/** Whether two dates are the same day: null when either lacks a day. */
function sameDay(a: TimeClaim, b: TimeClaim): boolean | null {
  return sameCalendarDay(a.date, b.date);
}

/** Whether two calendar dates are the same day (a missing year matches any): null when either lacks a day. */
export function sameCalendarDay(a: CalendarDate, b: CalendarDate): boolean | null {
  if (a.month === undefined || a.day === undefined || b.month === undefined || b.day === undefined) return null;
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  return a.month === b.month && a.day === b.day;
}

/** A figure's moment: the time it is tied to, and the part of the day its clause names. */
export interface FigureMoment {
  anchor: TimeClaim | null;
  part: PartOfDay | null;
}

/**
 * "385 firefighters at dawn" / "415 on Tuesday afternoon": told of different parts of the day. The
 * evening and the night overlap ("on Thursday evening" / "on Thursday night" name the same hours).
 */
function partsDiffer(f: FigureMoment, g: FigureMoment): boolean {
  if (f.part === null || g.part === null || f.part === g.part) return false;
  return !(NEIGHBOURS.has(f.part) && NEIGHBOURS.has(g.part));
}

const NEIGHBOURS: ReadonlySet<PartOfDay> = new Set<PartOfDay>(['evening', 'night']);

/**
 * The hours of the wall clock (minutes from midnight, from–to) each part of the day may name, at
 * their widest: "by lunchtime" may be 11 a.m. or 2 p.m., "in the morning" is never 1 p.m.
 */
const PART_HOURS: Record<PartOfDay, ReadonlyArray<readonly [number, number]>> = {
  morning: [[4 * 60, 12 * 60]], midday: [[11 * 60, 14 * 60 + 30]], afternoon: [[12 * 60, 18 * 60 + 30]],
  evening: [[17 * 60, 23 * 60]], night: [[20 * 60, 24 * 60], [0, 6 * 60]],
};

/** Whether a clock time falls within the hours a part of the day may name; null for no clock time. */
function clockInPart(t: TimeClaim | null, part: PartOfDay): boolean | null {
  if (!t || t.granularity !== 'clock' || t.localMinutes === undefined) return null;
  const m = ((t.localMinutes % 1440) + 1440) % 1440;
  return PART_HOURS[part].some(([from, to]) => m >= from && m <= to);
}

/** Both tied to written days that differ. */
function otherWrittenDay(f: FigureMoment, g: FigureMoment): boolean {
  return !!f.anchor && !!g.anchor && sameCalendarDay(f.anchor.date, g.anchor.date) === false;
}

/** A figure with its moment and its sentence. */
interface PlacedFigure extends FigureMoment {
  figure: { sentence: number };
}

/**
 * Whether g is told within the part of the day f names: by a clock time in g's own sentence when it
 * has one ("540 stores as of 9am, all by lunchtime": the clock is the count's), else by the part
 * its clause names; null when g's sentence names neither, or either is on another written day.
 */
function inPartOf(f: FigureMoment, g: PlacedFigure): boolean | null {
  if (f.part === null || otherWrittenDay(f, g)) return null;
  // A clock carried from the sentence before ("at 4.17 this morning. As of now, 14 …") is not the count's.
  const clock = g.anchor?.sentence === g.figure.sentence ? clockInPart(g.anchor, f.part) : null;
  if (clock !== null) return clock;
  return g.part === null ? null : !partsDiffer(f, g);
}

/** g told of another part of the day than f names ("415 on Tuesday afternoon", or "at 9am" against "by lunchtime"). */
export function toldOfOtherPart(f: FigureMoment, g: PlacedFigure): boolean {
  return inPartOf(f, g) === false;
}

/** g told of the part of the day f names, by the same words or by a clock time within its hours. */
export function toldOfSamePart(f: FigureMoment, g: PlacedFigure): boolean {
  return inPartOf(f, g) === true;
}

/** Two figures told of the same moment: sameMoment of their times, not told of different parts of the day. */
export function sameFigureMoment(f: FigureMoment, g: FigureMoment): boolean {
  return sameMoment(f.anchor, g.anchor) && !partsDiffer(f, g);
}

/** Two figures told of different moments: their times differ, or the parts of the day they name. */
export function differentFigureMoments(f: FigureMoment, g: FigureMoment): boolean {
  return differentMoments(f.anchor, g.anchor) || partsDiffer(f, g);
}

/**
 * "highs easing to about 38 C on Thursday" (a wire with no year in its dateline, so no day of the
 * month) / "Saturday, 20 June: … records 41.5°C": two days told exactly, one by its weekday, the
 * other by another weekday written or worked out from its full date, are two days; false when
 * either is no such day or both days of the month are known (sameCalendarDay tells those).
 */
export function otherDayOfWeek(a: TimeClaim | null, b: TimeClaim | null): boolean {
  if (!a || !b || a.granularity !== 'date' || b.granularity !== 'date' || sameCalendarDay(a.date, b.date) !== null) return false;
  if (a.qualifier !== 'exact' || b.qualifier !== 'exact' || (a.weekday === undefined && b.weekday === undefined)) return false;
  const x = weekdayOf(a);
  const y = weekdayOf(b);
  return x !== undefined && y !== undefined && x !== y;
}

/** Snapshots: both figures are tied to clock times that are clearly different moments. */
export function differentMoments(a: TimeClaim | null, b: TimeClaim | null): boolean {
  if (!a || !b) return false;
  if (otherWeekday(a, b)) return true;
  if (a.granularity === 'date' && b.granularity === 'date') return sameDay(a, b) === false;
  if (a.granularity !== 'clock' || b.granularity !== 'clock') return false;
  const d = minutesApart(a, b);
  return d === null || Math.abs(d) > 15 || toldMinutesApart(a, b, d);
}
