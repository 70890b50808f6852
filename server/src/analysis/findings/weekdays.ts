// A weekday told alone ("Sunday's final", "on Sunday") against the weekday the sources give the same
// event in the same words ("Saturday's final", "the final on Saturday"). Weekdays need no dateline to
// compare: a draft without one still names the day, and a source dated the day after still calls
// the final "Saturday's".
import type { TimeRef } from '../alignment/corpus';
import type { Check } from './check';
import { evidence } from './check';
import { against } from './messages';
import { changesOverTime } from '../alignment/figures';
import { SPEECH_VERBS } from '../claims/people/lexicon';
import type { ArticleAnalysis } from '../types';

/** Words around both weekdays (weighted) that make them one event: as for dates in like words. */
export const SAME_EVENT_WORDS = 0.5;
export const MIN_SHARED = 3;
/** …or four words of the clause in common at a lower likeness, as three do for clock times (findings/times.ts). */
export const MANY_SHARED = 4;
export const MANY_SHARED_WORDS = 0.3;

/** "Sunday", "on Sunday", "Sunday's": a weekday with no day of the month or clock time written beside it. */
export function weekdayAlone(t: TimeRef): boolean {
  return t.time.granularity === 'date' && t.time.weekday !== undefined && t.time.qualifier === 'exact' && !/\d/.test(t.time.text) && !besideClock(t);
}

/**
 * "at 8am on Wednesday, which was 2300 GMT on Tuesday": a weekday beside a clock time is that time's
 * day on that time's clock, and one moment has two weekdays on two clocks (the clock times compare).
 */
export function besideClock(r: TimeRef): boolean {
  const times = r.article.times;
  const plain = r.article.text.plain;
  const prev = times[r.index - 1];
  if (prev && prev.granularity === 'clock' && prev.sentence === r.time.sentence && /^[\s,]*(?:on\s+)?$/i.test(plain.slice(prev.span.end, r.time.span.start))) return true;
  const next = times[r.index + 1];
  return !!next && next.granularity === 'clock' && next.sentence === r.time.sentence && /^[\s,]*(?:at\s+)?$/i.test(plain.slice(r.time.span.end, next.span.start));
}

/** Words of a state that lasts over days ("remained in hospital on Sunday", "still closed on Monday"). */
export const LASTING = /\b(?:remain|remained|remains|remaining|still|stay|stayed|stays|continued|continues|continuing|until|since)\b/i;
/** The same words, each found in turn (tellsLasting). */
const LASTING_ALL = new RegExp(LASTING.source, 'gi');
/** Characters either side of the weekday read for them. */
const LASTING_REACH = 60;
/** A word that makes "remaining" the adjective of a noun after it ("the remaining cargo", "its remaining staff"). */
const DETERMINER = /\b(?:the|its|their|his|her|our|any|all)\s+$/i;

/**
 * Whether plain[from, to) tells a state that lasts: "remained in hospital", "still closed". "pump the
 * remaining cargo into the tanker on Friday" tells what is left, not a state that lasts: "remaining"
 * after a determiner (read before `from` too) is the adjective of the noun after it.
 */
export function tellsLasting(plain: string, from: number, to: number): boolean {
  const text = plain.slice(from, to);
  LASTING_ALL.lastIndex = 0;
  for (let m = LASTING_ALL.exec(text); m; m = LASTING_ALL.exec(text)) {
    const at = from + m.index;
    if (m[0].toLowerCase() === 'remaining' && DETERMINER.test(plain.slice(Math.max(0, at - 8), at))) continue;
    LASTING_ALL.lastIndex = 0;
    return true;
  }
  return false;
}

/** The weekday is told of a state that lasts, true on other days too: not one event's day. */
export function lasting(r: TimeRef): boolean {
  const { plain, sentences } = r.article.text;
  const s = sentences[r.time.sentence];
  if (!s) return false;
  return tellsLasting(plain, Math.max(s.span.start, r.time.span.start - LASTING_REACH), Math.min(s.span.end, r.time.span.end + LASTING_REACH));
}

/**
 * "stay shut on Tuesday and reopen on Thursday": a sentence that tells two weekdays says two events,
 * and its words cannot tell which weekday another article's like sentence is held to.
 */
