// Time findings. Two clock times in different articles are the same moment when they carry the
// same wave of figures ("40,000 users at 10 a.m." / "more than 40,000 users around 9:30") or both
// open the story ("began", "first"); then they must agree within half an hour.
import { inCorrectionNote } from '../claims/correctionNote';
import type { ClaimComparison, ClockReading, Evidence, Figure, TimeClaim } from '../types';
import type { FigureRef, TimeRef } from '../alignment/corpus';
import { articleTimes, converts, convertsAfterClause } from '../alignment/corpus';
import { aroundTheClock, changesOverTime, close, figureRange, minutesApart, transposed, zoneFamily } from '../alignment/figures';
import { dayNumber, isFull, weekdayOf } from '../claims/times/calendar';
import type { Check } from './check';
import { evidence } from './check';
import { against, clockText } from './messages';
import { checkWeekday, lasting, relativeDay, twoWeekdays, weekdayAlone } from './weekdays';
import { samePhrase } from '../alignment/phrases';
import { contentTokens } from '../alignment/words';
import { checkPlannedDay } from './plannedDays';
import { isTemperature } from '../claims/figures/temperature';
import { CAPACITY } from '../claims/figures/units';
import { checkClockDay } from './clockDay';
import { checkOvernight } from './overnight';
import { checkSinceYear, checkYear, hasYear, slipsOf, someSourceWrites, yearSlip } from './years';
import { FIRST_KEY } from '../alignment/firsts';
import { actionGroupsIn } from '../alignment/events';
import { DAY_READ, monthDay, writesDay, writtenDay } from './writtenDays';
import { otherThingWords, sharedOnlyOfOtherThing } from './otherThingWords';
import { checkConversionPair } from './conversionPairs';
import { heldThroughAgreeing } from './throughAgreeing';
import { directionAt, directionOf, otherDirection, otherNamedPart, otherOrdinalPart } from './namedParts';
import { toldOfSetPart } from './setPart';
import { otherAlertLevel } from './alertLevels';
import { MINUTE_READ, MOMENT_WORDS, momentClass, momentReading, oddMinuteClass, tellsMinute, tellsMomentAlike, tellsOddMinute } from './momentAlike';
import { checkUntoldDeadline, checkUntoldDeclaration, checkUntoldMonth, checkUntoldWeekday } from './untoldDeadline';

/** Times closer than this are the same moment told loosely; further apart, a disagreement. */
const AGREE_MINUTES = 30;
/** Further apart than this, it is not the same moment at all. */
const SAME_EVENT_MINUTES = 240;
/** Dates of one event told differently lie within a week of each other… */
const DATE_DAYS = 7;
/** …or, when said in the same words, a mistyped digit apart ("March 27" for "March 17"). */
const SLIP_DAYS = 62;
const SAME_DATE_WORDS = 0.5;

/** How two clock times were found to be about the same moment, strongest first. */
type Link = 'snapshot' | 'figures' | 'range' | 'onset' | 'event' | 'words' | 'slip';
const RANK: Record<Link, number> = { snapshot: 5, figures: 4, range: 3, onset: 2, event: 1, words: 0, slip: -1 };

interface Match {
  ref: TimeRef;
  minutes: number;
  link: Link;
  /** Told with different weekdays beside the same minute: the day is in dispute. */
  weekdays?: boolean;
  /** Linked only by a first thing told beside both ("the first 999 call", alignment/firsts.ts), in verbs of their own. */
  firstOnly?: boolean;
  /** Held against this time by the majority of sources at a fine mark (outvoted): the draft's side says so. */
  outvoted?: boolean;
}

/** Minutes within which two snapshots of the same count are the same snapshot. */
const SNAPSHOT_MINUTES = 5;
/** Clauses this alike (weighted) tell of the same event: "had the blaze under control by …". */
const SAME_EVENT_WORDS = 0.4;
/** …or that share three words of the clause and are at least this alike. */
const SAME_EVENT_SHARED = 0.25;

export function checkTimes(check: Check): void {
  for (const t of check.self.times) {
    // A time and its conversion in brackets that do not agree: the wrong half is held on its own (conversionPairs.ts).
    if (t.time.granularity === 'clock') { if (!checkConversionPair(check, t)) checkClock(check, t); }
    // A weekday alone: held to the same event's weekday in like words, else (a draft) to a weekday
    // written beside a clock time of the same event (clockDay.ts), or a night to a source's "overnight"
    // (overnight.ts), else by the action told with it.
    // A plan on a weekday no source tells at all is a claim no source makes (untoldDeadline.ts).
    else if (weekdayAlone(t)) {
      if (checkWeekday(check, t) || checkClockDay(check, t) || checkOvernight(check, t)) continue;
      const found = check.findings.length;
      checkPlannedDay(check, t);
      if (check.findings.length === found) checkUntoldWeekday(check, t);
      if (check.findings.length === found) checkUntoldDeclaration(check, t);
    }
    else checkDate(check, t);
  }
}

/**
 * A person's age ("Ana Ruiz, 29, …") says who, not when: the same person is 29 at every moment of the
 * story, so ages alike beside two clock times ("went over the wall at 08:55" / "was arrested at 06:20")
 * do not make them one moment.
 */
function isAge(f: FigureRef): boolean {
  return f.figure.counted === 'year-old';
}

/**
 * "at the high school, the largest of three shelters, around midnight": a count after "the largest of",
 * "one of", "each of" tells how many things a set holds, a fact at every moment of the story, as an age
 * is, not a reading taken at the time beside it.
 */
function setSize(f: FigureRef): boolean {
  const plain = f.article.text.plain;
  const start = f.figure.span.start;
  const sentence = f.article.text.sentences[f.figure.sentence];
  // Within the figure's sentence: what the incremental check keys the figure on.
  return SET_OF.test(plain.slice(Math.max(sentence?.span.start ?? 0, start - SET_OF_REACH), start));
}
/** "largest of", "one of the", "each of its" right before a count (a bounded slice: linear). */
const SET_OF = /\b(?:[a-z]{2,12}est|one|each|any|either|none)[ \t]+of[ \t]+(?:(?:the|its|their|our|his|her)[ \t]+)?$/i;
const SET_OF_REACH = 32;

/**
 * "the 3,000-seat show court", "a 40-bed unit", "a 12-storey tower", "a 52,000-capacity stadium": what a
 * place is built to hold, a count hyphened before the thing it describes, is a fact at every moment of
 * the story, as a set's size is, not a reading taken at the time beside it.
 */
function builtSize(f: FigureRef): boolean {
  return f.figure.counted === CAPACITY || (f.figure.counted !== null && BUILT_WITH.has(f.figure.counted) && BUILT_HYPHEN.test(f.figure.text));
}
/** What a place is built with, counted hyphened before it ("a 300-bed hospital"). */
const BUILT_WORDS = ['seat', 'seater', 'bed', 'room', 'storey', 'story', 'berth'];
const BUILT_WITH: ReadonlySet<string> = new Set(BUILT_WORDS);
/** The number hyphened to that word ("3,000-seat", "twelve-storey"), the word not the figure's last. */
const BUILT_HYPHEN = new RegExp(`[\\p{L}\\p{N}]-(?:${BUILT_WORDS.join('|')})[ \\t]+\\p{L}`, 'u');

function linkedByFigures(a: TimeRef, b: TimeRef): boolean {
  return a.figures.some((f) => f.cls !== null && f.cls.startsWith('count:') && !isAge(f) && !setSize(f) && !builtSize(f) &&
    b.figures.some((g) => g.cls === f.cls && !setSize(g) && !builtSize(g) && closeReadings(f.figure, g.figure) && !floorBelow(f.figure, g.figure) && !floorBelow(g.figure, f.figure) &&
      !boundBroken(f.figure, g.figure) && !boundBroken(g.figure, f.figure) && !twoTallies(f.figure, g.figure) && !twoSmallCounts(f.figure, g.figure) &&
      !runningTotal(f) && !runningTotal(g)));
}

/**
 * "Over 45,000 runners are expected" / "38,614 had finished by 2 p.m.": a floor that the other's exact
 * count falls short of, or a ceiling it passes ("fewer than 300 homes" / "340 homes"), is no loose
 * telling of that count; the two are another count or another moment, never one reading.
 */
function boundBroken(bound: Figure, exact: Figure): boolean {
  if (exact.qualifier !== 'exact' || exact.range || bound.range) return false;
  const x = figureRange(exact).value;
  if (bound.qualifier === 'more-than' || bound.qualifier === 'at-least') return x < figureRange(bound).value;
  if (bound.qualifier === 'fewer-than' || bound.qualifier === 'up-to') return x > figureRange(bound).value;
  return false;
}

/**
 * "38,614 runners have now crossed the line" at 14:05 / "44,391 runners had finished" at 15:30: two
 * counts each told to the unit (in the thousands, not a round ten) that differ are two tallies taken at
 * two moments, not one crowd's size told loosely ("40,000" / "more than 40,000"). Two neighbouring
 * digits swapped ("44,391" / "44,931") are still one tally copied with a slip.
 */
function twoTallies(a: Figure, b: Figure): boolean {
  return toTheUnit(a) && toTheUnit(b) && a.value !== b.value && !transposed(a, b);
}
function toTheUnit(f: Figure): boolean {
  return f.qualifier === 'exact' && !f.range && f.unit === 'count' && Number.isInteger(f.value) && f.value >= TALLY_FLOOR && f.value % 10 !== 0;
}
/**
 * "BPBD counted 18,420 people in shelters at 8 a.m." / "BNPB counted 27,300 at noon": a bare count told
 * exactly (no thing named beside it) at one time, and an exact count of a thing at the other, both in
 * the thousands, of a size (within ten times) but too far apart to be one crowd told loosely (not
 * within 15%), are two tallies taken at two moments, as two counts of one named thing are (sameCount):
 * the bare one most likely counts the same thing, named once and left out the second time.
 */
function otherTallies(a: TimeRef, b: TimeRef): boolean {
  if (b.figures.length === 0) return false;
  // A figure with no thing named has no class, so it is not among a time's tied figures: read from the article.
  const bare = a.article.figures.filter((x, i) => a.article.figureAnchors[i] === a.index && x.sentence === a.time.sentence && x.counted === null && tally(x));
  return bare.some((f) => b.figures.some((g) => g.figure.counted !== null && g.figure.counted !== 'year-old' && tally(g.figure) && !closeReadings(f, g.figure) &&
    g.figure.value / f.value <= OTHER_TALLY_RATIO && f.value / g.figure.value <= OTHER_TALLY_RATIO));
}
/** An exact count in the thousands, told as a whole number. */
function tally(x: Figure): boolean {
  return x.unit === 'count' && x.qualifier === 'exact' && !x.range && Number.isInteger(x.value) && x.value >= TALLY_FLOOR;
}
/** Tallies further apart than this many times are of two things, not two readings of one. */
const OTHER_TALLY_RATIO = 10;

/** Counts from here up told to the unit are tallies, not estimates. */
const TALLY_FLOOR = 1000;

/**
 * "12 of the 14 beaches closed on Saturday will reopen at 6:00 am" / "9:30 a.m. | 14 beaches closed":
 * a small count told exactly is no estimate that another rounds ("14" is never a loose "12"), so two
 * such counts of one thing that differ are two counts (two steps of the story, a part and its whole),
 * not one reading told two ways, and do not make their times one moment.
 */
function twoSmallCounts(a: Figure, b: Figure): boolean {
  return smallExact(a) && smallExact(b) && a.value !== b.value;
}
function smallExact(f: Figure): boolean {
  return f.qualifier === 'exact' && !f.range && f.unit === 'count' && Number.isInteger(f.value) && f.value < SMALL_COUNT;
}
/** Counts below this told exactly are counted, not estimated. */
const SMALL_COUNT = 100;

/** Words of a running total read at a moment: "27 people assessed so far", "As of 14:30, … had assessed 27". */
const RUNNING_TOTAL = /\b(?:so far|as of|to date|thus far|until now|up to now)\b/i;
/** Characters read each side of a count, within its sentence, for RUNNING_TOTAL. */
const RUNNING_REACH = 60;

/**
 * "13:10 ⏎ 27 people assessed so far" / "As of 14:30, the ambulance service had assessed 27 people":
 * a running total may stand still between two readings, so the same total at two clock times does
 * not make them one moment (a crowd at its peak does: "40,000 users at 10 a.m." / "more than 40,000
 * around 9:30").
 */
function runningTotal(f: FigureRef): boolean {
  const s = f.article.text.sentences[f.figure.sentence];
  if (!s) return false;
  const plain = f.article.text.plain;
  // "As of 2 pm, eleven had been brought down alive, the bodies of two guides recovered, …": a sentence opening
  // on its reading's moment makes every count of it a running total, however far down the list.
  return RUNNING_OPENING.test(plain.slice(s.span.start, Math.min(s.span.end, s.span.start + 12))) ||
    RUNNING_TOTAL.test(plain.slice(Math.max(s.span.start, f.figure.span.start - RUNNING_REACH), Math.min(s.span.end, f.figure.span.end + RUNNING_REACH)));
}
/** A sentence that opens "As of …". */
const RUNNING_OPENING = /^[^\p{L}\p{N}]{0,4}as\s+of\b/iu;

/**
 * Counts within 15% of each other are one wave; temperatures that close are not: a hot afternoon's
 * stations all read 39–40°C ("39.4°C at 13:50" / "39.8°C at 15:20"), so only the same reading is one moment.
 */
function closeReadings(a: Figure, b: Figure): boolean {
  if (isTemperature(a.counted) || isTemperature(b.counted)) return figureRange(a).value === figureRange(b).value;
  return close(a, b);
}

/**
 * "more than 400 flights cancelled as of 11:00" beside "410 cancelled" at 10:05: a floor under an
 * exact count holds at every moment after the count passed it, so it does not pin the two times
 * together (an equal number, "more than 40,000" beside "40,000", still does).
 */
function floorBelow(floor: Figure, exact: Figure): boolean {
  return (floor.qualifier === 'more-than' || floor.qualifier === 'at-least') && exact.qualifier === 'exact' &&
    figureRange(exact).value > figureRange(floor).value;
}

/** The same measure with the same value beside both times: "magnitude 4.9 … at 0102 UTC" / "magnitude 4.9 … at 7.02 am". */
function sameMeasure(a: TimeRef, b: TimeRef): boolean {
  // "**6:35** – The slide started at about 1,900 metres": a blog entry's stamp is when the entry was
  // posted; a measure of the thing the entry tells (a height, a size) is no reading of that moment.
  if (a.stamp || b.stamp) return false;
  // "a gust of 134 km/h at 4:21 p.m." / "143 km/h … at 4:12 p.m.": a measure with two neighbouring digits
  // swapped is the same reading copied with a slip, and still ties its moment.
  return a.sentenceFigures.some((f) => f.cls !== null && !changesOverTime(f.figure) && f.figure.unit === 'count' && !isAge(f) && !levelBound(f.figure) && !builtSize(f) &&
    b.sentenceFigures.some((g) => g.cls === f.cls && !levelBound(g.figure) && !builtSize(g) && (figureRange(g.figure).value === figureRange(f.figure).value || transposed(f.figure, g.figure))));
}

/**
 * "a surcharge … while the gauge is under 80 cm" / "the first reading below 80 cm this year" / "fell
 * below the 80 cm mark at 06:00": a measure told as a bound (under, below, above, over) is a level the
 * story measures against, a condition or a line crossed, told at any moment of it; it is no reading
 * taken at the time beside it, so the same bound in two sentences does not make their times one moment.
 */
function levelBound(f: Figure): boolean {
  return f.qualifier === 'fewer-than' || f.qualifier === 'more-than';
}

/**
 * "announced at 09:15 that it will add a surcharge of €24 per tonne" / "announced at a quarter past ten
 * that it will charge twenty-four euros a tonne": sums of one currency beside both times, each the very
 * number of the other side's, are the terms of one thing told (a price, a fee, a fine), the same at
 * every moment of the story; they do not make the times two snapshots, and the clauses' words decide.
 * Every figure of a class both times carry must be such a sum.
 */
function sameSums(a: TimeRef, b: TimeRef): boolean {
  let pairs = 0;
  for (const f of a.figures) {
    if (f.cls === null || isAge(f)) continue;
    for (const g of b.figures) {
      if (g.cls !== f.cls) continue;
      if (f.figure.unit !== 'money' || figureRange(f.figure).value !== figureRange(g.figure).value) return false;
      pairs++;
    }
  }
  return pairs > 0;
}

/** Both times carry counts of the same thing: snapshots, told apart by their numbers. */
function sameCount(a: TimeRef, b: TimeRef): boolean {
  return a.figures.some((f) => f.cls !== null && !isAge(f) && b.figures.some((g) => g.cls === f.cls));
}

/**
 * Why t and s are the same moment, or null when nothing says so. Times are looked up by what links
 * them (alignment/timeIndex.ts): a new kind of link needs its key there too.
 */
