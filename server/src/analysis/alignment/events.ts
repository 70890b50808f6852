// What happened at a clock time, told in the words reporters vary for style: "halted the race" /
// "stopped the race", "announced the sentence" / "read out the sentence" / "handed down the
// sentence", "met workers at the plant" / "came to the plant", "issued a mayday" / "sent a mayday",
// "received a distress call" / "picked up a distress call".
// An event is an action (one word for each group of newsroom synonyms) and the words of what it
// was done to; two times told with the same action on the same thing are one moment
// (findings/times.ts). The thing must be shared: "stopped the bus" and "halted the vote" are two
// events, and so are "announced the verdict" and "announced the sentence" by the same judge.
import type { Span } from '../types';
import { contentTokens } from './words';
import { mapped } from '../mapped';
import { landedOfSentThing } from './sentThings';

/**
 * Past-tense forms only: a plan ("will stop the race at noon") is not what happened, and the bare
 * forms are often nouns ("a stop at the plant"). Lower case only: "the Met Office" and "Met Police"
 * are names, not a meeting. Literal alternatives: linear-time.
 */
const ACTIONS: Readonly<Record<string, readonly string[]>> = {
  '~halt': ['stopped', 'halted', 'suspended', 'called off'],
  '~notice': ['noticed', 'spotted', 'detected', 'discovered', 'found'],
  // "came out" only of a thing sent or published (SENT_ONLY): "the statement came out at 7:30".
  '~pronounce': ['announced', 'read out', 'handed down', 'pronounced', 'delivered', 'returned', 'came out'],
  '~visit': ['visited', 'toured', 'came to', 'went to', 'met', 'spoke to', 'spoke with', 'talked to', 'talked with'],
  '~alert': ['issued', 'sent', 'put out', 'raised', 'sounded', 'triggered', 'went off'],
  '~request': ['asked for', 'called for', 'requested', 'demanded'],
  '~land': ['landed', 'touched down'],
  '~receive': ['received', 'picked up'],
  '~aground': ['ran aground', 'went aground', 'ran onto', 'struck'],
  '~publish': ['published', 'released'],
  // A structure's or a mass's fall: "the stand collapsed at 3:12", "a cornice broke away at dawn", "the
  // roof gave way at 3:10", "the ice came down at ten to six" (a timeline's "collapses" too).
  '~collapse': ['collapsed', 'collapses', 'came down', 'broke away', 'gave way', 'caved in'],
  '~notify': ['notified', 'alerted', 'emailed'],
  // A body's decision: "the committee voted 7-5 at 11.48pm" / "councillors approved the scheme" / "the
  // board resolved to approve the plan" / "the vote was taken at 11.48pm" / "let us put it to the vote".
  // Its end told as the result or the decision: "the result was declared at 10.42pm", "Result declared
  // at 22:42", "the decision came late last night, at twelve minutes past eleven".
  '~vote': ['voted', 'approved', 'backed', 'resolved to approve', 'resolved to refuse', 'vote was taken', 'vote was held',
    'put it to the vote', 'put to the vote', 'declared', 'decision came'],
};

/**
 * Actions told without an object, of a craft that reporters name in many words ("the jet", "the
 * aircraft", "the pilots … landed"): besides its words, such an action is keyed alone ("~land"), and
 * the article keeps that key only where it tells the action at one moment (see corpus.ts). So is a
 * vote, of a body named in as many ("the committee", "councillors", "members", "the vote was taken"):
 * an article telling votes at two moments keeps neither alone. So is a collapse, of a thing told in as
 * many ("the cornice", "the snow shelf", "the overhang"; "the stand", "the terrace").
 */
export const ALONE: ReadonlySet<string> = new Set(['~land', '~vote', '~collapse']);
/** Told of a thing sent or published only ("the statement came out"; not "the sun came out"): alignment/sentThings.ts. */
const SENT_ONLY: ReadonlySet<string> = new Set(['came out']);
/** Told of what acts, never of an object ("the alarm went off in the east wing"): keyed by the subject. */
const INTRANSITIVE: ReadonlySet<string> = new Set(['went off', 'collapsed', 'collapses', 'came down', 'broke away', 'gave way', 'caved in']);
/** Actions whose subject is what they were done to when no object follows ("the race stopped", "the alarm sounded at 3:52"). */
const SUBJECT_WITHOUT_OBJECT: ReadonlySet<string> = new Set(['~halt', '~alert']);
/** Each action word with its group. */
const ACTION_OF = new Map(Object.entries(ACTIONS).flatMap(([group, words]) => words.map((w) => [w, group] as const)));
/** Any action word, as a whole word (literal alternatives: linear-time). */
const VERB = new RegExp(String.raw`\b(?:${[...ACTION_OF.keys()].join('|')})\b`, 'g');

