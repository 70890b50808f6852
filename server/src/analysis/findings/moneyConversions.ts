// "rising to €35 ($46.40)" where the sources write "35 euros ($40.60)" and "€35 (about $41)": a draft's
// sum converted in brackets into another currency, where two sources or more convert the very same sum
// into that currency and agree with each other (one rate between them), and the draft's amount is a
// tenth or more away from every one of them. Between sources a conversion is each outlet's own
// arithmetic at a rate it chose (loose, never held); one source's conversion alone holds a draft's only a
// quarter or more away (figures.ts misconvertedFigure), as two outlets' rates may part. Sources that
// agree on the rate leave the draft's own rate no such room: its arithmetic went wrong.
import type { Figure } from '../types';
import type { FigureRef } from '../alignment/corpus';
import { bracketedAfter } from '../alignment/conversions';
import { compatible, ratio } from '../alignment/figures';
import type { Check } from './check';

/** How far the draft's converted sum must be from each source's conversion of the same sum. */
const APART = 1.1;
/** How close two sources' conversions of one sum must be to tell one rate (a writer's rounding: "about $41" for $40.60). */
const ONE_RATE = 1.03;
/** Sources (articles) that must convert the same sum, all at one rate. */
const SOURCES = 2;
/**
 * How far apart the draft's converted sum and a source's conversion of the same sum are looked for:
 * the original sum must be the same, so a slip of the digits ("$31.2 million" for "$13.2 million") is
 * within reach too.
 */
const LOOK_RATIO = 4;

/** Two sources' conversions of one sum tell one rate: within a writer's rounding, or one's bound allows the other. */
function oneRate(a: Figure, b: Figure): boolean {
  return ratio(a, b) <= ONE_RATE || compatible(a, b, 0);
}

/** Inside a quotation's words (a converted sum is loose like a quoted one, FigureRef.inQuote: only real quotations are left out here). */
function quotedWords(r: FigureRef): boolean {
  const { start, end } = r.figure.span;
  return r.article.quotes.some((q) => q.pieces.some((p) => p.start <= start && end <= p.end));
}

/** Between a sum and its bracketed conversion, the period it is told by: " a day (", " per year (". */
const RATE_THEN_BRACKET = /^[ \t]+(?:a|an|per|each)[ \t]+(?:day|week|month|year|hour)[ \t]*\([ \t]*$/i;

/**
 * "R240 million a day (about $13.2 million)": the sum a converted sum follows in brackets after the
 * period both are told by. The draft's side only; the sources' sides are read as before.
 */
function bracketedAfterRate(f: FigureRef): Figure | null {
  const figures = f.article.figures;
  const before = f.index > 0 ? figures[f.index - 1] : undefined;
  if (!before || before.sentence !== f.figure.sentence) return null;
  return RATE_THEN_BRACKET.test(f.article.text.plain.slice(before.span.end, f.figure.span.start)) ? before : null;
}

/**
 * The source sums that convert the draft's original sum (the same currency and number, right before
 * them in brackets) into the draft's currency, one per source, when two sources or more do so at one
 * rate and each is APART or more from the draft's converted sum; none otherwise.
 */
export function otherMoneyConversions(check: Check, f: FigureRef): FigureRef[] {
  if (!check.isDraft || f.figure.unit !== 'money' || !f.cls || f.figure.range) return [];
  const original = bracketedAfter(f.article, f.index) ?? bracketedAfterRate(f);
  if (!original || original.unit !== 'money' || !original.measure || original.measure === f.figure.measure || original.range || quotedWords(f)) return [];
  const out: FigureRef[] = [];
  const seen = new Set<string>();
  for (const g of check.corpus.figureCandidates(f, check.tolerance, LOOK_RATIO, check.article.path)) {
    // The index may hand out sums further off than asked; the look's reach is the rule's, not the index's.
    if (g.article.path === check.article.path || quotedWords(g) || g.cls !== f.cls || g.figure.range || ratio(f.figure, g.figure) > LOOK_RATIO) continue;
    const theirs = bracketedAfter(g.article, g.index);
    if (!theirs || theirs.unit !== 'money' || theirs.measure !== original.measure || theirs.value !== original.value || theirs.range) continue;
    // A source whose conversion of the sum allows the draft's: the draft's rate is one an outlet used.
    if (compatible(f.figure, g.figure, check.tolerance) || ratio(f.figure, g.figure) < APART) return [];
    if (seen.has(g.article.path)) continue;
    seen.add(g.article.path);
    out.push(g);
  }
  if (out.length < SOURCES) return [];
  for (const a of out) for (const b of out) if (a !== b && !oneRate(a.figure, b.figure)) return [];
  return out;
}
