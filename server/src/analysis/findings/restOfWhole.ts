// "€4 million for farmers and €8 million for road repairs" against a source's "€12 million in flood
// relief, including €4 million for farmers": a figure that is the other's whole less a part both
// articles tell (the part in the figure's own sentence, and beside the whole in the other's) is the
// rest of that whole, another quantity than the whole, never the whole misreported.
import type { FigureRef } from '../alignment/corpus';
import { equalValues, figureClass } from '../alignment/figures';
import type { Figure } from '../types';

/** Between the whole and its part: "including", "of which", "of that" (the part told of what came before). */
const INCLUDES = /\b(?:includ(?:e|es|ed|ing)|of[ \t]+(?:which|that|this|it|those))\b/i;
/** Right after the part: "of them", "of those", "of whom" (a part of the figure told before it). */
const PARTITIVE_AFTER = /^[ \t]+of[ \t]+(?:them|those|these|whom|which)\b/i;
/** Characters read after the part for PARTITIVE_AFTER. */
const PARTITIVE_REACH = 16;
/** Right after a figure: it is told as a total ("€8 million in all", "altogether"). */
const TOTAL_AFTER = /^[ \t]{1,2}(?:in[ \t]+(?:all|total)|altogether|all[ \t]+told|combined)(?![\p{L}])/iu;
/** Characters read after a figure for TOTAL_AFTER. */
const TOTAL_REACH = 24;

/** A figure that may be a part or a whole here: one number, not a range, of the class given. */
function plain(h: Figure, cls: string): boolean {
  return !h.range && h.qualifier !== 'vague' && figureClass(h) === cls;
}

/**
 * Whether f is g's whole less a part h: f's sentence tells h beside f (not as a part of f: no
 * "including" between them, f not told as a total), and g's article tells h after g, in g's sentence
 * or the next one of its paragraph ("C$6 million in aid. Of that, C$2 million …").
 */
export function restOfToldWhole(f: FigureRef, g: FigureRef): boolean {
  const cls = f.cls;
  if (cls === null || g.cls !== cls || !(g.figure.value > f.figure.value) || f.figure.range || g.figure.range) return false;
  const gap = g.figure.value - f.figure.value;
  const text = f.article.text;
  let part = false;
  for (const h of f.article.figures) {
    if (h.sentence !== f.figure.sentence || h.span.start === f.figure.span.start || !plain(h, cls) || !equalValues(h.value, gap)) continue;
    // "€8 million, including €4 million for farmers", "treated 21 people …, and six of them were taken
    // to hospital": the part of f itself, not of the other's whole.
    if (h.span.start > f.figure.span.end && (INCLUDES.test(text.plain.slice(f.figure.span.end, h.span.start)) ||
      PARTITIVE_AFTER.test(text.plain.slice(h.span.end, h.span.end + PARTITIVE_REACH)))) continue;
    part = true;
    break;
  }
  if (!part) return false;
  const sentence = text.sentences[f.figure.sentence];
  if (sentence && TOTAL_AFTER.test(text.plain.slice(f.figure.span.end, Math.min(sentence.span.end, f.figure.span.end + TOTAL_REACH)))) return false;
  const other = g.article.text.sentences;
  const own = g.figure.sentence;
  for (const k of g.article.figures) {
    if (k.span.start <= g.figure.span.end || !plain(k, cls) || !equalValues(k.value, gap)) continue;
    if (k.sentence === own) return true;
    if (k.sentence === own + 1 && other[own]?.paragraph === other[k.sentence]?.paragraph) return true;
    if (k.sentence > own + 1) return false;
  }
  return false;
}
