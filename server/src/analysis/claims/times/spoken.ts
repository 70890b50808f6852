// Clock times said in words, as transcripts and quotations give them: "two forty this morning",
// "at ten past nine", "half past three this afternoon", "a quarter to eleven last night",
// "nine oh five a.m.". Two flat regexes (no nested quantifiers) find the words; what makes them a
// time rather than a count is checked over a bounded number of words either side:
// - "half past N", "a quarter past/to N", "N minutes past/to N", "ten past nine": the hour word
//   after past/to makes it a time ("forty past members" has none); a bare "ten to nine" also
//   needs a clock cue before it ("at", "until", …) or a.m./p.m., since "from five to ten" counts
//   (and "a quarter to eleven" a cue, a.m./p.m. or a day-part: "fell by a quarter to eleven");
// - "two forty", "nine fifteen", "nine oh five": only with a.m./p.m. or a day-part beside them.
// Either way the words after the time must not go on to a counted thing ("two forty-seat buses",
// "nine fifteen-year-olds", "ten past nine members").
import { wordTable } from '../../wordTable';
import type { DayPart } from './dayparts';
import { dayPartNear } from './dayparts';
import { boundaryBefore, nextWord, prevWord, startsLower } from './words';
import { CuedPattern, CueList } from '../../text/cuedPattern';
import { isAsciiLetter } from '../../text/codes';

export interface SpokenClock {
  start: number;
  /** End of the words, a.m./p.m. included when written. */
  end: number;
  /** 1..12 as said. */
  hour: number;
  minutes: number;
  meridiem?: 'a' | 'p';
  part: DayPart | null;
}

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty';
const HOUR = `${UNITS}|ten|eleven|twelve`;
/** The hours said after "past"/"to": also "midnight" and "noon" ("twelve minutes to midnight", "ten past noon"). */
const HOUR_NAMED = `${HOUR}|midnight|noon|midday`;
const SP = '[ \\u00a0]';
/** Not followed by a letter, digit or a hyphen joining another word ("forty-seat", "fifteen-year-olds"). */
const WORD_END = '(?![\\p{L}\\p{N}]|[-‐][\\p{L}\\p{N}])';

// "half past three", "a quarter to eleven", "twenty-five past nine", "five minutes to ten"
const PAST_TO = new RegExp(
  `(?:(a${SP}|an${SP})?(quarter)|(half)|(?:(${TENS})(?:[-${' '}](${UNITS}))?|(${UNITS}|${TEENS}))(${SP}minutes)?)` +
  `${SP}(past|to)${SP}(${HOUR_NAMED})${WORD_END}`, 'giu');

// "two forty", "seven thirty", "eleven fifty five", "ten twenty-five", "nine oh five", "twelve-oh-nine",
// and with a hyphen as transcripts write it: "four-forty this morning", "eleven-twenty"
const HOUR_MINUTES = new RegExp(
  `(${HOUR})(?:${SP}(?:oh|o)${SP}(${UNITS})|(?:${SP}|[-‐])(?:(${TENS})(?:[-${' '}](${UNITS}))?|(${TEENS}))|-oh-(${UNITS}))${WORD_END}`, 'giu');

/**
 * Pieces every match of PAST_TO and of HOUR_MINUTES holds (read with the same flags), a bounded
 * distance after its start: the full patterns open with a choice of words tried at every position,
 * so they are tried only just before these (CuedPattern). A PAST_TO match's cue (its " past nine")
 * starts at most "twenty-seven minutes" (20 characters) after it, HOUR_MINUTES's at most an hour
 * word ("eleven", 6) after it.
 */
const PAST_TO_CUE = new RegExp(`${SP}(?:past|to)${SP}(?:${HOUR_NAMED})${WORD_END}`, 'iu');
const HOUR_MINUTES_CUE = new RegExp(`${SP}(?:oh|o)${SP}(?:${UNITS})|(?:${SP}|[-‐])(?:${TENS}|${TEENS})|-oh-(?:${UNITS})`, 'iu');
/** Both patterns open with a number word: a letter (or ſ, which /iu reads as s). */
const wordAt = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c >= 0x80 || isAsciiLetter(c);
};
const PAST_TO_CUED = new CuedPattern(PAST_TO, PAST_TO_CUE, 24, wordAt);
const HOUR_MINUTES_CUED = new CuedPattern(HOUR_MINUTES, HOUR_MINUTES_CUE, 8, wordAt);
/** One search finds the places of both cues (each pattern is then tried near either). */
const SPOKEN_CUES = new CueList(new RegExp(`${PAST_TO_CUE.source}|${HOUR_MINUTES_CUE.source}`, 'iu'));

