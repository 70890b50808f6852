// "46lb of pangolin scales" where the sources say "46kg of pangolin scales": a measure whose very
// number the sources give with another unit of the same kind (a mass, a length, a volume, a power),
// told beside the same words, and that no source gives in any unit: the unit misread, not a second
// quantity. The writer's slip is the commonest one with units: the number copied, the unit not.
import type { Figure } from '../types';
import type { FigureRef } from '../alignment/corpus';
import type { Check } from './check';

/** Each unit's kind and its size in that kind's base unit, by the counted word as figures name it. */
const UNIT_SIZES: Readonly<Record<string, readonly [string, number]>> = {
  metre: ['length', 1], meter: ['length', 1], km: ['length', 1000], kilometre: ['length', 1000], kilometer: ['length', 1000],
  // "water up to 180 mm deep" where the sources measured 180 cm: the small units of a depth or a height.
  cm: ['length', 0.01], centimetre: ['length', 0.01], centimeter: ['length', 0.01], mm: ['length', 0.001], millimetre: ['length', 0.001], millimeter: ['length', 0.001],
  mile: ['length', 1609.344], mi: ['length', 1609.344], foot: ['length', 0.3048], ft: ['length', 0.3048], yard: ['length', 0.9144],
  kg: ['mass', 1], kilogram: ['mass', 1], lb: ['mass', 0.45359237], tonne: ['mass', 1000],
  // "90 grams (about 3.2 ounces)" / "about 3.2 pounds": a loaf's, a parcel's weight in grams, ounces, pounds.
  gram: ['mass', 0.001], ounce: ['mass', 0.028349523125], pound: ['mass', 0.45359237],
  litre: ['volume', 1], liter: ['volume', 1], hectolitre: ['volume', 100], hectoliter: ['volume', 100], gallon: ['volume', 3.785411784],
  'm³': ['volume', 1000],
  kw: ['power', 1], kilowatt: ['power', 1], mw: ['power', 1000], megawatt: ['power', 1000], gw: ['power', 1e6], gigawatt: ['power', 1e6],
};
/** The classes (alignment/figures.ts, figureClass) a kind's figures are kept under. */
const KIND_CLASSES: Readonly<Record<string, readonly string[]>> = {
  length: ['count:length', 'count:yard'],
  mass: ['count:kg', 'count:lb', 'count:tonne', 'count:gram', 'count:ounce', 'count:pound'],
  volume: ['count:litre', 'count:liter', 'count:hectolitre', 'count:hectoliter', 'count:gallon', 'count:m³'],
  power: ['count:kw', 'count:mw', 'count:gw'],
};
/** Words right beside the draft's measure that a source's measure in another unit must have too. */
const UNIT_SHARED = 2;
/** Sources that must each tell the draft's number with another unit, in like words. */
const UNIT_SOURCES = 2;
/** How near a source's measure, in the base unit, must come to the draft's to tell the same quantity. */
const SAME_QUANTITY = 0.03;
/** Bounds a draft's measure may carry: the source's number is read within its reach ("nearly 400" takes 397.5). */
const HELD_QUALIFIERS = new Set<Figure['qualifier']>(['exact', 'about', 'nearly', 'up-to', 'more-than', 'at-least']);

function sizeOf(f: Figure): readonly [string, number] | undefined {
  return f.unit === 'count' && f.counted ? UNIT_SIZES[f.counted] : undefined;
}

/** Whether `g`'s number is the one `f` tells: the same, or within `f`'s own bound when `g` is exact. */
function sameNumber(f: Figure, g: Figure): boolean {
  if (Math.abs(f.value - g.value) <= 1e-9 * Math.max(1, Math.abs(f.value))) return true;
  return f.qualifier !== 'exact' && g.qualifier === 'exact' && g.value >= f.interval.low && g.value <= f.interval.high;
}

/**
 * The sources that tell a draft measure's number with another unit of its kind, in like words, two
 * sources or more, where no source tells the measure itself in any unit of that kind (to 3%, a
 * conversion in brackets included); else none. Not in a quotation, not a conversion of the draft's own.
 */
