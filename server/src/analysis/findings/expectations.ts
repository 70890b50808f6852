// "The council expects the levy to raise £2.1 million" / "the council expects the new levy to raise
// about £2.4 million": a figure told as what a party expects is loose (claims/anchors.ts expectedValue),
// but two told as the same party's expectation are one projection, each a claim of its source. Who
// expects is read from the figure's own sentence: the words before the verb of expecting.
import type { FigureRef } from '../alignment/corpus';
import { contentWords } from '../alignment/words';

/** The verb of expecting nearest before the figure ("expects", "expected", "is forecasting"). */
const EXPECTING = /\b(?:expect|predict|forecast|project)(?:s|ed|ing)?\b/gi;
/** Characters read back from the figure for the verb, within its sentence. */
const EXPECTING_REACH = 60;
/** Where the clause of who expects opens: the sentence's start or the last mark before the verb. */
const CLAUSE_MARK = /[,;:()“”"—–]/g;

/** The content words of who expects the figure (the clause before the verb), or null when no verb of expecting is found. */
export function expecter(r: FigureRef): ReadonlySet<string> | null {
  const sentence = r.article.text.sentences[r.figure.sentence];
  if (!sentence) return null;
  const plain = r.article.text.plain;
  const from = Math.max(sentence.span.start, r.figure.span.start - EXPECTING_REACH);
  const before = plain.slice(from, r.figure.span.start);
  let verb = -1;
  EXPECTING.lastIndex = 0;
  for (let m = EXPECTING.exec(before); m !== null; m = EXPECTING.exec(before)) verb = from + m.index;
  if (verb < 0) return null;
  const clause = plain.slice(sentence.span.start, verb);
  let open = 0;
  CLAUSE_MARK.lastIndex = 0;
  for (let m = CLAUSE_MARK.exec(clause); m !== null; m = CLAUSE_MARK.exec(clause)) open = m.index + 1;
  return new Set(contentWords(plain, sentence.span.start + open, verb));
}

/** Both figures are told as expected by one party: a word of who expects is the same on both sides. */
export function sameExpecter(f: FigureRef, g: FigureRef): boolean {
  const a = expecter(f);
  const b = expecter(g);
  if (!a || !b) return false;
  for (const w of a) if (b.has(w)) return true;
  return false;
}
