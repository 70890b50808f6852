// Temperatures with their scale: "minus 14 Celsius (7 Fahrenheit)", "−14 °C", "40 degrees F". Both
// scales are read as Celsius, signed, so "minus 14 degrees Fahrenheit" (−25.6 °C) disagrees with
// "minus 14 Celsius" and "7 Fahrenheit" agrees with it. "14 degrees" with no scale stays a count of
// degrees: it may be either, or an angle.
import type { Figure } from '../../types';
import type { FigureToken } from './tokens';
import type { UnitRead } from './units';

/** The counted thing of every temperature, whichever scale it was told in. */
export const CELSIUS = '°C';
/** Read from Fahrenheit, until figureAt converts it (never left on a figure). */
const FAHRENHEIT = '°F';

const SCALE_WORDS: Record<string, string> = { celsius: CELSIUS, centigrade: CELSIUS, c: CELSIUS, fahrenheit: FAHRENHEIT, f: FAHRENHEIT };

/** The scale named at token k ("Celsius", "°C", "degrees F"), right after the number ending before token j; else null. */
export function temperatureAt(tokens: FigureToken[], j: number, k: number): UnitRead | null {
  if (k !== j) return null;
  const u = tokens[k];
  const next = tokens[k + 1];
  // "Celsius", "Fahrenheit" alone; a bare "C" or "F" only after "°" or "degrees".
  if (u.kind === 'word' && u.lower.length > 1 && SCALE_WORDS[u.lower]) return { unit: 'count', counted: SCALE_WORDS[u.lower], next: k + 1 };
  if (bracketPair(tokens, k)) return { unit: 'count', counted: SCALE_WORDS[u.lower], next: k + 1 };
  const marked = u.text === '°' || u.lower === 'degrees' || u.lower === 'degree';
  const scale = marked && next?.kind === 'word' && (u.text !== '°' || !next.spaced) ? SCALE_WORDS[next.lower] : undefined;
  return scale ? { unit: 'count', counted: scale, next: k + 2 } : null;
}

/** The other scale's capital: a wire's "7 C (45 F)" gives both. */
const OTHER_SCALE: Record<string, string> = { C: 'F', F: 'C' };

/**
 * A capital "C" or "F" alone after a number, with the other scale told in brackets right after it or
 * right before it: "about 7 C (45 F)", "45 F (7 C)" (wire style for temperatures, no "°"). A lone
 * letter elsewhere ("Grade 7 C", "Section 45 F") is no scale.
 */
function bracketPair(tokens: FigureToken[], k: number): boolean {
  const u = tokens[k];
  const other = OTHER_SCALE[u.text];
  if (!other || u.kind !== 'word' || !u.spaced) return false;
  const after = tokens[k + 1];
  if (after?.text === '(' && tokens[k + 2]?.kind === 'number' && tokens[k + 3]?.text === other && tokens[k + 4]?.text === ')') return true;
  return tokens[k - 2]?.text === '(' && tokens[k - 3]?.text === other && tokens[k - 4]?.kind === 'number' && tokens[k + 1]?.text === ')';
}

/** Whether a counted thing is a temperature as temperatureAt reads it. */
export function isTemperature(counted: string | null): boolean {
  return counted === CELSIUS || counted === FAHRENHEIT;
}

/**
 * The sign before the number at token `first`: "minus 14", "−14" (the minus sign), "-14" (a hyphen
 * glued to the number, not joining two words). Returns the token the figure then starts at, or -1.
 */
export function minusBefore(tokens: FigureToken[], first: number): number {
  const t = tokens[first - 1];
  if (!t) return -1;
  if (t.lower === 'minus') return first - 1;
  const glued = !tokens[first].spaced;
  if (t.text === '−' && glued) return first - 1;
  if (t.text === '-' && glued && (t.spaced || tokens[first - 2]?.text === '(')) return first - 1;
  return -1;
}

/** The temperature read as signed Celsius: the figure's value and interval, negated and converted. */
export function inCelsius(figure: Figure, negative: boolean): Figure {
  const sign = negative ? -1 : 1;
  const toC = figure.counted === FAHRENHEIT ? (x: number) => ((x - 32) * 5) / 9 : (x: number) => x;
  const a = toC(sign * figure.interval.low);
  const b = toC(sign * figure.interval.high);
  return { ...figure, counted: CELSIUS, value: toC(sign * figure.value), interval: { low: Math.min(a, b), high: Math.max(a, b) }, told: figure.value };
}