/** The scans tried only near their cue, for tests: they must find exactly what the full pattern finds. */
export const CUED_SPOKEN_PATTERNS: readonly { name: string; pattern: CuedPattern; places: (text: string) => readonly number[] }[] = [
  { name: 'past/to', pattern: PAST_TO_CUED, places: (text) => SPOKEN_CUES.places(text) },
  { name: 'hour minutes', pattern: HOUR_MINUTES_CUED, places: (text) => SPOKEN_CUES.places(text) },
];

/** The half of the day that starts at each named hour: past midnight is a.m., past noon p.m. */
const NOON_OR_MIDNIGHT: Readonly<Record<string, 'a' | 'p'>> = { midnight: 'a', noon: 'p', midday: 'p' };

const MERIDIEM = /^[ \u00a0]?([aApP])(\.?)[ \u00a0]?[mM](?![\p{L}\p{N}])(\.?)/u;

/**
 * Words that make a bare "ten to nine" a clock time. "from", "about", "around", "by" and "roughly"
 * also open ranges of counts ("from five to ten", "about five to ten of them", "by five to ten").
 */
const TO_CUES = new Set(['at', 'until', 'till', 'since', 'after', 'before', 'shortly', 'just']);

/** Words of rounding that open ranges of counts alone, but not after a clock cue ("at around twenty to ten"). */
const ROUNDING = new Set(['around', 'about', 'roughly', 'approximately']);

/** "at around", "until about": a word of rounding right after a clock cue. */
function cuedRounding(text: string, prev: { word: string; start: number }): boolean {
  if (!ROUNDING.has(prev.word.toLowerCase())) return false;
  const cue = prevWord(text, prev.start);
  return cue !== null && TO_CUES.has(cue.word.toLowerCase());
}

/**
 * "from a quarter to five the crews could refuel": "from" opens ranges of counts ("from five to
 * ten"), but "a quarter" with its article is no count, so "from a quarter to N" is a clock time when
 * a clause goes on after it ("the", "we", …; a counted thing was ruled out before). At the end of a
 * sentence ("cut from a quarter to five.") it stays unread.
 */
function fromQuarterTo(text: string, prev: { word: string }, article: boolean, end: number): boolean {
  if (!article || prev.word.toLowerCase() !== 'from') return false;
  const next = nextWord(text, end);
  return next !== null && FOLLOW_OK.has(next.word);
}

/** Lower-case words that may follow a clock time without making it a count of something. */
const FOLLOW_OK = new Set(['a', 'an', 'the', 'this', 'that', 'last', 'on', 'in', 'at', 'and', 'or', 'but', 'when', 'as',
  'with', 'by', 'before', 'after', 'until', 'till', 'to', 'from', 'for', 'is', 'was', 'were', 'had', 'has', 'he',
  'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our', 'my', 'local', 'tonight', 'yesterday',
  'today', 'tomorrow', 'sharp', 'precisely', 'exactly', 'then', 'while', 'so', 'there', 'just', 'overnight', 'one',
  'said', 'says', 'according', 'onwards', 'if', 'which', 'where', 'than', 'because', 'not']);

const NUM: Record<string, number> = wordTable({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50,
});

/** The value of a number word said in a time ("one" … "fifty"), or 0. */
export const spokenNumber = (w: string | undefined): number => (w ? NUM[w.toLowerCase()] ?? 0 : 0);

/** a.m./p.m. written right after `end`: its letter and where it ends, or null. */
function meridiemAfter(text: string, end: number): { m: 'a' | 'p'; end: number } | null {
  const x = MERIDIEM.exec(text.slice(end, end + 8));
  if (!x) return null;
  let stop = end + x[0].length;
  if (x[3] === '.' && x[2] === '') stop--; // "at nine am." — the period ends the sentence
  if (x[2] === '' && x[3] === '' && /[ \u00a0][aApP]/.test(x[0])) {
    // "nine fifteen am I think": an undotted, spaced "am" before a lower-case word is the verb.
    const next = nextWord(text, stop);
    if (next && startsLower(next.word)) return null;
  }
  return { m: x[1].toLowerCase() as 'a' | 'p', end: stop };
}

