// The end of talks, told in the words reporters vary: "after talks with officials that ended at 5:15",
// "The talks began at 10:30 and concluded at 16:45", "The negotiations began at nine. They broke up at a
// quarter to five", a list under "The talks:" whose item reads "- ended at 16:45", a timeline's
// "- 16:45 (14:45 UTC): Talks conclude." A story's talks end once; each such time is that moment
// (findings/times.ts holds two of them to each other as one event). The talks must be what ended: named
// before the verb in its clause, opening the sentence before a "They …", or heading the list.
import type { ArticleText, Span } from '../types';

/** The event key of the end of a story's talks. */
export const TALKS_END = '~end:talks';

const TALKS = String.raw`(?:talks|negotiations)`;
const ENDED = String.raw`(?:ended|concluded|broke[ \t]+up|finished|wrapped[ \t]+up)`;
/** Words between the verb and its time: "at", "shortly after", "around". */
const TO_TIME = String.raw`[ \t]+(?:(?:at|shortly[ \t]+(?:before|after)|just[ \t]+(?:before|after)|around|about)[ \t]+)?`;

/**
 * "talks with city officials that ended at", "Talks began at 10:30 SAST (09:30 UTC) on Tuesday and ended at":
 * the talks named before the verb, no comma or clause break between. Bounded gap: linear on the short slice.
 */
const NAMED_BEFORE = new RegExp(String.raw`\b${TALKS}\b[^,;!?\n]{0,80}?[ \t](?:(?:had|have|finally)[ \t]+)?${ENDED}${TO_TIME}$`, 'i');
/** Characters read back from the time for NAMED_BEFORE. */
const NAMED_REACH = 160;
/** "They broke up at": a pronoun opening the sentence, then the verb. */
const PRONOUN_ENDED = new RegExp(String.raw`^[^\p{L}]*(?:they|these)[ \t]+(?:(?:had|have|finally)[ \t]+)?${ENDED}${TO_TIME}$`, 'iu');
/** "The talks began at half past ten …": a sentence opening with the talks. */
const TALKS_OPENING = new RegExp(String.raw`^[^\p{L}]*(?:the[ \t]+)?${TALKS}\b`, 'iu');
/** "- ended at": a list item opening with the verb. */
const ITEM_ENDED = new RegExp(String.raw`^[ \t]*[-*•][ \t]+${ENDED}${TO_TIME}$`, 'iu');
/** A list item's opening mark. */
const ITEM_OPENING = /^[ \t]*[-*•][ \t]/u;
/** "The talks:": the line a list hangs from, ending in the talks and a colon. */
const TALKS_HEAD = new RegExp(String.raw`\b${TALKS}[ \t]*:[ \t*_]*$`, 'i');
/** Items of a list passed over back to its head, at most. */
const LIST_ITEMS = 8;
/** Before a timeline item's time: only a list mark, if any. */
const LINE_OPENING = /^[ \t]*(?:[-*•][ \t]+)?$/u;
/** After it: its conversion in brackets, a colon or dash, then "Talks conclude". */
const TIMELINE_ENDED = new RegExp(String.raw`^(?:[ \t]*\([^()\n]{1,24}\))?[ \t*_]*[:—–|-][ \t*_]*(?:the[ \t]+)?${TALKS}[ \t]+(?:end|ends|ended|conclude|concludes|concluded|break[ \t]+up|breaks[ \t]+up|broke[ \t]+up|finish|finishes|finished)\b`, 'i');
/** Characters read after the time for TIMELINE_ENDED. */
const TIMELINE_REACH = 64;

/** Characters looked back from a sentence's start for its line's start (a list mark, blanked in plain). */
const LINE_REACH = 8;

/** The original text from the start of the line `from` is on (LINE_REACH back at most) to `to`: a list mark markdown blanks is kept there. */
function lineOf(original: string, from: number, to: number): string {
  let a = from;
  while (a > 0 && from - a < LINE_REACH && original[a - 1] !== '\n') a--;
  return original.slice(a, to);
}

/** Whether the clock time at `at` in sentence `sentence` is told as the end of the story's talks. */
export function toldAsTalksEnd(text: ArticleText, sentence: number, at: Span): boolean {
  const s = text.sentences[sentence];
  if (!s || at.start < s.span.start || at.start === at.end) return false;
  const plain = text.plain;
  const before = plain.slice(Math.max(s.span.start, at.start - NAMED_REACH), at.start);
  if (NAMED_BEFORE.test(before)) return true;
  const opening = plain.slice(s.span.start, at.start);
  if (opening.length <= NAMED_REACH && PRONOUN_ENDED.test(opening)) {
    const prior = text.sentences[sentence - 1];
    return prior !== undefined && prior.paragraph === s.paragraph && TALKS_OPENING.test(plain.slice(prior.span.start, prior.span.end));
  }
  if (opening.length <= NAMED_REACH && ITEM_ENDED.test(lineOf(text.original, s.span.start, at.start))) {
    for (let i = sentence - 1; i >= 0 && i >= sentence - LIST_ITEMS; i--) {
      const span = text.sentences[i].span;
      if (!ITEM_OPENING.test(lineOf(text.original, span.start, span.end))) return TALKS_HEAD.test(plain.slice(span.start, span.end));
    }
    return false;
  }
  if (LINE_OPENING.test(opening)) return TIMELINE_ENDED.test(plain.slice(at.end, Math.min(s.span.end, at.end + TIMELINE_REACH)));
  return false;
}
