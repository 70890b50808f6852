// Words in a clock time's clause that name something other than what happens at that time:
//   - what a deadline is for: "Accreditation for the signing ceremony closes at 08:45" tells when
//     accreditation closes, not when the ceremony is ("for" inside the subject, before its verb);
//   - what comes after it: "pick up the signing at half past nine and the news conference after
//     it" tells the conference as later than that time;
//   - what came before it: "the airport closed at 7:15 a.m. after a red aviation warning was issued"
//     tells the warning as earlier than that time (a cause told after "after" or "following").
// Two times whose clauses share only such words are not one event by their words
// (findings/times.ts, linkOf).
import type { TimeRef } from '../alignment/corpus';
import { contentTokens } from '../alignment/words';
import { claimMemo } from '../alignment/claimMemo';

/** Characters read before and after a time, within its sentence. */
const REACH = 90;
/** Words after "for" up to the verb: "the signing ceremony closes". */
const MAX_FOR_WORDS = 6;
/** A subject's finite verb right before the time: "closes at", "opens at", "ends by", "is at". */
const FINITE = new Set(['closes', 'closed', 'close', 'opens', 'opened', 'open', 'ends', 'ended', 'starts', 'started', 'begins', 'began',
  'shuts', 'shut', 'is', 'was', 'are', 'were']);
const BEFORE_TIME = new Set(['at', 'by', 'from', 'until', 'till']);
const LETTERS = /[A-Za-z’']+/g;
const CLAUSE_MARK = /[,;:()\n]/;
/** "… and the news conference after it": one to three words of another thing, then a word that puts it later. */
const LATER_ITEM = /^[ \t]*(?:,[ \t]*)?and[ \t]+(?:(?:the|a|an|its|their|his|her)[ \t]+)?((?:[\p{L}’'-]+[ \t]+){0,2}[\p{L}’'-]+)[ \t]+(?:after (?:it|that|this)|afterwards|later|soon after|shortly after)\b/iu;
/**
 * "… at 7:15 a.m. after a red aviation warning was issued for the area", "… at 9pm (2000 GMT),
 * following a second blast": a zone or conversion in brackets may stand between (or, read from the
 * bracketed time itself, the bracket that closes it: "2000 GMT), following …"); the earlier thing
 * runs to the clause's end. Bounded classes, no nesting, and no two runs of blanks side by side (a
 * line of tabs would be split between them every way): linear.
 */
const EARLIER_ITEM = /^[ \t]*(?:\([^()\n]{1,40}\)[ \t]*|\)[ \t]*)?(?:,[ \t]*)?(?:after|following)[ \t]+([^,;:()\n.!?]{1,90})/i;
/**
 * "After a safety check of the points, the line reopened at 3:40 p.m.": a sentence that opens with
 * "after" or "following" and its comma tells the earlier thing first. Bounded class: linear.
 */
const EARLIER_OPENING = /^[ \t]*(?:after|following)[ \t]+([^,;:()\n.!?]{1,90}),/i;
/** Words after "after" that tell a span of time, not an earlier event: "after dark", "after an hour", "after midnight". */
const AFTER_SPAN = /^(?:dark|dawn|midnight|noon|midday|sunset|sunrise|(?:a|an|one|two|three|four|five|several|many|\d+)[ \t]+(?:\S+[ \t]+)?(?:minutes?|hours?|days?|weeks?|months?|years?))\b/i;

/**
 * The content words of the other thing the time's clause names, or null when it names none. Kept
 * on the claim (claimMemo.ts): a source's time is met by every draft time that shares its words, at
 * every keystroke.
 */
export function otherThingWords(r: TimeRef): Set<string> | null {
  const memo = claimMemo(r);
  let words = memo.otherThing;
  if (words === undefined) memo.otherThing = words = readOtherThing(r);
  return words;
}

function readOtherThing(r: TimeRef): Set<string> | null {
  const sentence = r.article.text.sentences[r.time.sentence];
  if (!sentence) return null;
  const plain = r.article.text.plain;
  const out = new Set<string>();
  // What a deadline is for.
  const from = Math.max(sentence.span.start, r.time.span.start - REACH);
  const before = plain.slice(from, r.time.span.start);
  const words: Array<{ w: string; at: number }> = [];
  LETTERS.lastIndex = 0;
  for (let m = LETTERS.exec(before); m; m = LETTERS.exec(before)) words.push({ w: m[0].toLowerCase(), at: m.index });
  let k = words.length - 1;
  if (k >= 0 && BEFORE_TIME.has(words[k].w)) k--;
  if (k >= 1 && FINITE.has(words[k].w)) {
    const verb = k;
    for (let j = verb - 1; j >= 0 && verb - j <= MAX_FOR_WORDS; j--) {
      if (words[j].w !== 'for') continue;
      // "for" inside the subject: a head word right before it, no clause mark in between.
      if (j === 0 || verb - j < 2 || CLAUSE_MARK.test(before.slice(words[j - 1].at, words[verb].at))) break;
      for (const t of contentTokens(plain, from + words[j].at + 3, from + words[verb].at)) out.add(t.word);
      break;
    }
  }
  // What comes after it.
  const after = plain.slice(r.time.span.end, Math.min(sentence.span.end, r.time.span.end + REACH));
  const later = LATER_ITEM.exec(after);
  if (later) {
    const start = r.time.span.end + later.index + later[0].indexOf(later[1]);
    for (const t of contentTokens(plain, start, start + later[1].length)) out.add(t.word);
  }
  // What came before it.
  const earlier = EARLIER_ITEM.exec(after);
  if (earlier && !AFTER_SPAN.test(earlier[1])) {
    const start = r.time.span.end + earlier.index + earlier[0].length - earlier[1].length;
    for (const t of contentTokens(plain, start, start + earlier[1].length)) out.add(t.word);
  }
  // What came before it, told first: "After a safety check, the line reopened at 3:40 p.m.".
  const opening = EARLIER_OPENING.exec(plain.slice(sentence.span.start, r.time.span.start));
  if (opening && !AFTER_SPAN.test(opening[1])) {
    const start = sentence.span.start + opening[0].length - opening[1].length - 1;
    for (const t of contentTokens(plain, start, start + opening[1].length)) out.add(t.word);
  }
  return out.size > 0 ? out : null;
}

/** Whether every word two times' clauses share names another thing in one of them (see above). */
export function sharedOnlyOfOtherThing(t: TimeRef, s: TimeRef): boolean {
  const shared: string[] = [];
  for (const w of t.near) if (s.near.has(w)) shared.push(w);
  if (shared.length === 0) return false;
  const a = otherThingWords(t);
  const b = otherThingWords(s);
  if (!a && !b) return false;
  return shared.every((w) => a?.has(w) || b?.has(w));
}