/** The action groups ("~halt", "~notice") of every action word written in plain[from, to). */
export function actionGroupsIn(plain: string, from: number, to: number): Set<string> {
  const out = new Set<string>();
  const body = plain.slice(from, to);
  VERB.lastIndex = 0;
  for (let m = VERB.exec(body); m; m = VERB.exec(body)) {
    const group = ACTION_OF.get(m[0]);
    if (group) out.add(group);
  }
  return out;
}

/**
 * Action words that tell the action only of one kind of thing: a jury "returned its verdict" as a
 * judge "read out the verdict", but "returned the money", "returned home" or "returned fire" is
 * nothing pronounced. Such a word counts only when the thing acted on is one of these.
 */
const ONLY_OF: ReadonlyMap<string, ReadonlySet<string>> = new Map([['returned', new Set(['verdict', 'verdicts'])]]);

/**
 * Action words that tell the action only of one subject, read right before them: a result is
 * declared as a vote ends ("the result was declared", "Result declared"), but "declared an
 * emergency" or "a major incident was declared" is no vote. Anchored at the end; the stretch read is short.
 */
const ONLY_AFTER: ReadonlyMap<string, RegExp> = new Map([['declared', /\bresults?\s+(?:(?:was|were|is|are|has been|had been)\s+)?$/i]]);
/** Characters looked back from such a word for its subject. */
const ONLY_AFTER_REACH = 32;

/** A particle after "backed" that makes it another verb ("backed up", "backed away", "backed down"). */
const BACKED_PHRASAL = /^\s+(?:up|away|down|off|out|into)\b/;

/** Characters between the verb and its time: "halted the race at", "we stopped the race" after "At 9:40 this morning". */
const VERB_REACH = 60;
/** Words of the thing acted on, at most. */
const THING_WORDS = 3;
/** What ends the thing acted on: a comma, a bracket, a clause break. */
const THING_END = /[,;:()[\]—–]/;

/** "and" (or "and then") right before a verb that follows the time. */
const AND_BEFORE = /\band\s+(?:then\s+)?$/;

/** Between a time and a verb after it: the verb tells the moment the time is measured from (literal alternatives: linear-time). */
const OTHER_MOMENT_BETWEEN = /\b(?:after|before|since|following)\b/i;

/** A passive auxiliary right before the verb: "was halted", "had been spotted", "were quickly called off". */
const PASSIVE = /\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?$/;

/**
 * "struck the reef, 4 km west of the point, at 0242 GMT": a place set off by two commas between the
 * verb and its time does not put the time out of the verb's reach. The length from the first comma
 * to the last in plain[from, to), or 0 when there are fewer than two.
 */
function asideLength(plain: string, from: number, to: number): number {
  if (to - from > ASIDE_REACH) return 0;
  let first = -1;
  let last = -1;
  for (let i = from; i < to; i++) {
    if (plain[i] !== ',') continue;
    if (first < 0) first = i;
    last = i;
  }
  return last > first ? last - first : 0;
}
/**
 * "read out the provisional figures at the results centre in Suva at 3.45pm": the verb's own object
 * (an article and at most three words, up to a preposition) stands between it and the place and time
 * told after; it is the event's, and no distance from it. The length of that object after the verb,
 * or 0. Bounded repetition over words and spaces, which share no character: linear-time.
 */
function objectLength(plain: string, from: number, to: number): number {
  if (to - from > ASIDE_REACH) return 0;
  const m = OBJECT_AFTER.exec(plain.slice(from, to));
  return m ? m[0].length : 0;
}
const OBJECT_AFTER = /^[ \t]+(?:the|a|an|its|their|his|her)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}[\p{L}-]+(?=[ \t]+(?:at|in|on|from|to|before|outside|inside)[ \t])/u;

/** Characters between a verb and its time, aside included, beyond which no aside is looked for. */
const ASIDE_REACH = 160;

/** Whether some other claim (a figure, another time) covers an offset. */
export type Covered = (offset: number) => boolean;

/**
 * Event keys ("~halt:race") of the action told nearest the time `at` in `clause`: the action with
 * each word of the thing acted on — its object, or, told in the passive ("the marathon was halted at
 * 9:40", "Race stopped at 9:40"), its subject. Empty when no such action stands near the time.
 */
export function eventKeys(plain: string, clause: Span, at: Span, covered: Covered = () => false): string[] {
  const tide = tideBefore(plain, clause, at) ?? sessionBefore(plain, clause, at) ?? investorCallBefore(plain, clause, at) ?? gatheringStart(plain, clause, at);
  const told = actionKeys(plain, clause, at, covered);
  const keys = told.length > 0 ? told : putOutKeys(plain, clause, at);
  return tide ? [...keys, tide] : keys;
}

