// "live on 58 litres of water a day each" where the sources tell "85 litres per person": a two-digit
// number with its digits swapped. Two digits swap into another real number too often to tie figures by
// that alone (alignment/figures.ts, transposed, asks three), so it is asked only of a draft's figure
// that no source supports, against the swapped number that two sources or more tell exactly of the
// same specific thing (a count of litres, not of people in general). Flagged as the conflict it is
// rather than as a new fact.
import type { FigureRef } from '../alignment/corpus';
import type { Check } from './check';

/** Sources that must tell the swapped number of the figure's own thing. */
const SWAPPED_SOURCES = 2;
/** A class of people in general, whose many counts ("12 dead, 21 injured") are many things. */
const CROWD_CLASS = 'count:crowd';

/** The numbers a whole number becomes with two neighbouring, different digits swapped (no leading zero). */
export function swappedNumbers(n: number): number[] {
  const d = String(n);
  const out: number[] = [];
  for (let i = 0; i + 1 < d.length; i++) {
    if (d[i] === d[i + 1] || (i === 0 && d[1] === '0')) continue;
    out.push(Number(d.slice(0, i) + d[i + 1] + d[i] + d.slice(i + 2)));
  }
  return out;
}

/**
 * The two-digit number with its digits swapped, or null (a round number, a repeated digit, one digit).
 * A number of one digit and one decimal ("magnitude 6.7", "a rate of 2.3%") swaps around its point:
 * 6.7 for 7.6, as a writer's fingers slip over the two digits they type.
 */
export function swappedTwoDigits(v: number): number | null {
  if (Number.isInteger(v)) return v >= 10 && v <= 99 ? swappedNumbers(v)[0] ?? null : null;
  const tenths = Math.round(v * 10);
  if (Math.abs(v * 10 - tenths) > 1e-9 || tenths < 11 || tenths > 99 || tenths % 10 === 0) return null;
  const swapped = swappedNumbers(tenths)[0];
  return swapped === undefined ? null : swapped / 10;
}

/** The source figures that tell the draft figure's two digits swapped, one a source; none when fewer than two sources do. */
export function swappedPairSources(check: Check, f: FigureRef): FigureRef[] {
  const figure = f.figure;
  if (!check.isDraft || f.inQuote || figure.unit !== 'count' || figure.qualifier !== 'exact' || figure.range || !f.cls || f.cls === CROWD_CLASS) return [];
  const swapped = swappedTwoDigits(figure.value);
  if (swapped === null) return [];
  const out: FigureRef[] = [];
  const seen = new Set<string>();
  const reach = Math.max(swapped, figure.value) / Math.min(swapped, figure.value) * 1.001;
  for (const g of check.corpus.figureCandidates(f, 0, reach, check.article.path)) {
    if (g.article.path === check.article.path || seen.has(g.article.path) || g.cls !== f.cls || g.inQuote || g.figure.range) continue;
    if (g.figure.qualifier !== 'exact' || g.figure.value !== swapped) continue;
    seen.add(g.article.path);
    out.push(g);
  }
  return seen.size >= SWAPPED_SOURCES ? out : [];
}
