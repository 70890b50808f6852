// "**Correction (07:35):** An earlier entry said …": a correction note, its label opening its
// paragraph. What such a note tells restates the corrected entry (claims/figures, findings/times).
import type { ArticleText } from '../types';

/** A note's label at a paragraph's start: "Correction (Wednesday 09:40):", "Clarification:". */
const CORRECTION_LABEL = /^[^\p{L}\p{N}]{0,12}(?:corrections?|clarifications?)\b[^\p{L}\p{N}]{0,3}[(:,]/iu;
/** Characters read at a paragraph's start for the label. */
const LABEL_REACH = 40;

/** Whether paragraph `paragraph` of `text` is a correction note. */
export function inCorrectionNote(text: ArticleText, paragraph: number): boolean {
  const p = text.paragraphs[paragraph];
  return p !== undefined && CORRECTION_LABEL.test(text.plain.slice(p.start, Math.min(p.end, p.start + LABEL_REACH)));
}