/**
 * "put the figures out at nine o'clock": "put out" split by its object, right before the time. Of a
 * thing published (figures, data, results, a report) it is their publication, as "published the
 * figures" is; of anything else ("put the fire out") it is no event read here. Bounded: one
 * determiner and at most two words of the object, on a short slice before the time; linear.
 */
const PUT_OUT_BEFORE = /\bput[ \t]+(?:(?:the|its|their|these|those|his|her|our|new|latest|official)[ \t]+)?([a-z]+(?:[ \t]+[a-z]+)?)[ \t]+out[ \t]+(?:at[ \t]+|around[ \t]+|shortly[ \t]+after[ \t]+)?$/i;
/** Characters read back from the time for PUT_OUT_BEFORE. */
const PUT_OUT_REACH = 64;
/** Things published, as content words (alignment/words.ts), whose "put … out" is their publication. */
const PUBLISHED_THINGS: ReadonlySet<string> = new Set(mapped(contentTokens('figures data results report statistics numbers'), (t) => t.word));

/** Event keys of a split "put … out" of a published thing told right before the time ("~publish:figur"), else none. */
function putOutKeys(plain: string, clause: Span, at: Span): string[] {
  if (at.start <= clause.start) return [];
  const from = Math.max(clause.start, at.start - PUT_OUT_REACH);
  const m = PUT_OUT_BEFORE.exec(plain.slice(from, at.start));
  if (!m) return [];
  const objectStart = from + m.index + m[0].indexOf(m[1], 3);
  const words = mapped(contentTokens(plain, objectStart, objectStart + m[1].length), (t) => t.word).slice(0, THING_WORDS);
  if (!words.some((w) => PUBLISHED_THINGS.has(w))) return [];
  return mapped([...new Set(words)], (w) => `~publish:${w}`);
}

export const VOTE = '~vote';
/** Characters looked back from a time for the vote it is the moment of. */
const VOTE_REACH = 40;
/**
 * "The vote came at 11:48 p.m.", "the final vote, 6-3, was at 11:48", "the roll call came at": a vote
 * named as the subject of the time, right before it. Anchored at the end; a score between commas is
 * at most a few characters, so the stretch read is short.
 */
const VOTE_BEFORE = /\b(?:vote|roll[ -]call)(?:,[ \t]*[^,\n]{1,12},)?[ \t]+(?:came|was|took[ \t]+place|happened)[ \t]+(?:at[ \t]+)?$/i;
/** "Tuesday's 11:48 p.m. vote", "the 11:48 p.m. vote": a vote the time stands right before. */
const VOTE_AFTER = /^[ \t]+(?:final[ \t]+)?(?:vote|roll[ -]call)\b/i;

/**
 * Whether the time is told as a vote's moment by naming the vote right beside it (a verb is read by
 * actionKeys). `span`: the time's sentence, as "The vote, 7-4, came at" runs past its clause's commas.
 */
export function voteNamedAt(plain: string, clause: Span, at: Span): boolean {
  if (at.start > clause.start && VOTE_BEFORE.test(plain.slice(Math.max(clause.start, at.start - VOTE_REACH), at.start))) return true;
  return at.end < clause.end && VOTE_AFTER.test(plain.slice(at.end, Math.min(clause.end, at.end + 16)));
}

/** Characters looked back from a time for the market session it tells. */
const SESSION_REACH = 40;
/**
 * "the London market opened at 8am", "within minutes of the market opening at 9am", "markets close
 * at 4.30pm": the open or the close of a market told right before its time is that session's moment
 * (a market in another zone is hours away, and too far to be held to it). Anchored at the end; the
 * stretch read is short.
 */
const SESSION = /\b(?:markets?|exchange|bourse)\s+(?:(open)(?:ed|s|ing)?|(clos)(?:ed|es|ing|e))\s+(?:at\s+)?$/i;

/** Characters looked back from a time for the call it tells. */
const CALL_REACH = 64;
/**
 * "on a call at 10am", "will host a conference call for analysts and investors at 09:30 GMT": a call
 * told right before its time, in a clause that names analysts or investors, is a company's call with
 * the market: one occasion a story has once. Anchored at the end; the stretch read is short.
 */
const CALL = /\bcall(?:\s+(?:for|with)\s+[a-z]+(?:\s+and\s+[a-z]+)?)?\s+(?:at\s+)?$/i;
const MARKET_AUDIENCE = /\b(?:analysts?|investors?|shareholders?)\b/i;