/** The time goes on to a counted thing: a lower-case word after it that no clock time takes. */
function countsSomething(text: string, end: number): boolean {
  const next = nextWord(text, end);
  return next !== null && startsLower(next.word) && !FOLLOW_OK.has(next.word);
}

/** Every clock time said in words in `text`; the caller sets zones and builds mentions. */
export function scanSpokenClocks(text: string): SpokenClock[] {
  const out: SpokenClock[] = [];
  const cues = SPOKEN_CUES.places(text);
  // Where the search goes on from, as the global pattern's lastIndex would.
  let from = 0;
  for (let m = PAST_TO_CUED.exec(text, from, cues); m; m = PAST_TO_CUED.exec(text, from, cues)) {
    const start = m.index;
    from = start + m[0].length;
    if (!boundaryBefore(text, start)) { from = start + 1; continue; }
    const quarter = m[2] !== undefined;
    const half = m[3] !== undefined;
    const minutesWord = m[7] !== undefined;
    const said = quarter ? 15 : half ? 30 : spokenNumber(m[4]) + spokenNumber(m[5]) + spokenNumber(m[6]);
    const past = m[8].toLowerCase() === 'past';
    // "to midnight" is late in the evening, "past midnight" early in the morning; noon the other way round.
    const noonOrMidnight = NOON_OR_MIDNIGHT[m[9].toLowerCase()];
    const named = noonOrMidnight ? 12 : spokenNumber(m[9]);
    if (said < 1 || said > 30 || (half && !past)) continue;
    let end = start + m[0].length;
    const mer = meridiemAfter(text, end);
    const part = mer ? null : dayPartNear(text, start, end);
    if (!mer && !part && countsSomething(text, end)) continue; // "ten past nine members"
    if (!past && !minutesWord && !mer && !(quarter && part)) {
      // "from five to ten (last night)", "fell by a quarter to eleven": "N to N" is a time only
      // after a clock cue ("a quarter to eleven" also with a day-part beside it).
      const prev = prevWord(text, start);
      if (!prev || !(TO_CUES.has(prev.word.toLowerCase()) || cuedRounding(text, prev) || fromQuarterTo(text, prev, m[1] !== undefined, end))) continue;
    }
    const hour = past ? named : named === 1 ? 12 : named - 1;
    const minutes = past ? said : 60 - said;
    if (mer) end = mer.end;
    const meridiem = noonOrMidnight ? (past === (noonOrMidnight === 'a') ? 'a' : 'p') : mer?.m;
    out.push({ start, end, hour, minutes, meridiem, part: noonOrMidnight ? null : part });
  }
  from = 0;
  // Bare "at nine fifty-five": a time only beside another of its sentence told with a.m./p.m. or a day-part.
  const listed: SpokenClock[] = [];
  for (let m = HOUR_MINUTES_CUED.exec(text, from, cues); m; m = HOUR_MINUTES_CUED.exec(text, from, cues)) {
    const start = m.index;
    from = start + m[0].length;
    if (!boundaryBefore(text, start)) { from = start + 1; continue; }
    const hour = spokenNumber(m[1]);
    const joined = m[6] !== undefined;
    const minutes = m[2] !== undefined ? spokenNumber(m[2]) : joined ? spokenNumber(m[6]) : spokenNumber(m[3]) + spokenNumber(m[4]) + spokenNumber(m[5]);
    let end = start + m[0].length;
    const mer = meridiemAfter(text, end);
    const part = mer ? null : dayPartNear(text, start, end);
    // "twelve-oh-nine" is said only of a clock: after a clock cue ("at twelve-oh-nine") it is one.
    const cued = joined && TO_CUES.has(prevWord(text, start)?.word.toLowerCase() ?? '');
    // "two forty" alone may be a count: only a.m./p.m. or a day-part beside it says a time.
    if (!mer && !part && !cued) {
      // "hit at nine forty-seven last night, a warning went out at nine fifty-five": after a clock cue,
      // with another time of the sentence told with its day-part, it is one of that sentence's times.
      if (TO_CUES.has(prevWord(text, start)?.word.toLowerCase() ?? '') && !countsSomething(text, end)) {
        listed.push({ start, end, hour, minutes, part: null });
        from = end;
        continue;
      }
      // Overlapping start ("ten twenty five" read from "twenty"): try one word later.
      from = start + m[1].length;
      continue;
    }
    if (!mer && countsSomething(text, end)) { from = start + m[1].length; continue; }
    if (mer) end = mer.end;
    out.push({ start, end, hour, minutes, meridiem: mer?.m, part });
  }
  if (listed.length > 0) {
    // The told times in text order: each listed time asks only its nearest told neighbour either side (linear overall).
    const told = out.filter((o) => o.meridiem || o.part).sort((a, b) => a.start - b.start);
    for (const c of listed) {
      let lo = 0;
      let hi = told.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (told[mid].start < c.start) lo = mid + 1; else hi = mid; }
      const before = told[lo - 1];
      const after = told[lo];
      if ((before && sameSentence(text, before, c)) || (after && sameSentence(text, after, c))) out.push(c);
    }
  }
  halfHours(text, out);
  hoursWithDayPart(text, out);
  return out;
}

