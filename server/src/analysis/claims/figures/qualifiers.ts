// The words around a number that bound it: "nearly 40,000" can be 36,000 but not 41,000; "more
// than 20,000" has no ceiling. Qualifiers become intervals so that figures compare as ranges.
import type { Interval, Qualifier } from '../../types';
import type { FigureToken } from './tokens';

/** Lead phrases, longest first, as lower-case word sequences. */
const LEADS: Array<[string[], Qualifier]> = ([
  ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['a minimum of', 'at-least'], ['at least', 'at-least'],
  ['not less than', 'at-least'], ['upwards of', 'more-than'], ['in excess of', 'more-than'], ['more than', 'more-than'],
  ['just over', 'more-than'], ['well over', 'more-than'], ['north of', 'more-than'], ['over', 'more-than'],
  ['above', 'more-than'], ['exceeding', 'more-than'], ['as many as', 'up-to'], ['as much as', 'up-to'],
  ['as high as', 'up-to'], ['as far as', 'up-to'], ['no more than', 'up-to'], ['a maximum of', 'up-to'], ['at most', 'up-to'], ['up to', 'up-to'],
  ['fewer than', 'fewer-than'], ['less than', 'fewer-than'], ['just under', 'nearly'], ['under', 'fewer-than'],
  ['below', 'fewer-than'], ['close to', 'nearly'], ['nearly', 'nearly'], ['almost', 'nearly'], ['not quite', 'nearly'],
  ['an estimated', 'about'], ['estimated', 'about'], ['approximately', 'about'], ['approx', 'about'], ['roughly', 'about'],
  ['around', 'about'], ['about', 'about'], ['some', 'about'], ['circa', 'about'], ['an approximate', 'about'],
  ['more or less', 'about'], ['just about', 'about'],
] as Array<[string, Qualifier]>).map(([words, q]) => [words.split(' '), q]);

export interface LeadRead {
  qualifier: Qualifier;
  /** Token index where the qualifier's words start (the figure's text starts there). */
  first: number;
}

/** LEADS by their last word, each list in LEADS's order (longest first): only the word before the number is looked up. */
const LEADS_BY_LAST = new Map<string, Array<[string[], Qualifier]>>();
for (const lead of LEADS) {
  const last = lead[0][lead[0].length - 1];
  const list = LEADS_BY_LAST.get(last);
  if (list) list.push(lead);
  else LEADS_BY_LAST.set(last, [lead]);
}

/** The qualifier just before token `first` (tokens of one sentence). */
export function leadQualifier(tokens: FigureToken[], first: number): LeadRead {
  const leads = first > 0 ? LEADS_BY_LAST.get(tokens[first - 1].lower) : undefined;
  if (leads) for (const [words, qualifier] of leads) {
    const start = first - words.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = tokens[start + k].lower === words[k];
    if (!ok) continue;
    // "some of", "of some": "some" leads a number only when nothing but the number follows it.
    if (words[0] === 'some' && start > 0 && tokens[start - 1].lower === 'of') continue;
    // "ice built up to 28 mm", "the bills added up to $40,000": the verb's own "up", then the level it
    // came to, no ceiling.
    if (words[0] === 'up' && words.length === 2 && start > 0 && UP_VERBS.has(tokens[start - 1].lower)) continue;
    return { qualifier, first: start };
  }
  if (crossedThreshold(tokens, first)) return { qualifier: 'more-than', first: first - 1 };
  // "~632 sq mi", "≈ 40 km": fact boxes and tables write "about" as a tilde or the approximate sign.
  // Not between two numbers ("10~20" is a range).
  if (first > 0 && tokens[first - 1].kind === 'symbol' && APPROXIMATE_SIGNS.has(tokens[first - 1].text) && tokens[first - 2]?.kind !== 'number') return { qualifier: 'about', first: first - 1 };
  return { qualifier: 'exact', first };
}

/**
 * Verbs whose particle is "up" ("ice built up"): "up to" after them tells the level reached. Not
 * "piled up to six feet deep", which news writes for a ceiling of a heap's depth as often.
 */
const UP_VERBS = new Set(['built', 'build', 'builds', 'building', 'added', 'adds', 'adding', 'totted', 'summed']);

/** Signs written for "about" just before a number. */
const APPROXIMATE_SIGNS = new Set(['~', '≈', '∼']);

/** Verbs of passing a mark ("topped 40,000", "will top £10,000"): the number is a threshold crossed. */
const CROSSED = new Set(['tops', 'topped', 'topping', 'surpass', 'surpasses', 'surpassed', 'surpassing', 'exceeds', 'exceeded']);
/** Words before a bare "top" that make it the verb ("will top £10,000"), not "the top 10". */
const BEFORE_TOP_VERB = new Set(['will', 'would', 'could', 'may', 'might', 'can', 'should', 'to', 'set']);

function crossedThreshold(tokens: FigureToken[], first: number): boolean {
  const verb = tokens[first - 1];
  if (!verb) return false;
  const before = tokens[first - 2]?.lower;
  // "must not exceed 40": a cap, not a mark passed.
  if (before === 'not' || before === 'never') return false;
  if (CROSSED.has(verb.lower)) return true;
  return verb.lower === 'top' && before !== undefined && BEFORE_TOP_VERB.has(before);
}