export function twoWeekdays(r: TimeRef): boolean {
  const times = r.article.times;
  const plain = r.article.text.plain;
  for (let i = 0; i < times.length; i++) {
    const x = times[i];
    if (i === r.index || x.sentence !== r.time.sentence || x.granularity !== 'date' || x.weekday === undefined || x.weekday === r.time.weekday) continue;
    // "… tore through the town on Tuesday evening, killing four, officials said on Wednesday": the day
    // a wire's lede was said on is when it was told, not a second event of the sentence.
    if (!saidOn(plain, r.time.span.start) && saidOn(plain, x.span.start)) continue;
    return true;
  }
  return false;
}

/** Words that tell a day by another ("on Wednesday, a day after …", "the next day"): literal alternatives, linear-time. */
const RELATIVE = /\b(?:days?\s+(?:after|before|later|earlier)|(?:next|following|previous)\s+day)\b/i;

/** The same words, each found in turn (relativeDay). */
const RELATIVE_ALL = new RegExp(RELATIVE.source, 'gi');
/** "the following day", "the next day": a day counted from the one told before it. */
const COUNTED_ON = /^(?:next|following|previous)\s/i;

/**
 * The weekday's sentence counts days from another moment: its day is told twice, of two events.
 * Not "… on Saturday, and inspected them the following day": a later clause that counts its own day
 * on from this weekday leaves this weekday its own clause's.
 */
export function relativeDay(r: TimeRef): boolean {
  const s = r.article.text.sentences[r.time.sentence];
  if (!s) return false;
  const plain = r.article.text.plain;
  const body = plain.slice(s.span.start, s.span.end);
  RELATIVE_ALL.lastIndex = 0;
  for (let m = RELATIVE_ALL.exec(body); m; m = RELATIVE_ALL.exec(body)) {
    const at = s.span.start + m.index;
    const between = at >= r.time.span.end ? plain.slice(r.time.span.end, at) : '';
    if (COUNTED_ON.test(m[0]) && (between.includes(',') || between.includes(';'))) continue;
    return true;
  }
  return false;
}

/** Characters before a weekday read for a lasting state told with it ("will stay shut on Tuesday"). */
const STATE_REACH = 25;

/** The weekday's own clause tells a state that lasts, in the words right before it (plannedDays.ts). */
export function stateBefore(r: TimeRef): boolean {
  const { plain, sentences } = r.article.text;
  const s = sentences[r.time.sentence];
  if (!s) return false;
  return tellsLasting(plain, Math.max(s.span.start, r.time.span.start - STATE_REACH), r.time.span.start);
}

/**
 * Both sentences count the same kind of thing. Only figures that change over time are snapshots: a
 * duration or a measure told on both sides ("a hold at T-minus seven minutes") says one event.
 */
export function countsOfOneThing(a: TimeRef, b: TimeRef): boolean {
  return a.sentenceFigures.some((f) => f.cls !== null && changesOverTime(f.figure) && b.sentenceFigures.some((g) => g.cls === f.cls));
}

/**
 * Both weekday clauses count the same kind of thing: "Six people died after the span fell on
 * Wednesday" tells the fall on Wednesday, and the toll is told of no weekday (clauseOf).
 */
function countsInClause(a: TimeRef, b: TimeRef): boolean {
  const ca = clauseOf(a);
  const cb = clauseOf(b);
  const inA = a.sentenceFigures.filter((f) => f.figure.span.start >= ca.start && f.figure.span.end <= ca.end);
  const inB = b.sentenceFigures.filter((g) => g.figure.span.start >= cb.start && g.figure.span.end <= cb.end);
  return inA.some((f) => f.cls !== null && changesOverTime(f.figure) && inB.some((g) => g.cls === f.cls));
}

/** Where a clause breaks: a comma, a dash, a colon or semicolon, or a word that opens a clause of its own. */
const CLAUSE_BREAK = /[,;:–—]|\b(?:after|before|when|while|because)\b/gi;

/**
 * The weekday's own clause: "Six people died after the span fell on Wednesday, sending 14 cars into
 * the water" tells the fall on Wednesday; the toll and the cars are told of no weekday.
 */
