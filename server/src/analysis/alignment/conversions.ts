// Units of measure converted in brackets: "198 km/h (107 knots)", "412 mm (16.2 inches)", "1.6 metres
// (5.2 feet)", "40 km (25 miles)", "6,800 hectares (16,800 acres)". The figure in brackets is the writer's arithmetic on the figure
// before it, not a fact of its own: it needs no source of its own when the arithmetic holds.
import type { ArticleAnalysis, Figure } from '../types';
import { US_GALLON } from '../claims/figures/units';

/** Each unit's dimension and its size in that dimension's base unit (km/h, metre, kilogram). */
const UNITS: Record<string, readonly [string, number]> = {
  'km/h': ['speed', 1], kph: ['speed', 1], kmh: ['speed', 1], mph: ['speed', 1.609344], knot: ['speed', 1.852],
  km: ['length', 1000], kilometre: ['length', 1000], kilometer: ['length', 1000], mile: ['length', 1609.344], mi: ['length', 1609.344],
  'nautical mile': ['length', 1852],
  metre: ['length', 1], meter: ['length', 1], foot: ['length', 0.3048], ft: ['length', 0.3048],
  cm: ['length', 0.01], centimetre: ['length', 0.01], centimeter: ['length', 0.01],
  mm: ['length', 0.001], millimetre: ['length', 0.001], millimeter: ['length', 0.001], inch: ['length', 0.0254],
  kg: ['mass', 1], kilogram: ['mass', 1], lb: ['mass', 0.45359237], tonne: ['mass', 1000],
  // Land: "6,800 hectares (about 16,800 acres)", "40 km² (15 sq mi)".
  hectare: ['area', 10000], ha: ['area', 10000], acre: ['area', 4046.8564224], 'km²': ['area', 1e6], 'sq mi': ['area', 2589988.110336],
  'm²': ['area', 1], stremma: ['area', 1000],
  // Water: "24.4 million cubic metres", "3,400 cubic feet per second (roughly 96 cubic metres a second)".
  'ft³': ['volume', 0.028316846592], 'm³': ['volume', 1], 'ft³/s': ['flow', 0.028316846592], 'm³/s': ['flow', 1],
  'acre-ft': ['volume', 1233.48183754752],
  // Fuel and liquids: "1.2 million litres (about 317,000 US gallons)". Not a bare "gallon": US or
  // imperial, by who writes it.
  litre: ['volume', 0.001], liter: ['volume', 0.001], [US_GALLON]: ['volume', 0.003785411784],
};

/** Relative slack for a conversion rounded by the writer ("198 km/h" is 106.9 knots, written 107). */
const ROUNDING = 0.03;
const DECIMALS = /\d[\d,]*(?:\.(\d+))?/;

/**
 * The figure a measure in brackets right after it converts ("198 km/h (107 knots)" → 198 km/h):
 * another unit of the same dimension, in the same sentence, with only the opening bracket between.
 * Null when the figure is no such conversion.
 */
export function convertedFigure(article: ArticleAnalysis, index: number): Figure | null {
  const f = article.figures[index];
  const b = f.unit === 'count' && f.counted ? UNITS[f.counted] : undefined;
  const before = b ? bracketedAfter(article, index) : null;
  const a = before && before.unit === 'count' && before.counted ? UNITS[before.counted] : undefined;
  return a && b && a[0] === b[0] && a[1] !== b[1] ? before : null;
}