function linkOf(check: Check, t: TimeRef, s: TimeRef, minutes: number): Link | null {
  // "was due to open at 10am" / "opened at 10.40am": a plan and what happened are two claims.
  if (t.planned !== s.planned) return null;
  // "Orange thunderstorm warning issued" / "Red warning issued": two levels of a warning are two moments.
  if (otherGrade(t, s)) return null;
  // "reached alert level one at 1 a.m." / "reached alert level two at 3 a.m.": two numbered steps of an alert (alertLevels.ts).
  if (otherAlertLevel(t, s)) return null;
  // "read out the provisional results at 3.45pm" / "declared the final results at 4pm": two stages of a count.
  if (otherStage(t, s)) return null;
  // "the Central line was halted at 7:15am" / "the Western line resumed at 4:10pm": two named parts of one network.
  if (otherNamedPart(t, s)) return null;
  // "The northbound lanes reopened at 7:10 p.m." / "southbound lanes reopened at 9:35 p.m.": two directions of one road.
  if (otherDirection(t, s)) return null;
  // "A second runway reopened at 9:30" / "Runway 16R/34L reopened at 6:15": a later part of a kind is another part.
  if (otherOrdinalPart(t, s)) return null;
  const counts = sameCount(t, s);
  if (counts && Math.abs(minutes) <= SNAPSHOT_MINUTES) return 'snapshot';
  if (linkedByFigures(t, s) || sameMeasure(t, s)) return 'figures';
  // Counts of one thing at two times that do not match are two snapshots, not one moment; the same
  // sums beside both ("a surcharge of €24 a tonne") are the terms of one thing told, no reading.
  if (counts && !sameSums(t, s)) return null;
  // "counted 18,420 people in shelters at 8 a.m." / "counted 27,300 at noon": a bare tally and a tally of
  // a thing, exact, of a size but too far apart for one crowd told loosely, are two readings too (otherTallies).
  if (otherTallies(t, s) || otherTallies(s, t)) return null;
  // "three tagged sharks during the day, two of them before 11 a.m." / "Third tagged shark of the day
  // detected" at 2:40 pm: a time told of a part of a set bounds several things, no one moment (setPart.ts).
  if (toldOfSetPart(t) || toldOfSetPart(s)) return null;
  // A sitting's opening ("the hearing opened at 9:15") is held by its onset only to another's, not to
  // the onset of a part of it ("Public comment began at 6:40").
  if (t.onset && s.onset && t.sitting === s.sitting && !onsetToldElsewhere(check, t, s) && !onsetToldElsewhere(check, s, t)) return 'onset';
  // One action on one thing, in synonyms ("halted the race" / "stopped the race"): alignment/events.ts.
  // Not an action one of the two sources tells again at the other's moment (eventToldAgain).
  if (t.events.some((e) => s.events.includes(e))) return eventToldAgain(check, t, s, minutes) ? null : 'event';
  // A live blog's entry stamp is when the entry was posted, not when what it tells happened: three
  // words of the story's subject ("the Bureau says Oren …") do not make the post that moment. Three
  // words in common, two of them side by side in both ("a binding bid"), are one event, however many
  // other words either clause has (alignment/phrases.ts).
  // "first engineers arrived at 07:25" / "first fire crews arrive" (6:53am): two parties' arrivals are two moments.
  if (t.arrival && s.arrival && t.arrival !== s.arrival) return null;
  // "06:30 – the patrol boat leaves port" / "08:15 | the patrol boat reaches the scene": the two ends of
  // one journey, told in like words (the vessel's name), are two moments; so are a crowd gathering
  // and setting out ("already gathered in Alder Park" at 09:30 / "left Alder Park at 10:00").
  const stage = journeyStage(t);
  if (stage >= 0 && journeyStage(s) >= 0 && stage !== journeyStage(s)) return null;
  // "Accreditation for the signing ceremony closes at 08:45" / "Signing ceremony: 09:30": words
  // that name another thing in either clause (what a deadline is for, what comes after) tie nothing.
  // "capsized at 9:25" / "leaves Sadarghat at 8:50" (where that article tells "9:25" too): like words
  // alone do not make the other article's time this one's moment when it tells this very minute itself.
  // "NEDA directs load shedding | 5.20pm" / "Load shedding ended at 9:05pm": like words where only one
  // clause tells the thing ending tell its start (or a step of it) and its end, two moments.
  // "At 6:30 the operator stopped refuelling" / "the operator said a leak was detected at 2:40": two
  // actions told beside the times, of no group in common, are two moments, whatever words (the
  // party's name) the clauses share.
  // "The 1pm reading is in: heat index 4.1" / "at 2:57 p.m., when the heat index reached 5.0": one named
  // level read with two values is two readings, two moments, whatever words of its name both share.
  if (otherLevelReadings(t, s)) return null;
  const alike = likeWords(check, t, s) && !otherActions(t, s) && !sharedOnlyOfOtherThing(t, s) && toldEnding(t) === toldEnding(s) && !resumedAgainstOpened(t, s) &&
    !minuteToldElsewhere(check, t, s, minutes) && !ownMinuteElsewhere(check, t, s, minutes) && !momentToldAlikeElsewhere(check, t, s, minutes);
  if (!alike && !minuteSlip(check, t, s, minutes)) return null;
  if (otherMomentAgrees(check, t, s) || otherMomentAgrees(check, s, t) || nearerInSentence(t, minutes)) return null;
  return alike ? 'words' : 'slip';
}

/**
 * "overturned at about 9:25 a.m., some 35 minutes after leaving the terminal" / a timeline's "8:50am |
 * Ferry leaves the terminal" that also has "9:25am | Ferry capsizes": clauses alike in their words
 * (the vessel's name, its route), whose times are half an hour or more apart, where the other article
 * tells this time's very minute at another clock time of its own. That article puts this moment
 * elsewhere, so its time in like words is another step of the story, not this one told wrongly. Read
 * on odd minutes only (not a quarter hour: a round time may be any moment of a story), told exactly
 * or loosely ("out by 8:31 a.m."), not a blog's stamp or a plan; the other article is a source (the
 * corpus holds it whole).
 */
function minuteToldElsewhere(check: Check, t: TimeRef, s: TimeRef, minutes: number): boolean {
  if (!Number.isFinite(minutes) || Math.abs(minutes) < AGREE_MINUTES || s.article === check.article) return false;
  const zones = check.corpus.localZoneLabels();
  const odd = oddMomentsOf(s.article);
  if (odd.length === 0) return false;
  // Read on this time's clock, or, within the other article, as far from its time (or that time's
  // conversion) as this one is: a zone-less time there is on that article's clock ("8:50 a.m." beside
  // "9:25 a.m. local time (0325 GMT)"), which another article's GMT cannot place.
  const partner = convertedPartner(s);
  const own = partner ? [s.time, partner] : [s.time];
  // "The northbound lanes reopened at 9:35 p.m." / "northbound at 7:10 p.m. and the southbound lanes at
  // 9:35 p.m.": the other article tells this very minute, but of the other direction of the road, and
  // this direction at its own time: this time is that direction's moment told wrong, not another step.
  const side = directionOf(t);
  const otherSide = (x: TimeClaim) => side !== null && directionOf(s) === side && (directionAt(s.article, x) ?? side) !== side;
  return odd.some((x) => !own.includes(x) && !otherSide(x) &&
    (minutesApart(x, t.time, zones) === 0 || own.some((y) => minutesApart(y, x, zones) === -minutes)));
}

/**
 * "The board ordered the beaches shut at 1 p.m. … The order was issued at 10:25 a.m." / "The board
 * signed the order at 10:25": clauses alike in their words (the party, the order), half an hour or more
 * apart, where this article tells the other's very minute itself at another clock time of its own. It
 * puts that moment there, and agrees with it; this time in like words is another step of the story
 * (what the order set), not that moment told wrong. minuteToldElsewhere read the other way round: on
 * odd minutes only, and of a source's time (also where a draft's check reads a source's, heldAgainst),
 * since a draft that tells one moment twice, once wrong, is what the check is for.
 */
function ownMinuteElsewhere(check: Check, t: TimeRef, s: TimeRef, minutes: number): boolean {
  // s in the article under review (a source's check read through heldAgainst): its other claims are no part of this one's key.
  // Nor a time opening its paragraph on either side (a blog's entry stamp: when the entry was posted,
  // told in its entry's loose words; momentToldAlikeElsewhere reads those, by the words).
  if (t.article.role === 'draft' || s.article === check.article || !Number.isFinite(minutes) || Math.abs(minutes) < AGREE_MINUTES) return false;
  if (opensEntry(t) || opensEntry(s)) return false;
  const reading = momentReading(s.time);
  if (reading === null) return false;
  const answer = tellsOddMinute(t.article, reading.utc, reading.minutes);
  if (t.article === check.article) check.read({ cls: oddMinuteClass(reading.utc), value: reading.minutes, answer });
  return answer;
}

/**
 * "told the crowd from a stage outside the legislature shortly after 1:15 p.m." / a live blog whose
 * "13:15" entry has the leader take the stage and whose "15:20" entry has the crowd outside the
 * legislature thinning: the blog tells this time's very minute itself, in words of this clause (the
 * speaker's name, the stage), so its entry in like words half an hour or more away is a later scene at
 * the same place, not this moment told wrongly. Read both ways (the blog may be the article under
 * review), on any minute, round or odd: the words are the link. Only for a time that opens its
 * paragraph (a blog's entry stamp), and only between sources.
 */
function momentToldAlikeElsewhere(check: Check, t: TimeRef, s: TimeRef, minutes: number): boolean {
  // A blog's stamp only (when the entry was posted, so what it tells may be a later scene), and between
  // sources: a draft that tells one moment twice, once wrong, is what the check is for.
  if (check.isDraft || !Number.isFinite(minutes) || Math.abs(minutes) < AGREE_MINUTES) return false;
  return (opensEntry(s) && toldAlikeIn(check, s.article, t)) || (opensEntry(t) && toldAlikeIn(check, t.article, s));
}

/**
 * "09:31 Notice issued to members confirming the closure" and "12:10 Notice issued confirming the
 * reopening" in a timeline / a blog's "09:31 The board has issued a notice confirming …": an action a
 * story tells more than once (two notices, two statements) links by its words to each telling. Where
 * one of the two sources tells the other's very minute itself, in words of the other's clause, at a
 * time of its own, that telling is the other's moment, and this one, half an hour or more away, is
 * another of the action's moments, not that one told wrong. Between sources only, as
 * momentToldAlikeElsewhere: a draft that tells one moment twice, once wrong, is what the check is for.
 */
function eventToldAgain(check: Check, t: TimeRef, s: TimeRef, minutes: number): boolean {
  if (check.isDraft || !Number.isFinite(minutes) || Math.abs(minutes) < AGREE_MINUTES) return false;
  return toldAlikeIn(check, t.article, s) || toldAlikeIn(check, s.article, t);
}

/** Whether a time opens its paragraph, as a blog's entry stamp does ("**15:20** The crowd …"; markup is blanked to spaces). */
function opensEntry(r: TimeRef): boolean {
  if (r.stamp) return true;
  const sentence = r.article.text.sentences[r.time.sentence];
  const paragraph = sentence ? r.article.text.paragraphs[sentence.paragraph] : undefined;
  return !!paragraph && r.article.text.plain.slice(paragraph.start, r.time.span.start).trim() === '';
}

/** Whether `article` tells `moment`'s minute at a clock time of its own in words of moment's clause (recorded when it is the article under review). */
function toldAlikeIn(check: Check, article: TimeRef['article'], moment: TimeRef): boolean {
  const reading = momentReading(moment.time);
  if (reading === null || moment.near.size < MOMENT_WORDS) return false;
  const answer = tellsMomentAlike(article, reading.utc, reading.minutes, moment.near);
  if (article === check.article) check.read({ cls: momentClass(reading.utc, moment.near), value: reading.minutes, answer });
  return answer;
}

/**
 * An article's clock times told to an odd minute, exactly or loosely (minuteToldElsewhere), by
 * article: read from the analysis itself, which every part of the corpus holds whole.
 */
const ODD_MOMENTS = new WeakMap<object, readonly TimeClaim[]>();

function oddMomentsOf(article: TimeRef['article']): readonly TimeClaim[] {
  let out = ODD_MOMENTS.get(article);
  if (out === undefined) {
    // "the last passengers were out by 8:31 a.m.": a minute told loosely ("by", "around") is still that
    // minute, a moment the article places.
    out = article.times.filter((x) => x.granularity === 'clock' && (x.qualifier === 'exact' || x.qualifier === 'about') && x.localMinutes !== undefined && x.localMinutes % 15 !== 0);
    ODD_MOMENTS.set(article, out);
  }
  return out;
}

/**
 * A level named right before a bare number in the time's sentence ("index 4.1", "index reached 5.0",
 * "stood at 3.8"): the level's name (lower case) and the number's value. A number with a unit or a
 * counted thing of its own ("38°C", "seven courts") is no bare reading of a named level.
 */
function levelReadings(r: TimeRef): Map<string, number> {
  // Asked of one time against each of its candidates: read once per time.
  let out = LEVEL_READINGS.get(r);
  if (out) return out;
  out = new Map<string, number>();
  LEVEL_READINGS.set(r, out);
  const plain = r.article.text.plain;
  for (const f of r.sentenceFigures) {
    const x = f.figure;
    if (x.unit !== 'count' || x.inWords || x.qualifier !== 'exact' || !BARE_NUMBER.test(x.text)) continue;
    const sentence = r.article.text.sentences[x.sentence];
    if (!sentence) continue;
    const m = LEVEL_BEFORE.exec(plain.slice(Math.max(sentence.span.start, x.span.start - LEVEL_REACH), x.span.start));
    if (m) out.set(m[1].toLowerCase(), x.value);
  }
  return out;
}
/** A number alone, in digits ("4.1", "5.0"). */
const LEVEL_READINGS = new WeakMap<TimeRef, Map<string, number>>();
const BARE_NUMBER = /^\d{1,3}(?:\.\d+)?$/;
/** The level's name, then at most a verb of reading and a preposition, right before the number. */
const LEVEL_BEFORE = /\b([a-z]{4,})[ \t]+(?:(?:reached|hit|was|is|stood|rose|fell|climbed|dropped|read)[ \t]+)?(?:(?:at|to|of)[ \t]+)?$/i;
/** Characters read before the number. */
const LEVEL_REACH = 40;
/** Words that name no level before a number ("at 5.0", "to 4.1"). */
const NOT_LEVELS: ReadonlySet<string> = new Set(['reached', 'stood', 'rose', 'fell', 'climbed', 'dropped', 'read', 'from', 'with', 'than', 'about', 'around', 'some', 'over', 'under', 'above', 'below', 'just', 'only', 'nearly', 'almost', 'least', 'most', 'were', 'been', 'have', 'had', 'that', 'this', 'these', 'those', 'their', 'which']);

/** Both times' sentences read one named level ("index 4.1" / "index reached 5.0") at different values. */
function otherLevelReadings(t: TimeRef, s: TimeRef): boolean {
  if (t.sentenceFigures.length === 0 || s.sentenceFigures.length === 0) return false;
  const a = levelReadings(t);
  if (a.size === 0) return false;
  const b = levelReadings(s);
  for (const [name, value] of a) {
    const other = b.get(name);
    if (other !== undefined && !NOT_LEVELS.has(name) && other !== value) return true;
  }
  return false;
}

/**
 * Words (alignment/words.ts stems) of something coming to an end: "ended", "withdrawn", "finished".
 * Not "lifted": a rocket lifts off, a survivor is lifted from the rubble.
 */
const ENDING = new Set(['end', 'withdrawn', 'withdrew', 'finish', 'conclud']);

/** Stems (alignment/words.ts) of setting out: "leaves", "left", "departed", "departure". */
const DEPARTING = new Set(['leav', 'left', 'depart', 'departur']);
/** Stems of getting there: "arrives", "arrived", "arrival", "reaches", "reached". */
const ARRIVING = new Set(['arriv', 'arrival', 'reach']);

/** Stems of a crowd gathering before it sets out: "gathered", "assembling", "mustered". */
const GATHERING = new Set(['gather', 'assembl', 'muster', 'congregat']);

/**
 * The one stage of a journey a time's clause tells: 0 a crowd gathering before it sets out, 1 a
 * departure, 2 an arrival; -1 for none, or more than one.
 */
function journeyStage(r: TimeRef): number {
  let stage = -1;
  for (const w of r.near) {
    const at = GATHERING.has(w) ? 0 : DEPARTING.has(w) ? 1 : ARRIVING.has(w) ? 2 : -1;
    if (at < 0 || at === stage) continue;
    if (stage >= 0) return -1;
    stage = at;
  }
  return stage;
}

/** A return after a stop ("resumed", "restarted": alignment/words.ts) and an opening ("opens", "opened"), as the words of a time's clause read them. */
const RESUME_WORD = '~resume';
const OPEN_WORD = 'open';

/**
 * "09:00 Continuous trading opens as normal" / "Continuous trading resumed at 12:44": the day's opening
 * and the return after a stop are two moments of one thing, whatever words of the thing both clauses
 * share. One clause tells the return, the other the opening and no return.
 */
export function resumedAgainstOpened(t: TimeRef, s: TimeRef): boolean {
  const resumed = (r: TimeRef) => r.near.has(RESUME_WORD);
  const opened = (r: TimeRef) => r.near.has(OPEN_WORD) && !resumed(r);
  return (resumed(t) && opened(s)) || (resumed(s) && opened(t));
}

/** Whether a time's clause tells something ending ("Load shedding ended at 9:05pm", "the order was withdrawn at 6"). */
function toldEnding(r: TimeRef): boolean {
  let other: Set<string> | null | undefined;
  for (const w of r.near) {
    if (!ENDING.has(w)) continue;
    // "reopened at 4:50 a.m. after police finished sweeping the fields": the end of an earlier thing.
    other ??= otherThingWords(r);
    if (!other?.has(w)) return true;
  }
  return false;
}

/**
 * "occurred at 7:42 a.m." (a wire's onset) / "detrainment began at 08:29" (a statement's first time
 * told with "began"), where the statement tells "At 07:42, a breaker tripped" too: the article tells
 * the other's onset to the minute as a moment of its own, so its onset is a later step (passengers led
 * off, an evacuation), not the same moment told differently. Read on the article's odd minutes only
 * (TimeRef.onsetOthers): a round "8:00" may be any moment of a story.
 */