/** Characters at most between two times read as one sentence's (sameSentence). */
const SENTENCE_REACH = 240;

/**
 * Whether two clock times stand in one sentence: close, with no full stop, question or exclamation
 * mark, or line break between them (a bounded read of at most SENTENCE_REACH characters).
 */
function sameSentence(text: string, a: SpokenClock, b: SpokenClock): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  if (to - from > SENTENCE_REACH) return false;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c === '.' || c === '?' || c === '!' || c === '\n') return false;
  }
  return true;
}

/** "half eleven": half past the hour, as Irish and British speech says it. */
const HALF_HOUR = new RegExp(`half${SP}(${HOUR})${WORD_END}`, 'giu');

/**
 * "at around half eleven", "until half ten": "half N" is half past N in Irish and British speech. Read
 * only after a clock cue ("at", "until", "at around"): "half eleven" may be a count halved elsewhere.
 */
function halfHours(text: string, out: SpokenClock[]): void {
  if (!/half[ \u00a0]/i.test(text)) return;
  HALF_HOUR.lastIndex = 0;
  for (let m = HALF_HOUR.exec(text); m; m = HALF_HOUR.exec(text)) {
    const start = m.index;
    if (!boundaryBefore(text, start)) continue;
    const prev = prevWord(text, start);
    if (!prev || !(TO_CUES.has(prev.word.toLowerCase()) || cuedRounding(text, prev))) continue;
    let end = start + m[0].length;
    const mer = meridiemAfter(text, end);
    const part = mer ? null : dayPartNear(text, start, end);
    if (!mer && countsSomething(text, end)) continue;
    if (mer) end = mer.end;
    out.push({ start, end, hour: spokenNumber(m[1]), minutes: 30, meridiem: mer?.m, part });
  }
}

/**
 * An hour word right before a day-part: "since six this morning", "until nine tonight". Lookahead of literal words only: linear-time.
 */
const HOUR_DAY_PART = new RegExp(`(?:${HOUR})${SP}(?=(?:this${SP}(?:morning|afternoon|evening)|tonight|last${SP}night|in${SP}the${SP}(?:morning|afternoon|evening))${WORD_END})`, 'giu');
/** The cues of a bound in time before a bare hour word ("since six this morning"): "at four this afternoon" may carry a sentence's sums to a moment and is left alone. */
const BOUND_CUES: ReadonlySet<string> = new Set(['since', 'until', 'till']);
/** Words that may hold a day-part right after an hour word (a cheap test before the pattern). */
const DAY_PART_HINT = /this[ \u00a0]|tonight|last[ \u00a0]night|in[ \u00a0]the[ \u00a0]/i;

/**
 * "has been at alert level one since six this morning", "open until nine tonight": a
 * bare hour word with a day-part right after it is that hour of the part of the day, when a bound's cue
 * stands right before it ("since", "until", "till"): "killed two this morning" counts, "the twenty-four
 * hours to seven this morning" is left alone ("to" may end a count: "rose to five"), and so, for now,
 * is "at four this afternoon" (read, it tied a sentence's sums to that moment).
 */
function hoursWithDayPart(text: string, out: SpokenClock[]): void {
  if (!DAY_PART_HINT.test(text)) return;
  HOUR_DAY_PART.lastIndex = 0;
  for (let m = HOUR_DAY_PART.exec(text); m; m = HOUR_DAY_PART.exec(text)) {
    const start = m.index;
    const word = m[0].trimEnd();
    const end = start + word.length;
    if (!boundaryBefore(text, start)) continue;
    const prev = prevWord(text, start);
    if (!prev || !BOUND_CUES.has(prev.word.toLowerCase())) continue;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    const part = dayPartNear(text, start, end);
    if (!part) continue;
    out.push({ start, end, hour: spokenNumber(word), minutes: 0, part });
  }
}
