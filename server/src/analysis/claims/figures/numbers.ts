// Reading the number of a figure from tokens: numerals ("20,500", "8.5 million"), numbers in words
// ("twenty-five", "two dozen", "one hundred and twenty", "two and a half"), and the vague counts
// news uses instead of numbers ("thousands of", "tens of thousands of").
import type { FigureToken } from './tokens';
import { numeralValue } from './tokens';
import { wordTable } from '../../wordTable';
import { metresAt } from './metres';

/** Number words to their values (also read in quotations: alignment/numberWords.ts). */
export const UNITS: Record<string, number> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
});
/** The ordinals a tens word is hyphened to ("twenty-first", "ninety-fourth"). */
const UNIT_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']);
/** Ordinal words to their numbers, first to nineteenth (numbers in quotations; dates told in words). */
export const UNIT_ORDINAL_VALUES: Record<string, number> = wordTable({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19,
});
/** The tens' ordinal words: twentieth to ninetieth. */
export const TEN_ORDINAL_VALUES: Record<string, number> = wordTable({
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
});
export const TENS: Record<string, number> = wordTable({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
/** Words that multiply what comes before: "8.5 million", "two dozen", "three hundred". */
export const SCALES: Record<string, number> = wordTable({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12,
  // South Asian scales: "Rs 25 crore", "1.1 lakh".
  lakh: 1e5, lakhs: 1e5, lac: 1e5, crore: 1e7, crores: 1e7,
  // Abbreviations used with numerals only ("$4m", "£2bn", "20k").
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12,
});
const ABBREVIATED_SCALES = new Set(['k', 'm', 'mn', 'mln', 'bn', 'b', 'tn']);

/** "thousands of users": a count told without a number. [low, high] is what it can mean. */
const VAGUE: Record<string, [number, number]> = wordTable({
  dozens: [24, 144], scores: [40, 200], hundreds: [200, 999], thousands: [2000, 9999], millions: [2e6, 9.99e6],
  billions: [2e9, 9.99e9],
});

export interface NumberRead {
  value: number;
  /** Token index range [first, next) the number covers. */
  first: number;
  next: number;
  inWords: boolean;
  /** A vague count ("thousands of"): value is the low end, `range` what it can mean. */
  range?: [number, number];
  /** Written with "a"/"an" for one ("an hour", "a dozen"). */
  article: boolean;
}

/** A number written as a word: "five", "twenty", "million", "dozen". */
export function isNumberWord(lower: string): boolean {
  return UNITS[lower] !== undefined || TENS[lower] !== undefined || (SCALES[lower] !== undefined && !ABBREVIATED_SCALES.has(lower));
}

/** "twenty-five" (as tokens twenty, -, five) or a single unit/ten word at i. */
function readSmall(tokens: FigureToken[], i: number): { value: number; next: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const ten = TENS[t.lower];
  if (ten !== undefined) {
    const dash = tokens[i + 1];
    const unit = tokens[i + 2];
    if (dash && dash.text === '-' && !dash.spaced && unit && !unit.spaced && UNITS[unit.lower] !== undefined && UNITS[unit.lower] < 10 && UNITS[unit.lower] > 0) {
      return { value: ten + UNITS[unit.lower], next: i + 3 };
    }
    // "the ninety-fourth minute", "the twenty-first century": an ordinal, no count of anything.
    if (dash && dash.text === '-' && !dash.spaced && unit && !unit.spaced && UNIT_ORDINALS.has(unit.lower)) return null;
    return { value: ten, next: i + 1 };
  }
  const unit = UNITS[t.lower];
  return unit === undefined ? null : { value: unit, next: i + 1 };
}

/** "and a half" after a number adds 0.5 ("two and a half hours", hyphenated "four-and-a-half hours"). */
function andAHalf(tokens: FigureToken[], i: number): number {
  const a = tokens[i];
  const b = tokens[i + 1];
  const c = tokens[i + 2];
  if (a?.lower === 'and' && b?.lower === 'a' && c?.lower === 'half') return i + 3;
  return glued(tokens, i, 'and') && glued(tokens, i + 2, 'a') && glued(tokens, i + 4, 'half') ? i + 6 : -1;
}

/** A hyphen with `word` right after it, neither spaced ("-and" of "four-and-a-half"); not a closure: andAHalf runs after every numeral. */
function glued(tokens: FigureToken[], k: number, word: string): boolean {
  return tokens[k]?.text === '-' && !tokens[k].spaced && tokens[k + 1]?.lower === word && !tokens[k + 1].spaced;
}

/**
 * A decimal said in words, as in a transcript: "three point two five per cent" is 3.25, not "five per
 * cent". Each word after "point" is one digit. Returns the value and the next token, or null.
 */
function spokenDecimal(tokens: FigureToken[], whole: number, i: number): { value: number; next: number } | null {
  if (tokens[i]?.lower !== 'point') return null;
  let digits = '';
  let j = i + 1;
  for (;;) {
    const t = tokens[j];
    const d = t && t.kind === 'word' ? (t.lower === 'oh' || t.lower === 'nought' ? 0 : UNITS[t.lower]) : undefined;
    if (d === undefined || d > 9) break;
    digits += String(d);
    j++;
  }
  return digits ? { value: Number(`${whole}.${digits}`), next: j } : null;
}

/** "[and] seven hundred [and] forty", "[and] forty": a number below a thousand in words (bounded, linear). */
function hundredsOf(tokens: FigureToken[], j: number): { value: number; next: number; hundreds: boolean } | null {
  const small = readSmall(tokens, tokens[j]?.lower === 'and' ? j + 1 : j);
  if (!small || small.value <= 0) return null;
  let value = small.value;
  let k = small.next;
  const hundreds = tokens[k]?.lower === 'hundred';
  if (hundreds) {
    value *= 100;
    k++;
    const tail = readSmall(tokens, tokens[k]?.lower === 'and' ? k + 1 : k);
    if (tail && tail.value > 0 && tail.value < 100) { value += tail.value; k = tail.next; }
  }
  return { value, next: k, hundreds };
}

/**
 * The part after a large scale: "[and] seven hundred [and] forty", "three hundred thousand". Reads a
 * bounded number of tokens (no recursion), so a long run of number words stays linear.
 */
function smallerPart(tokens: FigureToken[], j: number, scale: number): { value: number; next: number; hundreds: boolean } | null {
  const part = hundredsOf(tokens, j);
  if (!part) return null;
  let { value, next: k } = part;
  const inner = SCALES[tokens[k]?.lower ?? ''];
  if (inner !== undefined && inner >= 1e3 && inner < scale && !ABBREVIATED_SCALES.has(tokens[k].lower)) {
    value *= inner;
    k++;
    // "one million, one hundred and forty-eight thousand, three hundred": the hundreds after the inner
    // scale, after a comma only when hundreds follow it (as after the outer scale, applyScales).
    const comma = tokens[k]?.text === ',' ? hundredsOf(tokens, k + 1) : null;
    const tail = comma?.hundreds ? comma : hundredsOf(tokens, k);
    if (tail && tail.value < inner && SCALES[tokens[tail.next]?.lower ?? ''] === undefined) { value += tail.value; k = tail.next; }
  }
  return value < scale ? { value, next: k, hundreds: part.hundreds } : null;
}

/** Multiplies by scale words that follow ("8.5 million", "two hundred thousand"). */
function applyScales(tokens: FigureToken[], value: number, i: number, numeral: boolean): { value: number; next: number } {
  let v = value;
  let j = i;
  let last = 0;
  // "R2.5-million", "$1.2-billion": a scale hyphenated to the numeral, as some papers set it.
  const glued = tokens[i + 1];
  if (numeral && tokens[i]?.text === '-' && !tokens[i].spaced && glued && !glued.spaced && glued.kind === 'word' &&
    SCALES[glued.lower] !== undefined && !ABBREVIATED_SCALES.has(glued.lower)) j++;
  for (;;) {
    const t = tokens[j];
    if (!t || t.kind !== 'word') break;
    const s = SCALES[t.lower];
    if (s === undefined || s === last) break;
    // "$4m", "20k": abbreviations only right after a numeral, attached or spaced.
    if (ABBREVIATED_SCALES.has(t.lower) && (!numeral || j !== i)) break;
    // "8 m" or "8 b" spaced is a unit or a letter, not a scale: only attached abbreviations count.
    if (ABBREVIATED_SCALES.has(t.lower) && t.spaced && t.lower.length === 1) break;
    // "2,650m", "300m wide": metres, read as the unit (units.ts).
    if (t.lower === 'm' && metresAt(tokens, j)) break;
    v = Number((v * s).toPrecision(12));
    last = s;
    j++;
    // "one hundred and twenty": the rest after "and".
    if (t.lower === 'hundred' && !numeral) {
      const and = tokens[j];
      const rest = and?.lower === 'and' ? readSmall(tokens, j + 1) : readSmall(tokens, j);
      if (rest && rest.value > 0 && rest.value < 100) { v += rest.value; j = rest.next; }
      // "four hundred and twelve point six million": the decimal after the hundreds, then the scale.
      const decimal = spokenDecimal(tokens, v, j);
      if (decimal) { v = decimal.value; j = decimal.next; }
    }
    // "one thousand seven hundred and forty", "two million three hundred thousand": a smaller
    // number in words after a large scale adds to it.
    if (s >= 1e3 && !numeral && !ABBREVIATED_SCALES.has(t.lower)) {
      // "one thousand, two hundred and ten": a comma after the scale, as the number is written out in
      // full, when hundreds follow it ("two thousand, three of them children" is two counts).
      const comma = tokens[j]?.text === ',' ? smallerPart(tokens, j + 1, s) : null;
      const rest = comma?.hundreds ? comma : smallerPart(tokens, j, s);
      if (rest) { v += rest.value; j = rest.next; }
      break;
    }
  }
  return { value: v, next: j };
}

/** Every word readNumber reads a number from: the vague counts, tens, units, and the words it tests by name. */
const NUMBER_OPENERS: ReadonlySet<string> = new Set([...Object.keys(VAGUE), ...Object.keys(TENS), ...Object.keys(UNITS), 'tens', 'hundreds', 'half', 'a', 'an']);

/**
 * Every word a number read by readNumber opens with or, after "a"/"an", goes on with: the number
 * words, the vague counts, the scales written out, "couple". (Numerals are digits.)
 */
export function numberWords(): string[] {
  const scales = Object.keys(SCALES).filter((w) => !ABBREVIATED_SCALES.has(w));
  return [...NUMBER_OPENERS].filter((w) => w !== 'a' && w !== 'an').concat(scales, 'couple');
}

/** The number that starts at token i, or null. */
export function readNumber(tokens: FigureToken[], i: number): NumberRead | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'number') {
    let value = numeralValue(t.text);
    if (!Number.isFinite(value)) return null;
    let next = i + 1;
    const half = andAHalf(tokens, next);
    if (half > 0) { value += 0.5; next = half; }
    const scaled = applyScales(tokens, value, next, true);
    return { value: scaled.value, first: i, next: scaled.next, inWords: false, article: false };
  }
  if (t.kind !== 'word') return null;
  if (t.lower === 'point') return leadingPoint(tokens, i);
  // Most words open no number: one look-up instead of the tables below, which answer null for them.
  if (!NUMBER_OPENERS.has(t.lower)) return null;
  const vague = VAGUE[t.lower];
  if (vague) return readVague(tokens, i, vague);
  if (t.lower === 'tens' || t.lower === 'hundreds') {
    // "tens of thousands", "hundreds of thousands"
    const of = tokens[i + 1];
    const big = tokens[i + 2];
    if (of?.lower === 'of' && big && VAGUE[big.lower] && (big.lower === 'thousands' || big.lower === 'millions')) {
      const [lo, hi] = VAGUE[big.lower];
      const k = t.lower === 'tens' ? 10 : 100;
      return readVague(tokens, i + 2, [lo * k, hi * k], i);
    }
  }
  // "half a dozen", "half a million", "half an hour" (the hour is read as a unit by the caller).
  if (t.lower === 'half') {
    const a = tokens[i + 1];
    const s = tokens[i + 2];
    if ((a?.lower === 'a' || a?.lower === 'an') && s && SCALES[s.lower] !== undefined && !ABBREVIATED_SCALES.has(s.lower)) {
      return { value: SCALES[s.lower] / 2, first: i, next: i + 3, inWords: true, article: false };
    }
    return null;
  }
  if (t.lower === 'a' || t.lower === 'an') {
    const s = tokens[i + 1];
    if (s && SCALES[s.lower] !== undefined && !ABBREVIATED_SCALES.has(s.lower)) {
      const scaled = applyScales(tokens, 1, i + 1, false);
      return { value: scaled.value, first: i, next: scaled.next, inWords: true, article: true };
    }
    // "a couple of": about two.
    if (s?.lower === 'couple' && tokens[i + 2]?.lower === 'of') return { value: 2, first: i, next: i + 3, inWords: true, article: true };
    return null;
  }
  const small = readSmall(tokens, i);
  if (!small) return null;
  let value = small.value;
  let next = small.next;
  const decimal = spokenDecimal(tokens, value, next);
  if (decimal) { value = decimal.value; next = decimal.next; }
  const half = decimal ? -1 : andAHalf(tokens, next);
  if (half > 0) { value += 0.5; next = half; }
  const scaled = applyScales(tokens, value, next, false);
  return { value: scaled.value, first: i, next: scaled.next, inWords: true, article: false };
}