function clauseOf(r: TimeRef): { start: number; end: number } {
  const { plain, sentences } = r.article.text;
  const s = sentences[r.time.sentence];
  if (!s) return r.time.span;
  let start = s.span.start;
  for (const m of plain.slice(s.span.start, r.time.span.start).matchAll(CLAUSE_BREAK)) start = s.span.start + m.index + m[0].length;
  CLAUSE_BREAK.lastIndex = 0;
  const after = plain.slice(r.time.span.end, s.span.end);
  const m = CLAUSE_BREAK.exec(after);
  CLAUSE_BREAK.lastIndex = 0;
  return { start, end: m ? r.time.span.end + m.index : s.span.end };
}

/**
 * Every count of a class told on both sides has its number among the other's counts ("Three masked men broke
 * in … four paintings" / "Three masked thieves broke in … four paintings"): the same tally is one
 * event told twice, not two snapshots that moved between days.
 */
export function sameCounts(a: TimeRef, b: TimeRef): boolean {
  let shared = false;
  for (const f of a.sentenceFigures) {
    // Counts of things are the tally; a share or a sum beside it may be told otherwise (or wrongly).
    if (f.cls === null || f.figure.unit !== 'count' || !changesOverTime(f.figure)) continue;
    if (!b.sentenceFigures.some((g) => g.cls === f.cls)) continue;
    // The same number told of the same people in other words ("23 others" / "23") is the same count.
    if (!b.sentenceFigures.some((g) => g.figure.unit === 'count' && g.figure.value === f.figure.value)) return false;
    shared = true;
  }
  return shared;
}

/** Words of the whole clause shared, and likeness, for a tally told in many of the same words. */
const TALLY_SHARED = 6;
const TALLY_WORDS = 0.3;

/** "said on Wednesday": the day something was said, not the day of what was said. */
function spokenDay(r: TimeRef): boolean {
  return saidOn(r.article.text.plain, r.time.span.start);
}

/** A speech verb, and "on", right before plain[at]: "said on Wednesday", "said Wednesday". */
export function saidOn(plain: string, at: number): boolean {
  let end = at;
  while (end > 0 && plain[end - 1] === ' ') end--;
  if (plain.slice(Math.max(0, end - 3), end).toLowerCase() === ' on') end -= 3;
  let start = end;
  while (start > 0 && /[a-z]/.test(plain[start - 1])) start--;
  return SPEECH_VERBS.has(plain.slice(start, end));
}

/**
 * The same tally (sameCounts) in a clause told in many of the same words, the day told in the same
 * role. The draft's counts must all be among the source's; the source may tell more of the same
 * tally ("Six people were killed and 43 injured" / "Six people … were killed"): a draft condenses,
 * and tells the injured in a sentence of their own.
 */
function tallyAlike(check: Check, t: TimeRef, s: TimeRef): boolean {
  if (!countsOfOneThing(t, s) || !sameCounts(t, s) || spokenDay(t) !== spokenDay(s)) return false;
  const v = check.corpus.vocabulary;
  return v.shared(t.context, s.context).count >= TALLY_SHARED && v.similarity(t.context, s.context) >= TALLY_WORDS;
}

/** Right after a weekday, a clause of another event told in order: "on Sunday after a storm caught them", "on Friday before the court sat". */
const ORDERED_EVENT_AFTER = /^[ \t]*(?:,[ \t]*)?(?:after|before)\s+(?:a|an|the|his|her|their|its|our|being|having)\s/i;

/**
 * "were brought off the hill early on Sunday after a storm caught them near the summit": the weekday
 * dates the clause it closes, and the clause after "after" tells another event, of its own day
 * (the storm came on Saturday). Its words are that event's, not the weekday's.
 */
export function ordersAnotherEvent(r: TimeRef): boolean {
  const plain = r.article.text.plain;
  return ORDERED_EVENT_AFTER.test(plain.slice(r.time.span.end, r.time.span.end + 24));
}

/** Whether two weekdays' clauses are alike enough to tell one thing: as checkWeekday reads them. */
function nearAlike(check: Check, a: TimeRef, b: TimeRef): boolean {
  const v = check.corpus.vocabulary;
  const shared = v.shared(a.near, b.near).count;
  if (shared < MIN_SHARED) return false;
  const sim = v.similarity(a.near, b.near);
  return sim >= SAME_EVENT_WORDS || (shared >= MANY_SHARED && sim >= MANY_SHARED_WORDS);
}