/** "~call:investors" for a time told as the start of a call with analysts or investors, or null. */
function investorCallBefore(plain: string, clause: Span, at: Span): string | null {
  if (at.start <= clause.start || !CALL.test(plain.slice(Math.max(clause.start, at.start - CALL_REACH), at.start))) return null;
  return MARKET_AUDIENCE.test(plain.slice(clause.start, clause.end)) ? '~call:investors' : null;
}

/** The market session a time is the moment of ("~session:open", "~session:close"), or null. */
function sessionBefore(plain: string, clause: Span, at: Span): string | null {
  if (at.start <= clause.start) return null;
  const m = SESSION.exec(plain.slice(Math.max(clause.start, at.start - SESSION_REACH), at.start));
  return m ? `~session:${m[1] ? 'open' : 'close'}` : null;
}

/** Characters looked back from a time for the briefing it opens, and read after a blog's stamp for one. */
const GATHERING_REACH = 96;
/**
 * "the council's briefing at 10:00 this morning", "at a briefing in the capital that began at 11 a.m.",
 * "a news conference, which started at 9:30": a briefing or news conference told right before its
 * time, alone or with the verb of its start, is the time it began (newsrooms give a briefing's time
 * as its start). So is one told with its place between ("told a news conference in the capital at noon",
 * "a press conference at the ministry at 11:00"): up to four words after "in" or "at". Anchored at the
 * end; at most four words between the noun and its verb; the stretch read is short.
 */
const GATHERING_BEFORE = /\b(briefing|(?:news|press)[ \t]+conference)(?:[ \t]+(?:in|at)(?:[ \t]+[\p{L}'’]+){1,4}?)?(?:,?(?:[ \t]+[\p{L}'’]+){0,4}?,?[ \t]+(?:that|which)(?:[ \t]+(?:has|had))?[ \t]+(?:began|begun|started|opened))?[ \t]+at[ \t]+$/iu;
/**
 * "the eleven o'clock press conference": a news conference the time stands right before, as its name.
 * Not a briefing: "the 8am briefing" names one of a routine's days ("by Friday's 8am briefing").
 */
