// "The allowance rises to 9,500 crowns from 8,120 crowns, an increase of about 2,400 crowns": a change
// the writer tells beside the two ends it restates, in one sentence. The change is the writer's own
// arithmetic on those ends: where it adds up (within the place of its last digit), it needs no source
// of its own; where it does not, and sources tell both ends, it is those ends misreported (a wrong
// sum), not a new fact, and the flag names the sources that give both.
import type { Figure } from '../types';
import type { FigureRef } from '../alignment/corpus';
import type { Check } from './check';
import { equalValues, figureClass } from '../alignment/figures';

/** Right before the change: "an increase of", "a rise of", "the drop of" (its qualifier is in its own words). */
const CHANGE_BEFORE = /\b(?:an?|the)[ \t]+(?:increase|rise|jump|gain|drop|fall|decrease|decline|cut|reduction|difference)[ \t]+of[ \t]+$/i;
/** Right before the ends: "rises to", "from". */
const TO_BEFORE = /\bto[ \t]+$/i;
const FROM_BEFORE = /\bfrom[ \t]+$/i;
/** Characters read before a figure for those words. */
const BEFORE_REACH = 24;

function before(f: FigureRef['article'], figure: Figure): string {
  const s = f.text.sentences[figure.sentence];
  const from = Math.max(s ? s.span.start : 0, figure.span.start - BEFORE_REACH);
  return f.text.plain.slice(from, figure.span.start);
}

/** A number told as one value of a class the change can be taken in (not a share: "an increase of 10%" may be relative). */
function plain(figure: Figure, cls: string): boolean {
  return !figure.range && figureClass(figure) === cls && (figure.qualifier === 'exact' || figure.qualifier === 'about');
}

/**
 * "a cut of nearly 28 million tonnes", "an increase of 2,400": the figure is how much a thing changed,
 * not a level it stood at. ("fell by 2,000" is left alone: sources' "by" and "to" figures of one change
 * are held to each other in the gold sets.)
 */
export function toldAsChangeAmount(f: FigureRef): boolean {
  const words = before(f.article, f.figure);
  return CHANGE_BEFORE.test(words);
}

/**
 * The ends a draft's change is told beside: the nearest figure after "to" and the nearest after
 * "from" before it in its sentence, of its class; null when the figure is no such change.
 */
export function changeEnds(f: FigureRef): { to: Figure; from: Figure } | null {
  const figure = f.figure;
  const cls = f.cls;
  if (cls === null || cls === 'percent' || figure.unit === 'percent' || figure.range || f.inQuote) return null;
  if (!CHANGE_BEFORE.test(before(f.article, figure))) return null;
  let to: Figure | null = null;
  let from: Figure | null = null;
  for (let i = f.index - 1; i >= 0; i--) {
    const h = f.article.figures[i];
    if (h.sentence !== figure.sentence) break;
    if (!plain(h, cls)) continue;
    const words = before(f.article, h);
    if (to === null && TO_BEFORE.test(words)) to = h;
    else if (from === null && FROM_BEFORE.test(words)) from = h;
    if (to && from) return equalValues(to.value, from.value) ? null : { to, from };
  }
  return null;
}

/** The place of a number's last non-zero digit (26,000 → 1,000); 1 for a number under 100 or not whole. */
function lastPlace(value: number): number {
  if (!Number.isInteger(value) || value < 100) return 1;
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}

/** Whether the change told is the difference of its ends, as told or rounded at its last digit. */
function addsUp(figure: Figure, ends: { to: Figure; from: Figure }, tolerance: number): boolean {
  const gap = Math.abs(ends.to.value - ends.from.value);
  if (gap >= figure.interval.low * (1 - tolerance) - 1e-9 && gap <= figure.interval.high * (1 + tolerance) + 1e-9) return true;
  return Math.abs(gap - figure.value) < lastPlace(figure.value);
}

/** A draft's change that adds up from two ends the sources state: the writer's arithmetic, no new fact. */
export function writersChange(check: Check, f: FigureRef): boolean {
  if (!check.isDraft) return false;
  const ends = changeEnds(f);
  return ends !== null && addsUp(f.figure, ends, check.tolerance) && check.corpus.hasValue(ends.to) && check.corpus.hasValue(ends.from);
}

/**
 * A draft's change that does not add up from the two ends it restates: against each source that
 * states both ends, outside quotations (its figure of the end the change went to), one a source.
 */
export function changeNotAddingUp(check: Check, f: FigureRef): FigureRef[] {
  if (!check.isDraft) return [];
  const ends = changeEnds(f);
  if (ends === null || addsUp(f.figure, ends, check.tolerance)) return [];
  const cls = f.cls!;
  const out: FigureRef[] = [];
  const seen = new Set<string>();
  for (const g of check.corpus.figureCandidates({ cls, figure: ends.to }, 0, 1, check.article.path)) {
    if (g.article.path === check.article.path || seen.has(g.article.path) || g.cls !== cls || g.inQuote || g.figure.range || !equalValues(g.figure.value, ends.to.value)) continue;
    const other = g.article.figures.some((h, i) => i !== g.index && !h.range && figureClass(h) === cls && equalValues(h.value, ends.from.value));
    if (!other) continue;
    seen.add(g.article.path);
    out.push(g);
  }
  return out;
}