/**
 * `own` (the article of t) tells, beside t, a weekday alone of s's day in words like s's: the article
 * tells the thing on both days (a table's "Monday" and "Tuesday" rows), so s's day is no dispute of t's.
 */
function tellsDayAlike(check: Check, own: readonly TimeRef[], t: TimeRef, s: TimeRef): boolean {
  return own.some((u) => u !== t && u.time.granularity === 'date' && u.time.weekday === s.time.weekday && u.time.qualifier === 'exact' && !besideClock(u) && nearAlike(check, u, s));
}

/** The class under which Check.read records what tellsDayAlike read of the article under review; the value is ownWeekdaysHash. */
export const OWN_WEEKDAYS_READ = 'own-weekdays';
const weekdaysHashes = new WeakMap<ArticleAnalysis, number>();

/**
 * A hash of everything tellsDayAlike reads of an article's own weekdays: each weekday's day, qualifier
 * and place in its sentence, the sentence's words, and the figures and times told in that sentence
 * (whose spans bound its near words; besideClock reads the times). An edit that changes none of these
 * leaves every answer of tellsDayAlike as it was (the incremental check asks before reusing one).
 */
export function ownWeekdaysHash(article: ArticleAnalysis): number {
  const known = weekdaysHashes.get(article);
  if (known !== undefined) return known;
  const { plain, sentences } = article.text;
  const bySentence = new Map<number, string>();
  const note = (sentence: number, mark: string) => bySentence.set(sentence, (bySentence.get(sentence) ?? '') + mark);
  for (const f of article.figures) note(f.sentence, `f${f.span.start},${f.span.end};`);
  for (const x of article.times) note(x.sentence, `${x.granularity[0]}${x.span.start},${x.span.end};`);
  // FNV-1a over the pieces, read once per article (linear in its length).
  let h = 0x811c9dc5;
  const mix = (s: string) => { for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; } };
  for (const x of article.times) {
    if (x.granularity !== 'date' || x.weekday === undefined) continue;
    const s = sentences[x.sentence];
    if (!s) continue;
    mix(`|${x.weekday}${x.qualifier}${x.span.start - s.span.start},${x.span.end - s.span.start}:`);
    mix(plain.slice(s.span.start, s.span.end));
    // Spans relative to the sentence: the same sentence moved elsewhere reads the same.
    mix((bySentence.get(x.sentence) ?? '').replace(/\d+/g, (n) => String(Number(n) - s.span.start)));
  }
  weekdaysHashes.set(article, h);
  return h;
}

