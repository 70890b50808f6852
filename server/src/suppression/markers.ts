// The "[source needed]" marker: an editor's note that a claim still needs a source. A marker after an
// unsourced claim, in the same sentence or right after it, answers the finding: the claim is
// tracked in the text, so it is listed as marked rather than flagged again.
import type { Span } from '../analysis/types';

export const SOURCE_NEEDED = '[source needed]';
/** Markers editors already use for the same thing. */
const MARKER = /\[\s?(?:source|citation) needed\s?\]/i;
const ABBREVIATION = /\b(?:[ap]\.m\.|[A-Z]\.(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Jr|Sr|Inc|Co|Corp|Ltd|No|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)/g;
/** How far after the claim a marker may sit (a sentence's tail). */
const REACH = 300;

/** Abbreviations blanked to letters of the same length, so their full stops end no sentence. */
function withoutAbbreviations(text: string): string {
  return text.replace(ABBREVIATION, (m) => 'x'.repeat(m.length));
}

/** A sentence end ([.!?] and closing marks) followed by the start of another sentence. */
const NEXT_SENTENCE = /[.!?][”’"')\]]*\s+[\p{Lu}\p{N}“‘"'(]/u;
const BLANK_LINE = /\n[ \t]*(?:\r?\n|\r)|\r[ \t]*\r/;

/**
 * True when a "[source needed]" (or "[citation needed]") marker follows the claim at `span` before
 * the next sentence: right after it, later in the same sentence, or just after its full stop.
 */
export function isMarkedSourceNeeded(text: string, span: Span): boolean {
  const tail = text.slice(span.end, span.end + REACH);
  const m = MARKER.exec(tail);
  if (!m) return false;
  const between = tail.slice(0, m.index);
  if (BLANK_LINE.test(between)) return false; // another paragraph
  // Abbreviations ("9 a.m. ET", "Dr. Ortiz", "U.S. Navy") do not end a sentence.
  return !NEXT_SENTENCE.test(withoutAbbreviations(between));
}

/**
 * Where the quick fix puts the marker: at the end of the claim's sentence, before its full stop
 * ("… a year [source needed]."), so the paragraph still ends like a sentence. When the sentence ends
 * inside a quotation, right after the claim instead; at the end of the line when the sentence runs on.
 */
export function sourceNeededInsertion(text: string, span: Span): { offset: number; text: string } {
  const tail = withoutAbbreviations(text.slice(span.end, span.end + REACH));
  const lineEnd = tail.search(/[\r\n]/);
  const scope = lineEnd >= 0 ? tail.slice(0, lineEnd) : tail;
  const end = /[.!?]+([”’"')\]]*)(?=\s|$)/.exec(scope);
  let offset: number;
  if (end && end[1] === '') offset = span.end + end.index;
  else if (end) offset = span.end;
  else offset = span.end + scope.replace(/\s+$/, '').length;
  const before = text.charAt(offset - 1);
  return { offset, text: /\s/.test(before) || offset === 0 ? SOURCE_NEEDED : ` ${SOURCE_NEEDED}` };
}