function onsetToldElsewhere(check: Check, a: TimeRef, b: TimeRef): boolean {
  const others = a.onsetOthers;
  if (!others) return false;
  const zones = check.corpus.localZoneLabels();
  // Asked once per pair of onsets, and a story's sources mostly tell one onset: the answer is kept by
  // the other onset's values, for this article's odd minutes on this corpus's clocks.
  let byOthers = toldElsewhere.get(zones);
  if (!byOthers) toldElsewhere.set(zones, byOthers = new WeakMap());
  let byMoment = byOthers.get(others);
  if (!byMoment) byOthers.set(others, byMoment = new Map());
  const t = b.time;
  const moment = `${t.granularity}|${t.utcMinutes}|${t.localMinutes}|${t.zone}|${t.zoneExplicit}|${t.clockNamed === true}|${t.date.year}|${t.date.month}|${t.date.day}`;
  let told = byMoment.get(moment);
  if (told === undefined) byMoment.set(moment, told = others.some((x) => minutesApart(x, t, zones) === 0));
  return told;
}

/** onsetToldElsewhere's answers: by the corpus's clocks, the article's odd minutes and the other onset's values (every field minutesApart reads). */
const toldElsewhere = new WeakMap<readonly string[], WeakMap<readonly ClockReading[], Map<string, boolean>>>();

/**
 * "told by text message at 04:05" / "the message landed at 04:50": an exact time with its minute
 * digits swapped, in the same hour on one clock and told with a word in common, is the same moment
 * misreported (a slip), though the clauses share too little to be one event otherwise. Not a blog's stamp.
 */
function minuteSlip(check: Check, t: TimeRef, s: TimeRef, minutes: number): boolean {
  if (t.stamp || s.stamp || t.time.qualifier !== 'exact' || s.time.qualifier !== 'exact' || !Number.isFinite(minutes)) return false;
  const a = t.time.localMinutes;
  const b = s.time.localMinutes;
  // Both read on one wall clock, as the time index files them (swapKey): another zone's time is no slip.
  if (a === undefined || b === undefined || (((b - a - minutes) % 1440) + 1440) % 1440 !== 0) return false;
  if (!digitsSwapped(a, minutes) || check.corpus.vocabulary.shared(t.near, s.near).count < 1) return false;
  // "reopened at 4:50 a.m. after police finished sweeping the fields" / "finished sweeping the area at
  // 04:05": words told after "after" name an earlier thing, not what happened at the time, so sharing
  // only them is no sign of one moment (otherThingWords.ts).
  if (sharedOnlyOfOtherThing(t, s)) return false;
  // "Smoke detectors went off at 8:12" / a timeline's "08:21 First crews arrive" that tells "08:12" too:
  // an article that tells both minutes, each at a clock time of its own, holds them as two moments,
  // so the one is no slip of the other's digits.
  return !minuteTold(check, s.article, a) && !minuteTold(check, t.article, b);
}

/** Whether `article` tells the wall-clock minute exactly at a clock time of its own (recorded when it is the article under review). */
function minuteTold(check: Check, article: TimeRef['article'], minutes: number): boolean {
  const answer = tellsMinute(article, minutes);
  if (article === check.article) check.read({ cls: MINUTE_READ, value: minutes, answer });
  return answer;
}

/** Whether the time `minutes` after a wall-clock time is in its hour with the minute's two digits swapped (05:24 / 05:42). */
function digitsSwapped(local: number | undefined, minutes: number): boolean {
  if (local === undefined) return false;
  const mine = ((local % 1440) + 1440) % 1440;
  const theirs = (((local + minutes) % 1440) + 1440) % 1440;
  if (Math.floor(mine / 60) !== Math.floor(theirs / 60)) return false;
  const a = String(mine % 60).padStart(2, '0');
  const b = String(theirs % 60).padStart(2, '0');
  return a !== b && a[0] === b[1] && a[1] === b[0];
}

/**
 * "Keflavík closed at 06:30 GMT, and Akureyri at 06:50 GMT": one sentence's words tell the action at
 * both times, so a source's time told in like words is the nearer one's, not this one's. Read from the
 * sentence alone, as otherMomentAgrees: the other time's minutes on the same clock as this one.
 */
function nearerInSentence(t: TimeRef, minutes: number): boolean {
  const own = t.time.localMinutes;
  if (own === undefined || !Number.isFinite(minutes)) return false;
  const times = t.article.times;
  const plain = t.article.text.plain;
  const nearer = (x: TimeClaim): boolean => {
    if (x.granularity !== 'clock' || x.localMinutes === undefined || x.zone !== t.time.zone) return false;
    if (converts(plain, x, t.time) || converts(plain, t.time, x)) return false;
    // `minutes` is the source's time less this one's; the source's less the other's:
    return Math.abs(minutes - (x.localMinutes - own)) < Math.abs(minutes);
  };
  for (let i = t.index - 1; i >= 0 && times[i].sentence === t.time.sentence; i--) if (nearer(times[i])) return true;
  for (let i = t.index + 1; i < times.length && times[i].sentence === t.time.sentence; i++) if (nearer(times[i])) return true;
  return false;
}

/**
 * A warning's or an alert's level told by its colour ("an amber warning", "Red alert", "the orange
 * thunderstorm warning"): one word may stand between. Literal alternatives, one optional word: linear.
 */
const GRADE_COLOURS = '(yellow|amber|orange|red|purple|black)';
const WARNING_NOUNS = '(?:warnings?|alerts?|alarms?|levels?|codes?|notices?|signals?)';
const GRADE = new RegExp(`\\b${GRADE_COLOURS}\\s+(?:[a-z]+\\s+)?${WARNING_NOUNS}\\b`, 'i');
/** The level a change goes to: "raised its wind warning from amber to red", "upgraded … to **red**". */
const TO_GRADE = new RegExp(`\\bto\\s+${GRADE_COLOURS}\\b`, 'i');
/** The level a change leaves: "from amber (to red)". */
const FROM_GRADE = new RegExp(`\\bfrom\\s+${GRADE_COLOURS}\\b`, 'i');
/** A word naming a warning's kind of thing, so that "to red" in its sentence is a level. */
const WARNING_WORD = new RegExp(`\\b${WARNING_NOUNS}\\b`, 'i');
/** A level's colour alone ("upgraded it to red", "and issued the black one"), read where the sentence names a warning. */
const COLOUR = new RegExp(`\\b${GRADE_COLOURS}\\b`, 'gi');

/**
 * A count's stage named with what is counted: "the provisional results", "final figures", "preliminary
 * count". Elections, censuses and inquiries publish their numbers in stages, each at its own moment.
 * One optional word between (literal alternatives, bounded: linear-time).
 */
const STAGE = /\b(preliminary|provisional|final|interim|partial)[ \t]+(?:[a-z]+[ \t]+)?(?:results?|figures|count|numbers|tally|tallies|returns|estimates?)\b/gi;

/** The one stage a time's sentence names (null when none, or two: "the final results confirm the provisional ones"). */
function stageOf(r: TimeRef): string | null {
  const sentence = r.article.text.sentences[r.time.sentence];
  if (!sentence) return null;
  const text = r.article.text.plain.slice(sentence.span.start, sentence.span.end);
  let stage: string | null = null;
  STAGE.lastIndex = 0;
  for (let m = STAGE.exec(text); m; m = STAGE.exec(text)) {
    const found = m[1].toLowerCase();
    if (stage !== null && stage !== found) return null;
    stage = found;
  }
  return stage;
}

/** Whether both times' sentences name a stage of a count, and the stages differ. */
function otherStage(t: TimeRef, s: TimeRef): boolean {
  const a = stageOf(t);
  if (a === null) return false;
  const b = stageOf(s);
  return b !== null && a !== b;
}

/** Whether both times' sentences name a warning's level by colour, and the levels differ. */
function otherGrade(t: TimeRef, s: TimeRef): boolean {
  const a = gradeOf(t);
  if (a === null) return false;
  const b = gradeOf(s);
  return b !== null && a !== b;
}

/**
 * The level a time's sentence tells. A change of level ("raised its warning from amber to red at
 * 6:05 p.m.", "**18:05** The service has upgraded its amber warning to red") is at the level it goes
 * to, unless the time stands between the old level and the change ("the amber warning issued at 15:40
 * was raised to red"): that time is the old level's.
 */
function gradeOf(r: TimeRef): string | null {
  const sentence = r.article.text.sentences[r.time.sentence];
  if (!sentence) return null;
  const text = r.article.text.plain.slice(sentence.span.start, sentence.span.end);
  const own = gradeSincePreviousTime(r, text, sentence.span.start);
  if (own) return own;
  const level = GRADE.exec(text);
  const to = WARNING_WORD.test(text) ? TO_GRADE.exec(text) : null;
  if (!to) return level ? level[1].toLowerCase() : null;
  const from = FROM_GRADE.exec(text);
  const old = [level, from].filter((m): m is RegExpExecArray => m !== null && m.index < to.index).sort((x, y) => x.index - y.index)[0];
  const at = r.time.span.start - sentence.span.start;
  if (old && old.index < at && at < to.index) return old[1].toLowerCase();
  return to[1].toLowerCase();
}

/**
 * "raised the amber signal at 5:40 a.m., upgraded it to red at 6:25 a.m. and issued the black signal
 * at 7:10 a.m.": in a sentence that tells a warning's steps, each at its own clock time, a time's level
 * is the last colour told between the clock time before it in the sentence and itself. Null for the
 * sentence's first time, and where no colour stands in that stretch.
 */