/** "20,000+", "20,000-plus", "or more", "or so" after the number: [qualifier, tokens taken]. */
export function trailQualifier(tokens: FigureToken[], next: number): [Qualifier, number] | null {
  const t = tokens[next];
  if (!t) return null;
  if (t.text === '+' && !t.spaced) return ['at-least', 1];
  if (t.text === '-' && !t.spaced && tokens[next + 1]?.lower === 'plus') return ['at-least', 2];
  return null;
}

/** "or more", "or so", "or fewer" after the counted thing. */
export function tailQualifier(tokens: FigureToken[], next: number): [Qualifier, number] | null {
  if (tokens[next]?.lower !== 'or') return null;
  const w = tokens[next + 1]?.lower;
  if (w === 'more') return ['at-least', 2];
  if (w === 'so') return ['about', 2];
  if (w === 'fewer' || w === 'less') return ['up-to', 2];
  return null;
}

/** How far "about" reaches either side of the number. */
const ABOUT = 0.075;
/** How far below the number "nearly" reaches. */
const NEARLY = 0.1;

/**
 * "around 2.85%": a number told to two decimals says how precise it is; "about" then reaches a few
 * units of its last digit (2.80–2.90), not 7.5% (which would take in 2.65).
 */
export function decimalReach(interval: Interval, value: number, qualifier: Qualifier, decimals: number): Interval {
  if (qualifier !== 'about' || decimals < 2) return interval;
  const reach = Math.min(Math.abs(value) * ABOUT, 5 * 10 ** -decimals);
  return { low: value - reach, high: value + reach };
}

/** Points below a share in whole points that "nearly" reaches at most: short of one, so "nearly 17%" and "nearly 18%" never meet. */
const NEARLY_POINTS = 0.95;

/** Units below a length in whole units that "nearly" reaches at most: the length rounds up to it. */
const NEARLY_UNITS = 0.5;

/**
 * "nearly 16 kilometres": a length in whole units (2 to 99, not on a multiple of ten, whose "nearly"
 * may stand for a rounding to ten) told as nearly reached rounds up to it, so it is at least half a
 * unit short of it; 15.2 km is "more than 15", not "nearly 16".
 */
export function nearlyLengthReach(interval: Interval, value: number, qualifier: Qualifier): Interval {
  if (qualifier !== 'nearly' || !Number.isInteger(value) || value < 2 || value >= 100 || value % 10 === 0) return interval;
  return { low: Math.max(interval.low, value - NEARLY_UNITS), high: interval.high };
}

/** Points of a percentage "about" reaches at most: "about 90%" is 87.5–92.5, not 83–97. */
const ABOUT_POINTS = 2.5;

/**
 * "about 90 per cent": a share in whole points is rounded to the nearest five points at most, so
 * "about" reaches 2.5 points either side (a small share keeps its 7.5%: "about 12%" is 11.1–12.9).
 */
export function percentReach(interval: Interval, value: number, qualifier: Qualifier): Interval {
  // "almost 18 per cent": a share in whole points told as nearly reached is within a point of it, or
  // the writer would have said "almost 17" (16.9% is nearly 17, not nearly 18). Whole points from 2
  // to 99 not on a multiple of ten, whose "nearly" may stand for a rounding to ten ("nearly 40%").
  if (qualifier === 'nearly' && Number.isInteger(value) && value >= 2 && value < 100 && value % 10 !== 0) {
    return { low: Math.max(interval.low, value - NEARLY_POINTS), high: interval.high };
  }
  if (qualifier !== 'about' || !Number.isInteger(value)) return interval;
  const reach = Math.min(Math.abs(value) * ABOUT, ABOUT_POINTS);
  return { low: value - reach, high: value + reach };
}

/**
 * "£1.28bn" for £1,284.3m: a large sum told with decimals before its scale word is rounded to its
 * last digit, so it reaches just under half a unit of that digit either way. "£96.8m" still
 * differs from "£98.6m", and "£1.28bn" from "£1.29bn" (the reaches do not touch).
 */
export function scaledReach(interval: Interval, value: number, qualifier: Qualifier, scale: number): Interval {
  if (qualifier !== 'exact' || scale < 1e6 || interval.low !== value || interval.high !== value) return interval;
  const told = String(Number((value / scale).toPrecision(12)));
  const decimals = told.indexOf('.') < 0 ? 0 : told.length - told.indexOf('.') - 1;
  if (decimals === 0) return interval;
  const reach = ROUNDED_REACH * 10 ** -decimals * scale;
  return { low: value - reach, high: value + reach };
}

/** Just under half a unit of the last digit: two neighbouring roundings never meet. */
const ROUNDED_REACH = 0.499;

/**
 * `coarse`: a whole number of hours or longer, told to the nearest unit. `term`: a span hyphened
 * before its noun ("a five-year contract", "a 12-month ban"), a term set exactly: neighbouring terms
 * do not meet halfway.
 */
export function intervalOf(value: number, qualifier: Qualifier, coarse = false, term = false): Interval {
  // "two weeks" is told to the nearest week: half a unit either way (13 days fits).
  if (coarse && qualifier === 'exact') {
    const reach = term ? ROUNDED_REACH : 0.5;
    return { low: value - reach, high: value + reach };
  }
  switch (qualifier) {
    case 'about': return { low: value * (1 - ABOUT), high: value * (1 + ABOUT) };
    case 'nearly': return { low: value * (1 - NEARLY), high: value };
    case 'more-than':
    case 'at-least':
    case 'past': return { low: value, high: Infinity };
    case 'up-to':
    case 'fewer-than':
    case 'until': return { low: 0, high: value };
    default: return { low: value, high: value };
  }
}