/** Whether it reported a conflict (else the action told with the weekday may: plannedDays.ts). */
export function checkWeekday(check: Check, t: TimeRef): boolean {
  // A lasting state, or a sentence of two weekdays, is no one event's day (read once, not per candidate).
  if (lasting(t) || twoWeekdays(t) || relativeDay(t)) return false;
  const v = check.corpus.vocabulary;
  let agreed = false;
  let byTally = false;
  const conflicts: TimeRef[] = [];
  // Through the index of weekdays by their clause's words: like words are needed anyway.
  for (const times of check.corpus.weekdayCandidates(t, check.article.path)) {
    let conflict: TimeRef | null = null;
    let groupAgreed = false;
    for (const s of times) {
      // Any date told with its weekday ("Saturday 22 May" too), but not a clock time's day.
      if (s.time.granularity !== 'date' || s.time.weekday === undefined || s.time.qualifier !== 'exact' || besideClock(s)) continue;
      // One weekday told before a clause of another event and one not: the like words may be that other event's.
      if (ordersAnotherEvent(t) !== ordersAnotherEvent(s)) continue;
      const shared = v.shared(t.near, s.near).count;
      const sim = shared < MIN_SHARED ? 0 : v.similarity(t.near, s.near);
      const alike = sim >= SAME_EVENT_WORDS || (shared >= MANY_SHARED && sim >= MANY_SHARED_WORDS);
      // A draft's sentence that tells the source's tally in many of its words is the same event
      // whatever the words right around the weekday ("after a gas explosion partly collapsed a
      // council apartment block in Brackwater early on Wednesday" / "… tore through a council
      // apartment block in the northern English city of Brackwater early on Tuesday").
      if (!alike && !(check.isDraft && tallyAlike(check, t, s))) continue;
      // "Five remained in hospital on Saturday" / "two … on Sunday": counts of one thing told on both
      // sides are snapshots on their own days, not one event on two.
      if (lasting(s) || twoWeekdays(s) || relativeDay(s)) continue;
      // A draft's tally told with the same numbers as the source's is one event told twice (sameCounts).
      const tally = countsInClause(t, s);
      // The same day in like words agrees, whatever the tallies.
      if (s.time.weekday === t.time.weekday) { agreed = true; groupAgreed = true; continue; }
      // "would reopen on Thursday" / "said on Wednesday that factories would reopen": a weekday told as
      // the day something was said is not the day of what was said; the two do not dispute.
      if (spokenDay(t) !== spokenDay(s)) continue;
      if (tally && !(check.isDraft && sameCounts(t, s) && sameCounts(s, t))) continue;
      // The article under review tells the same thing on the other's weekday as well: a thing done
      // on both days ("unable to use taxis on Monday" and "… on Tuesday"), each its own day.
      check.read({ cls: OWN_WEEKDAYS_READ, value: ownWeekdaysHash(check.article), answer: true });
      if (tellsDayAlike(check, check.whole.times, t, s)) continue;
      if (!conflict) { conflict = s; if (tally) byTally = true; }
    }
    // The source tells it on this weekday too, in like words: it holds both days, and disputes neither.
    if (conflict && !groupAgreed) conflicts.push(conflict);
  }
  // A source that tells the same event on the same weekday settles it for a draft; sources are held to each other.
  if (conflicts.length === 0 || (check.isDraft && agreed)) return false;
  // Paired by the same tally, the sources must agree among themselves on the day.
  if (byTally && conflicts.some((s) => s.time.weekday !== conflicts[0].time.weekday)) return false;
  const ev = conflicts.map((s) => evidence(s.article, s.time.span));
  check.add('time-conflict', 'warning', t.time.span, `weekday conflicts with ${against(ev)}`, ev);
  return true;
}

/**
 * Past participles of verbs that take an object, so that one told right before "on <weekday>" with no
 * object between is passive: "two traps set on Friday", "the barrier erected on Monday". Verbs that
 * can stand alone ("the shop opened on Friday", "rescuers arrived on Sunday") are left out.
 */
const OBJECT_PARTICIPLES: ReadonlySet<string> = new Set(['set', 'laid', 'placed', 'put', 'issued', 'imposed', 'installed', 'built',
  'erected', 'signed', 'filed', 'lodged', 'planted', 'posted', 'sent', 'declared', 'ordered', 'announced', 'published',
  'introduced', 'approved', 'fitted', 'deployed', 'mounted', 'seized', 'collected', 'dug', 'bought', 'sold', 'delivered']);
/** Words that make the participle after them a verb of the main clause ("were set on Friday", "it was laid"). */
const NOT_A_NOUN: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'it', 'they',
  'he', 'she', 'we', 'i', 'you', 'who', 'which', 'that', 'not', 'also', 'then', 'and', 'or', 'to', 'just', 'only', 'first']);
/** Characters read before the weekday for "<noun> <participle> on". */
const PARTICIPLE_REACH = 40;

/**
 * "A patrol found the lynx in one of three cage traps laid on Saturday": a weekday after a noun and its
 * passive participle dates that participle's clause (when the traps were laid), not what the sentence
 * tells happened; another article's clock time of the main event is no day for it.
 */
export function participleDay(r: TimeRef): boolean {
  const { plain, sentences } = r.article.text;
  const s = sentences[r.time.sentence];
  return !!s && participleBefore(plain.slice(Math.max(s.span.start, r.time.span.start - PARTICIPLE_REACH), r.time.span.start));
}

/** Whether `before` (the words before a weekday) ends "<noun> <passive participle> on " (participleDay). */
export function participleBefore(before: string): boolean {
  const words = before.split(/\s+/).filter((w) => w.length > 0);
  if (words.at(-1)?.toLowerCase() !== 'on') return false;
  const verb = words.at(-2)?.toLowerCase() ?? '';
  const noun = words.at(-3)?.toLowerCase() ?? '';
  return OBJECT_PARTICIPLES.has(verb) && /^[a-z-]+$/.test(noun) && !NOT_A_NOUN.has(noun) && !noun.endsWith('ly');
}