function gradeSincePreviousTime(r: TimeRef, text: string, offset: number): string | null {
  if (!WARNING_WORD.test(text)) return null;
  const clockBefore = (at: TimeClaim, from: number): number => {
    for (let i = from - 1; i >= 0; i--) {
      const x = r.article.times[i];
      if (x.sentence !== at.sentence) return -1;
      if (x.granularity === 'clock' && x.span.end <= at.span.start) return i;
    }
    return -1;
  };
  // "13:45 - Black signal cancelled and replaced by Red (05:45 UTC)": a time in brackets right after
  // another converts it, and is at that time's level; read from the converted time.
  let time = r.time;
  let index = r.index;
  let p = clockBefore(time, index);
  while (p >= 0 && /\(\s*$/.test(text.slice(r.article.times[p].span.end - offset, time.span.start - offset))) {
    time = r.article.times[p];
    index = p;
    p = clockBefore(time, index);
  }
  if (p < 0) return null;
  const stretch = text.slice(r.article.times[p].span.end - offset, time.span.start - offset);
  let last: string | null = null;
  COLOUR.lastIndex = 0;
  for (let m = COLOUR.exec(stretch); m; m = COLOUR.exec(stretch)) last = m[1].toLowerCase();
  return last;
}

/** The action group of an event key ("~halt" of "~halt:race"). */
const actionOf = (key: string): string => {
  const colon = key.indexOf(':');
  return colon < 0 ? key : key.slice(0, colon);
};

/**
 * Both times tell an action beside them, no action of one is of the other's group, and neither
 * sentence has a word of the other's action anywhere ("collapsed at 9:15 and was pronounced dead"
 * tells the collapse too, whichever verb is read as the time's).
 */
function otherActions(t: TimeRef, s: TimeRef): boolean {
  if (t.events.length === 0 || s.events.length === 0) return false;
  const mine = new Set(t.events.map(actionOf));
  const theirs = new Set(s.events.map(actionOf));
  if ([...theirs].some((a) => mine.has(a))) return false;
  const told = (r: TimeRef, groups: Set<string>) => {
    const sentence = r.article.text.sentences[r.time.sentence];
    if (!sentence) return true;
    const found = actionGroupsIn(r.article.text.plain, sentence.span.start, sentence.span.end);
    return [...groups].some((a) => found.has(a));
  };
  return !told(t, theirs) && !told(s, mine);
}

/** The clauses of two times are told in words alike enough to be one event (the 'words' link, before other moments are looked at). */
function likeWords(check: Check, t: TimeRef, s: TimeRef): boolean {
  const v = check.corpus.vocabulary;
  const shared = v.shared(t.near, s.near).count;
  const sim = v.similarity(t.near, s.near);
  const stamp = t.stamp || s.stamp;
  const alike = (shared >= 2 && sim >= SAME_EVENT_WORDS) || (!stamp && shared >= 3 && (sim >= SAME_EVENT_SHARED || samePhrase(t, s)));
  return (alike || ownWordsAlike(check, t, s)) && !onlyNameShared(t, s);
}

/**
 * "The airport reopened at 4:50 a.m. after police and a military team finished sweeping the fields" /
 * "| Airport reopened | 04:40 |": the words after "after" name an earlier thing (otherThingWords.ts),
 * and thin out the clause's own words; read without them, the two clauses tell one thing alike.
 */
function ownWordsAlike(check: Check, t: TimeRef, s: TimeRef): boolean {
  const a = otherThingWords(t);
  const b = otherThingWords(s);
  if (!a && !b) return false;
  const own = (r: TimeRef, other: Set<string> | null) => (other ? new Set([...r.near].filter((w) => !other.has(w))) : r.near);
  const mine = own(t, a);
  const theirs = own(s, b);
  const v = check.corpus.vocabulary;
  return v.shared(mine, theirs).count >= 2 && v.similarity(mine, theirs) >= SAME_EVENT_WORDS;
}

/** Characters read each side of a time, within its sentence, for the names its clause tells. */
const NAME_REACH = 120;
/** What may stand right before a word inside a name or a clause (not a sentence's or a line's start). */
const MID_CLAUSE = /[\p{L}\p{N},’')]/u;
/** Last words of an organisation's name: a party that acts many times in one story. */
const ORGANISATION_HEADS: ReadonlySet<string> = new Set(['service', 'services', 'authority', 'agency', 'council', 'police', 'executive',
  'department', 'ministry', 'board', 'commission', 'company', 'corporation', 'brigade', 'trust', 'guard', 'association', 'union', 'office',
  'bureau', 'institute', 'directorate', 'inspectorate', 'secretariat', 'administration']);

/**
 * "declared at 7.20am by the Harnow Coast and River Authority" / "Working alongside Harnow Coast and
 * River Authority, our crews shut the road at 09:15": clauses that share only the words of an
 * organisation's name tell what that party did at two moments, not one event. A name's words are
 * capitalised inside the clause in both articles. A place's name ("the Ridgeview Community Center,
 * which is open from 8 a.m. to 6 p.m.") still links: what happens there is told of the place.
 */
function onlyNameShared(t: TimeRef, s: TimeRef): boolean {
  if (t.stamp || s.stamp) return false;
  const shared: string[] = [];
  for (const w of t.near) if (s.near.has(w)) shared.push(w);
  if (shared.length === 0) return false;
  const a = namedWords(t);
  const b = namedWords(s);
  return a.organisation && b.organisation && shared.every((w) => a.words.has(w) && b.words.has(w));
}

/**
 * The content words written capitalised inside the clause around a time (not opening its sentence or
 * line), and whether one of them ends an organisation's name.
 */
function namedWords(r: TimeRef): { words: Set<string>; organisation: boolean } {
  const words = new Set<string>();
  let organisation = false;
  const sentence = r.article.text.sentences[r.time.sentence];
  if (!sentence) return { words, organisation };
  const plain = r.article.text.plain;
  const from = Math.max(sentence.span.start, r.time.span.start - NAME_REACH);
  const to = Math.min(sentence.span.end, r.time.span.end + NAME_REACH);
  for (const tok of contentTokens(plain, from, to)) {
    const c = plain[tok.start];
    if (c === c.toLowerCase() || c !== c.toUpperCase()) continue;
    let i = tok.start - 1;
    while (i >= sentence.span.start && (plain[i] === ' ' || plain[i] === '\u00a0' || plain[i] === '*' || plain[i] === '_')) i--;
    if (i < sentence.span.start || !MID_CLAUSE.test(plain[i])) continue;
    words.add(tok.word);
    if (ORGANISATION_HEADS.has(plain.slice(tok.start, tok.end).toLowerCase())) organisation = true;
  }
  return { words, organisation };
}

/**
 * Whether another clock time of a's sentence is at b's moment: "departed at 1410 GMT, was cruising …
 * when the engine failed at 1742 GMT" tells two moments in one set of words, and a source's 11:42 a.m.
 * CST told in those words is the second, not a disagreement with the first.
 */
function otherMomentAgrees(check: Check, a: TimeRef, b: TimeRef): boolean {
  const times = a.article.times;
  const zones = check.corpus.localZoneLabels();
  const plain = a.article.text.plain;
  const refs = articleTimes(a.article);
  let own = -1;
  const at = (x: TimeClaim, i: number) => {
    // The same moment told again in brackets ("7:40 p.m. CST (0140 GMT)") is no other moment.
    if (converts(plain, x, a.time) || converts(plain, a.time, x)) return false;
    const d = minutesApart(x, b.time, zones);
    if (d === null || Math.abs(d) >= AGREE_MINUTES) return false;
    // "presented at 15:45 CEST … with the embargo lifting at 16:00 BST" / "an embargo lifting at 1400
    // GMT": the source's words are this time's own, and none of the other's: it tells this moment.
    const other = refs?.[i];
    if (!other || other.time !== x) return true;
    // "northbound at 7:10 p.m. and the southbound lanes at 9:35 p.m." / "The northbound lanes reopened at
    // 9:35 p.m.": the other moment is the other direction's, and a tells b's direction: no other moment agrees.
    const side = directionOf(b);
    if (side !== null && directionOf(a) === side && (directionOf(other) ?? side) !== side) return false;
    const v = check.corpus.vocabulary;
    if (own < 0) own = v.shared(a.near, b.near).count;
    return v.shared(other.near, b.near).count > 0 || own === 0;
  };
  for (let i = a.index - 1; i >= 0 && times[i].sentence === a.time.sentence; i--) if (times[i].granularity === 'clock' && at(times[i], i)) return true;
  for (let i = a.index + 1; i < times.length && times[i].sentence === a.time.sentence; i++) if (times[i].granularity === 'clock' && at(times[i], i)) return true;
  return false;
}

/** A clock time with no zone and no day: its article tells neither where nor when on the calendar. */
function unplaced(t: TimeClaim): boolean {
  return t.zone === null && t.date.day === undefined;
}

/** Links that tell one moment by what happened at it, not by counts read at it. */
const TOLD_ALIKE: ReadonlySet<string> = new Set<Link>(['event', 'onset', 'words', 'figures']);

/** The source time of `times` (one source's) most surely t's moment, or null when none links to it. */
function bestMatch(check: Check, t: TimeRef, times: readonly TimeRef[], zones: readonly string[], own: { day?: boolean }): Match | null {
  let best: Match | null = null;
  for (const s of times) {
    if (s.time.granularity !== 'clock' || onOtherClockOfPair(t, s)) continue;
    // "ten forty-one in the morning at Kessler Station": a time on a named place's clock, no zone
    // written, is held only to a time told at a place too ("11:41 a.m. at Kessler Station"), not to a
    // time on the story's clock (a live blog's stamp), which the engine cannot convert to it.
    if ((atPlaceOnly(s) && !toldAtPlace(t)) || (atPlaceOnly(t) && !toldAtPlace(s))) continue;
    if (sameRange(check, t, s)) {
      const r = rangeApart(t, s, zones);
      if (r === null) continue;
      const m: Match = { ref: s, minutes: r, link: 'range' };
      if (!best || RANK[m.link] > RANK[best.link] || (m.link === best.link && Math.abs(m.minutes) < Math.abs(best.minutes))) best = m;
      continue;
    }
    let d = minutesApart(t.time, s.time, zones);
    // "the first truck … at 1:12 a.m." in a blog with no day / "the first truck … just after eleven
    // o'clock Sunday night": a time placed on no clock and no day, told alike with another (one
    // action, one onset, like words, a count of the same thing), is read round the clock: two hours
    // apart, not 22. Not a snapshot, which is one only at the same minute, nor a slip of a minute's
    // digits; and not a zoned time of no known day ("2342 GMT on Monday"), whose day the zones place.
    if (d !== null && Math.abs(d) > SAME_EVENT_MINUTES && (unplaced(t.time) || unplaced(s.time))) {
      const w = aroundTheClock(d);
      if (Math.abs(w) <= SAME_EVENT_MINUTES && TOLD_ALIKE.has(linkOf(check, t, s, w) ?? '')) d = w;
    }
    let link: Link | null;
    if (d === null || Math.abs(d) > SAME_EVENT_MINUTES) {
      // The same minute on another day, told in like words: the day is in dispute.
      // The cheap numeric test first: it leaves out nearly every candidate.
      let days = dayShift(t.time, s.time);
      if (days !== null && !((own.day ??= dayInSentence(t)) && dayInSentence(s))) days = null;
      // "at 00:01 on 25 July" / "from 00:01 on Friday 23 July": with the day of the month written
      // beside both, the dates' own check holds the day; one error, one finding (as weekdayShift).
      if (days !== null && dayInSentence(t, true) && dayInSentence(s, true)) days = null;
      // "The alert issued on Wednesday 14 October will be lifted at 15:00 today" / "Alert issued at
      // 15:00" on the Wednesday: a sentence that writes the other time's day out, beside a day of its
      // own clock time, tells that day of another event of the sentence (the alert's issue), not this
      // time's day in dispute.
      if (days !== null && (writesOtherDay(t, s.time) || writesOtherDay(s, t.time))) days = null;
      // "The union will publish its next count at 8am on Wednesday" / "Tuesday, 8am: the count records
      // 71": the next of a thing that recurs at one hour is another day's, not this one's day in dispute.
      if (days !== null && (nextOccurrence(t) || nextOccurrence(s))) days = null;
      link = days === null ? null : linkOf(check, t, s, Infinity);
      if (days === null || (link !== 'event' && link !== 'words')) continue;
      d = days * 1440;
    } else link = linkOf(check, t, s, d);
    if (!link) continue;
    // "0140 GMT Thursday" / "0140 GMT on Wednesday", read as one moment (a day unknown, or taken from
    // the dateline): the weekdays written beside the same minute on one clock say it is another day.
    let weekdays = false;
    if ((link === 'event' || link === 'words') && Math.abs(d) < AGREE_MINUTES) {
      const shift = weekdayShift(t, s);
      if (shift !== null) { d += shift * 1440; weekdays = true; }
    }
    const m: Match = { ref: s, minutes: d, link, weekdays };
    if (link === 'event' && !t.events.some((e) => !e.startsWith(FIRST_KEY) && s.events.includes(e))) m.firstOnly = true;
    // "### 4:05 p.m. — Session closes … the session closed at 4:05 p.m.": the entry's own time is the
    // moment; its stamp, at the same minute, only when it was posted.
    const tie = best !== null && m.link === best.link && Math.abs(m.minutes) === Math.abs(best.minutes) && best.ref.stamp && !s.stamp;
    if (!best || RANK[m.link] > RANK[best.link] || (m.link === best.link && Math.abs(m.minutes) < Math.abs(best.minutes)) || tie) best = m;
  }
  return best;
}

/**
 * "15:42 local time (14:42 BST)": a source that tells one moment on two clocks is read on the clock
 * the checked time writes beside it. Against "14:42 local time" the source's local time is the one
 * to hold it to, not its BST time, which "local time" read as BST would meet; the same zone written
 * on both sides leaves no clock to guess.
 */
function onOtherClockOfPair(t: TimeRef, s: TimeRef): boolean {
  const own = zoneFamily(t.time.zone);
  if (!t.time.zoneExplicit || own === null || (s.time.zoneExplicit && zoneFamily(s.time.zone) === own)) return false;
  // "2:47 p.m. (1447 GMT, 3:47 p.m. in Spain)": every clock of the chain is the one moment, and a
  // time the source tells on no clock of its own is no better a reading than one in another zone.
  return conversionChain(s).some((p) => p.zoneExplicit && zoneFamily(p.zone) === own);
}

/** Clock times a conversion chain may hold besides the first ("2:47 p.m. (1447 GMT, 3:47 p.m. in Spain)"). */
const CHAIN_STEPS = 3;

/**
 * The clock times told in brackets (or joined by a comma) right beside s as the same moment, before
 * and after it, each converting the next ("2:47 p.m. (1447 GMT, 3:47 p.m. in Spain)"); a weekday may
 * stand between two of them.
 */
function conversionChain(s: TimeRef): TimeClaim[] {
  const times = s.article.times;
  if (times[s.index] !== s.time) return [];
  const plain = s.article.text.plain;
  const out: TimeClaim[] = [];
  for (const dir of [-1, 1] as const) {
    let cur = s.time;
    let i = s.index + dir;
    for (let n = 0; n < CHAIN_STEPS; n++) {
      if (times[i]?.granularity === 'date') i += dir;
      const x = times[i];
      if (!x || !(dir < 0 ? converts(plain, x, cur) : converts(plain, cur, x))) break;
      out.push(x);
      cur = x;
      i += dir;
    }
  }
  return out;
}

/** The clock time a source time converts, or is converted by, in brackets right beside it; null when none. */
function convertedPartner(s: TimeRef): TimeClaim | null {
  const times = s.article.times;
  if (times[s.index] !== s.time) return null;
  const plain = s.article.text.plain;
  // "8pm AEST on Sunday (1000 UTC)": a weekday may stand between the two.
  const before = times[s.index - 1]?.granularity === 'date' ? times[s.index - 2] : times[s.index - 1];
  if (before && converts(plain, before, s.time)) return before;
  const after = times[s.index + 1]?.granularity === 'date' ? times[s.index + 2] : times[s.index + 1];
  if (after && converts(plain, s.time, after)) return after;
  return null;
}

/**
 * "12-hour stoppages from 8am to 8pm" / "a 12-hour stoppage from 7am to 7pm": both times open a range
 * of one length (alignment/timeRanges.ts) told in words with something in common (a word of their
 * clauses, or two of their sentences).
 */
function sameRange(check: Check, t: TimeRef, s: TimeRef): boolean {
  if (t.range === undefined || t.range !== s.range || t.stamp || s.stamp) return false;
  const v = check.corpus.vocabulary;
  return v.shared(t.near, s.near).count >= RANGE_NEAR_WORDS || v.shared(t.context, s.context).count >= RANGE_SENTENCE_WORDS;
}

const RANGE_NEAR_WORDS = 1;
const RANGE_SENTENCE_WORDS = 2;

/**
 * Minutes from one range's start to the other's on the wall clock, whatever day each is told of (a
 * range often repeats: "each strike day … from 7am to 7pm"), read round the clock.
 */
function rangeApart(t: TimeRef, s: TimeRef, zones: readonly string[]): number | null {
  const d = minutesApart({ ...t.time, date: {} }, { ...s.time, date: {} }, zones);
  return d === null ? null : aroundTheClock(d);
}

/** Whether t and the source time it was matched to tell one moment alike. */
function matchAgrees(check: Check, t: TimeRef, best: Match): boolean {
  // Two ranges' starts are points: "from 7am" and "from 8am" of one 12-hour stretch disagree.
  if (best.link === 'range') return Math.abs(best.minutes) < AGREE_MINUTES;
  return best.link === 'snapshot' || (Math.abs(best.minutes) < AGREE_MINUTES && !afterStamp(t, best) && !pastBound(t, best) && !preciseApart(check, t, best) && !aboutFineApart(t, best) && !swappedMinutes(t, best) && !fineMarksApart(t, best) && !quarterApart(check, t, best) && !sequenceApart(check, t, best)) || allowed(t, best.ref, best.minutes);
}

function checkClock(check: Check, t: TimeRef): void {
  const zones = check.corpus.localZoneLabels();
  const agrees: Match[] = [];
  const conflicts: Match[] = [];
  const own: { day?: boolean } = {};
  // Only source times that can link to this one (see alignment/timeIndex.ts), source by source.
  for (const times of check.corpus.clockCandidates(t, check.article.path)) {
    const best = bestMatch(check, t, times, zones, own);
    if (!best) continue;
    if (matchAgrees(check, t, best)) agrees.push(best);
    else conflicts.push(best);
  }
  outvoted(t, agrees, conflicts);
  if (check.isDraft) otherEventMinute(t, agrees, conflicts, zones);
  if (!check.isDraft && agrees.length + conflicts.length <= MAX_DISPUTE_SOURCES) outvotedThere(check, t, agrees, conflicts, zones);
  if (t.hours !== undefined) otherTimetables(t.hours, conflicts);
  const comparisons: ClaimComparison[] = [
    ...agrees.map((m) => compare(m.ref, 'agrees')),
    ...conflicts.map((m) => compare(m.ref, 'conflicts')),
  ];
  check.view('time', t.time.span, describeTime(t.time), comparisons);
  // A source that agrees only once its zone-less time is read on the draft's clock does not outweigh
  // one that disagrees with the zone written out on both sides.
  const written = (m: Match) => t.time.zoneExplicit && m.ref.time.zoneExplicit;
  // Nor does one that holds only because a day is unknown (read round the clock) outweigh one on weekdays written on both sides.
  const dayKnown = (m: Match) => dayOf(t.time) !== null && dayOf(m.ref.time) !== null;
  const outweighed = agrees.length > 0 && !(conflicts.some(written) && !agrees.some(written)) &&
    !(conflicts.some((m) => m.weekdays) && !agrees.some(dayKnown));
  // A source that tells the very minute another source does, in words linked to it, holds what
  // that source is held to: the third source that disagrees with it disagrees with this one too.
  if (agrees.length > 0 && agrees.length + conflicts.length <= MAX_DISPUTE_SOURCES) {
    for (const m of heldAgainst(check, t, agrees, conflicts, zones)) conflicts.push(m);
  }
  // "**22:42** The closures are approved. … Result declared at 22:42": one moment, flagged where told again.
  if (conflicts.length === 0 || t.retoldBelow) return;
  // "15:42 GMT (14:42 in Brennholt)": a clock the engine cannot read; the time before carries the claim.
  if (onPlaceClock(t)) return;
  // "| Sat 9:15 a.m. | Sat 01:15 | …": a table's UTC column restates its row's local time, which carries the claim.
  if (rowConvertedFromBefore(t, zones)) return;
  if (convertedFromBefore(t, zones)) {
    // "3:40 p.m. (1440 GMT)": the time before carries any conflict, unless its clock is only a reading
    // (no zone beside it) that lets it agree where the zone written in brackets does not; then the
    // bracketed time is flagged against the sources that write a zone too, and the first is not.
    const first = zoneGuessedBefore(check, t, zones);
    if (!first) return;
    const onWritten = conflicts.filter((m) => m.ref.time.zoneExplicit);
    if (onWritten.length === 0) return;
    conflicts.length = 0;
    conflicts.push(...onWritten);
  }
  // "- 4.12am: … collide" after "At 4.12am …, the two ships collided": the first telling carries it.
  if (!check.isDraft && conflicts.length > 0) {
    carriedBefore(check, t, conflicts, zones);
    heldCloserElsewhere(check, t, conflicts, zones);
    if (conflicts.length === 0) return;
  }
  // A draft that a source supports is not flagged against one that disagrees with it, unless the
  // sources disagree among themselves on that moment: a source the draft agrees with holds the
  // other's time to be wrong too ("3:52" in the draft and in three sources, "3:47" in a fourth),
  // so the draft's claim stands against the odd one out as theirs do.
  // The dispute test matches every supporting source against every conflicting one; past a story's
  // worth of sources (an archive's repeated coverage) it would cost seconds a keystroke, so it is
  // left out there and the draft stays unflagged, as before the test existed.
  const disputable = agrees.length + conflicts.length <= MAX_DISPUTE_SOURCES;
  // A first thing told in other verbs ("the first call was logged at 05:52" / "came in at 6.12am") is a
  // looser link than one action: a draft on the side of some sources is not held to the others by it.
  // A service's hours a source tells as the draft does ("8am to 6pm, Monday to Saturday") are that
  // service's: another service's hours in like words (a helpline abroad) are no dispute of them.
  // The draft's side may be counted through a supporter's own check (sideOfSupport) here too, where the
  // draft's words reach the odd source itself and only one source of its side ("spotted files being
  // encrypted at 2.17am" in the odd wire's words, the others telling it "detected").
  const reported = check.isDraft && outweighed ? (disputable && t.hours === undefined ? conflicts.filter((m) => !m.firstOnly && (m.outvoted === true || disputedBySupport(check, agrees, conflicts, m, zones))) : []) : conflicts;
  if (reported.length === 0) return;
  reported.sort((a, b) => RANK[b.link] - RANK[a.link] || Math.abs(a.minutes) - Math.abs(b.minutes));
  report(check, t, reported.map((m) => m.ref), 'time');
}

/**
 * "8am to 6pm, Monday to Saturday" against "8 a.m. to 8 p.m. ET, Monday through Friday": hours kept on
 * other days are another service's timetable (a helpline abroad), not this one told wrong. Drops them.
 */
function otherTimetables(days: string, conflicts: Match[]): void {
  const kept = conflicts.filter((m) => m.ref.hours === undefined || m.ref.hours === days);
  conflicts.length = 0;
  conflicts.push(...kept);
}

/** Sources at least that must tell one reading to the minute for another source's to be outvoted. */
const OUTVOTING_SOURCES = 2;

/**
 * "Vellmar Airfield … 15:42" in two sources (three with this one) and "Vellmar Airfield … 15:48" in a
 * fourth: readings to a minute no one rounds to, of one moment told in like words, an action or the
 * onset, that lie minutes apart within the half hour, agree as loose tellings would only when nothing
 * says which is right. Where several sources give one such reading and a single source another, the
 * single source is outvoted: the sources' reading is held against it, and it against them. Moves the
 * matches concerned from `agrees` to `conflicts` (both of this time's check).
 */
function outvoted(t: TimeRef, agrees: Match[], conflicts: Match[]): void {
  if (agrees.length < 1) return;
  // To the minute ("15:42"), readings are held apart from three minutes; at a five-minute mark off the
  // quarter hours ("cleared by 19:55" / "by 8:10 p.m."), from a quarter of an hour, further than any
  // rounding takes a time told that finely.
  const precise = !t.stamp && toTheMinute(t.time);
  if (!precise && !fineMark(t.time)) return;
  // Two fine marks both told exactly ("at 6:20" / "at 6:10") are two five-minute roundings at most,
  // never ten minutes apart: held apart from ten; a "by" time is a bound, held from the quarter hour.
  const apartFrom = (m: Match) => precise ? PRECISE_APART : t.time.qualifier === 'exact' && m.ref.time.qualifier === 'exact' ? FINE_APART : QUARTER_MINUTES;
  // A time a correction note retells ("an earlier entry said … at 17:20") is no source's reading.
  const told = (r: TimeRef) => (precise ? toTheMinute(r.time) : fineMark(r.time) && !timeInCorrectionNote(r));
  // On a clock one of the two articles names: zone-less local times minutes apart ("reopened at 4:31
  // p.m." / "at 4.49pm") stay within the half hour.
  // A source linked by a measure both sentences tell, at this very minute, tells this moment's reading too.
  const reading = (m: Match) => (m.link === 'words' || m.link === 'event' || m.link === 'onset' || (m.link === 'figures' && m.minutes === 0)) && !m.ref.stamp && !m.weekdays && told(m.ref);
  const onClock = (m: Match) => precise ? t.time.zone !== null || m.ref.time.zone !== null : true;
  let mine = 0;
  const others = new Map<number, Match[]>();
  for (const m of agrees) {
    if (!reading(m)) continue;
    if (m.minutes === 0) mine++;
    else if (Math.abs(m.minutes) >= apartFrom(m)) {
      const group = others.get(m.minutes);
      if (group) group.push(m); else others.set(m.minutes, [m]);
    }
  }
  const moved = new Set<Match>();
  for (const group of others.values()) {
    // This time alone against several at another minute, or with others at its own against one.
    // The majority's side is held from the first telling of its minute in its article, not a list restating it.
    // A blog's entry stamp ("**19:55** Police confirm the stadium is clear") is when the entry was
    // posted, no reading: held only with two sources or more at its minute, to one that tells it later.
    if (t.stamp && (mine < OUTVOTING_SOURCES || group.length !== 1 || group[0].minutes < 0 || t.retold)) continue;
    if ((mine === 0 && group.length >= OUTVOTING_SOURCES) || (mine + 1 >= OUTVOTING_SOURCES && group.length === 1 && !t.retold)) for (const m of group) if (onClock(m)) moved.add(m);
  }
  if (moved.size === 0) return;
  for (let i = agrees.length - 1; i >= 0; i--) if (moved.has(agrees[i])) agrees.splice(i, 1);
  // A draft at a fine mark is held to the single source only where two sources or more tell its minute.
  const draftHeld = !precise && mine >= OUTVOTING_SOURCES;
  for (const m of moved) conflicts.push(draftHeld ? { ...m, outvoted: true } : m);
}

/**
 * "resumed at 6:30 p.m." in a draft where the sources tell "resumed at 6:45 p.m." in like words and two
 * of them or more tell 6:30 p.m. elsewhere, as another moment ("after the 6.30pm reading"): a quarter of
 * an hour is within a loose telling of one moment, but sources that keep the two minutes apart say the
 * draft gave this event another's time. Only where every source of this moment tells it at one other
 * minute, ten minutes or more away (none the draft's), every time exact; a blog's or a timeline's stamp
 * tells the moment but not the draft's minute elsewhere. Moves those matches from `agrees` to
 * `conflicts`, held.
 */
function otherEventMinute(t: TimeRef, agrees: Match[], conflicts: Match[], zones: readonly string[]): void {
  if (t.stamp || t.time.qualifier !== 'exact' || agrees.length < OUTVOTING_SOURCES) return;
  const told = (m: Match) => (m.link === 'words' || m.link === 'event' || m.link === 'onset') && !m.weekdays &&
    m.ref.time.qualifier === 'exact' && Math.abs(m.minutes) >= FINE_APART;
  if (agrees.some((m) => m.minutes === 0)) return;
  const elsewhere = (m: Match) => !m.ref.stamp && m.ref.article.times.some((x) => x !== m.ref.time && x.granularity === 'clock' && x.qualifier === 'exact' &&
    minutesApart(x, t.time, zones) === 0);
  // Every source of this moment at one other minute, told alike; two of them or more tell the draft's minute elsewhere.
  if (!agrees.every((m) => told(m) && m.minutes === agrees[0].minutes) || agrees.filter(elsewhere).length < OUTVOTING_SOURCES) return;
  for (const m of agrees) conflicts.push({ ...m, outvoted: true });
  agrees.length = 0;
}

/** "cleared by 8:10 p.m.", "at 19:55": a time told at a five-minute mark off the quarter hours, as a point or "by" it. */
function fineMark(x: TimeClaim): boolean {
  const point = x.qualifier === 'exact' || (x.qualifier === 'about' && BY_TIME.test(x.text));
  return point && x.localMinutes !== undefined && x.localMinutes % 5 === 0 && x.localMinutes % 15 !== 0;
}
const BY_TIME = /^by\b/i;

/** Whether a source's time lies in a correction note's paragraph (read from the source, which no keystroke changes). */
function timeInCorrectionNote(r: TimeRef): boolean {
  const sentence = r.article.text.sentences[r.time.sentence];
  return sentence !== undefined && inCorrectionNote(r.article.text, sentence.paragraph);
}

/** An exact time to a minute no one rounds to (not a multiple of five). */
function toTheMinute(x: TimeClaim): boolean {
  return x.qualifier === 'exact' && x.localMinutes !== undefined && x.localMinutes % 5 !== 0;
}

/**
 * "detected at 2.17am" in a live blog that agrees with a release's "at 2.17am on Tuesday", which the
 * release's own check holds against a wire's "spotted … at 2:47 a.m.": the blog's minute is the
 * release's, so the wire disagrees with the blog too, though the blog's words and the wire's share
 * too little to link them. One step only, from a source time that tells the same minute as this one,
 * both exact and linked by more than a slip; never against a source this time agrees with or is
 * already held to, nor against one at this time's own minute.
 */
function heldAgainst(check: Check, t: TimeRef, agrees: readonly Match[], conflicts: readonly Match[], zones: readonly string[]): Match[] {
  if (t.stamp || t.time.qualifier !== 'exact') return [];
  // A draft holds only what that source's own check outvotes: a dispute among the sources, the draft on the many's side.
  const outvotedOnly = check.isDraft;
  // "3:52 a.m. local time (02:52 GMT)": the time before the brackets carries any conflict of the moment.
  const partner = convertedPartner(t);
  if (partner && partner.span.start < t.time.span.start) return [];
  const out: Match[] = [];
  const taken = new Set<string>([t.article.path]);
  // A source this time agrees with only loosely (minutes apart, within the half hour) is no reading of
  // its minute: where u, at this very minute, is held to it, so is this time (not a draft, which holds
  // only what the sources outvote).
  for (const m of agrees) if (m.minutes === 0 || check.isDraft) taken.add(m.ref.article.path);
  for (const m of conflicts) taken.add(m.ref.article.path);
  for (const a of agrees) {
    if (a.minutes !== 0 || a.link === 'slip' || a.link === 'snapshot' || a.ref.stamp || a.ref.time.qualifier !== 'exact') continue;
    // "03:42 local time (02:42 UTC)": the source's check holds the time its brackets convert, so both are read.
    for (const u of withPartner(a.ref)) {
      // What u's own check holds it to, with the single readings it outvotes ("12:46" against its "12:36"
      // and another source's), though those lie within the half hour.
      const held = matchesOf(check, u, zones);
      // A list restating the minute ("- Vellmar Airfield: 40.6C, 15:42") holds no outvoted reading: its first telling does.
      const end = t.retold ? held.moved : held.conflicts.length;
      for (let i = 0; i < end; i++) {
        const x = held.conflicts[i];
        if (taken.has(x.ref.article.path) || x.link === 'slip' || x.link === 'snapshot') continue;
        // u is this time's instant (the same minute, or its conversion): the third source's time less u's is less this one's too.
        if (x.minutes === 0) continue;
        // A draft holds a conflict u's check found (not one it outvoted) only where the sources the
        // draft agrees with dispute that time and outnumber its side (disputedBySupport): the draft
        // is on the many's side of a dispute the sources have, though its words reach only the many
        // (counted through u's own check, sideOfSupport, as on the direct path).
        if (outvotedOnly && i < held.moved && !disputedBySupport(check, agrees, conflicts, x, zones)) continue;
        taken.add(x.ref.article.path);
        out.push(outvotedOnly ? { ref: x.ref, minutes: x.minutes, link: x.link, outvoted: true } : { ref: x.ref, minutes: x.minutes, link: x.link });
      }
    }
  }
  return out;
}

/**
 * The source times u's own check matches (the best of each other source), split as that check splits
 * them, the readings it outvotes moved to the conflicts from index `moved` on.
 */
function matchesOf(check: Check, u: TimeRef, zones: readonly string[]): { agrees: Match[]; conflicts: Match[]; moved: number } {
  const agrees: Match[] = [];
  const conflicts: Match[] = [];
  for (const times of check.corpus.clockCandidates(u, u.article.path)) {
    const x = bestMatch(check, u, times, zones, {});
    if (x) (matchAgrees(check, u, x) ? agrees : conflicts).push(x);
  }
  const moved = conflicts.length;
  outvoted(u, agrees, conflicts);
  return { agrees, conflicts, moved };
}

/**
 * "resumed at 12.46pm" in a blog whose words link only to a wire's "restored at 12:36 p.m.", which two
 * more sources tell to the minute: the wire's own check outvotes the blog's reading, so the blog's
 * check holds the wire's as a conflict too, though its words link to no other source to count. A
 * source's time only (a draft is in no source's check). Moves the matches concerned from `agrees` to `conflicts`.
 */
function outvotedThere(check: Check, t: TimeRef, agrees: Match[], conflicts: Match[], zones: readonly string[]): void {
  for (let i = agrees.length - 1; i >= 0; i--) {
    const a = agrees[i];
    // The majority's side is held from the first telling of its minute, not a list restating it (outvoted).
    if (a.minutes === 0 || a.ref.stamp || t.stamp || t.retold || (a.link !== 'words' && a.link !== 'event' && a.link !== 'onset')) continue;
    const held = matchesOf(check, a.ref, zones);
    // The reading of this article that u's check outvoted: this time, u's time less it.
    const own = held.conflicts.slice(held.moved).some((x) => x.ref.article.path === t.article.path && x.minutes === -a.minutes);
    if (!own) continue;
    agrees.splice(i, 1);
    conflicts.push(a);
  }
}

/** A source time and the time it converts, or is converted by, in brackets right beside it (convertedPartner). */
function withPartner(u: TimeRef): TimeRef[] {
  const partner = convertedPartner(u);
  const ref = partner ? articleTimes(u.article)?.find((r) => r.time === partner) : undefined;
  return ref ? [u, ref] : [u];
}

/** Sources the draft agrees with that must dispute a source's time before the draft is held to it too. */
const DISPUTING_SUPPORTS = 2;

/** Most sources, agreeing and conflicting together, a draft time's dispute test weighs (see checkClock). */
const MAX_DISPUTE_SOURCES = 24;

/**
 * Whether source times that support the draft (of `agrees`) are held to the conflicting source time
 * `m` and disagree with it, as the sources' own checks find it (m's time is the one of its article
 * each matches), in two sources at least and in more than tell m's time (m's own, and those of
 * `conflicts` that agree with it); or in one, where two sources or more support the draft and
 * outnumber m's side, counted through that one's own check where the draft's words reach fewer
 * (sideOfSupport). One source against another leaves the draft alone, whichever it sides with.
 */
function disputedBySupport(check: Check, agrees: readonly Match[], conflicts: readonly Match[], m: Match, zones: readonly string[]): boolean {
  const times = articleTimes(m.ref.article) ?? [m.ref];
  const matched = (r: TimeRef) => {
    if (r.article.path === m.ref.article.path) return null;
    const x = bestMatch(check, r, times, zones, {});
    return x !== null && x.ref.time === m.ref.time ? x : null;
  };
  let disputing = 0;
  const disputers: TimeRef[] = [];
  for (const a of agrees) {
    const x = matched(a.ref);
    if (x && !matchAgrees(check, a.ref, x)) { disputing++; disputers.push(a.ref); }
  }
  if (disputing === 0) return false;
  let siding = 1;
  for (const c of conflicts) {
    const x = matched(c.ref);
    if (x && matchAgrees(check, c.ref, x)) siding++;
  }
  // One supporter's own check disputing m is enough where the draft's supporters are the majority:
  // at least MAJORITY_SUPPORTS of them, more than tell m's time.
  if (disputing >= DISPUTING_SUPPORTS) return disputing > siding;
  if (agrees.length >= MAJORITY_SUPPORTS && agrees.length > siding) return true;
  // Else the draft's side counted through the disputing supporters' own checks (sideOfSupport).
  return sideOfSupport(check, agrees, disputers, m, zones) > Math.max(siding, MAJORITY_SUPPORTS - 1);
}

/**
 * The sources on the draft's side of a dispute, where the draft's words reach fewer of them than tell
 * its minute: "the bid was lodged with the panel at 2pm" linked to one blog's "lodged … at 2pm", whose own
 * check finds a release's "14:00" at that very minute and a paper's "3pm". Those the draft agrees
 * with, and those a disputing supporter's own check finds at its very minute (exact, linked by more than
 * a slip or a count's snapshot), not m's article. Counted by article.
 */
function sideOfSupport(check: Check, agrees: readonly Match[], disputers: readonly TimeRef[], m: Match, zones: readonly string[]): number {
  const side = new Set<string>(agrees.map((a) => a.ref.article.path));
  for (const u of disputers) {
    if (u.stamp || u.time.qualifier !== 'exact') continue;
    for (const x of matchesOf(check, u, zones).agrees) {
      if (x.minutes !== 0 || x.link === 'slip' || x.link === 'snapshot' || x.ref.stamp || x.ref.time.qualifier !== 'exact' || x.ref.article.path === m.ref.article.path) continue;
      side.add(x.ref.article.path);
    }
  }
  return side.size;
}

/**
 * Sources that must agree with a draft's time, one of them disputing a source's time in its own check,
 * for the draft to be held to that source's time too: the draft is on the majority's side of a dispute
 * the sources have (the project's convention: a draft that repeats a side is a finding against the other).
 */
const MAJORITY_SUPPORTS = 2;

/** Right after a bracketed time, the place whose clock it is on: " in Brennholt)", " in Lower Marsh," (no zone named). */
const PLACE_CLOCK_AFTER = /^[ \t]+in[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?[ \t]*[),]/u;
/**
 * After a spoken conversion ("…, which is ten forty-one in the morning at Kessler Station."): a part of
 * the day, then the place whose clock it is on, at the clause's end.
 */
const PLACE_CLOCK_SPOKEN = /^(?:[ \t]+in[ \t]+the[ \t]+(?:morning|afternoon|evening))?[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?[ \t]*[),.;]/u;
/** Characters after the time read for it. */
const PLACE_CLOCK_REACH = 40;

/** A time told with the place whose clock it is on right after it ("11:41 a.m. at Kessler Station,"). */
function toldAtPlace(t: TimeRef): boolean {
  const after = t.article.text.plain.slice(t.time.span.end, t.time.span.end + PLACE_CLOCK_REACH);
  return PLACE_CLOCK_AFTER.test(after) || PLACE_CLOCK_SPOKEN.test(after) || PLACE_IN_TIME.test(t.time.text);
}

/** A time whose own words name its place ("8 a.m. in Toronto"). */
const PLACE_IN_TIME = /\b(?:at|in)[ \t]/;

/** A time with no zone written, told at a named place (toldAtPlace). */
function atPlaceOnly(t: TimeRef): boolean {
  return !t.time.zoneExplicit && toldAtPlace(t);
}

/**
 * "dialled 999 at 15:42 GMT (14:42 in Brennholt)": a bracketed time that converts the one before it to
 * a place's clock, with no zone written, is on a clock the engine does not know (it would read it on
 * the first time's); it is no reading of its own to hold against sources, and the time before carries
 * the claim.
 */
function onPlaceClock(t: TimeRef): boolean {
  if (t.time.zoneExplicit) return false;
  const times = t.article.times;
  if (times[t.index] !== t.time) return false;
  const plain = t.article.text.plain;
  if (!PLACE_CLOCK_AFTER.test(plain.slice(t.time.span.end, t.time.span.end + PLACE_CLOCK_REACH))) return false;
  const before = times[t.index - 1]?.granularity === 'date' ? times[t.index - 2] : times[t.index - 1];
  return before !== undefined && converts(plain, before, t.time);
}

/**
 * "5:42 p.m. (1642 GMT)": a time in brackets that converts the one before it right is the same claim
 * on another clock; the time before it carries any conflict, so it is not flagged twice. One with a
 * weekday of its own ("(0140 GMT Thursday)") tells a day the first does not.
 */
function convertedFromBefore(t: TimeRef, zones: readonly string[]): boolean {
  const times = t.article.times;
  if (times[t.index] !== t.time) return false;
  // "8pm AEST on Sunday (1000 UTC)": the weekday between is a claim of its own.
  const ai = times[t.index - 1]?.granularity === 'date' ? t.index - 2 : t.index - 1;
  const a = times[ai];
  if (a === undefined || !(converts(t.article.text.plain, a, t.time) || convertsAfterClause(t.article.text.plain, a, t.time))) return false;
  const apart = minutesApart(a, t.time, zones);
  if (apart === null || apart % 1440 !== 0) return false;
  const own = dateBeside(t);
  // "23:40 on Thursday (02:40 GMT on Friday)" read a whole day apart: the weekdays say the conversion
  // crossed midnight, and the two are one instant.
  if (apart !== 0) return own !== undefined && sameDayConverted(t.article, ai, t.time, own);
  return own === undefined || sameDayConverted(t.article, ai, t.time, own);
}

/**
 * "| Sat 9:15 a.m. | Sat 01:15 | Surfer bitten |": a time on UTC or GMT in a table row, right after a
 * cell of the same row (a weekday between at most) that tells the same instant on another clock, is
 * the writer's conversion of that cell, as a bracketed one is (convertedFromBefore).
 */
function rowConvertedFromBefore(t: TimeRef, zones: readonly string[]): boolean {
  if (t.time.zone !== 'UTC' && t.time.zone !== 'GMT') return false;
  const times = t.article.times;
  if (times[t.index] !== t.time) return false;
  const a = times[t.index - 1]?.granularity === 'date' ? times[t.index - 2] : times[t.index - 1];
  if (!a || a.granularity !== 'clock' || a.zone === t.time.zone) return false;
  const between = t.article.text.original.slice(a.span.end, t.time.span.start);
  if (!between.includes('|') || between.includes('\n')) return false;
  return minutesApart(a, t.time, zones) === 0;
}

/**
 * "11:12 p.m. EST on Sunday (0412 GMT Monday)": the weekday beside the conversion is the first time's
 * weekday carried over midnight with it, so it tells no day of its own. Whether the first time has a
 * weekday beside it that the conversion's matches so.
 */
function sameDayConverted(article: TimeRef['article'], ai: number, converted: TimeClaim, own: TimeClaim): boolean {
  const first = article.times[ai];
  const day = dateBesideAt(article, ai, first);
  if (!day || day.weekday === undefined || own.weekday === undefined || converted.utcMinutes === undefined) return false;
  // "23:40 on Thursday (02:40 GMT on Friday)", the first time on no clock the article names: it is read
  // on the clock that makes the two one instant, the nearer way round (an offset of at most 12 hours).
  const firstUtc = first.utcMinutes ?? (first.localMinutes === undefined ? undefined
    : first.localMinutes + ((((converted.utcMinutes - first.localMinutes + 720) % 1440) + 1440) % 1440) - 720);
  if (firstUtc === undefined) return false;
  // Each clock time's UTC minutes count from its own local midnight: their whole days apart are the days the conversion crossed.
  const shift = Math.floor(firstUtc / 1440) - Math.floor(converted.utcMinutes / 1440);
  return (((day.weekday + shift) % 7) + 7) % 7 === own.weekday;
}

/**
 * A source's time that tells again an instant its article told earlier: a list line restating the
 * minute of the first telling on the same clock ("- 4.12am: Ships collide" after "At 4.12am on
 * Thursday the two ships collided"), or a conversion in brackets of the time right before it that has
 * a weekday of its own ("04:12 local time (2012 GMT on Wednesday)", which convertedFromBefore keeps for
 * the day). Where the earlier telling's own check holds a source at the very same distance on the
 * clock, that is one disagreement, and the earlier telling carries it: the match is dropped from
 * `conflicts`. A day in dispute (weekdays) stays. Not for an earlier telling that is an entry's stamp,
 * defers to a later one (retoldBelow) or is carried by another itself (onPlaceClock, convertedFromBefore).
 * Reads the article's other times through the corpus, so only while the article checked is the
 * corpus's own (as figureHeldThroughAgreeing).
 */
function carriedBefore(check: Check, t: TimeRef, conflicts: Match[], zones: readonly string[]): void {
  if (check.corpus.get(check.article.path)?.article !== check.article) return;
  const refs = articleTimes(t.article);
  if (!refs || refs[t.index]?.time !== t.time) return;
  const partner = convertedPartner(t);
  let first: TimeRef | undefined;
  if (partner && partner.span.start < t.time.span.start) first = refs.find((r) => r.time === partner);
  else if (t.retold) {
    const { localMinutes, zone } = t.time;
    first = refs.find((r) => r.index < t.index && r.time.granularity === 'clock' && r.time.localMinutes === localMinutes && r.time.zone === zone);
  } else if (t.time.zone === null && t.time.localMinutes !== undefined) {
    // "- **10:30** – The judge begins reading" after "read the ruling at 09:30 UTC (10:30 in The Hague)":
    // a time with no clock written that tells the minute an earlier bracketed conversion told on a
    // named place's clock tells that instant again; the time the conversion converts carries it. Not
    // a minute told earlier on a clock of its own (a table's column): that telling may be the one
    // the story's other tellings are held to, and this one its own claim.
    const { localMinutes } = t.time;
    const told = refs.find((r) => r.index < t.index && r.time.granularity === 'clock' && r.time.zone !== null && r.time.localMinutes === localMinutes);
    first = told && (onPlaceClock(told) || convertedFromBefore(told, zones)) ? carrierOf(refs, told) : undefined;
  }
  if (!first || first.stamp || first.retoldBelow || onPlaceClock(first) || convertedFromBefore(first, zones)) return;
  const held = heldAsSource(check, first, zones);
  const sameApart = (a: number, b: number) => (((a - b) % 1440) + 1440) % 1440 === 0;
  const kept = conflicts.filter((m) => m.weekdays || !held.some((x) => x.ref.article.path === m.ref.article.path && !x.weekdays && sameApart(x.minutes, m.minutes)));
  conflicts.length = 0;
  conflicts.push(...kept);
}

/**
 * The time a bracketed conversion converts ("09:30 UTC" for "(10:30 in The Hague)"): the clock time
 * before it, past a date between the two (as onPlaceClock and convertedFromBefore read it).
 */
function carrierOf(refs: readonly TimeRef[], r: TimeRef): TimeRef | undefined {
  const times = r.article.times;
  const before = times[r.index - 1]?.granularity === 'date' ? times[r.index - 2] : times[r.index - 1];
  return before === undefined ? undefined : refs.find((x) => x.time === before);
}

/**
 * "**10:52** Judge Ana Ruiz, reading from the verdict: …" in a blog that also tells "The reading began at
 * 10:30 sharp" / a radio's "began reading at eleven thirty": an entry's stamp held to a source's time
 * by like words alone (or a slip of the minute), where another time of its own article is held to that
 * very time by what happened at it (an onset, one action, a count), is a later scene of the story, not
 * that moment told wrong: the other time is the counterpart and carries any dispute. Between sources
 * only (a draft's telling of one moment twice is what the check is for). Drops those from `conflicts`.
 */
function heldCloserElsewhere(check: Check, t: TimeRef, conflicts: Match[], zones: readonly string[]): void {
  if (!opensEntry(t) || !conflicts.some((m) => RANK[m.link] <= RANK.words)) return;
  if (check.corpus.get(check.article.path)?.article !== check.article) return;
  const refs = articleTimes(t.article);
  if (!refs || refs[t.index]?.time !== t.time) return;
  const closer = (x: TimeRef, s: TimeRef) => {
    if (x === t || x.time.granularity !== 'clock') return false;
    const d = minutesApart(x.time, s.time, zones);
    if (d === null || Math.abs(d) > SAME_EVENT_MINUTES) return false;
    const link = linkOf(check, x, s, d);
    return link !== null && RANK[link] > RANK.words;
  };
  const kept = conflicts.filter((m) => RANK[m.link] > RANK.words || !refs.some((x) => closer(x, m.ref)));
  conflicts.length = 0;
  conflicts.push(...kept);
}

/** The source times a source time's own check holds against it, as checkClock gathers them (matchesOf, outvotedThere, heldAgainst). */
function heldAsSource(check: Check, u: TimeRef, zones: readonly string[]): Match[] {
  const { agrees, conflicts } = matchesOf(check, u, zones);
  if (agrees.length + conflicts.length > MAX_DISPUTE_SOURCES) return conflicts;
  outvotedThere(check, u, agrees, conflicts, zones);
  if (u.hours !== undefined) otherTimetables(u.hours, conflicts);
  if (agrees.length > 0) conflicts.push(...heldAgainst(check, u, agrees, conflicts, zones));
  return conflicts;
}

/**
 * "3:40 p.m. (1440 GMT)": the time t converts, when no zone is written beside it, one is beside t, and
 * it disagrees with no source (its reading then agrees where t's zone says otherwise): so t, not it,
 * is where the conflict shows. Null otherwise. Read only for a bracketed time already in conflict.
 */
function zoneGuessedBefore(check: Check, t: TimeRef, zones: readonly string[]): TimeRef | null {
  if (!t.time.zoneExplicit) return null;
  const refs = articleTimes(t.article);
  const before = refs?.[t.index - 1]?.time.granularity === 'date' ? refs[t.index - 2] : refs?.[t.index - 1];
  if (!before || before.time.zoneExplicit || before.time.granularity !== 'clock') return null;
  const own: { day?: boolean } = {};
  for (const times of check.corpus.clockCandidates(before, check.article.path)) {
    const best = bestMatch(check, before, times, zones, own);
    if (best && !matchAgrees(check, before, best)) return null;
  }
  return before;
}

/**
 * Days from a's weekday to b's (-3 … 3), when both are written right beside the time ("0140 GMT
 * Thursday", "at 0140 GMT on Wednesday", "Wednesday at 0140 GMT") and both times are the same minute
 * on clocks of one zone; else null.
 */
function weekdayShift(a: TimeRef, b: TimeRef): number | null {
  const x = a.time;
  const y = b.time;
  if (x.localMinutes === undefined || y.localMinutes === undefined || Math.abs(x.localMinutes - y.localMinutes) > SNAPSHOT_MINUTES) return null;
  // Two times with no zone written are both on the story's one local clock (as checkClock reads them).
  const bothLocal = x.zone === null && y.zone === null;
  if (!bothLocal && (x.zone === null || y.zone === null || zoneFamily(x.zone) !== zoneFamily(y.zone))) return null;
  const da = dateBeside(a);
  const db = dateBeside(b);
  if (!da || !db || da.weekday === undefined || db.weekday === undefined || da.weekday === db.weekday) return null;
  // "06:00 on Tuesday 14 October" / "06:00 on Wednesday 14 October": with the day of the month on both
  // sides, the date's own check holds the weekday to the calendar; one error, one finding.
  if (hasDigit(da.text) && hasDigit(db.text)) return null;
  const wa = da.weekday;
  const wb = db.weekday;
  const k = (((wb - wa) % 7) + 7) % 7;
  return k > 3 ? k - 7 : k;
}

/** The date with a weekday written right beside a clock time, or undefined. */
function dateBeside(r: TimeRef): TimeClaim | undefined {
  return dateBesideAt(r.article, r.index, r.time);
}

/** dateBeside of the time at `index` of the article's times. */
function dateBesideAt(article: TimeRef['article'], index: number, time: TimeClaim): TimeClaim | undefined {
  const times = article.times;
  const plain = article.text.plain;
  const next = times[index + 1];
  if (next && next.granularity === 'date' && next.weekday !== undefined && next.sentence === time.sentence &&
    /^[\s,]*(?:on\s+)?$/i.test(plain.slice(time.span.end, next.span.start))) return next;
  const prev = times[index - 1];
  if (prev && prev.granularity === 'date' && prev.weekday !== undefined && prev.sentence === time.sentence &&
    /^[\s,]*(?:at\s+)?$/i.test(plain.slice(prev.span.end, time.span.start))) return prev;
  return undefined;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * Whether the day of a clock time is written in its sentence ("12:01 a.m. Thursday"), not taken from
 * the dateline; with `written`, with its day of the month ("at 00:01 on 25 July").
 */
function dayInSentence(r: TimeRef, written = false): boolean {
  const { month, day } = r.time.date;
  return r.article.times.some((x) => x.granularity === 'date' && x.sentence === r.time.sentence && x.date.month === month && x.date.day === day && (!written || writtenDay(x)));
}

/** Characters read back from a time, within its sentence, for "next" before what recurs. */
const NEXT_REACH = 60;
/** "its next count", "the next bulletin": "next" before a noun (not "next to"). */
const NEXT_THING = /\bnext[ \t]+(?!to\b)[a-z]/i;

/** Whether r's clause, before the time, tells the next of something that recurs ("its next count at 8am"). */
function nextOccurrence(r: TimeRef): boolean {
  const sentence = r.article.text.sentences[r.time.sentence];
  if (!sentence) return false;
  const from = Math.max(sentence.span.start, r.time.span.start - NEXT_REACH);
  return NEXT_THING.test(r.article.text.plain.slice(from, r.time.span.start));
}

/** r's sentence writes out (day of the month too) the day of `other`, which is not r's own clock day. */
function writesOtherDay(r: TimeRef, other: TimeClaim): boolean {
  const { month, day } = other.date;
  if (month === undefined || day === undefined || (r.time.date.month === month && r.time.date.day === day)) return false;
  return r.article.times.some((x) => x.granularity === 'date' && x.sentence === r.time.sentence && x.date.month === month && x.date.day === day && writtenDay(x));
}

/**
 * Days between two times told at the same minute of the wall clock on different days within a week
 * ("takes effect at 12:01 a.m. Thursday" / "… at 12:01 a.m. Friday, April 16"), or null.
 */
function dayShift(a: TimeClaim, b: TimeClaim): number | null {
  if (a.localMinutes === undefined || b.localMinutes === undefined || Math.abs(a.localMinutes - b.localMinutes) > SNAPSHOT_MINUTES) return null;
  if (a.zone !== null && b.zone !== null && zoneFamily(a.zone) !== zoneFamily(b.zone)) return null;
  if (a.date.year !== undefined && b.date.year !== undefined && a.date.year !== b.date.year) return null;
  const year = a.date.year ?? b.date.year;
  const x = dayOf(a, year);
  const y = dayOf(b, year);
  if (x === null || y === null || x === y || Math.abs(y - x) >= DATE_DAYS) return null;
  return y - x;
}

/** Minutes apart at which two exact times told in the very same words disagree. */
const QUARTER_MINUTES = 15;
/** Minutes apart from which two exact readings at five-minute marks off the quarter hours are two moments. */
const FINE_APART = 10;
/** Words of their clauses two such times share, and how alike the clauses are (weighted). */
const QUARTER_WORDS = 4;
const QUARTER_ALIKE = 0.45;

/**
 * "was presented in the Hot Line session at the Cardiology Congress in Lindenhaven at 15:30 CEST" /
 * "… in the Hot Line 2 session at the Cardiology Congress in Lindenhaven at 15:45 CEST": one event told
 * in nearly the same words, each time exact with its zone written, a quarter of an hour apart or more,
 * is the time misreported, not the same moment told loosely.
 */
function quarterApart(check: Check, t: TimeRef, m: Match): boolean {
  if (m.link !== 'words' && m.link !== 'event' && m.link !== 'onset') return false;
  if (t.stamp || m.ref.stamp || Math.abs(m.minutes) < QUARTER_MINUTES) return false;
  // "capsized at about 9:10am" / "overturned at about 9:25 a.m.": the story's onset read off the clock
  // at minutes no one rounds to, told about as closely as that (not "by", "after"), in each
  // article. A quarter of an hour between two such readings is one misreported, whatever words beside.
  if (m.link === 'onset' && offQuarterReading(t.time) && offQuarterReading(m.ref.time)) return true;
  if (t.time.qualifier !== 'exact' || m.ref.time.qualifier !== 'exact') return false;
  // "published the results at 2:45 p.m. (11:45 GMT)" / "results, which were published at 2:30 p.m. EAT
  // (1130 GMT)": one action on one thing, each told with its conversion to another clock in brackets.
  // No one converts an estimate for readers elsewhere: both are readings, and a quarter hour apart one is wrong.
  if (m.link === 'event' && convertedPartner(t) !== null && convertedPartner(m.ref) !== null) return true;
  if (!t.time.zoneExplicit || !m.ref.time.zoneExplicit) return false;
  const v = check.corpus.vocabulary;
  return v.shared(t.near, m.ref.near).count >= QUARTER_WORDS && v.similarity(t.near, m.ref.near) >= QUARTER_ALIKE;
}

/** A point in time told to a minute off the quarter hours, exactly or "about" ("about 9:10am", not "by 9:10" nor "9:15"). */
function offQuarterReading(x: TimeClaim): boolean {
  return (x.qualifier === 'exact' || (x.qualifier === 'about' && !BY_TIME.test(x.text))) && x.localMinutes !== undefined && x.localMinutes % 15 !== 0;
}

/** Minutes apart at which two precise readings of one action disagree. */
const PRECISE_APART = 3;
/** Words two clauses share before precise readings linked by their words alone disagree (a place's name is two). */
const PRECISE_WORDS = 3;

/**
 * "touched down at 12:14 p.m." / "landed at 12:09 p.m.": one action told on both sides to a minute no
 * one rounds to (not a multiple of five) is a reading, not an estimate; minutes apart, they disagree.
 * So is the story's onset ("the fault began at 17.52" / "occurred at 5:42 p.m."), and one moment told
 * in like words with three of them shared and its zone written on both sides, as logged readings are
 * ("picked up its first signal … at 0239 GMT" / "acquired the spacecraft's signal … at 02:29 UTC");
 * not a station's name beside each reading of a table, nor local times told without a zone
 * ("reopened to traffic at 4:31 p.m." / "at 4.49pm" stay within the half hour).
 */
function preciseApart(check: Check, t: TimeRef, m: Match): boolean {
  if (m.link === 'figures' && !t.stamp && !m.ref.stamp) return preciseAgainstRound(t.time, m.ref.time, m.minutes);
  if ((m.link !== 'event' && m.link !== 'onset' && m.link !== 'words') || t.stamp || m.ref.stamp || Math.abs(m.minutes) < PRECISE_APART) return false;
  const precise = (x: TimeClaim) => x.qualifier === 'exact' && x.localMinutes !== undefined && x.localMinutes % 5 !== 0;
  if (!precise(t.time) || !precise(m.ref.time)) return (m.link === 'event' || m.link === 'onset') && preciseAgainstFine(t.time, m.ref.time, m.minutes);
  // Words alone link the two: counted only here, for the few precise pairs that get this far.
  return m.link !== 'words' || (zonePinned(t) && zonePinned(m.ref) && check.corpus.vocabulary.shared(t.near, m.ref.near).count >= PRECISE_WORDS);
}

/**
 * A time on a clock its article writes: its zone beside it, or, with none, its conversion in brackets
 * right after it with a zone written ("restarted at 4:37 p.m. (1437 GMT)"), which ties the local time
 * to that clock as firmly as a zone would; or the clock the article keeps for all its zone-less times
 * ("All times AEDT" under a live blog's headline, or the one zone family it writes anywhere), which
 * is the article's own statement of its clock, not a zone the engine guessed.
 */
function zonePinned(r: TimeRef): boolean {
  if (r.time.zoneExplicit) return true;
  const partner = convertedPartner(r);
  if (partner !== null && partner.span.start > r.time.span.start && partner.zoneExplicit === true) return true;
  // "All times AEDT" under a live blog's headline: the article names the clock of its every zone-less time.
  return r.time.zoneOfStory === true;
}

/** Minutes a reading to the minute may be moved by when told round (to the nearest half hour at most). */
const ROUND_MINUTES = 15;

/**
 * "a fault at the substation at 2:47 p.m. cut about 190,000 customers" / "a fault … at 3:15 p.m. has cut
 * around 190,000 customers": one moment, tied by the same count beside both, told exactly on both sides
 * and on one side to a minute no one rounds to (not a multiple of five), further apart than rounding to
 * the half hour goes, is one reading told wrong on one side, though within the half hour loose tellings share.
 */
function preciseAgainstRound(a: TimeClaim, b: TimeClaim, minutes: number): boolean {
  if (a.qualifier !== 'exact' || b.qualifier !== 'exact' || a.localMinutes === undefined || b.localMinutes === undefined) return false;
  return (a.localMinutes % 5 !== 0 || b.localMinutes % 5 !== 0) && Math.abs(minutes) > ROUND_MINUTES;
}

/** "shortly after", "just before", "soon after": loose on one side of the time only. */
const ONE_SIDED = /^(?:shortly|just|soon)\s/i;

/**
 * "bitten at about 9.25am" / "bitten at 9:15 a.m.": a time told "about" at a five-minute mark off the
 * quarter hours is rounded to five minutes (a writer who only knows the quarter hour says "about
 * 9:15" or "about half past nine"), so it reaches no further than FINE_APART less a minute; one action told
 * as a point (exact, or "about") FINE_APART or more from it is another reading of the moment, and a
 * wrong one on one side. Not "by 9.25am", nor a blog's stamp, nor a time on UTC or GMT; linked by the
 * action, the onset or words.
 */
function aboutFineApart(t: TimeRef, m: Match): boolean {
  if ((m.link !== 'event' && m.link !== 'onset' && m.link !== 'words') || t.stamp || m.ref.stamp || Math.abs(m.minutes) < FINE_APART) return false;
  // "shortly before 1am", "just after 9.10am": a bound on one side; "about 1am", "around half past": told
  // to the half hour, reaching as far as the half hour; neither is a point rounded to five minutes.
  const point = (x: TimeClaim) => x.qualifier === 'exact' ||
    (x.qualifier === 'about' && !BY_TIME.test(x.text) && !ONE_SIDED.test(x.text) && x.localMinutes !== undefined && x.localMinutes % 30 !== 0);
  const fineAbout = (x: TimeClaim) => x.qualifier === 'about' && !BY_TIME.test(x.text) && x.localMinutes !== undefined && x.localMinutes % 5 === 0 && x.localMinutes % 15 !== 0;
  // A time on the world clock ("01:15 UTC", a table's UTC column) is the writer's conversion of the
  // local reading: the local one carries the claim.
  const worldClock = (x: TimeClaim) => x.zone === 'UTC' || x.zone === 'GMT';
  if (worldClock(t.time) || worldClock(m.ref.time)) return false;
  return point(t.time) && point(m.ref.time) && (fineAbout(t.time) || fineAbout(m.ref.time));
}

/**
 * "hoisted the amber signal at 5:40 a.m., upgraded it to red at 6:25 a.m. and issued the black signal at
 * 7:15 a.m." / a log's "06:25 Red" and "07:10 Black": one action told exactly on both sides, minutes
 * apart, where one side's sentence tells another moment of the sequence at a minute off the quarter hours
 * that the other article tells to the minute as well. The two read one sequence off the clock to the
 * minute, so the five minutes between are no rounding (a writer who rounds does not round one step of a
 * list and keep the next exact): one side is wrong. Not a blog's stamp; linked by the action, the onset
 * or words; a conversion of the time itself (its UTC in brackets) is no other moment.
 */
function sequenceApart(check: Check, t: TimeRef, m: Match): boolean {
  if ((m.link !== 'event' && m.link !== 'onset' && m.link !== 'words') || t.stamp || m.ref.stamp || Math.abs(m.minutes) < PRECISE_APART) return false;
  if (t.time.qualifier !== 'exact' || m.ref.time.qualifier !== 'exact') return false;
  const zones = check.corpus.localZoneLabels();
  return sharedStep(check, t, m.ref, zones) || sharedStep(check, m.ref, t, zones);
}

/** Another exact moment of `x`'s sentence, off the quarter hours, that `other`'s article tells to the minute too. */
function sharedStep(check: Check, x: TimeRef, other: TimeRef, zones: readonly string[]): boolean {
  for (const y of x.article.times) {
    if (y === x.time || y.sentence !== x.time.sentence || y.granularity !== 'clock' || y.qualifier !== 'exact' || y.localMinutes === undefined) continue;
    if (y.localMinutes % 15 === 0) continue;
    // The time itself told again on another clock, or the other side's minute: not another step.
    if (minutesApart(y, x.time, zones) === 0 || minutesApart(y, other.time, zones) === 0) continue;
    if (minuteTold(check, other.article, y.localMinutes)) return true;
  }
  return false;
}

/**
 * "reopened at 4:50 a.m. local time (0250 GMT)" / "resumed at 04:40 EET": one action told exactly on
 * both sides at five-minute marks off the quarter hours, one at least on a clock its article writes.
 * A writer who rounds says "a quarter to five" or "about 5 a.m."; "4:50" and "4:40" are two readings,
 * FINE_APART or more apart, so one is wrong. Not a blog's stamp, nor a time on UTC or GMT; linked by the action,
 * the onset or words.
 */
function fineMarksApart(t: TimeRef, m: Match): boolean {
  if ((m.link !== 'event' && m.link !== 'onset' && m.link !== 'words') || t.stamp || m.ref.stamp || Math.abs(m.minutes) < FINE_APART) return false;
  // A time on the world clock ("0250 GMT", a table's UTC column) is the writer's conversion of the
  // local reading ("cleared by 8:10 p.m. (1810 GMT)"): the local one, with its qualifier, carries the claim.
  const mark = (r: TimeRef) => r.time.qualifier === 'exact' && r.time.zone !== 'UTC' && r.time.zone !== 'GMT' &&
    r.time.localMinutes !== undefined && r.time.localMinutes % 5 === 0 && r.time.localMinutes % 15 !== 0;
  return mark(t) && mark(m.ref) && (zonePinned(t) || zonePinned(m.ref));
}

/** Minutes a reading to the minute may be rounded by (to the nearest five, or ten). */
const ROUNDING_MINUTES = 5;

/**
 * "The first car through, at 15:02" / "the first private car … rolled through the gate at 15:10": one
 * action told to the minute on one side and, on the other, at an exact time off the quarter hours (a
 * writer who rounds says "just after three" or "at 3pm", not "at 15:10") further from it than rounding
 * to five minutes goes, is another reading of the moment, and a wrong one on one side.
 */
function preciseAgainstFine(a: TimeClaim, b: TimeClaim, minutes: number): boolean {
  if (a.qualifier !== 'exact' || b.qualifier !== 'exact' || a.localMinutes === undefined || b.localMinutes === undefined) return false;
  const precise = (x: number) => x % 5 !== 0;
  const fine = (x: number) => x % 15 !== 0;
  const pair = (precise(a.localMinutes) && fine(b.localMinutes)) || (fine(a.localMinutes) && precise(b.localMinutes));
  return pair && Math.abs(minutes) > ROUNDING_MINUTES;
}

/**
 * "under control at 5.24am" / "under control at 05:42": one moment whose minute digits are swapped is
 * the time misreported, though the two lie within the half hour that loose tellings share. Both told
 * as exact points, in the same hour on one clock; not a blog's stamp.
 */
function swappedMinutes(t: TimeRef, m: Match): boolean {
  if (m.link === 'snapshot' || t.stamp || m.ref.stamp || t.time.qualifier !== 'exact' || m.ref.time.qualifier !== 'exact') return false;
  // The source's time read on this time's clock: m.minutes is the source's less this one's.
  return digitsSwapped(t.time.localMinutes, m.minutes);
}

/** Minutes after an entry stamp at which what the entry reports as done cannot have happened. */
const AFTER_STAMP_MINUTES = 15;

/**
 * A live blog that posts at 11:52 that the verdict was just read out cannot be right if it was read
 * out at 12:20: a time well after the stamp of an entry telling the same action disagrees with it.
 */
function afterStamp(t: TimeRef, m: Match): boolean {
  if (m.link !== 'event') return false;
  return (t.stamp && m.minutes >= AFTER_STAMP_MINUTES) || (m.ref.stamp && m.minutes <= -AFTER_STAMP_MINUTES);
}

/** Minutes past a "before 2am" bound (or short of an "after 2am" one) at which a time breaks it. */
const BOUND_MINUTES = 15;
const BEFORE_BOUND = /^(?:(?:shortly|just|right|soon)\s+)?before\b/i;
const AFTER_BOUND = /^(?:(?:shortly|just|right|soon)\s+)?after\b/i;

/**
 * "shortly after 2.10pm" is a few minutes past it: a time told as a point this much later is
 * another moment ("shortly before" likewise, this much earlier).
 */
const SHORTLY_MINUTES = 20;
/** "shortly before 6am": a writer rounding to the hour takes in more of it ("5:40" is shortly before six). */
const SHORTLY_HOUR_MINUTES = 30;
/** How far from a "shortly before/after" bound a point may lie: further for a bound on the hour. */
function shortlyMinutes(bound: TimeRef): number {
  const local = bound.time.localMinutes;
  return local !== undefined && local % 60 === 0 ? SHORTLY_HOUR_MINUTES : SHORTLY_MINUTES;
}
const SHORTLY_AFTER = /^(?:shortly|just|soon|right|moments|minutes)\s+after\b/i;
const SHORTLY_BEFORE = /^(?:shortly|just|soon|right|moments|minutes)\s+before\b/i;

/**
 * "shortly before 2am" and "at 2:20am" are not one moment told loosely: the first says it was not
 * yet 2am. A time told as a point (exact or about) that lies well on the wrong side of the other's
 * "before"/"after" breaks it, though the two are within the half hour that loose tellings share.
 */
function pastBound(t: TimeRef, m: Match): boolean {
  const point = (r: TimeRef) => !r.stamp && (r.time.qualifier === 'exact' || r.time.qualifier === 'about');
  const breaks = (bound: TimeRef, other: TimeRef, after: number) => point(other) &&
    ((BEFORE_BOUND.test(bound.time.text) && after >= BOUND_MINUTES) || (AFTER_BOUND.test(bound.time.text) && after <= -BOUND_MINUTES) ||
      (SHORTLY_AFTER.test(bound.time.text) && after >= shortlyMinutes(bound)) || (SHORTLY_BEFORE.test(bound.time.text) && after <= -shortlyMinutes(bound)));
  // m.minutes: the source's time less this one's.
  return breaks(t, m.ref, m.minutes) || breaks(m.ref, t, -m.minutes);
}

/** A time told as the end of what went on until it ("until 10:25 p.m.", "till 4"). */
const UNTIL_WORD = /^(?:until|till|til)\b/i;

/** A time told as when a state began ("since 10:05"). */
const SINCE_WORD = /^since\b/i;
/** "from" right before a time: when what it tells began ("ran through from 10:50 a.m."). */
const FROM_BEFORE = /\bfrom[ \t\u00a0]+$/i;
/** Characters read before a time for FROM_BEFORE. */
const FROM_REACH = 8;

/** Whether a time is told as when a state began: "since 10:05", "from 10:50 a.m.". */
function toldAsStart(r: TimeRef): boolean {
  if (SINCE_WORD.test(r.time.text)) return true;
  const plain = r.article.text.plain;
  const at = r.time.span.start;
  return FROM_BEFORE.test(plain.slice(Math.max(0, at - FROM_REACH), at));
}

/**
 * "past 1:30" and "until around 2" can both be true; so can "by 11" and "at 10:30". A live blog's
 * entry stamp is when the entry was posted: what it tells happened by then ("1.25pm⏎… the first
 * team reached Haflong by 9.40").
 */
function allowed(ra: TimeRef, rb: TimeRef, minutes: number): boolean {
  // "ran until 10:25 p.m." / "lasted until 11:25 p.m.": both tell when one thing ended, the same point.
  if (!ra.stamp && !rb.stamp && UNTIL_WORD.test(ra.time.text) && UNTIL_WORD.test(rb.time.text)) return false;
  // "trains have been running through since 10:05" / "resumed running through from 10:50 a.m.": both
  // tell when one state began, the same point ("since" bounds nothing then).
  if (!ra.stamp && !rb.stamp && (SINCE_WORD.test(ra.time.text) || SINCE_WORD.test(rb.time.text)) && toldAsStart(ra) && toldAsStart(rb)) return false;
  // "**09:30** The airline has rebooked about 900 passengers" / "had rebooked about 900 by midday": the
  // entry that its time opens says it was done then, the other only that it was done by its hour, which
  // an earlier time meets. minutes = b - a.
  if ((opensEntry(ra) && toldBy(rb) && minutes >= 0) || (opensEntry(rb) && toldBy(ra) && minutes <= 0)) return true;
  const qualifier = (r: TimeRef) => (r.stamp && r.time.qualifier === 'exact' ? 'until' : r.time.qualifier);
  const a = qualifier(ra);
  const b = qualifier(rb);
  // minutes = b - a
  if (a === 'past' && minutes >= 0) return true;
  if (a === 'until' && minutes <= 0) return true;
  if (b === 'past' && minutes <= 0) return true;
  if (b === 'until' && minutes >= 0) return true;
  return false;
}

/** A time told as when something was done by ("by midday", "by 9:40"). */
function toldBy(r: TimeRef): boolean {
  return !r.stamp && r.time.qualifier === 'about' && BY_TIME.test(r.time.text);
}

/** Days since 1970 of the claim's date; a date without a year borrows `year` (the other side's). */
function dayOf(t: TimeClaim, year?: number): number | null {
  const { month, day } = t.date;
  if (month === undefined || day === undefined) return null;
  return dayNumber({ year: t.date.year ?? year ?? 2000, month, day });
}

/** Whether a day written with its weekday and year has the weekday the calendar gives it. */
function calendarWeekday(t: TimeClaim): boolean {
  return isFull(t.date) && t.weekday !== undefined && weekdayOf(t.date) === t.weekday;
}

/**
 * Whether a day written with its weekday has the weekday the calendar gives it, in its own year, else
 * `year` (the other side's), else the year the sources date their story in.
 */
function onStoryCalendar(check: Check, t: TimeClaim, year: number | undefined): boolean {
  const { month, day } = t.date;
  if (t.weekday === undefined || month === undefined || day === undefined) return false;
  const y = t.date.year ?? year ?? check.storyYear();
  return y !== null && y !== undefined && weekdayOf({ year: y, month, day }) === t.weekday;
}

function checkDate(check: Check, t: TimeRef): void {
  // A day not written out ("reopen on Thursday") is compared by the action told with it (plannedDays.ts).
  // A draft's year told alone ("built in 1986") is held to the year the sources give the same thing (years.ts).
  if (!writtenDay(t.time)) { if (!checkYear(check, t) && !checkSinceYear(check, t) && !checkUntoldMonth(check, t)) checkPlannedDay(check, t); return; }
  // "since February 2024": a month and year, no day (its year's digits read as a written day), a record's start.
  if (t.time.date.day === undefined && checkSinceYear(check, t)) return;
  if (dayOf(t.time) === null) return;
  const { agrees, conflicts } = dateMatches(check, t);
  // "21 April" in a source whose words reach only another source at that day, which holds a third
  // source's "twenty-fourth of April": one step, as for clock times (heldAgainst).
  if (!check.isDraft) conflicts.push(...dayHeldThroughAgreeing(check, t, agrees, conflicts));
  let held = conflicts;
  if (conflicts.length === 0 && agrees.length === 0) held = yearSlipped(check, t);
  check.view('time', t.time.span, describeTime(t.time), [
    ...agrees.map((s) => compare(s, 'agrees')), ...held.map((s) => compare(s, 'conflicts')),
  ]);
  // "will stay closed until 26 January": a deadline no source dates anything to.
  if (held.length === 0 && agrees.length === 0) checkUntoldDeadline(check, t);
  if (held.length === 0) return;
  if (check.isDraft && agrees.length > 0) {
    // A draft on the many's side of the sources' own dispute is held to the one source against them.
    const odd = outnumbered(check, t, held);
    if (odd.length > 0) report(check, t, odd, 'date');
    return;
  }
  report(check, t, held, 'date');
}

/** Whether two claims write the same day (read in one year where either lacks it). */
function sameDayAs(a: TimeClaim, b: TimeClaim): boolean {
  const year = a.date.year ?? b.date.year;
  const x = dayOf(a, year);
  return x !== null && x === dayOf(b, year);
}

/**
 * "from 21 April 2026" in a source whose words reach only another source's "April 21, 2026", whose
 * own check holds a third source's "the twenty-fourth of April": the third source disagrees with this
 * one too, though their words share too little to link them (heldThroughAgreeing). One step only, from an exact day written
 * out that agrees with this one; never against a source this day agrees with or is already held to,
 * nor one at this very day, nor one whose sentence (or this one's) writes the other's day as well.
 */
function dayHeldThroughAgreeing(check: Check, t: TimeRef, agrees: readonly TimeRef[], conflicts: readonly TimeRef[]): TimeRef[] {
  if (t.time.qualifier !== 'exact') return [];
  const alsoHere = otherDatesOfSentence(t);
  return heldThroughAgreeing(agrees.filter((a) => a.time.qualifier === 'exact' && writtenDay(a.time)),
    [t.article.path, ...agrees.map((a) => a.article.path), ...conflicts.map((c) => c.article.path)], (a) => dateMatches(check, a).conflicts,
    (x) => writtenDay(x.time) && !sameDayAs(x.time, t.time) && !alsoHere.some((d) => sameDayAs(d, x.time)) &&
      !otherDatesOfSentence(x).some((d) => sameDayAs(d, t.time)) && !toldBothDays(check, t, x));
}

/**
 * A draft's day that some sources agree with and others contradict is held only against a source
 * alone on its day where two sources or more write the draft's day: the draft is on the many's side
 * of a dispute among the sources ("from 21 April" in four sources, "the twenty-fourth of April" in one).
 */
function outnumbered(check: Check, t: TimeRef, conflicts: readonly TimeRef[]): TimeRef[] {
  const writing = (day: TimeClaim): number => {
    let n = 0;
    for (const times of check.corpus.dateCandidates(t, Math.max(DATE_DAYS, SLIP_DAYS), check.article.path)) {
      if (times.some((s) => s.time.granularity === 'date' && writtenDay(s.time) && sameDayAs(s.time, day))) n++;
    }
    return n;
  };
  const odd = conflicts.filter((c) => writtenDay(c.time) && !sameDayAs(c.time, t.time) && writing(c.time) === 1);
  return odd.length > 0 && writing(t.time) >= OUTVOTING_SOURCES ? odd : [];
}

/**
 * The source days t's check holds t to: the best of each source, as agreeing (the same day) or in
 * conflict (another day of the same event), for t a day written out.
 */
function dateMatches(check: Check, t: TimeRef): { agrees: TimeRef[]; conflicts: TimeRef[] } {
  // Days worked out from a weekday or "tonight" depend on each article's own date, and bounds
  // ("before March 12") are not days: only days written out on both sides are compared.
  // "Monday, 22 August" against a source whose "Monday" its dateline puts on 23 August: the same
  // weekday less than a week apart is one day, so the day written beside it is wrong.
  const sameLabel = (x: TimeClaim) => t.time.weekday !== undefined && x.weekday === t.time.weekday && x.qualifier === 'exact' && isFull(x.date);
  const comparable = (x: TimeClaim) => (writtenDay(x) || sameLabel(x)) && (x.qualifier === t.time.qualifier || x.qualifier === 'exact' || t.time.qualifier === 'exact') &&
    !(x.qualifier !== t.time.qualifier && (x.qualifier === 'past' || t.time.qualifier === 'past'));
  // "… above the 3 May close, but the stock has risen since the talks began on 6 May": a sentence
  // that writes the other side's day too tells of two days, and the other one is not in dispute.
  const alsoHere = otherDatesOfSentence(t);
  let agrees: TimeRef[] = [];
  let conflicts: TimeRef[] = [];
  /** Sources whose conflict is the draft's day written with the calendar's weekday (byCalendar). */
  let calendarDays = 0;
  // Only source dates that can fall within the window below, source by source.
  for (const times of check.corpus.dateCandidates(t, Math.max(DATE_DAYS, SLIP_DAYS), t.article.path)) {
    let agree: TimeRef | null = null;
    let conflict: TimeRef | null = null;
    let calendarDay = false;
    /** The conflict is a source's weekday told alone on this day by the calendar (weekdayOfSameDay). */
    let bareWeekday = false;
    for (const s of times) {
      // "Friday, 11 February" where a source's "on Thursday", by its own date, is 11 February in like words.
      if (weekdayOfSameDay(check, t, s)) { if (!conflict) conflict = s; bareWeekday = true; continue; }
      if (s.time.granularity !== 'date' || !comparable(s.time)) continue;
      if (t.time.date.year !== undefined && s.time.date.year !== undefined && t.time.date.year !== s.time.date.year) continue;
      const year = t.time.date.year ?? s.time.date.year;
      const mine = dayOf(t.time, year);
      const theirs = dayOf(s.time, year);
      if (mine === null || theirs === null) continue;
      if (alsoHere.some((x) => dayOf(x, year) === theirs)) continue;
      // "from Monday, 30 October 2023 (interim letters; parts at dealers from 6 November 2023)": the
      // source's sentence writes this day too, so it tells this day's event beside another.
      if (otherDatesOfSentence(s).some((x) => dayOf(x, year) === mine)) continue;
      const apart = Math.abs(theirs - mine);
      if (!writtenDay(s.time) && apart >= DATE_DAYS) continue;
      // The same day of the week written on both sides ("Monday, March 11" / "Monday, Mar. 10"),
      // or the same thing said around it, makes it the same event; said in the very same words
      // ("in a filing dated Mar. 17" / "a March 27 filing"), a slip of more than a week too.
      const v = check.corpus.vocabulary;
      // Two days a whole week apart share their weekday by the calendar: one already past on the
      // source's own date and one still to come ("restrictions placed on Saturday 7 November" / "takes
      // effect on Saturday, Nov 14" in a story of 10 November) are two events, not one misdated.
      // Nor is the weekday shared by two days a week apart a sign of one event where either article
      // writes both days out: its writer tells the two Wednesdays apart (a timeline's "Wednesday 8
      // April: committee votes" above "Wednesday 15 April: march").
      const sameWeekday = t.time.weekday !== undefined && t.time.weekday === s.time.weekday &&
        !(apart > 0 && apart % 7 === 0 && (eitherSideOfStory(s, mine, theirs, year) || writesOtherWeek(check, t, s)));
      const sameWords = v.shared(t.near, s.near).count >= 3 && v.similarity(t.near, s.near) >= SAME_DATE_WORDS;
      // "end by Sept. 30, 2027" / "ends no later than June 30 of next year": the same day of another
      // month of the year, in the very same words, is the month misreported, however far apart.
      const otherMonth = t.time.date.day === s.time.date.day && t.time.date.month !== s.time.date.month;
      if (apart > DATE_DAYS && !(sameWords && (apart <= SLIP_DAYS || otherMonth))) continue;
      // Within a week, three rare words shared around both days ("excessive heat warning … through
      // Thursday, June 8" / "… until Tuesday, June 6") tell of one event, as they do for clock times.
      const sharedWords = v.shared(t.near, s.near).count >= 3 && v.similarity(t.near, s.near) >= SAME_EVENT_SHARED;
      // "Monday 3 May" / "Sunday 3 May": the same day told with another weekday written beside it is a day misreported.
      const otherWeekday = t.time.weekday !== undefined && s.time.weekday !== undefined && t.time.weekday !== s.time.weekday;
      // "peak demand … on Saturday 10 July" / "peak use per person … on Friday 9 July": two days each
      // written with the weekday the calendar gives it are two days both told right; a sentence's
      // words alike around them (a fact box's "Peak …" lines) do not make them one event misdated.
      const bothOnCalendar = otherWeekday && apart > 0 && calendarWeekday(t.time) && calendarWeekday(s.time);
      // "fell to minus 48C on Tuesday, March 10, the State Weather Bureau said" / "The State Weather
      // Bureau warns of a cold wave from Saturday, March 14": two days each on the calendar's weekday,
      // whose words share only an organisation's name, are two things that party told, not one misdated.
      const nameOnly = otherWeekday && apart > 0 && (sameWords || sharedWords) && onStoryCalendar(check, t.time, year) && onStoryCalendar(check, s.time, year) && onlyNameShared(t, s);
      // "Friday 13 March: The government repeats its offer … and does not set a date for new talks" in a
      // union's timeline that goes on to "Friday 20 March, 10:00: Negotiating session" / "A new round of
      // talks is set for Friday 20 March": two days a whole week apart on one written weekday, in
      // sentences alike only as a whole (no like words around the days), are no sign of one event
      // where either article writes both days out: its writer tells the two Fridays apart.
      const bySentence = !bothOnCalendar && v.similarity(t.context, s.context) >= SENTENCE_EVENT &&
        !(apart > 0 && apart % 7 === 0 && t.time.weekday !== undefined && t.time.weekday === s.time.weekday && writesOtherWeek(check, t, s));
      const sameEvent = sameWeekday || ((sameWords || sharedWords) && !nameOnly) || bySentence;
      // A day has one weekday: "Thursday 25 July" against a source's "Friday 25 July", the calendar's
      // weekday of that day in the source's year, is the weekday misreported, whatever the event.
      const byCalendar = apart === 0 && otherWeekday && writtenDay(s.time) && calendarWeekday(s.time);
      if (!sameEvent && !byCalendar) continue;
      // "announced on Monday, 2nd March … rise from ₦945 to ₦1,210" / "3rd March 2026: ₦945 to ₦1,210":
      // where each article writes the other's day as well, both tell both days (an announcement and
      // the day it took effect), and neither day is in dispute, only which event each is told with.
      if (apart > 0 && !byCalendar && toldBothDays(check, t, s)) continue;
      // "15 November (Sunday): October final figures compiled" / "Final November figures will be
      // compiled on 15 December": each clause names a month the thing is of, and the months differ: the
      // figures of two months, each compiled on its own day, not one day in dispute.
      if (apart > 0 && !byCalendar && otherMonthsNamed(t, s)) continue;
      if (apart === 0 && !otherWeekday) agree = s;
      else if (!conflict || (byCalendar && !calendarDay)) { conflict = s; calendarDay = byCalendar; }
    }
    // "Wednesday 11 March" where a source writes "11 March" and "Thursday 11 March": the day told
    // bare says nothing of the weekday the calendar contradicts.
    if (agree && (calendarDay || bareWeekday) && agree.time.weekday === undefined) agree = null;
    if (agree) agrees.push(agree);
    else if (conflict) { conflicts.push(conflict); if (calendarDay) calendarDays++; }
  }
  // Where a source writes the draft's day with the calendar's weekday, the weekday is what is wrong:
  // a bare weekday elsewhere ("a cold front on Thursday") is another event's day, not this one's,
  // and the day told bare in another source ("on 11 March") no support for the weekday.
  if (calendarDays > 0) {
    conflicts = conflicts.filter((s) => writtenDay(s.time));
    if (t.time.weekday !== undefined) agrees = agrees.filter((s) => s.time.weekday !== undefined);
  }
  return { agrees, conflicts };
}

/** A month's full name, capitalised as a name is. */
const MONTH_NAME = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
const MONTH_NUMBERS: Readonly<Record<string, number>> = { January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7,
  August: 8, September: 9, October: 10, November: 11, December: 12 };

/** The months r's sentence names other than its own date's (and other than in any date the sentence writes out). */
function monthsOfThing(r: TimeRef): Set<number> {
  const out = new Set<number>();
  const sentence = r.article.text.sentences[r.time.sentence];
  if (!sentence) return out;
  const own = new Set<number>();
  for (const x of r.article.times) if (x.sentence === r.time.sentence && x.date.month !== undefined && x.date.day !== undefined) own.add(x.date.month);
  const text = r.article.text.plain.slice(sentence.span.start, sentence.span.end);
  MONTH_NAME.lastIndex = 0;
  for (let m = MONTH_NAME.exec(text); m; m = MONTH_NAME.exec(text)) {
    const n = MONTH_NUMBERS[m[0]];
    if (n !== undefined && !own.has(n)) out.add(n);
  }
  return out;
}

/** Whether both sentences name a month of what they tell ("October final figures" / "final November figures"), none the same. */
function otherMonthsNamed(t: TimeRef, s: TimeRef): boolean {
  const a = monthsOfThing(t);
  if (a.size === 0) return false;
  const b = monthsOfThing(s);
  return b.size > 0 && ![...a].some((m) => b.has(m));
}

/** Days either side of a day written out within which a source's own date lets its weekday name that day. */
const WEEKDAY_REACH = 7;

/**
 * "agreed early on Friday, 11 February" where 11 February is a Thursday in the story's year, and a
 * source says the deal came "early on Thursday": a day has one weekday, so the weekday written beside
 * the day is wrong by the calendar. The year is the date's own, else the one the sources date their
 * story in (never the clock's). The source's weekday must be the calendar's for that day, told alone
 * of one event (not a lasting state, a sentence of two weekdays or a day counted from another), in an
 * article dated within a week of the day (or read to that very day), and in like words.
 */
function weekdayOfSameDay(check: Check, t: TimeRef, s: TimeRef): boolean {
  const mine = t.time;
  if (mine.weekday === undefined || !writtenDay(mine) || mine.qualifier !== 'exact' || mine.date.month === undefined || mine.date.day === undefined) return false;
  if (!weekdayAlone(s) || s.time.weekday === mine.weekday) return false;
  const year = mine.date.year ?? check.storyYear();
  if (year === null) return false;
  const day = { year, month: mine.date.month, day: mine.date.day };
  const calendar = weekdayOf(day);
  if (calendar === mine.weekday || s.time.weekday !== calendar) return false;
  const theirs = s.time.date;
  const told = s.article.dateline;
  if (isFull(theirs)) { if (dayNumber(theirs) !== dayNumber(day)) return false; }
  else if (told?.month !== undefined && told.day !== undefined) { if (Math.abs(dayNumber({ year, month: told.month, day: told.day }) - dayNumber(day)) > WEEKDAY_REACH) return false; }
  else return false;
  if (lasting(s) || twoWeekdays(s) || relativeDay(s)) return false;
  const v = check.corpus.vocabulary;
  if (v.shared(t.near, s.near).count >= 3 && v.similarity(t.near, s.near) >= SAME_EVENT_SHARED) return true;
  // "… in four decades on Thursday, March 18, by 27 votes to 19": a day hemmed in by other claims has
  // no words of its own near it; its sentence's words then decide, at the likeness that makes two
  // sentences' days one event in dateMatches.
  return t.near.size === 0 && v.shared(t.context, s.context).count >= 3 && v.similarity(t.context, s.context) >= SENTENCE_EVENT;
}

/** The likeness of two sentences' words that makes their days one event, where a day has no words of its own near it. */
const SENTENCE_EVENT = 0.35;

/**
 * Whether s's article writes t's day out and t's article s's (month and day). Asked of the article
 * under review, the question is recorded with the claim's result (Check.read): an edit anywhere in
 * the article can change the answer.
 */
function toldBothDays(check: Check, t: TimeRef, s: TimeRef): boolean {
  const mine = monthDay(t.time.date);
  const theirs = monthDay(s.time.date);
  if (mine === null || theirs === null || !writesDay(s.article, mine)) return false;
  const answer = writesDay(t.article, theirs);
  if (t.article === check.article) check.read({ cls: DAY_READ, value: theirs, answer });
  return answer;
}

/**
 * Whether either article writes out the other's day as well as its own (month and day): asked where
 * the two days share a weekday a whole week apart, or where only their sentences are alike. Asked of the article under review, the question
 * is recorded with the claim's result (Check.read), as in toldBothDays.
 */
function writesOtherWeek(check: Check, t: TimeRef, s: TimeRef): boolean {
  const mine = monthDay(t.time.date);
  const theirs = monthDay(s.time.date);
  if (mine === null || theirs === null) return false;
  if (writesDay(s.article, mine)) return true;
  const answer = writesDay(t.article, theirs);
  if (t.article === check.article) check.read({ cls: DAY_READ, value: theirs, answer });
  return answer;
}

/**
 * "when the plant shuts on 31 March 2028" / "when the plant shuts on March 31, 2027": a draft's day
 * written with its year, that no source gives, where sources give the same day and month in a year one
 * slip away (a digit changed or two swapped) in the very same words, is the year misreported. Only
 * when every such source gives that one year, and no source writes the draft's year at all.
 */
function yearSlipped(check: Check, t: TimeRef): TimeRef[] {
  const { year, month, day } = t.time.date;
  if (!check.isDraft || year === undefined || month === undefined || day === undefined || !hasYear(t.time.text, year)) return [];
  if (someSourceWrites(check, String(year))) return [];
  const v = check.corpus.vocabulary;
  const out: TimeRef[] = [];
  // "It expires on 20 April 2031" / "will expire on April 20, 2030", "ends on 20 April 2030", … : the
  // same day and month in one slipped year told by YEAR_SLIP_SOURCES sources or more, one of them
  // beside a word of the draft's, is that date's year misreported in whatever words the others use.
  const loose: TimeRef[] = [];
  let beside = false;
  for (const times of check.corpus.yearCandidates(slipsOf(year), check.article.path)) {
    const same = (x: TimeRef) => x.time.granularity === 'date' && writtenDay(x.time) && x.time.date.month === month && x.time.date.day === day &&
      x.time.date.year !== undefined && yearSlip(year, x.time.date.year) && hasYear(x.time.text, x.time.date.year);
    const s = times.find((x) => same(x) && v.shared(t.near, x.near).count >= 3 && v.similarity(t.near, x.near) >= SAME_DATE_WORDS);
    if (s) out.push(s);
    const l = times.find(same);
    if (l && !loose.some((x) => x.article.path === l.article.path)) {
      loose.push(l);
      beside ||= times.some((x) => same(x) && v.shared(t.near, x.near).count >= 1);
    }
  }
  const oneYear = (list: TimeRef[]) => list.every((s) => s.time.date.year === list[0]?.time.date.year);
  if (out.length > 0) return oneYear(out) ? out : [];
  return beside && loose.length >= YEAR_SLIP_SOURCES && oneYear(loose) ? loose : [];
}
/** Sources that must tell the draft's day and month in one slipped year for any words around them to do. */
const YEAR_SLIP_SOURCES = 3;

/**
 * One day before the source's own date and the other after it. The source's date, not the checked
 * article's: a draft's dateline stands outside the sentence an edit re-checks a claim by.
 */
function eitherSideOfStory(s: TimeRef, a: number, b: number, year: number | undefined): boolean {
  const d = s.article.dateline;
  if (!d || d.month === undefined || d.day === undefined) return false;
  const now = dayNumber({ year: d.year ?? year ?? 2000, month: d.month, day: d.day });
  return (a < now && b > now) || (a > now && b < now);
}

/**
 * The other days written out in t's sentence: its neighbours in the article's own list of times (in
 * text order), not a scan of every time. Read from the article, not the check's claims: a keystroke's
 * check holds only the claims its edit changed.
 */
function otherDatesOfSentence(t: TimeRef): TimeClaim[] {
  const times = t.article.times;
  const out: TimeClaim[] = [];
  if (times[t.index] !== t.time) return out;
  const own = (x: TimeClaim | undefined) => x !== undefined && x.sentence === t.time.sentence;
  const keep = (x: TimeClaim) => { if (x.granularity === 'date' && writtenDay(x)) out.push(x); };
  for (let i = t.index - 1; own(times[i]); i--) keep(times[i]);
  for (let i = t.index + 1; own(times[i]); i++) keep(times[i]);
  return out;
}

function report(check: Check, t: TimeRef, refs: TimeRef[], what: 'time' | 'date'): void {
  const ev: Evidence[] = refs.map((s) => evidence(s.article, s.time.span));
  check.add('time-conflict', 'warning', t.time.span, `${what} conflicts with ${against(ev)}`, ev);
}

function compare(s: TimeRef, relation: ClaimComparison['relation']): ClaimComparison {
  return { label: s.article.label, path: s.article.path, relation, span: s.time.span, text: s.time.text, value: describeTime(s.time) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "14:00 UTC", "10:00 (no zone)", "2025-03-10". */
export function describeTime(t: TimeClaim): string {
  const { year, month, day } = t.date;
  const date = month !== undefined
    ? `${year ?? '????'}-${pad(month)}` + (day !== undefined ? `-${pad(day)}` : '')
    : year !== undefined ? String(year) : '';
  if (t.granularity === 'date') return date;
  const at = t.utcMinutes ?? t.localMinutes;
  if (at === undefined) return t.text;
  const clock = clockText(at);
  return t.utcMinutes !== undefined ? `${clock} UTC` : `${clock} (no zone)`;
}