/**
 * "closed up point six percent", "point four billion": a decimal said with no whole part, as speakers
 * say it. Only right before "percent", "per cent" or a scale written out, which make it a figure ("at
 * this point two things changed" is none), and not after a number (whose own decimal spokenDecimal reads).
 */
function leadingPoint(tokens: FigureToken[], i: number): NumberRead | null {
  const prev = tokens[i - 1];
  if (prev && (prev.kind === 'number' || (prev.kind === 'word' && (UNITS[prev.lower] !== undefined || TENS[prev.lower] !== undefined)))) return null;
  const decimal = spokenDecimal(tokens, 0, i);
  if (!decimal) return null;
  const after = tokens[decimal.next];
  const scale = after?.kind === 'word' && SCALES[after.lower] !== undefined && !ABBREVIATED_SCALES.has(after.lower);
  const percent = after?.lower === 'percent' || (after?.lower === 'per' && tokens[decimal.next + 1]?.lower === 'cent');
  if (!scale && !percent) return null;
  const scaled = applyScales(tokens, decimal.value, decimal.next, false);
  return { value: scaled.value, first: i, next: scaled.next, inWords: true, article: false };
}

/** "thousands of", "dozens of": a vague count, only when "of" follows. */
function readVague(tokens: FigureToken[], i: number, range: [number, number], first = i): NumberRead | null {
  if (tokens[i + 1]?.lower !== 'of') return null;
  return { value: range[0], first, next: i + 1, inWords: true, range, article: false };
}