const GATHERING_AFTER_TIME = /^[ \t]+((?:news|press)[ \t]+conference)\b/i;
/** Before such a time: a determiner or a possessive, so the time names the gathering ("the", "Tuesday's"). */
const NAMING_BEFORE = /(?:\b(?:the|a|an|this|its|their|his|her)|['’]s)[ \t]+$/i;
/**
 * "10:00 — The council's briefing has started": a live blog's stamp over the start of a briefing (read
 * from the stamp's dash, or from the entry's opening, where an entry stamp's moment is placed: at.start === at.end).
 */
const GATHERING_AFTER_STAMP = /^[ \t*_]*(?:[—–-][ \t]+)?(?:[\p{L}'’]+[ \t]+){0,3}?(briefing|(?:news|press)[ \t]+conference)[ \t]+(?:has|have|is|was)[ \t]+(?:started|begun|opened|under[ \t]+way)\b/iu;
/** A dash right after a time: what follows is its entry. */
const DASH_AFTER = /^[ \t*_]*[—–-][ \t]/;

/** "~begin:briefing" (or "~begin:conference") for a time told as the start of a briefing or news conference, or null. */
function gatheringStart(plain: string, clause: Span, at: Span): string | null {
  const before = at.start > clause.start ? GATHERING_BEFORE.exec(plain.slice(Math.max(clause.start, at.start - GATHERING_REACH), at.start)) : null;
  const after = before ? '' : plain.slice(at.end, Math.min(plain.length, at.end + GATHERING_REACH));
  const m = before ?? (at.start === at.end || DASH_AFTER.test(after) ? GATHERING_AFTER_STAMP.exec(after) : null) ?? namedByTime(plain, clause, at, after) ?? namedByRow(plain, at);
  if (!m) return null;
  return `~begin:${m[1].toLowerCase().startsWith('briefing') ? 'briefing' : 'conference'}`;
}

/**
 * A timetable's line that names only the gathering: a table's row ("| Press conference | 11:15 | 10:15 |",
 * its bars blanked: the label, then the row's times and nothing more) or a timeline's item ("- 13:00
 * Press conference at the town hall": the time opening its line, the gathering and its place after).
 * The line's time is the gathering's start, as a timetable gives it.
 */
const ROW_LABEL = /^[ \t*_]*((?:news|press)[ \t]+conference|briefing)[ \t*_]*$/iu;
/** After a row's label and its time: only further times, zones and the row's blanks ("   10:15 (UTC)  "). */
const ROW_REST_MARKS = /^[ \t*_\d:.()A-Z]*$/;
/** A zone's abbreviation among them ("UTC", "BST"): two to five capitals. */
const ZONE_WORD = /^[A-Z]{2,5}$/;
const rowRest = (rest: string): boolean => ROW_REST_MARKS.test(rest) && rest.split(/[^A-Z]+/).every((w) => w === '' || ZONE_WORD.test(w));
/** Before a timeline item's time: only a bullet mark, if any (the time opens its line). */
const ITEM_OPENING = /^[ \t]*(?:[-*•–][ \t]+)?$/u;
/** After it: the gathering alone, with up to four words of its place ("at the town hall"), to the line's end. */
const ITEM_GATHERING = /^[ \t*_]*(?:[—–:|-][ \t]*)?((?:news|press)[ \t]+conference|briefing)(?:[ \t]+(?:at|in)(?:[ \t]+[\p{L}'’]+){1,4})?[ \t.*_]*$/iu;

/** The gathering a timetable's line names alone beside its time (a row's label or an item's entry), or null. Reads the line, GATHERING_REACH characters each side at most. */
function namedByRow(plain: string, at: Span): RegExpExecArray | null {
  if (at.start === at.end) return null;
  let a = at.start;
  while (a > 0 && at.start - a < GATHERING_REACH && plain[a - 1] !== '\n' && plain[a - 1] !== '\r') a--;
  if (a > 0 && plain[a - 1] !== '\n' && plain[a - 1] !== '\r') return null;
  let b = at.end;
  while (b < plain.length && b - at.end < GATHERING_REACH && plain[b] !== '\n' && plain[b] !== '\r') b++;
  if (b < plain.length && plain[b] !== '\n' && plain[b] !== '\r') return null;
  const before = plain.slice(a, at.start);
  const rest = plain.slice(at.end, b);
  if (ITEM_OPENING.test(before)) return ITEM_GATHERING.exec(rest);
  return rowRest(rest) ? ROW_LABEL.exec(before) : null;
}

/** "told the eleven o'clock press conference": the gathering a time names, right after it (a determiner before), or null. */
function namedByTime(plain: string, clause: Span, at: Span, after: string): RegExpExecArray | null {
  if (at.start === at.end || at.start <= clause.start || !NAMING_BEFORE.test(plain.slice(Math.max(clause.start, at.start - NAMING_REACH), at.start))) return null;
  return GATHERING_AFTER_TIME.exec(after.slice(0, Math.max(0, clause.end - at.end)));
}
/** Characters looked back from a time for the determiner that makes it a name. */
const NAMING_REACH = 16;

/** Characters looked back from a time for the tide it tells. */
const TIDE_REACH = 48;
/**
 * "ahead of high tide at 2.38pm", "High tide is at 2.38", "at low tide, which was at 8.17", "the next
 * high tide is at 3.04am": a tide told right before its time (a tide later than the day's, "next",
 * keyed apart). Anchored at the end; the stretch read is short.
 */
const TIDE = /\b(?:(next|following|second)\s+)?(high|low)\s+(?:tide|water)(?:,?\s+which)?(?:\s+(?:is|was|will\s+be|came|comes|is\s+due|was\s+due|due))?(?:\s+at)?\s*(?:\(\s*)?$/i;

/** The tide a time is the moment of ("~tide:high", "~tide:next high"), or null. */
function tideBefore(plain: string, clause: Span, at: Span): string | null {
  if (at.start <= clause.start) return null;
  const m = TIDE.exec(plain.slice(Math.max(clause.start, at.start - TIDE_REACH), at.start));
  if (!m) return null;
  return `~tide:${m[1] ? 'next ' : ''}${m[2].toLowerCase()}`;
}

/** Event keys of the action told nearest the time (eventKeys less the tide). */
function actionKeys(plain: string, clause: Span, at: Span, covered: Covered): string[] {
  const body = plain.slice(clause.start, clause.end);
  let best: { start: number; end: number; action: string; intransitive: boolean } | null = null;
  let bestGap = Infinity;
  VERB.lastIndex = 0;
  for (let m = VERB.exec(body); m; m = VERB.exec(body)) {
    const start = clause.start + m.index;
    const end = start + m[0].length;
    // "At 6:40 a.m. the operator, Harbour Fuels Ltd, suspended loading": a name set off by commas
    // between the time and its verb is an aside after the time too.
    const gap = end <= at.start ? at.start - end - objectLength(plain, end, at.start) - asideLength(plain, end, at.start) : start >= at.end ? start - at.end - asideLength(plain, at.end, start) : 0;
    if (gap > VERB_REACH || gap >= bestGap) continue;
    // "declared an emergency at 1744 GMT and landed …": a verb joined on after the time is another action.
    if (start >= at.end && AND_BEFORE.test(plain.slice(at.end, start))) continue;
    // "by 1200 GMT, two hours after the result was announced": an action told after the time from
    // which the time is measured is another moment.
    if (start >= at.end && OTHER_MOMENT_BETWEEN.test(plain.slice(at.end, start))) continue;
    const action = ACTION_OF.get(m[0]);
    if (!action) continue;
    // "a worker found muddy water" notices; "the van was found burned out" tells where a thing lay.
    if (m[0] === 'found' && PASSIVE.test(plain.slice(Math.max(clause.start, start - 24), start))) continue;
    // "A written statement from the minister has just landed", "the cabinet statement came out at
    // 7:30": a thing sent reached its readers, as one delivered does; no craft landed. Keyed by the
    // thing, the subject ("~pronounce:statement", as "announced in a statement" is).
    const sent = (m[0] === 'landed' || SENT_ONLY.has(m[0])) && landedOfSentThing(plain, clause.start, start);
    if (SENT_ONLY.has(m[0]) && !sent) continue;
    // "traffic backed up", "the firm backed away from": a phrasal verb, not a decision.
    if (m[0] === 'backed' && BACKED_PHRASAL.test(plain.slice(end, Math.min(clause.end, end + 8)))) continue;
    const after = ONLY_AFTER.get(m[0]);
    if (after && !after.test(plain.slice(Math.max(clause.start, start - ONLY_AFTER_REACH), start))) continue;
    const only = ONLY_OF.get(m[0]);
    if (only && !objectOf(plain, clause, at, end, covered).some((w) => only.has(w))) continue;
    best = sent ? { start, end, action: '~pronounce', intransitive: true } : { start, end, action, intransitive: INTRANSITIVE.has(m[0]) };
    bestGap = gap;
  }
  if (!best) return [];
  // Without an object, the subject is what was acted on only in the passive ("was halted"), for a
  // stoppage ("Race stopped at 9:40") or an alarm ("the alarm sounded at 3:52"): "the company
  // announced at 9 a.m. that …" says nothing of what.
  const passive = PASSIVE.test(plain.slice(Math.max(clause.start, best.start - 24), best.start));
  // "a drop in pressure was noticed on the line": a passive verb has no object, and a preposition
  // after it tells where or how; what was acted on is its subject.
  const things = best.intransitive || agentAfter(plain, best.end, clause.end) || (passive && PREPOSITION_AFTER.test(plain.slice(best.end, Math.min(clause.end, best.end + 12))))
    ? [] : objectOf(plain, clause, at, best.end, covered);
  const words = things.length > 0 ? things : passive || best.intransitive || SUBJECT_WITHOUT_OBJECT.has(best.action) || labelVerb(plain, best.end, clause.end) || entryHeadline(plain, at, best, clause.end) ? subjectOf(plain, clause, at, best.start, covered)
    : reducedRelative(plain, clause, at, best, covered) ?? relativeHead(plain, clause, best.start);
  // "the results, which were published at 2:30": the passive's subject is the noun the relative clause hangs on.
  if (words.length === 0 && passive) words.push(...relativePassiveHead(plain, clause, at, best.start, covered));
  // "Results are out. The agency published them at 9:15": a pronoun object is the short sentence's subject before it.
  if (words.length === 0 && things.length === 0) words.push(...pronounObject(plain, clause, best.start, best.end, at));
  // Results are announced, published and released alike: one act on one thing.
  const action = best.action === '~pronounce' && words.some((w) => RESULT_WORDS.has(w)) ? '~publish' : best.action;
  const keys = mapped([...new Set(words)], (w) => `${action}:${w}`);
  if (ALONE.has(best.action)) keys.push(best.action);
  return keys;
}

/** What results are, as the thing announced ("the results were announced" is their publication). */
const RESULT_WORDS: ReadonlySet<string> = new Set(['result', 'results']);

/** "Results released: Wednesday, 11:30 GMT", "Warning issued: 9:40": a verb closing a label tells its subject's moment. */
function labelVerb(plain: string, verbEnd: number, end: number): boolean {
  return /^[ \t]*:/.test(plain.slice(verbEnd, Math.min(end, verbEnd + 4)));
}

/** After a time: its brackets at most, a colon, one or two words of a subject (read up to the verb). */
const ENTRY_SUBJECT = /^[ \t]*(?:\([^()\n]{0,60}\))?[ \t]*[:\u2013\u2014-][ \t]*(?:[Tt]he[ \t]+)?[A-Za-z]+(?:[ \t]+[A-Za-z]+)?[ \t]+$/;
/** A preposition of place right after a verb: what follows is where it was done. */
const PLACE_AFTER_VERB = /^[ \t]+(?:at|in|inside|outside|near)[ \t]+(?:the[ \t]+)?\p{Lu}/u;
/** After the verb: the end of its sentence, a place told first or not ("Price announced at Cocoa House, Accra."). */
const ENTRY_END = /^[ \t]*(?:[.!]|$|(?:at|in|inside|outside|near)[ \t]+(?:the[ \t]+)?\p{Lu}[^.!?;:,\n]{0,60}(?:[.!,]|$))/u;

/**
 * "14 May, 2:30 p.m. EAT (11:30 GMT): Results announced.", "09:12 – Warning issued.": a timeline
 * entry's headline, a subject and its participle alone after the time and a colon or dash, tells
 * what was done to the subject at that time (a passive without its auxiliary).
 */
function entryHeadline(plain: string, at: Span, verb: { start: number; end: number }, end: number): boolean {
  if (verb.start < at.end || verb.start - at.end > ENTRY_REACH) return false;
  return ENTRY_SUBJECT.test(plain.slice(at.end, verb.start)) && ENTRY_END.test(plain.slice(verb.end, Math.min(end, verb.end + ENTRY_PLACE_REACH)));
}
/** Characters read after an entry's verb: a place of a few words, then the sentence's end. */
const ENTRY_PLACE_REACH = 72;
/** Characters between a time and its entry's verb, at most. */
const ENTRY_REACH = 90;

/** Before a passive verb: "<noun>, which were", "<noun> that was" (the relative pronoun and its auxiliary). */
const RELATIVE_PASSIVE = /(,?)\s*\b(?:which|that)\s+(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+(?:[a-z]+ly\s+)?$/;

/**
 * "according to the results, which were published at 2:30 p.m.": a passive in a relative clause acts on
 * the noun before "which"/"that" (read back from there as subjectOf reads a subject). Empty when the
 * words before the verb are no such clause.
 */
function relativePassiveHead(plain: string, clause: Span, at: Span, verbStart: number, covered: Covered): string[] {
  const from = Math.max(clause.start, verbStart - 40);
  const m = RELATIVE_PASSIVE.exec(plain.slice(from, verbStart));
  if (!m) return [];
  const pronounAt = from + m.index + m[1].length;
  // The noun stands right before the pronoun (or its comma): read back to the clause's start.
  const headEnd = m[1] ? from + m.index : pronounAt;
  if (headEnd <= clause.start) return [];
  return subjectOf(plain, { start: clause.start, end: clause.end }, at, headEnd, covered).slice(0, 1);
}

/** A pronoun object right after the verb: "published them at", "released it at". */
const PRONOUN_OBJECT = /^\s+(?:them|it)\b/;
/** "Results are out.", "The figures are in.": a short sentence whose subject a pronoun after it stands for. */
const SHORT_SUBJECT = /(?<![\p{L}\p{N},;:'’]\s*)(?:[Tt]he\s+)?((?:[A-Za-z]+\s+)?[A-Za-z]+)\s+(?:is|are|was|were)\s+(?:out|in|here|final|official|ready|available)[.!]$/u;

/**
 * "Results are out. The bank published them at 2:45 p.m.": an object pronoun stands for the subject of
 * the short sentence right before its own (within the paragraph's reach), told as done or in. Empty
 * when there is none.
 */
function pronounObject(plain: string, clause: Span, verbStart: number, verbEnd: number, at: Span): string[] {
  if (!PRONOUN_OBJECT.test(plain.slice(verbEnd, Math.min(at.start > verbEnd ? at.start : clause.end, verbEnd + 8)))) return [];
  // The sentence before the verb's own: up to the last full stop before the verb, looked back a short way.
  const from = Math.max(0, verbStart - SHORT_SENTENCE_REACH);
  const back = plain.slice(from, verbStart);
  let stop = -1;
  for (let i = back.length - 1; i >= 0; i--) if (back[i] === '.' || back[i] === '!') { stop = i; break; }
  if (stop < 0) return [];
  const m = SHORT_SUBJECT.exec(back.slice(0, stop + 1));
  return m ? contentTokens(m[1]).map((t) => t.word) : [];
}
/** Characters looked back for the short sentence before. */
const SHORT_SENTENCE_REACH = 80;

/**
 * "Boil-water notice issued for the entire system", "a warning issued by the council": "for" or "by"
 * right after the verb says it has no object there (a passive told as a headline or a table row), so
 * the thing acted on is its subject.
 */
const AGENT_AFTER = /^\s+(?:for|by)\b/i;
/** A preposition right after a verb: "was noticed on the line", "was halted at the border". */
const PREPOSITION_AFTER = /^[ \t]+(?:on|in|at|near|along|across|inside|outside|under|over|beneath|below|above|off)\b/i;
function agentAfter(plain: string, verbEnd: number, end: number): boolean {
  return AGENT_AFTER.test(plain.slice(verbEnd, Math.min(end, verbEnd + 8)));
}

/** Content words right after the verb, up to the time, another claim or a comma. */
function objectOf(plain: string, clause: Span, at: Span, from: number, covered: Covered): string[] {
  // "Price announced at Cocoa House": a place right after the verb is where, not what, it acted on.
  if (PLACE_AFTER_VERB.test(plain.slice(from, Math.min(clause.end, from + 12)))) return [];
  const stop = stopAfter(plain, from, at.start > from ? Math.min(clause.end, at.start) : clause.end);
  const out: string[] = [];
  for (const t of contentTokens(plain, from, stop)) {
    if (covered(t.start) || out.length >= THING_WORDS) break;
    out.push(t.word);
  }
  return out;
}

/** Content words right before the verb (its subject, in the passive), back to the time, another claim or a comma. */
function subjectOf(plain: string, clause: Span, at: Span, to: number, covered: Covered): string[] {
  let from = at.end <= to ? Math.max(clause.start, at.end) : clause.start;
  for (let i = to - 1; i >= from; i--) if (THING_END.test(plain[i])) { from = i + 1; break; }
  const tokens = contentTokens(plain, from, to);
  const out: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && out.length < THING_WORDS; i--) {
    if (covered(tokens[i].start)) break;
    out.push(tokens[i].word);
  }
  return out;
}

/** A preposition, a determiner at most, and one noun right before a participle. */
const NOUN_AFTER_PREPOSITION = /\b(?:to|of|with|from|for|on|in|under)\s+(?:(?:the|its|their|his|her|our|new|latest|official)\s+)?([a-z]{3,})\s+$/i;

/** A comma right before a verb, and the blanks around it. */
const COMMA_BEFORE = /,\s*$/;

/**
 * "The figure, published by the statistics office at 11:00 GMT, …", "The decision, released at 0200
 * GMT, …": a past participle set off by a comma right after a noun, with no object of its own, acts on
 * that noun (a relative clause without its "which was"). The noun's words, as subjectOf reads them
 * back from the comma; null when the verb is no such participle.
 */
function reducedRelative(plain: string, clause: Span, at: Span, verb: { start: number; end: number }, covered: Covered): string[] | null {
  if (!plain.slice(verb.start, verb.end).split(' ')[0].endsWith('ed')) return null;
  const before = plain.slice(Math.max(clause.start, verb.start - 4), verb.start);
  if (!COMMA_BEFORE.test(before)) {
    // "according to results published at 2:30 p.m.", "with figures released at noon": a noun after a
    // preposition is no verb's subject, so the participle right after it hangs on it.
    const m = NOUN_AFTER_PREPOSITION.exec(plain.slice(Math.max(clause.start, verb.start - 40), verb.start));
    return m ? contentTokens(m[1]).map((t) => t.word) : null;
  }
  const comma = plain.lastIndexOf(',', verb.start - 1);
  if (comma <= clause.start || at.end <= comma) return null;
  const words = subjectOf(plain, clause, at, comma, covered);
  return words.length > 0 ? words : null;
}

/** Characters looked back from the verb for "<noun> that <subject>". */
const RELATIVE_REACH = 50;
/** Words of the subject between "that" and the verb, at most. */
const RELATIVE_SUBJECT_WORDS = 3;

/**
 * "a recount that the party asked for at 2:20", "the verdict which Judge Osei read out at 4": an
 * active verb without an object in a relative clause acts on the noun the clause hangs on.
 */
function relativeHead(plain: string, clause: Span, verb: number): string[] {
  const from = Math.max(clause.start, verb - RELATIVE_REACH);
  const words: Span[] = [];
  for (let i = verb - 1; i >= from && words.length <= RELATIVE_SUBJECT_WORDS + 1;) {
    if (/\s/.test(plain[i])) { i--; continue; }
    let s = i;
    while (s > from && /[\p{L}\p{N}'’-]/u.test(plain[s - 1])) s--;
    if (s === i && !/[\p{L}\p{N}]/u.test(plain[i])) return []; // a comma or bracket ends the clause
    words.push({ start: s, end: i + 1 });
    i = s - 1;
  }
  // words: nearest first. Find "that"/"which" after 1–3 subject words, and the noun before it.
  for (let k = 1; k <= RELATIVE_SUBJECT_WORDS && k + 1 < words.length; k++) {
    const w = plain.slice(words[k].start, words[k].end).toLowerCase();
    if (w !== 'that' && w !== 'which') continue;
    const noun = words[k + 1];
    return contentTokens(plain, noun.start, noun.end).map((t) => t.word);
  }
  return [];
}

/** The first comma, bracket or clause break from `from` (exclusive end), or `end`. */
function stopAfter(plain: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (THING_END.test(plain[i])) return i;
  return end;
}
