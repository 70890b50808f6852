// Counts in a fact box or bulletin line: "Relief camps opened: 27", "(c) Houses damaged: 1,412",
// "- Deaths: 14". The label before the colon says what is counted.
import type { ArticleText, Figure } from '../../types';
import { lemma } from './units';

/** A line's label up to the colon right before the number: an optional list marker, then one to five words. */
const LABEL = /^[ \t]*(?:\(?[a-z0-9]{1,2}[.)][ \t]+|[-•*][ \t]+)?([A-Za-z][A-Za-z'’ -]{0,48}):[ \t]*$/;
/** Farthest a label's line may start before its number: a short line, looked at in bounded time. */
const REACH = 64;

/** Words that end the noun part of a label: "People in camps" counts people. */
const STOP = new Set(['in', 'at', 'on', 'of', 'for', 'from', 'to', 'by', 'with', 'under', 'per']);

/** Gives a bare count the thing its line's label names, and takes the label into its span. */
export function labelledCounts(text: ArticleText, figures: Figure[]): void {
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    if (f.unit !== 'count' || f.counted !== null || f.inWords || f.qualifier !== 'exact') continue;
    const sentence = text.sentences[f.sentence];
    if (!sentence) continue;
    const from = lineStart(text.plain, Math.max(sentence.span.start, f.span.start - REACH), f.span.start, sentence.span.start);
    if (from < 0) continue;
    const m = LABEL.exec(text.plain.slice(from, f.span.start));
    if (!m) continue;
    const words = m[1].trim().split(/[ \t]+/);
    if (words.length > 5) continue;
    let head: string | null = null;
    for (const w of words) {
      const lower = w.toLowerCase();
      if (STOP.has(lower)) break;
      // The first plural noun: "camps" in "Relief camps opened", "deaths" in "Deaths".
      if (lower.length > 3 && lemma(lower) !== lower) { head = lemma(lower); break; }
    }
    if (!head) continue;
    const start = from + m[0].indexOf(m[1]);
    figures[k] = { ...f, counted: head, span: { start, end: f.span.end }, text: text.original.slice(start, f.span.end) };
  }
}

/** Where the line holding `at` starts, if within [floor, at) or at the sentence's start; else -1. */
function lineStart(plain: string, floor: number, at: number, sentenceStart: number): number {
  for (let k = at - 1; k >= floor; k--) if (plain[k] === '\n') return k + 1;
  return floor === sentenceStart ? floor : -1;
}

/** A whole line that is a label and its count ("(e) Relief camps opened: 27, sheltering 3,850 persons"): a fact, not a heading. */
const FACT_LINE = /^[ \t]*(?:\(?[a-z0-9]{1,2}[.)][ \t]+|[-•*][ \t]+)?[A-Za-z][A-Za-z'’ -]{0,48}:[ \t]*\d/;

export function isFactLine(text: ArticleText, sentence: number): boolean {
  const s = text.sentences[sentence];
  return !!s && FACT_LINE.test(text.plain.slice(s.span.start, Math.min(s.span.end, s.span.start + 64)));
}
