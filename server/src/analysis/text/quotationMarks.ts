// Where a text's quotation marks (“ ” ") stand: one search, kept for the text read last. The times
// stage (dates inside quotations) and the quotes stage (which paragraphs hold a quotation) read the
// same article one after the other, so the second finds the places already made.
import { CueList, firstAtOrAfter } from './cuedPattern';

const MARKS = new CueList(/["“”]/);

/** The places of every “ ” and " in `plain`, ascending. */
export function quotationMarks(plain: string): readonly number[] {
  return MARKS.places(plain);
}

/** Whether [start, end) holds one of `marks` (quotationMarks's places). */
export function holdsQuotationMark(marks: readonly number[], start: number, end: number): boolean {
  const k = firstAtOrAfter(marks, start);
  return k < marks.length && marks[k] < end;
}