/** Between a measure and its conversion joined by "or", a few words of what was measured between: "4,500 metres above the summit, or". */
const OR_JOIN = /^(?:[ \t]+[\p{L}’'-]+){0,4},?[ \t]+or[ \t]+$/u;

/**
 * The measure a figure converts when "or" joins them ("reached 4,500 metres above the summit, or about
 * 14,800 feet", "a 12 km stretch, or 7.5 miles"): the figure right before it in its sentence, in
 * another unit of the same dimension. Null when the figure is no such conversion.
 */
export function measureWithOr(article: ArticleAnalysis, index: number): Figure | null {
  const f = article.figures[index];
  const before = index > 0 ? article.figures[index - 1] : undefined;
  if (!before || before.sentence !== f.sentence) return null;
  const b = f.unit === 'count' && f.counted ? UNITS[f.counted] : undefined;
  const a = before.unit === 'count' && before.counted ? UNITS[before.counted] : undefined;
  if (!a || !b || a[0] !== b[0] || a[1] === b[1]) return null;
  return OR_JOIN.test(article.text.plain.slice(before.span.end, f.span.start)) ? before : null;
}

/**
 * The figure a figure follows in brackets ("A$1.8 million ($1.2 million)", "198 km/h (107 knots)"):
 * the one before it in the same sentence with only the opening bracket between; else null.
 */
export function bracketedAfter(article: ArticleAnalysis, index: number): Figure | null {
  const f = article.figures[index];
  const before = index > 0 ? article.figures[index - 1] : undefined;
  if (!before || before.sentence !== f.sentence) return null;
  return /^\s*\(\s*$/.test(article.text.plain.slice(before.span.end, f.span.start)) ? before : null;
}

/**
 * The sum a sum in another currency follows after a comma, told as a rounding ("2.45 million rupiah,
 * about A$272, for the room"): the writer's conversion as a bracket's is; else null.
 */
export function commaConvertedSum(article: ArticleAnalysis, index: number): Figure | null {
  const f = article.figures[index];
  const before = index > 0 ? article.figures[index - 1] : undefined;
  if (!before || before.sentence !== f.sentence || f.unit !== 'money' || before.unit !== 'money' || f.qualifier !== 'about') return null;
  if (!before.measure || !f.measure || before.measure === f.measure) return null;
  return /^,[ \t]+$/.test(article.text.plain.slice(before.span.end, f.span.start)) ? before : null;
}

/** Whether `converted` is `original` in its own unit, to the writer's rounding. */
export function convertsCorrectly(original: Figure, converted: Figure): boolean {
  const a = original.counted ? UNITS[original.counted] : undefined;
  const b = converted.counted ? UNITS[converted.counted] : undefined;
  if (!a || !b || a[0] !== b[0]) return false;
  const expected = (original.value * a[1]) / b[1];
  // Or half a unit of the last digit written: "5 km (3 miles)" is 3.1 miles rounded.
  const decimals = DECIMALS.exec(converted.text)?.[1]?.length ?? 0;
  let slack = Math.max(ROUNDING * Math.max(Math.abs(expected), Math.abs(converted.value)), 0.5 * 10 ** -decimals);
  // "47 feet (14.63 metres)": a conversion written to the hundredth is worked out, not rounded; it may
  // be off by no more than the rounding of the number it converts (47 is 46.5 to 47.5 feet) and its own.
  if (decimals >= 2 && original.qualifier === 'exact' && converted.qualifier === 'exact') {
    slack = Math.min(slack, (writtenRounding(original) * a[1]) / b[1] + 0.5 * 10 ** -decimals);
  }
  return Math.abs(expected - converted.value) <= slack + 1e-9;
}

/** Half a unit of the last digit a number is written to: "47" → 0.5, "50.0" → 0.05, "8,700" → 50. */
function writtenRounding(f: Figure): number {
  const decimals = DECIMALS.exec(f.text)?.[1]?.length ?? 0;
  if (decimals > 0) return 0.5 * 10 ** -decimals;
  let step = 1;
  const whole = Math.round(Math.abs(f.value));
  while (whole > 0 && whole % (step * 10) === 0) step *= 10;
  return 0.5 * step;
}

/**
 * Whether `original` converts to `value` of another unit `unit` of its dimension, to the writer's
 * rounding ("37 km" is "23 mi"): the number alone, as an article's other figures are asked for it.
 */
export function convertsToNumber(original: Figure, unit: string, value: number): boolean {
  const a = original.counted ? UNITS[original.counted] : undefined;
  const b = UNITS[unit];
  if (!a || !b || a[0] !== b[0] || a[1] === b[1]) return false;
  const expected = (original.value * a[1]) / b[1];
  const decimals = Number.isInteger(value) ? 0 : (String(value).split('.')[1]?.length ?? 0);
  const slack = Math.max(ROUNDING * Math.max(Math.abs(expected), Math.abs(value)), 0.5 * 10 ** -decimals);
  return Math.abs(expected - value) <= slack + 1e-9;
}

/** Whether two measures of one dimension are the same amount, to the writer's rounding ("312 millimetres" / "312 mm"). */
export function sameMeasure(a: Figure, b: Figure): boolean {
  const x = a.counted ? UNITS[a.counted] : undefined;
  const y = b.counted ? UNITS[b.counted] : undefined;
  if (!x || !y || x[0] !== y[0]) return false;
  const p = a.value * x[1];
  const q = b.value * y[1];
  return Math.abs(p - q) <= ROUNDING * Math.max(Math.abs(p), Math.abs(q)) + 1e-12;
}