export function otherUnitSources(check: Check, f: FigureRef): FigureRef[] {
  if (!check.isDraft || f.inQuote || f.figure.range || !HELD_QUALIFIERS.has(f.figure.qualifier)) return [];
  const size = sizeOf(f.figure);
  if (!size) return [];
  const [kind, factor] = size;
  const base = f.figure.value * factor;
  const v = check.corpus.vocabulary;
  const out: FigureRef[] = [];
  /** One figure a source of the number with another unit, in whatever words. */
  const anyWords: FigureRef[] = [];
  const seen = new Set<string>();
  for (const cls of KIND_CLASSES[kind]) {
    for (const g of check.corpus.figuresOfClass(cls, check.article.path)) {
      if (g.article.path === check.article.path) continue;
      const theirs = sizeOf(g.figure);
      if (!theirs || theirs[0] !== kind || g.figure.range) continue;
      // A source telling the quantity itself, in whatever unit: the draft's measure is sourced.
      if (Math.abs(g.figure.value * theirs[1] - base) <= SAME_QUANTITY * base) return [];
      if (seen.has(g.article.path) || g.inQuote || Math.abs(theirs[1] / factor - 1) < SAME_QUANTITY || !sameNumber(f.figure, g.figure)) continue;
      if (!anyWords.some((a) => a.article.path === g.article.path)) anyWords.push(g);
      if (v.shared(f.near, g.near).count < UNIT_SHARED) continue;
      seen.add(g.article.path);
      out.push(g);
    }
  }
  if (out.length >= UNIT_SOURCES) return out;
  // "about 18.2 million litres" where three sources or more tell "18.2 million cubic metres", each in
  // words of its own: a number of three significant digits or more is seldom told of two quantities
  // by chance, so that many tellings of it with the other unit settle what it measures.
  return anyWords.length >= RARE_UNIT_SOURCES && significantDigits(f.figure.value) >= RARE_DIGITS ? anyWords : [];
}

/** Sources that, telling a rare number with another unit in any words, outweigh words in common. */
const RARE_UNIT_SOURCES = 3;
/** Significant digits that make a number rare: "18.2 million", "4.35", not "20" or "1.5 million". */
const RARE_DIGITS = 3;

/** Significant digits of a number as written in figures: 18,200,000 → 3, 4.35 → 3, 0.07 → 1. */
function significantDigits(n: number): number {
  const digits = String(Math.abs(n)).replace('.', '');
  let start = 0;
  while (start < digits.length && digits[start] === '0') start++;
  let end = digits.length;
  while (end > start && digits[end - 1] === '0') end--;
  return end - start;
}

/** Relative slack for a source's conversion rounded by its writer ("90 grams, or about 3.2 ounces": 3.17). */
const CONVERSION_ROUNDING = 0.03;

/** The measure of `f` in its kind's base unit, or undefined when it is no unit UNIT_SIZES knows. */
function baseAmount(f: Figure): { kind: string; amount: number; factor: number } | undefined {
  const size = sizeOf(f);
  return size ? { kind: size[0], amount: f.value * size[1], factor: size[1] } : undefined;
}

/**
 * "The loaf weighs 90 grams (about 3.2 pounds)" in a draft, where a source tells "90 grams, or about 3.2
 * ounces": the draft's conversion in brackets does not convert the measure before it, and a source's
 * sentence that states that very measure gives the draft's number with another unit of its kind, a
 * right conversion of it. The number was copied, the unit not. One figure a source; not in a quotation.
 */
export function convertedWithOtherUnit(check: Check, f: FigureRef): FigureRef[] {
  if (!check.isDraft || f.inQuote || f.figure.range) return [];
  const mine = baseAmount(f.figure);
  const before = f.index > 0 ? f.article.figures[f.index - 1] : undefined;
  if (!mine || !before || before.sentence !== f.figure.sentence || !/^\s*\(\s*$/.test(f.article.text.plain.slice(before.span.end, f.figure.span.start))) return [];
  const measure = baseAmount(before);
  if (!measure || measure.kind !== mine.kind || measure.factor === mine.factor || near(measure.amount, mine.amount)) return [];
  const out: FigureRef[] = [];
  const seen = new Set<string>();
  for (const cls of KIND_CLASSES[mine.kind]) {
    for (const g of check.corpus.figuresOfClass(cls, check.article.path)) {
      if (g.article.path === check.article.path || seen.has(g.article.path) || g.inQuote || g.figure.range) continue;
      const theirs = baseAmount(g.figure);
      if (!theirs || theirs.kind !== mine.kind || theirs.factor === mine.factor || theirs.factor === measure.factor) continue;
      if (Math.abs(g.figure.value - f.figure.value) > 1e-9 * Math.max(1, Math.abs(f.figure.value)) || !near(theirs.amount, measure.amount)) continue;
      // The source's sentence states the draft's measure itself: its number is that measure converted.
      const stated = g.article.figures.some((h) => {
        if (h.sentence !== g.figure.sentence || h === g.figure) return false;
        const m = baseAmount(h);
        return m !== undefined && m.factor === measure.factor && near(m.amount, measure.amount);
      });
      if (!stated) continue;
      seen.add(g.article.path);
      out.push(g);
    }
  }
  return out;
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= CONVERSION_ROUNDING * Math.max(Math.abs(a), Math.abs(b));
}
