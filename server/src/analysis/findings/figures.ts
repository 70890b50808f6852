// Figure findings. A figure is compared only with figures of the same kind of quantity; at the same
// moment it must agree, and a draft's figure with no source behind it is flagged as unsourced.
import { OWN_WEEKDAYS_READ, ownWeekdaysHash } from './weekdays';
import { soleDelay } from './delays';
import { soleStopSpan } from './stopSpans';
import { DAY_READ, writesDay } from './writtenDays';
import { MINUTE_READ, MOMENT_READ, ODD_MINUTE_READ, tellsMinute, tellsMomentAlikeRead, tellsOddMinuteRead } from './momentAlike';
import type { ArticleAnalysis, ArticleText, CalendarDate, ClaimComparison, Evidence, Figure, FigureUnit, Person, Span, TimeClaim } from '../types';
import { isFull, weekdayOf } from '../claims/times/calendar';
import type { FigureProbe, FigureRef } from '../alignment/corpus';
import { NUMBER_MODIFIER } from '../alignment/corpus';
import { AREA, baseValue, changesOverTime, compatible, conversionSlack, decimalsSwapped, differentFigureMoments, differentMoments, droppedDigit, otherDayOfWeek, equalValues, figureClass, figureRange, gapCount, isVague, lengthKind, oneDigitChanged, otherConcentrationUnit, otherRoundNumber, otherScale, otherUnit, ratio, SCALED, sameBase, sameCalendarDay, sameFigureMoment, toldOfOtherPart, toldOfSamePart, transposed } from '../alignment/figures';
import type { ArticleRead, Check } from './check';
import { Check as FindingCheck, evidence } from './check';
import type { Vocabulary } from '../alignment/context';
import { planKey } from './figurePlans';
import { heldThroughAgreeing } from './throughAgreeing';
import { TAKEN_TO_HOSPITAL } from '../alignment/conditions';
import { IN_A_ROW } from '../claims/figures/streaks';
import { bracketedAfter, commaConvertedSum, convertedFigure, measureWithOr, convertsCorrectly, convertsToNumber, sameMeasure } from '../alignment/conversions';
import { otherChargeBasis } from '../alignment/charges';
import { partOfSum } from '../alignment/sumOfParts';
import { DEATH_NOUNS, fateOf, otherFates } from '../alignment/fates';
import { otherAnchorMonths, otherMonths } from '../alignment/toldMonth';
import { against, quoted } from './messages';
import { definiteAge, indefiniteAge, otherExtremes, otherTrades, sameAgedPerson } from '../alignment/ages';
import { CAPACITY, FLOW_UNIT_WORDS, isFlow } from '../claims/figures/units';
import { LOSING_VOTES, VOTE } from '../claims/figures/tallies';
import { untoldAction } from './untoldAction';
import { convertedWithOtherUnit, otherUnitSources } from './measureUnit';
import { restatedAtPar } from './parRestated';
import { swappedNumbers, swappedPairSources } from './swappedPair';
import { CELSIUS } from '../claims/figures/temperature';
import { boundsPartOfDay } from '../claims/partOfDay';
import { PERSON_NOUNS } from '../claims/figures/traps';
import { endingValue, penaltyCap } from '../claims/anchors';
import { contentWords } from '../alignment/words';
import { otherHolder } from './shareHolder';
import { overDays } from '../alignment/period';
import { includedPartAsWhole, partGivenAsWhole, toldAsPart, toldAsWholeWithPart } from './listedPart';
import { askedFor } from './askedFor';
import { restOfToldWhole } from './restOfWhole';
import { changeAgainstShare, oppositeChanges } from './changeShare';
import { sameExpecter } from './expectations';
import { placePartAsWhole } from './placePart';
import { otherMoneyConversions } from './moneyConversions';
import { partAsWholeGroup } from './wholeGroup';
import { misaddedTotal, totalReads } from './wrongTotal';
import { swappedPartSources } from './swappedParts';
import { changeEnds, changeNotAddingUp, toldAsChangeAmount, writersChange } from './toldChange';

/** Context similarity above which two figures in different articles describe the same quantity. */
const SAME_QUANTITY = 0.3;
/** Numbers further apart than this are different quantities, not a disagreement about one. */
const MAX_RATIO = 4;
/**
 * A draft's figure told in the very same words as a source's ("can appear up to 10 days after eating" /
 * "up to 70 days after eating") is that figure misreported up to this ratio: a slipped digit.
 */
const FAR_RATIO = 10;
/** The words right beside both figures that make them the very same words (sameWords). */
const SAME_WORDS_SHARED = 4;
const SAME_WORDS_LIKENESS = 0.6;

/** Numbers tied to the same moment are compared up to this ratio. */
const MOMENT_RATIO = 5;

/** A percentage "of" the same thing ("of customers") is more likely the same quantity. */
const SAME_BASE_BONUS = 0.2;

/**
 * What a figure's check reads of the words around two figures: through here only, so that a check
 * can keep what it worked out for one source figure from one keystroke to the next (figurePlans.ts).
 * Each is the Vocabulary's answer for f's and g's words.
 */
interface Surround {
  /** Vocabulary.shared(f.near, g.near).count: how many of the words right beside f are beside g too. */
  nearShared(): number;
  /** Vocabulary.similarity(f.near, g.near). */
  nearLikeness(): number;
  /** Vocabulary.similarity(f.context, g.context): the likeness of their sentences. */
  context(): number;
  /** transposed(f.figure, g.figure) (no words, but asked as often). */
  transposed(): boolean;
}

const CROWD_CLASS = 'count:crowd';
/** The class of a vote's tallies (claims/figures/tallies.ts). */
const TALLY_CLASS = `count:${VOTE}`;
/** Stems (alignment/words.ts) of harm done to people: a sentence with one counts casualties. */
const HARM = new Set(['injur', 'injury', 'hurt', 'wound', 'dead', 'died', 'die', 'death', 'kill', 'fatal', 'fatality', 'casualty',
  'victim', 'hospital', 'critical', 'toll']);

/** Whether a figure's sentence tells of people hurt or killed. */
function toldOfHarm(r: FigureRef): boolean {
  for (const w of r.context) if (HARM.has(w)) return true;
  return false;
}

/** The Vocabulary asked afresh. */
function surround(check: Check, f: FigureRef, g: FigureRef): Surround {
  const v = check.corpus.vocabulary;
  return {
    nearShared: () => v.shared(f.near, g.near).count,
    nearLikeness: () => v.similarity(f.near, g.near),
    context: () => v.similarity(f.context, g.context),
    transposed: () => transposed(f.figure, g.figure),
  };
}

/** How alike two figures' surroundings are: the sentence, or the clause right around them. */
function sameQuantity(f: FigureRef, g: FigureRef, s: Surround): number {
  // The words right beside a figure say what it measures: two figures with words of their own and
  // none in common ("14 km south-east of the town" / "a depth of 18 km") measure different things.
  if (distinctModifiers(f, g)) return 0;
  const sameBase = f.figure.unit === 'percent' && !!f.figure.of && f.figure.of === g.figure.of;
  if (!sameBase && f.near.size >= 2 && g.near.size >= 2 && s.nearShared() === 0) return 0;
  let sim = s.context();
  if (s.nearShared() >= 2) sim = Math.max(sim, s.nearLikeness());
  if (sameBase) sim += SAME_BASE_BONUS;
  return sim;
}

const PROGRESS = /\b(?:so far|now|still|yet|as of|currently|at least|rose|risen|rises|climbed|climbs)\b/i;

/** The text of the figure's clause around it, for spotting words of progress. */
function nearText(r: FigureRef): string {
  const s = r.article.text.sentences[r.figure.sentence];
  if (!s) return '';
  return r.article.text.plain.slice(Math.max(s.span.start, r.figure.span.start - 40), Math.min(s.span.end, r.figure.span.end + 40));
}

/** Likeness of sentences at which a broad kind of figure (a crowd, a share, a sum) with swapped digits is one figure. */
const SLIP_CONTEXT = 0.2;

/**
 * One figure misreported: its digits swapped ("143 loans" / "134 loans"), of one specific thing, or of
 * a broad kind (people, a percentage, money) said in like words.
 */
function slip(f: FigureRef, g: FigureRef, s: Surround): boolean {
  // Another scale word ("4.1 million" / "4.1 billion") is a slip only in like words.
  if (f.cls === g.cls && !s.transposed() && otherScale(f.figure, g.figure)) return s.nearShared() >= 2 || s.context() >= SLIP_CONTEXT;
  // "some 1,560 miles from Exeter" / "1,560km from Exeter": a source's distance with the other unit.
  if (f.cls === g.cls && (otherUnit(f.figure, g.figure) || otherConcentrationUnit(f.figure, g.figure))) return s.nearShared() >= 1 || s.context() >= SLIP_CONTEXT;
  if (f.cls !== g.cls || !s.transposed()) return false;
  if (f.cls !== null && f.cls.startsWith('count:') && f.cls !== CROWD_CLASS) return true;
  return s.nearShared() >= 2 || s.context() >= SLIP_CONTEXT;
}

/** The words right beside two figures are nearly all the same ones. */
function sameWords(s: Surround): boolean {
  return s.nearShared() >= SAME_WORDS_SHARED && s.nearLikeness() >= SAME_WORDS_LIKENESS;
}

/** Numbers further apart than this between sources are different quantities, not one misreported. */
const SOURCE_RATIO = 2;
/** Share of the words around the smaller figure that the other must have. */
const SOURCE_OVERLAP = 0.6;

/**
 * Two sources that disagree without a moment are held to each other only for one fixed quantity
 * told in the very same words: "19 relief camps" / "27 relief camps"; "closed down 16.4%" / "closed
 * 14.6% lower". A count that changes through the day with no time given is not compared.
 */
/** Years apart within which an age told with "the" alone ("the 28-year-old") is held to the subject's age told by name. */
const DEFINITE_AGE_REACH = 3;

/**
 * Two ages of one person (alignment/ages.ts): "Okello, 31," / "Ruth Okello, aged 31" / "the
 * 30-year-old" (told with "the" alone of the article's subject): a person has one age, told in any
 * words. The link through "the" alone holds only ages a few years apart, so an unnamed other
 * person's age is not read as the subject's.
 */
function oneAgedPerson(f: FigureRef, g: FigureRef): boolean {
  if (!f.agedPerson || !g.agedPerson || !sameAgedPerson(f.agedPerson, g.agedPerson) || f.inQuote || g.inQuote) return false;
  if (f.figure.qualifier !== 'exact' || g.figure.qualifier !== 'exact') return false;
  const definite = definiteAge(f.article, f.figure) || definiteAge(g.article, g.figure);
  return !definite || Math.abs(f.figure.value - g.figure.value) <= DEFINITE_AGE_REACH;
}

/**
 * "212 patients are in intensive care" / "212 patients were in hospital, 38 of them in intensive care":
 * people counted in one stated condition (not "taken to hospital", a count still moving) are one
 * count in any words, however far apart the numbers.
 */
function oneCondition(f: FigureRef, g: FigureRef): boolean {
  return f.condition !== null && f.condition !== TAKEN_TO_HOSPITAL && f.condition === g.condition && f.starting === g.starting && !g.inQuote;
}

/** Both counts of people in a stated condition, and in two different ones ("in intensive care" / "in hospital"). */
function otherConditions(f: FigureRef, g: FigureRef): boolean {
  return f.condition !== null && g.condition !== null && f.condition !== g.condition && f.condition !== TAKEN_TO_HOSPITAL && g.condition !== TAKEN_TO_HOSPITAL;
}

/** A run counted by an ordinal ("ninth straight month": claims/figures/streaks.ts). */
function isRun(f: FigureRef): boolean {
  return f.figure.counted?.endsWith(IN_A_ROW) === true;
}

/** Whether f is the only run of its stretch its article tells. */
function soleRun(f: FigureRef): boolean {
  return f.article.figures.every((x) => x === f.figure || x.counted !== f.figure.counted);
}

/** Words of a run going up ("growth", "rose") and going down ("fell", "decline"). */
const RUN_UP = /\b(?:grow|grew|growth|growing|rose|rise|rises|rising|risen|increase[sd]?|increasing|gain(?:s|ed)?|climb(?:s|ed)?|expan(?:d|ded|sion)|up)\b/i;
const RUN_DOWN = /\b(?:fell|fall|falls|falling|fallen|decline[sd]?|declining|drop(?:s|ped)?|down|contraction|contract(?:s|ed)?|shr[ai]nk(?:s|ing)?|slump(?:s|ed)?|lower)\b/i;

/** Which way a run's sentence tells it going: 1 up, -1 down, null when it says neither or both. */
function runWay(f: FigureRef): number | null {
  const sentence = f.article.text.sentences[f.figure.sentence];
  if (!sentence) return null;
  const text = f.article.text.plain.slice(sentence.span.start, sentence.span.end);
  const up = RUN_UP.test(text);
  const down = RUN_DOWN.test(text);
  return up === down ? null : up ? 1 : -1;
}

/** Both figures are loose only as what someone expects ("expects the levy to raise £2.1bn"), not quoted. */
function bothExpected(f: FigureRef, g: FigureRef): boolean {
  return f.expected === true && g.expected === true;
}

/** Words right beside two expected figures that make them one expectation (likeExpectations). */
const EXPECTATION_SHARED = 2;

/**
 * "The council expects the levy to raise £2.1 million a year" / "the council expects the new levy to
 * raise about £2.4 million a year": what one party expects (a word of who expects on both sides:
 * findings/expectations.ts), told in two sources in like words (the verb of expecting and what the
 * figure does, right beside both), is one projection, a claim each source makes, held to the other
 * as a fixed quantity is. Another party's expectation ("economists expect" / "the central bank
 * expects"), or one told in other words, stays loose.
 */
function likeExpectations(f: FigureRef, g: FigureRef, s: Surround): boolean {
  return bothExpected(f, g) && s.nearShared() >= EXPECTATION_SHARED && sameExpecter(f, g);
}

function sourcesSameQuantity(check: Check, f: FigureRef, g: FigureRef, s: Surround): boolean {
  if (feltTemperature(f) !== feltTemperature(g)) return false;
  if (f.figure.counted === CELSIUS && otherDayOfWeek(f.anchor, g.anchor)) return false;
  const clock = (r: FigureRef) => r.anchor?.granularity === 'clock';
  if (f.inQuote && !likeExpectations(f, g, s)) return false;
  // "growing for an eighth straight month" / "the ninth consecutive month of growth": runs are held
  // to each other only as the one run of that stretch each article tells, going the same way.
  if (isRun(f) || isRun(g)) return isRun(f) && isRun(g) && f.figure.counted === g.figure.counted && soleRun(f) && soleRun(g) && runWay(f) !== null && runWay(f) === runWay(g);
  // "a cut of nearly 28 million tonnes" / "down to about 34 million tonnes": how much a thing changed
  // and a level it stands at are two quantities, whatever they count.
  if (toldAsChangeAmount(f) !== toldAsChangeAmount(g)) return false;
  // "a 47-year-old electrician" / "a 44-year-old welder": ages told of two trades are of two people.
  if (otherTrades(f.agedTrade, g.agedTrade)) return false;
  // "the youngest aged 14" / "her two sons, aged 19 and 22": the end of a group and other people.
  if (otherExtremes(f.agedExtreme, g.agedExtreme)) return false;
  // "blank for nine days" (one source) / "no picture for 19 days" (the rest): a digit dropped from a
  // duration the other sources outvote is one figure misreported, however far apart the two numbers are.
  if (ratio(f.figure, g.figure) > SOURCE_RATIO) return droppedDigit(f.figure, g.figure) && outvotedDuration(check, f, g, s, true);
  // A sum before a charge and one with it in (alignment/charges.ts) are two quantities.
  if (otherChargeBasis(f.article.text, f.figure, g.article.text, g.figure)) return false;
  // "the two mills together employ 3,450" / "the Kestrel mill employs 2,300": a sum and one of its parts.
  if (partOfSum(f.article.text, f.figure, g.article.text, g.figure, f.article.figures, g.article.figures)) return false;
  // "up to 13 million euros more in add-ons" / "up to €15m on top": two caps are held only by a third source.
  if (capped(f) && capped(g)) return sidedByThird(check, f, g, s);
  // "At least nine stations exceeded the old record" / "seven stations went above it" (three sources).
  if (outvotedFloor(check, f, g, s)) return true;
  if (!bounded(f) || !bounded(g)) return false;
  // "the opening has slipped by 14 months" / "That's a delay of sixteen months": each source's one
  // delay of the story is the same quantity, whatever day each is told on and in whatever words.
  if (f.cls === 'duration' && g.cls === 'duration' && soleDelay(f.article, f.figure) && soleDelay(g.article, g.figure)) return true;
  // "The halt lasted three and a half hours" / "some three hours and 40 minutes after the halt began":
  // each source's one span of its story's stoppage is the same quantity, in whatever words (stopSpans.ts).
  if (stopSpans(f, g)) return true;
  // "Okello, 31," / "the 30-year-old": one person's age, in whatever words.
  if (oneAgedPerson(f, g)) return true;
  const v = check.corpus.vocabulary;
  // People in one condition ("in intensive care") counted in articles of the same day: one count.
  const oneConditionCount = f.condition !== null && f.condition === g.condition && f.figure.counted === g.figure.counted && sameDay(f, g) && !clock(f) && !clock(g);
  if (oneConditionCount && f.condition !== TAKEN_TO_HOSPITAL) return true;
  // "the agency says eight people have died" / "Seven people are confirmed dead": one death toll.
  if (oneDeathToll(check, f, g)) return true;
  // A count that is still moving ("so far", "now", "still") is a snapshot even with no time given.
  if ((growing(f) || growing(g)) && (PROGRESS.test(nearText(f)) || PROGRESS.test(nearText(g)))) return false;
  // "Eleven people were taken to hospital" / "12 people were taken to hospital": where people went is
  // one count too, once no word says the count is still moving.
  if (oneConditionCount) return true;
  // "At its peak, 1,300 people worked on the project" / "At the peak, in 2022, we had 1,240 people on site".
  if (peakTally(f, g, s)) return true;
  // A count tied to a clock time is a snapshot, unless its digits are the other's swapped.
  if (slip(f, g, s)) return true;
  // "176 passengers and six crew" / "174 passengers and six crew": the same count beside both says
  // which total they are (counts tied to two moments never get here: planOf leaves them apart).
  if (sameCompanion(f, g) || sameTally(f, g, s)) return true;
  if (sameRivalEstimate(f, g)) return true;
  if (sameStart(f, g) || sameChangeBase(f, g)) return true;
  // "a final inventory released on Wednesday put the figure at 38,400 bottles" / "36,400 bottles,
  // according to the final inventory": a count both tell as the final tally is done, whatever day each is of.
  if (growing(f) && finalTally(f) && finalTally(g) && !clock(f) && !clock(g) && ratio(f.figure, g.figure) <= DONE_RATIO &&
    v.shared(f.near, g.near).count >= FINAL_SHARED) return true;
  // "**10:15** HALFWAY: … through 21.1 km in 59:56" / "halfway in 59:58" (three sources): a time told
  // to the second is how long a stretch took, fixed once run, whatever entry's stamp it is told at.
  if (outvotedTime(check, f, g)) return true;
  if (clock(f) || clock(g)) return false;
  if (anotherDay(f, g) || anotherDay(g, f)) return false;
  if (sameReference(f, g)) return true;
  // "accepted by 52.4% to 47.6%" / "52.6% backed the offer and 47.4% rejected it": the first shares of
  // two splits in like words are one vote's winning share, however many other shares are told around.
  if (splitLeads(f, g, s)) return true;
  // Told apart from its article's peak ("2,850 cubic feet per second at 4 a.m." beside "peaked at
  // 3,400"), a measure is a reading held only to one at the same clock time, whatever its words.
  if (isMeasure(f) && (f.offPeak || g.offPeak) && (!f.measuredAt || !g.measuredAt || differentMoments(f.measuredAt, g.measuredAt))) return false;
  // The same describing words are one thing; the words of a flow's unit written out ("cubic metres
  // per second") say what it is measured in, not which flow (a past eruption's, this one's).
  if (f.modifiers.size > 0 && f.modifiers.size === g.modifiers.size && [...f.modifiers].every((m) => g.modifiers.has(m)) && !unitWordsOnly(f)) return true;
  // "three meetings between the minister and the donor" / "four meetings between …": how often the
  // same parties met, in like words, is one tally of what is over, not a count still moving.
  if (f.figure.counted === g.figure.counted && ENCOUNTERS.has(f.figure.counted ?? '') && f.figure.qualifier === 'exact' &&
    g.figure.qualifier === 'exact' && v.shared(f.near, g.near).count >= ENCOUNTER_SHARED && v.overlap(f.near, g.near) >= ENCOUNTER_OVERLAP) return true;
  if (sidedByThird(check, f, g, s)) return true;
  // "about £148 million" in two sources alike / "around 184 million pounds" in a third.
  if (outvoted(check, f, g, s)) return true;
  // Counts of things compare only by their own words; other figures by the words around them too.
  // "In all, 43 residents addressed councillors" / "Forty-one members of the public addressed the
  // meeting": a count told as done, in sources of one day, is one tally like a measure (below), in
  // the same like words a fixed quantity needs; not a running count ("have been diverted", "had
  // been", "by Wednesday evening", "so far": still moving, or a snapshot of a moment).
  if (growing(f) && (!sameDay(f, g) || ratio(f.figure, g.figure) > DONE_RATIO || !(toldAsDone(f) && toldAsDone(g)))) return false;
  // A measure ("a depth of 18 km" / "Depth: 10 km") is the same whenever it is told: held to the
  // same likeness as a draft's figure, and named by one word as well as by two.
  const measure = isMeasure(f);
  // Read at two clock times ("a slick 12 km long at 09:00" / "19 km by the 15:00 flight"), a measure
  // is two readings of something that may have grown, like counts at two moments.
  if (measure && differentMoments(f.measuredAt, g.measuredAt)) return false;
  // So is an area read at a clock time of a stated day ("As of 7 a.m. Tuesday, the burn covered 2,400
  // hectares") against one told at no time in a story of another day, which is its story's day.
  if (measure && f.cls === AREA && (readOnAnotherDay(f, g) || readOnAnotherDay(g, f))) return false;
  const shared = v.shared(f.near, g.near).count;
  if (measure && shared >= 2 && sameQuantity(f, g, s) >= SAME_QUANTITY) return true;
  // How long something lasted has one value ("ran without disinfection for about 19 hours" / "sent out
  // water without enough disinfectant for roughly 16 hours"): three words beside both in like clauses.
  if (likeDurations(f, g, s)) return true;
  if (outvotedDuration(check, f, g, s)) return true;
  if (outvotedMeasure(check, f, g, s)) return true;
  return shared >= (measure ? 1 : 2) && v.overlap(f.near, g.near) >= SOURCE_OVERLAP;
}

/**
 * "the national agency says eight people have died" / "Seven people are confirmed dead" / "…, killing
 * seven people": a count of people told dead (alignment/fates.ts) in two sources of one day, each exact,
 * tied to no clock time, close (within DONE_RATIO) and with no word of progress beside either, is the
 * story's one death toll told two ways, though "have died" otherwise reads as a count still moving.
 * Only where no article of the story tells two death tolls of different numbers: a toll told rising
 * ("three people have died" at noon, "a fourth person has died" later), or deaths counted at two places
 * or stages, are snapshots and parts, never one toll.
 */
function oneDeathToll(check: Check, f: FigureRef, g: FigureRef): boolean {
  if (f.figure.unit !== 'count' || tollNoun(f.figure.counted) !== tollNoun(g.figure.counted) || f.figure.qualifier !== 'exact' || g.figure.qualifier !== 'exact') return false;
  if (f.anchor?.granularity === 'clock' || g.anchor?.granularity === 'clock' || f.figure.range || g.figure.range) return false;
  if (fateOf(f.article.text, f.figure) !== DEAD || fateOf(g.article.text, g.figure) !== DEAD) return false;
  if (!sameDay(f, g) || ratio(f.figure, g.figure) > DONE_RATIO || PROGRESS.test(nearText(f)) || PROGRESS.test(nearText(g))) return false;
  for (const c of check.corpus.all()) if (tellsTwoTolls(check, c.article)) return false;
  // The toll told again further on in an article ("killing seven people" … "said seven people had
  // died: …") is held where it is first told.
  return firstToll(f) && firstToll(g);
}

/**
 * The thing a death toll counts: "seven fatalities" counts people, as "seven people have died" does
 * (alignment/fates.ts DEATH_NOUNS).
 */
function tollNoun(counted: string | null): string | null {
  return counted !== null && DEATH_NOUNS.has(counted) ? 'person' : counted;
}

/**
 * Whether r is its article's first count told dead. A read of the whole article told by the figure's
 * position, so the incremental check's key holds it (articleReads), not a recorded read: an offset
 * recorded before an edit says nothing after one.
 */
function firstToll(r: FigureRef): boolean {
  return firstTollAt(r.article) === r.figure.span.start;
}

/** Where the article's first count told dead starts, or -1 (tollsOf). */
function firstTollAt(article: ArticleAnalysis): number {
  return tollsOf(article).first;
}

const DEAD = 'dead';
/** The class under which Check.read records whether an article tells two death tolls of different numbers. */
export const TOLLS_READ = 'two-death-tolls';

/** Whether `article` tells counts told dead of two different numbers (recorded when it is the article under review). */
function tellsTwoTolls(check: Check, article: ArticleAnalysis): boolean {
  const answer = twoTolls(article);
  if (article === check.article) check.read({ cls: TOLLS_READ, value: 0, answer });
  return answer;
}

/** Whether `article` tells counts told dead of two different numbers (tollsOf). */
function twoTolls(article: ArticleAnalysis): boolean {
  return tollsOf(article).two;
}

const TOLLS = new WeakMap<ArticleAnalysis, { first: number; two: boolean }>();

/**
 * The article's counts told dead, read once per analysis: where the first starts, and whether another
 * of a different number is told outside its sentence ("Seven people are confirmed dead: four drowned,
 * two electrocuted, one killed by a wall": counts told dead in the sentence of the first are its parts,
 * no toll of their own).
 */
function tollsOf(article: ArticleAnalysis): { first: number; two: boolean } {
  let known = TOLLS.get(article);
  if (known === undefined) {
    let first: Figure | null = null;
    let two = false;
    for (const h of article.figures) {
      if (h.unit !== 'count' || fateOf(article.text, h) !== DEAD) continue;
      if (first === null) first = h;
      else if (h.sentence !== first.sentence && !equalValues(first.value, h.value)) { two = true; break; }
    }
    known = { first: first?.span.start ?? -1, two };
    TOLLS.set(article, known);
  }
  return known;
}

/**
 * A word of a count still running or a snapshot anywhere in its sentence: a perfect ("have been"), a
 * mark of progress.
 */
const RUNNING = /\b(?:have|has|had|'ve|so far|now|still|yet|as of|currently|at least|rose|risen|rises|climbed|climbs|until|since)\b/i;
/** Before a count in its sentence: it is a part of a group told before ("Of those, 29 …", "including 12 …"). */
const PART_OF_BEFORE = /\b(?:of (?:those|them|whom|these)|among (?:them|those|these)|including)\b/i;
/** Two finished tallies further apart than this are two counts (a part and its whole), not one misreported. */
const DONE_RATIO = 1.25;
/** A sentence opening on the moment its counts are told of ("By Wednesday evening, …", "As of 6pm, …"). */
const SNAPSHOT_OPENING = /^\W*(?:by|as of|at)\b/i;

/**
 * A count told as a finished tally: no clock time or day tied to it, and no word in its sentence of a
 * count still moving or of a moment it is read at. The sentence is read only for counts that have
 * got this far (two sources' counts of one class in like words).
 */
function toldAsDone(r: FigureRef): boolean {
  return r.anchor === null && toldFinished(r);
}

/**
 * "612 sites in 36 countries" / "612 hospitals … in 38 countries", where a third source also tells 38
 * countries: two sources' figures of one class, close (within DONE_RATIO, or digits swapped), in
 * words with something in common, are one quantity told two ways when a third source tells one side's
 * number in words like that side's, and no one of the three states the other side's number of that
 * class too (a source with both numbers tells two quantities, or a change). A count of people or
 * things is held so only when told as done, in sources of one day. Asked only of two sources'
 * conflicting figures that nothing else ties.
 */
function sidedByThird(check: Check, f: FigureRef, g: FigureRef, s: Surround): boolean {
  if (f.cls === null || f.cls !== g.cls || f.figure.range || g.figure.range) return false;
  // Shares and durations: one sentence's many are of many things, whatever a third source says.
  if (f.figure.unit === 'percent' || f.figure.unit === 'duration') return false;
  if (ratio(f.figure, g.figure) > DONE_RATIO && !s.transposed() && !(maximumPenalty(f) && maximumPenalty(g))) return false;
  if (growing(f) && (!sameDay(f, g) || !toldFinished(f) || !toldFinished(g))) return false;
  // A measure read at a moment or just moved ("As of 11:00 a.m. the level was …", "has dropped to …"):
  // a reading, held to another only at the same moment, never through a third.
  if (isMeasure(f) && (readAtMoment(f) || readAtMoment(g))) return false;
  // "* LUNDY trial enrolled 14,286 patients in 36 countries" atop a story that tells it again below:
  // one claim, summed up in a bullet and told in full later, is flagged once, where it is told in full.
  if (summedUpFirst(f) || summedUpFirst(g)) return false;
  if (s.nearShared() === 0 && sameQuantity(f, g, s) < SUPPORT && !sharedRareCount(f, g)) return false;
  if (articleStates(check, f, f.cls, g.figure.value) || articleStates(check, g, g.cls, f.figure.value)) return false;
  // "31 km across" / a table's "37 km | 23 mi": an article that states the other side's measure in
  // another unit tells two quantities, as it does stating the very number.
  if (statesInOtherUnit(check, f, g.figure) || statesInOtherUnit(check, g, f.figure)) return false;
  for (const [side, other] of [[f, g], [g, f]] as const) {
    for (const h of check.corpus.figureCandidates(side, 0, 1, side.article.path)) {
      if (h.article === other.article || h.cls === null || h.cls !== side.cls || h.inQuote || h.figure.range || !sameNumber(side, h)) continue;
      if (capped(side) ? !capped(h) : !bounded(h)) continue;
      if (h.anchor?.granularity === 'clock' || statesOfClass(h.article, h.cls, other.figure.value)) continue;
      if (growing(h) && (!sameDay(side, h) || !toldFinished(h))) continue;
      const t = surround(check, side, h);
      if (t.nearShared() >= 1 || sameQuantity(side, h, t) >= SUPPORT || sharedRareCount(side, h)) return true;
    }
  }
  return false;
}

/**
 * "At its peak, 1,300 people worked on the project" / "Peak workforce: 1,240 workers": a count told as
 * the peak of something that rose and fell (alignment/peaks.ts) is one quantity, whatever year or day
 * each source places it in, so two sources of one day that tell the peak of one class, close (within
 * DONE_RATIO), with a word beside both or in like sentences, are held to each other. Not at clock
 * times (a peak "at 11 a.m." is read at that moment, like any snapshot), nor in quotations.
 */
function peakTally(f: FigureRef, g: FigureRef, s: Surround): boolean {
  if (!f.peak || !g.peak || f.cls === null || f.cls !== g.cls || !growing(f) || !growing(g) || f.inQuote || g.inQuote) return false;
  if (f.anchor?.granularity === 'clock' || g.anchor?.granularity === 'clock' || f.figure.range || g.figure.range || !sameDay(f, g)) return false;
  if (ratio(f.figure, g.figure) > DONE_RATIO) return false;
  return s.nearShared() >= 1 || sameQuantity(f, g, s) >= SUPPORT;
}

/** Words right beside two sources' same number that make them tell it alike (outvoted). */
const ALIKE_SHARED = 2;

/**
 * "put total liabilities at approximately £148 million" / "our early estimate of total liabilities is
 * around a hundred and forty-eight million pounds" in two sources, "owes creditors around 184 million
 * pounds" in a third: a number two sources tell alike (ALIKE_SHARED words right beside both) is
 * settled, and a figure of that class that no other source tells at all is the one told wrong, in
 * whatever words, when its digits are the settled number's with two neighbours swapped (an outvoted
 * slip), or when it is a count of one kind of people or things (not a bare crowd), told as done and
 * within DONE_RATIO of it (an outvoted count: "some 250 volunteers" against "registered 312
 * volunteers" twice). Sources of one day, no clock time on either side; neither article states the
 * other's number in that class (two quantities, or a change).
 */
function outvoted(check: Check, f: FigureRef, g: FigureRef, s: Surround): boolean {
  if (f.cls === null || f.cls !== g.cls || f.inQuote || g.inQuote || f.figure.range || g.figure.range || !bounded(f) || !bounded(g)) return false;
  if (f.anchor?.granularity === 'clock' || g.anchor?.granularity === 'clock' || !sameDay(f, g)) return false;
  const swapped = s.transposed();
  // A bare crowd ("58 people", "68 residents") is one count only where both say what it did in a
  // word right beside it ("people spoke" / "residents spoke"): a crowd in no words of its own may be any crowd.
  const crowdAlike = f.cls !== CROWD_CLASS || s.nearShared() >= 1;
  if (!swapped && !(growing(f) && growing(g) && crowdAlike && ratio(f.figure, g.figure) <= DONE_RATIO)) return false;
  if (articleStates(check, f, f.cls, g.figure.value) || articleStates(check, g, g.cls, f.figure.value)) return false;
  for (const [side, lone] of [[f, g], [g, f]] as const) {
    if (!swapped && !toldAsDone(lone)) continue;
    if (toldAlike(check, side, lone) && !toldElsewhere(check, lone)) return true;
  }
  return false;
}

/**
 * Another source than side's and lone's tells side's number of its class alike: ALIKE_SHARED words
 * right beside both. Or, for a count of one kind of thing (not a bare crowd), two other sources tell
 * that number of it, in any words and at any moment ("46 bids" in a fact box, "drew 46 bids", "made 46
 * bids … before the hammer came down at 5:23"): three sources against one, on an exact count that is not round.
 */
function toldAlike(check: Check, side: FigureRef, lone: FigureRef): boolean {
  const tellers = new Set<string>();
  for (const h of check.corpus.figureCandidates(side, 0, 1, side.article.path)) {
    if (h.article === side.article || h.article === lone.article || h.article.path === check.article.path || h.cls !== side.cls || h.inQuote || h.figure.range) continue;
    if (!sameNumber(side, h) || !bounded(h)) continue;
    tellers.add(h.article.path);
    if (h.anchor?.granularity === 'clock') continue;
    if (surround(check, side, h).nearShared() >= ALIKE_SHARED) return true;
  }
  // Not a round count (7,400 may be loosely told), nor a bullet summing up what its article tells in
  // full later (flagged there, not twice: sidedByThird).
  const exact = side.figure.qualifier === 'exact' && Number.isInteger(side.figure.value) && side.figure.value % 10 !== 0;
  return tellers.size >= OUTVOTING_SOURCES && exact && side.cls !== CROWD_CLASS && growing(side) && !summedUpFirst(side) && !summedUpFirst(lone);
}

/** Some source besides lone's tells lone's number in its class, in any words. */
function toldElsewhere(check: Check, lone: FigureRef): boolean {
  for (const h of check.corpus.figureCandidates(lone, 0, 1, lone.article.path)) {
    if (h.article !== lone.article && h.cls === lone.cls && sameNumber(lone, h)) return true;
  }
  return false;
}

/** A bullet's opening: "* ", "- ", "• ". */
function isBullet(plain: string, at: number): boolean {
  const c = plain[at];
  return (c === '*' || c === '-' || c === '•') && plain[at + 1] === ' ';
}

/** A sentence opening a bullet: the mark in the text, or blanked from a Markdown list item before it. */
function opensBullet(text: ArticleText, at: number): boolean {
  if (isBullet(text.plain, at)) return true;
  let j = at;
  while (j > 0 && (text.plain[j - 1] === ' ' || text.plain[j - 1] === '\t')) j--;
  return j < at && (j === 0 || text.plain[j - 1] === '\n') && isBullet(text.original, j);
}

/**
 * A figure in a sentence that opens with a bullet, whose article states its number in its class again
 * in a later sentence, or in an earlier one that is no bullet ("**Summary so far** - Fines up to
 * £1,000" under the entry that told it in full): one claim, flagged where it is told in full.
 */
function summedUpFirst(r: FigureRef): boolean {
  const text = r.article.text;
  const s = text.sentences[r.figure.sentence];
  if (!s || !opensBullet(text, s.span.start)) return false;
  const figures = r.article.figures;
  for (let k = r.index + 1; k < figures.length; k++) {
    const h = figures[k];
    if (h.sentence !== r.figure.sentence && equalValues(h.value, r.figure.value) && figureClass(h) === r.cls) return true;
  }
  for (let k = r.index - 1; k >= 0; k--) {
    const h = figures[k];
    const told = text.sentences[h.sentence];
    if (h.sentence !== r.figure.sentence && told && !opensBullet(text, told.span.start) && equalValues(h.value, r.figure.value) && figureClass(h) === r.cls) return true;
  }
  return false;
}

/**
 * Whether an earlier sentence of r's paragraph states r's very number in its class, told the same way
 * and outside a quotation (a speaker's turn saying a measure again a few sentences on): the figure is
 * told again, one claim with the first telling, which carries any conflict.
 */
function toldBeforeInParagraph(r: FigureRef): boolean {
  const sentences = r.article.text.sentences;
  const paragraph = sentences[r.figure.sentence]?.paragraph;
  if (paragraph === undefined) return false;
  const figures = r.article.figures;
  for (let k = r.index - 1; k >= 0; k--) {
    const h = figures[k];
    if (sentences[h.sentence]?.paragraph !== paragraph) break;
    // Not after a quotation's telling ("“… pours 146 million litres a day …,” he says. The company's own
    // figure … is 146 million litres a day"): a quoted figure is loose and carries nothing.
    if (h.sentence !== r.figure.sentence && h.qualifier === r.figure.qualifier && !h.range && equalValues(h.value, r.figure.value) && figureClass(h) === r.cls &&
      !quotedIn(r.article, h.span)) return true;
  }
  return false;
}

/** The figures of a figure's sentence other than itself. */
function* sentenceFellows(r: FigureRef): IterableIterator<Figure> {
  const figures = r.article.figures;
  for (const step of [-1, 1]) {
    for (let k = r.index + step; k >= 0 && k < figures.length && figures[k].sentence === r.figure.sentence; k += step) yield figures[k];
  }
}

/**
 * "The trial was run at 612 sites in 36 countries" / "… at 612 hospitals in 38 countries": each
 * sentence states the same count seldom told by chance (rareCount), exactly, beside the figure: the
 * two sentences tell one fact, whatever their words.
 */
function sharedRareCount(f: FigureRef, g: FigureRef): boolean {
  for (const a of sentenceFellows(f)) {
    if (a.unit !== 'count' || a.qualifier !== 'exact' || a.range || !rareCount(a) || equalValues(a.value, f.figure.value)) continue;
    for (const b of sentenceFellows(g)) if (b.unit === 'count' && b.qualifier === 'exact' && !b.range && equalValues(a.value, b.value)) return true;
  }
  return false;
}

/** A figure seldom told by chance: a rare count (rareCount), or a number told with a decimal ("4.2 kilograms"). */
function rareFigure(a: Figure): boolean {
  return a.qualifier === 'exact' && !a.range && (rareCount(a) || !Number.isInteger(a.value));
}

/**
 * "weighed 4.2 kilograms on average, or roughly 300 tonnes in all" / "an average weight of 4.2
 * kilograms, meaning about 260 tonnes": each sentence states the same rare figure of another kind
 * (rareFigure, same class and number) beside the figure: the two tell one sum worked out from it,
 * whatever their other words. Held only within SOURCE_RATIO, as one figure misreported.
 */
function sharedRareFellow(f: FigureRef, g: FigureRef): boolean {
  if (f.cls === null || f.cls !== g.cls || ratio(f.figure, g.figure) > SOURCE_RATIO) return false;
  for (const a of sentenceFellows(f)) {
    const cls = figureClass(a);
    if (cls === null || cls === f.cls || !rareFigure(a)) continue;
    for (const b of sentenceFellows(g)) if (rareFigure(b) && figureClass(b) === cls && equalValues(a.value, b.value)) return true;
  }
  return false;
}

/** Other figures of a figure's own kind that two sentences must both state for sharedGivens. */
const SHARED_GIVENS = 2;

/**
 * "For a flat priced at 400,000 crowns, the duty would rise from 8,000 crowns to 14,000 crowns" / "A
 * flat costing 400,000 crowns pays 8,000 crowns now and 12,000 crowns from July": two sentences that
 * each state the same two exact figures of the figure's own kind beside it (other numbers than both
 * figures') work one sum out of the same givens, whatever their other words. Held only within
 * SOURCE_RATIO, as one figure misreported.
 */
function sharedGivens(f: FigureRef, g: FigureRef): boolean {
  if (f.cls === null || f.cls !== g.cls || ratio(f.figure, g.figure) > SOURCE_RATIO) return false;
  const given = (a: Figure) => a.qualifier === 'exact' && !a.range && figureClass(a) === f.cls && !equalValues(a.value, f.figure.value) && !equalValues(a.value, g.figure.value);
  const shared: number[] = [];
  for (const a of sentenceFellows(f)) {
    if (!given(a) || shared.some((v) => equalValues(v, a.value))) continue;
    for (const b of sentenceFellows(g)) {
      if (!given(b) || !equalValues(a.value, b.value)) continue;
      shared.push(a.value);
      break;
    }
    if (shared.length >= SHARED_GIVENS) return true;
  }
  return false;
}

/**
 * "fined up to £1,000", "a fine of up to £1,000", "the fine is up to two thousand pounds": the most a
 * court may fine is one amount the law sets, not a tally that a part could be told of, so two such caps
 * are one quantity however far apart (held through a third source, as other caps are).
 */
function maximumPenalty(r: FigureRef): boolean {
  const s = r.article.text.sentences[r.figure.sentence];
  return !!s && capped(r) && penaltyCap(r.article.text, s.span, r.figure);
}

/** A cap ("up to €13m"): open below, but two caps on one thing state the same limit (boundsDisagree). */
function capped(r: FigureRef): boolean {
  return r.figure.qualifier === 'up-to' && !r.figure.range && Number.isFinite(r.figure.interval.high);
}

/** Whether g is no cap and lies below f's cap by more than rounding and a unit's conversion allow. */
function underCap(f: FigureRef, g: FigureRef, tolerance: number): boolean {
  if (!capped(f) || capped(g) || g.figure.range) return false;
  const cap = figureRange(f.figure).value;
  const value = figureRange(g.figure).value;
  const [sa, sb] = conversionSlack(f.figure, g.figure);
  return cap - value > tolerance * Math.max(Math.abs(cap), Math.abs(value)) + sa + sb + 1e-9;
}

/** Before a temperature in its sentence: it is how hot it felt, not the air's reading. */
const FELT_BEFORE = /\b(?:heat[ \t-]+index|feels?[ \t-]+like|real[ \t-]?feel|wind[ \t-]?chill|apparent[ \t]+temperature|humidex)\b[^.;!?]{0,80}$/i;
/** Right after one: "a 51°C heat index". */
const FELT_AFTER = /^[ \t]+(?:heat[ \t-]+index|wind[ \t-]?chill)\b/i;

/**
 * "The heat index, which factors in humidity, is near 51°C": a temperature told as the heat index,
 * the wind chill or what it "feels like" is another quantity than a thermometer's reading.
 */
function feltTemperature(r: FigureRef): boolean {
  if (r.figure.counted !== CELSIUS) return false;
  const plain = r.article.text.plain;
  const sentence = r.article.text.sentences[r.figure.sentence]?.span;
  const from = Math.max(sentence?.start ?? 0, r.figure.span.start - 120);
  return FELT_BEFORE.test(plain.slice(from, r.figure.span.start)) || FELT_AFTER.test(plain.slice(r.figure.span.end, r.figure.span.end + 40));
}

/** A measure ("18 km", "4,206 feet"): a count of a unit that does not change over time, unlike a count of people or things. */
function isMeasure(r: FigureRef): boolean {
  return r.figure.unit === 'count' && !changesOverTime(r.figure);
}

/** Whether a count of people or things is one that can grow (not a measure). */
function growing(r: FigureRef): boolean {
  return changesOverTime(r.figure) && r.figure.unit === 'count';
}

/** A count's tally told as the last word on it: "the final inventory", "the final count", "a final toll of". */
const FINAL_TALLY = /\bfinal[ \t]+(?:inventory|count|tally|toll|total|figure|census|audit)\b/i;
/** Words beside both of two final tallies ("final", "inventory" and no fewer). */
const FINAL_SHARED = 2;

/** Whether the figure's clause tells it as the final tally of its count, outside a quotation. */
function finalTally(r: FigureRef): boolean {
  if (r.inQuote) return false;
  const s = r.article.text.sentences[r.figure.sentence];
  if (!s) return false;
  // The figure's clause, between semicolons: "Police had first found more than 30,000; a final count …".
  const sentence = r.article.text.plain.slice(s.span.start, s.span.end);
  const at = r.figure.span.start - s.span.start;
  const end = sentence.indexOf(';', at);
  const clause = sentence.slice(sentence.lastIndexOf(';', at) + 1, end < 0 ? sentence.length : end);
  return FINAL_TALLY.test(clause) && !RUNNING.test(clause);
}

/** No word in its sentence of a count still running or of a moment it is read at, nor of a part of a group told before. */
function toldFinished(r: FigureRef): boolean {
  if (r.anchor?.granularity === 'clock' || r.inQuote) return false;
  const s = r.article.text.sentences[r.figure.sentence];
  if (!s) return false;
  const text = r.article.text.plain.slice(s.span.start, s.span.end);
  return !RUNNING.test(text) && !SNAPSHOT_OPENING.test(text) && !PART_OF_BEFORE.test(text.slice(0, r.figure.span.start - s.span.start));
}

/** A verb of a level moving, just before a measure ("has dropped slightly, to 4,206 feet", "peaked at 12 m"). */
const MOVED_TO = /\b(?:dropped|drops|fell|fallen|falls|rose|risen|rises|climbed|climbs|peaked|peaks|receded|eased|reached)\b/i;
/** How far before a measure its verb of moving is read. */
const MOVED_TO_READS = 32;

/** A measure read at a moment: tied to a clock time, opening on one ("As of 11:00 a.m. …"), or just moved to. */
function readAtMoment(r: FigureRef): boolean {
  if (r.anchor?.granularity === 'clock') return true;
  const s = r.article.text.sentences[r.figure.sentence];
  if (!s) return false;
  const plain = r.article.text.plain;
  if (SNAPSHOT_OPENING.test(plain.slice(s.span.start, r.figure.span.start))) return true;
  return MOVED_TO.test(plain.slice(Math.max(s.span.start, r.figure.span.start - MOVED_TO_READS), r.figure.span.start));
}

/**
 * An area (a burn, a slick, a flood: it grows) read at a moment (readAtMoment) whose clock time is told
 * of a day, and another told at no clock time in a story of another day: "As of 8:00 a.m. Tuesday, the
 * fire covered 2,400 hectares" in a Tuesday release / "the fire now covers 1,500 hectares" in Monday's
 * blog. The other is read of its own story's day (as anotherDay reads counts): readings of two days.
 */
function readOnAnotherDay(a: FigureRef, b: FigureRef): boolean {
  const at = a.measuredAt;
  if (!at || b.measuredAt || !b.storyDay || !(readAtMoment(a) || stampedEntry(a, at))) return false;
  return sameCalendarDay(at.date, b.storyDay) === false;
}

/**
 * A measure told in an entry its clock time heads: "- Tuesday, May 4, 7:00 a.m.: The burn covers 2,400
 * hectares." The time stands in the figure's sentence before it, a colon between them.
 */
function stampedEntry(r: FigureRef, at: TimeClaim): boolean {
  const s = r.article.text.sentences[r.figure.sentence];
  if (!s || at.span.start < s.span.start || at.span.end > r.figure.span.start) return false;
  return ENTRY_COLON.test(r.article.text.plain.slice(at.span.end, r.figure.span.start));
}
/** A colon that ends an entry's heading (not one inside a clock time, "12:00 UTC"). */
const ENTRY_COLON = /:(?!\d)/;

/**
 * What a figure's check reads of its own article beyond the figure's claim and sentence, told by the
 * figure alone, which the incremental check's key holds besides them (findings/incremental.ts,
 * sameKey.ts): whether a bullet's figure is told again below (summedUpFirst), who an age belongs to
 * and the words before it (ageOfUnknownPerson), what a share is of (wholeOf reads past its sentence)
 * and whether a converted sum stands in a quotation (convertedSum). Whether the article states a
 * source's number is asked of the article and recorded instead (articleStates).
 */
export function articleReads(r: FigureRef): string {
  let out = summedUpFirst(r) ? 'b' : '';
  // A source's figure told again in its paragraph is flagged where first told (toldBeforeInParagraph).
  if (r.article.role === 'source' && toldBeforeInParagraph(r)) out += '|g';
  // A death toll is held where its article first tells one (oneDeathToll's firstToll).
  if (r.figure.unit === 'count' && firstTollAt(r.article) === r.figure.span.start) out += '|t';
  if (r.figure.counted === 'year-old') {
    const key = ageHolder(r)?.key;
    const plain = r.article.text.plain;
    out += `|a${key === undefined ? -1 : key.length}:${key ?? ''}${plain.slice(Math.max(0, r.figure.span.start - KIN_NAME_REACH), r.figure.span.start)}`;
  }
  if (r.figure.unit === 'percent') out += `|w${wholeOf(r)}|W${wholeWords(r.article, r.index)?.join(' ') ?? ''}`;
  // A run is held only where its article tells no other run of its stretch (soleRun): a read of the whole article.
  if (isRun(r)) out += soleRun(r) ? '|r1' : '|r0';
  // A delay is held only where its article tells no other (soleDelay): a read of the whole article.
  if (r.figure.unit === 'duration') out += soleDelay(r.article, r.figure) ? '|y1' : '|y0';
  // So is a stoppage's span (soleStopSpan).
  if (r.figure.unit === 'duration') out += soleStopSpan(r.article, r.figure) ? '|z1' : '|z0';
  if (r.figure.unit === 'money' && convertedSum(r)) out += '|c';
  // A sum told again at par reads the sum before it, maybe in the sentence before (findings/parRestated.ts).
  if (r.figure.unit === 'money' && restatedAtPar(r)) out += '|p';
  for (const [a, b] of sumPairs(r)) out += `|s${valueText(a)}+${valueText(b)}`;
  // A total may add a part told in the sentence before (findings/wrongTotal.ts).
  out += totalReads(r);
  // An undated source is of a dated one's day by the weekdays it writes anywhere (sameDay).
  if (r.article.role === 'source' && !r.storyDay) out += `|d${[...writtenWeekdays(r.article)].join(',')}`;
  // The rival estimate told after a count, maybe in the next sentence (sameRivalEstimate).
  const rival = rivalEstimate(r);
  if (rival) out += `|e${valueText(rival)}`;
  return out;
}
/** A part's number as the corpus looks it up (hasValue). */
const valueText = (f: Figure): string => String(f.told ?? f.value);

/**
 * Whether r's article states `value` in class `cls` anywhere. Asked of the article under review, the
 * question and its answer are recorded with the claim's result (Check.read): an edit anywhere in the
 * article can change the answer, so the incremental check asks it again before reusing the result.
 */
function articleStates(check: Check, r: FigureRef, cls: string, value: number, twice = false, unquoted = false): boolean {
  const answer = statesOfClass(r.article, cls, value, twice ? 2 : 1, unquoted);
  if (r.article === check.article) check.read(twice ? { cls, value, answer, twice, ...(unquoted ? { unquoted } : {}) } : { cls, value, answer });
  return answer;
}

/** Whether a recorded question about the article (articleStates) has the same answer in `article`. */
export function stillStates(article: ArticleAnalysis, read: ArticleRead): boolean {
  // A date's check asks whether the article writes a day out (findings/times.ts toldBothDays).
  if (read.cls === DAY_READ) return writesDay(article, read.value) === read.answer;
  // A clock time's check asks whether the article tells a moment in words of another clause (findings/times.ts momentToldAlikeElsewhere).
  if (read.cls.startsWith(MOMENT_READ)) return tellsMomentAlikeRead(article, read.cls, read.value) === read.answer;
  // A clock time's check asks whether the article tells a minute exactly (findings/times.ts minuteSlip).
  if (read.cls === MINUTE_READ) return tellsMinute(article, read.value) === read.answer;
  // A clock time's check asks whether the article tells a minute to an odd minute (findings/times.ts ownMinuteElsewhere).
  if (read.cls.startsWith(ODD_MINUTE_READ)) return tellsOddMinuteRead(article, read.cls, read.value) === read.answer;
  // A death toll's check asks whether the article tells two tolls (oneDeathToll).
  if (read.cls === TOLLS_READ) return twoTolls(article) === read.answer;
  // A weekday's check asks what the article tells on other weekdays (findings/weekdays.ts tellsDayAlike).
  if (read.cls === OWN_WEEKDAYS_READ) return ownWeekdaysHash(article) === read.value;
  return statesOfClass(article, read.cls, read.value, read.twice ? 2 : 1, read.unquoted === true) === read.answer;
}

/** A class asked of in another unit (statesInOtherUnit): the class, this mark, then the unit the number is in. */
const IN_UNIT = '@unit:';

/** Whether r's article states measure `m` converted into another unit of its dimension ("37 km" for "23 mi"). */
function statesInOtherUnit(check: Check, r: FigureRef, m: Figure): boolean {
  if (m.unit !== 'count' || !m.counted || r.cls === null) return false;
  return articleStates(check, r, r.cls + IN_UNIT + m.counted, m.value);
}

/** A class asked of in figures told as one number, not as a range's end (statesOthers): the class, then this mark. */
const SINGLE = '@single';

/** Whether `article` tells r's class with one digit of r's number changed, or two neighbouring digits swapped. */
function slipTold(r: FigureRef, article: ArticleAnalysis): boolean {
  return article.figures.some((h) => figureClass(h) === r.cls && (oneDigitChanged(r.figure, h) || transposed(r.figure, h)));
}

/** Whether a figure's words lie inside a quotation of a report (a transcript's turns are the record, not quoted). */
function quotedIn(article: ArticleAnalysis, span: Span): boolean {
  return article.quotes.some((q) => !q.transcript && q.pieces.some((p) => p.start <= span.start && span.end <= p.end));
}

/** Whether at least `times` of the figures (outside quotations, when `unquoted`) are of this class with this very number. */
function statesOfClass(article: ArticleAnalysis, cls: string, value: number, times = 1, unquoted = false): boolean {
  if (cls.endsWith(SINGLE)) {
    const own = cls.slice(0, cls.length - SINGLE.length);
    let k = 0;
    for (const h of article.figures) if (!h.range && equalValues(h.value, value) && figureClass(h) === own && !gapCount(article.text.plain, h) && !(unquoted && quotedIn(article, h.span)) && ++k >= times) return true;
    return false;
  }
  const at = cls.indexOf(IN_UNIT);
  if (at >= 0) {
    const own = cls.slice(0, at);
    const unit = cls.slice(at + IN_UNIT.length);
    let k = 0;
    for (const h of article.figures) if (figureClass(h) === own && h.counted !== unit && convertsToNumber(h, unit, value) && ++k >= times) return true;
    return false;
  }
  let n = 0;
  // A count told as a gap ("100,000 tonnes above last season's") states no amount of its thing.
  for (const h of article.figures) if (equalValues(h.value, value) && figureClass(h) === cls && !gapCount(article.text.plain, h) && !(unquoted && quotedIn(article, h.span)) && ++n >= times) return true;
  return false;
}

/** Words beside two sources' durations, and the likeness of their clauses, that make them one span of time. */
const DURATION_SHARED = 3;
const DURATION_LIKENESS = 0.25;

/** Encounters between parties, counted: "three meetings", "two visits". */
const ENCOUNTERS = new Set(['meeting', 'visit']);
/** Words beside two counts of encounters, and their weighted overlap, that make them one tally. */
const ENCOUNTER_SHARED = 3;
const ENCOUNTER_OVERLAP = 0.5;

/** Each the one span of its story's stoppage its article tells (stopSpans.ts): one quantity, in whatever words. */
function stopSpans(f: FigureRef, g: FigureRef): boolean {
  return f.cls === 'duration' && g.cls === 'duration' && soleStopSpan(f.article, f.figure) && soleStopSpan(g.article, g.figure);
}

function likeDurations(f: FigureRef, g: FigureRef, s: Surround): boolean {
  return f.cls === 'duration' && g.cls === 'duration' && s.nearShared() >= DURATION_SHARED && sameQuantity(f, g, s) >= DURATION_LIKENESS;
}

/** "for nine days before the crash" / "for 19 days before the crash": a duration with a digit dropped, a word beside both. */
function droppedDigitDuration(f: FigureRef, g: FigureRef, s: Surround): boolean {
  return f.cls === 'duration' && g.cls === 'duration' && droppedDigit(f.figure, g.figure) && s.nearShared() >= 1;
}

/**
 * "**10:15** HALFWAY: … go through 21.1 km in 59:56" (a blog) / "halfway in 59:58", "split 59:58",
 * "| Halfway | 59:58 |" (three sources): times told to the second (a split, a result) one written
 * digit apart, or with two digits swapped, whose sentences share a word, where two or more other
 * sources tell the one side's time in a sentence sharing a word with it and no other source tells the
 * other's, are one time misheard or mistyped: a time to the second is seldom another's by chance, and
 * a stretch run is fixed, whatever stamp it is told at. Neither article may state the other's number
 * (a provisional and an official time, two runners' splits).
 */
function outvotedTime(check: Check, f: FigureRef, g: FigureRef): boolean {
  if (!timedResult(f.figure) || !timedResult(g.figure) || f.inQuote || g.inQuote || sameNumber(f, g)) return false;
  if (!oneTimedDigit(f.figure, g.figure) && !transposed(f.figure, g.figure)) return false;
  const v = check.corpus.vocabulary;
  if (v.shared(f.context, g.context).count === 0) return false;
  if (articleStates(check, f, 'duration', g.figure.value) || articleStates(check, g, 'duration', f.figure.value)) return false;
  const tellers = (of: FigureRef, other: FigureRef, alike: boolean): Set<string> => {
    const out = new Set<string>();
    for (const h of check.corpus.figureCandidates(of, 0, 1, of.article.path)) {
      if (h.article === of.article || h.article === other.article || h.article.path === check.article.path || h.cls !== of.cls || h.inQuote || !timedResult(h.figure) || !sameNumber(of, h)) continue;
      if (alike && v.shared(of.context, h.context).count === 0) continue;
      out.add(h.article.path);
    }
    return out;
  };
  for (const [side, lone] of [[f, g], [g, f]] as const) {
    if (tellers(side, lone, true).size >= OUTVOTING_SOURCES && tellers(lone, side, false).size === 0) return true;
  }
  return false;
}

/** Sources besides the two that must tell the one side's duration for the other side to stand alone against it. */
const OUTVOTING_SOURCES = 2;

/**
 * "were inside for seven minutes" (three sources) / "spent just nine minutes inside" (one): how long
 * something lasted has one value, so a duration that two or more other sources tell otherwise, each
 * with a word right beside it that is beside this one too, while no third source tells this number at
 * all, is the one told wrong (a duration is not a count that moves), when the two are told in like words. Neither article may state the
 * other's number (two spans, or a change).
 */
function outvotedDuration(check: Check, f: FigureRef, g: FigureRef, s: Surround, slipped = false): boolean {
  if (f.cls !== 'duration' || g.cls !== 'duration' || g.inQuote || f.figure.range || g.figure.range || s.nearShared() === 0) return false;
  // "led the credit union for 16 years" / "135 months in prison for stealing from the credit union": the
  // story's common words in common are two spans; the two must be told in like words, as support is.
  // A digit dropped ("for nine days before the crash" / "for 19 days before the crash") is itself a
  // sign of one figure: a word right beside both is enough.
  if (!slipped && sameQuantity(f, g, s) < SUPPORT) return false;
  if (articleStates(check, f, 'duration', g.figure.value) || articleStates(check, g, 'duration', f.figure.value)) return false;
  for (const [side, lone] of [[f, g], [g, f]] as const) if (outvotedBy(check, side, lone)) return true;
  return false;
}

/**
 * Two or more sources besides the two tell side's number, each with a word right beside it that is
 * beside side's too, and no source besides lone's tells lone's number in that class at all.
 */
function outvotedBy(check: Check, side: FigureRef, lone: FigureRef): boolean {
  const tellers = (of: FigureRef, other: FigureRef, alike: boolean): Set<string> => {
    const out = new Set<string>();
    for (const h of check.corpus.figureCandidates(of, 0, 1, of.article.path)) {
      if (h.article === of.article || h.article === other.article || h.article.path === check.article.path || h.cls !== of.cls || h.inQuote || h.figure.range || !sameNumber(of, h)) continue;
      if (alike && (!bounded(h) || surround(check, of, h).nearShared() === 0)) continue;
      out.add(h.article.path);
    }
    return out;
  };
  return tellers(side, lone, true).size >= OUTVOTING_SOURCES && tellers(lone, side, false).size === 0;
}

/**
 * "about two point eight kilometres from this building" (one source) / "about 1.8 km from the town
 * hall" (three): a measure is one value, so one told with a single digit changed, against a number
 * two or more other sources tell alike (outvotedBy) while no other source tells this one, is that
 * measure misheard or mistyped, when a word right beside both says what was measured. Neither
 * article may state the other's number (two measures).
 */
function outvotedMeasure(check: Check, f: FigureRef, g: FigureRef, s: Surround): boolean {
  if (f.cls === null || f.cls !== g.cls || !isMeasure(f) || !isMeasure(g) || g.inQuote || f.figure.range || g.figure.range) return false;
  if (!oneDigitChanged(f.figure, g.figure) || s.nearShared() === 0) return false;
  if (articleStates(check, f, f.cls, g.figure.value) || articleStates(check, g, g.cls, f.figure.value)) return false;
  for (const [side, lone] of [[f, g], [g, f]] as const) if (outvotedBy(check, side, lone)) return true;
  return false;
}

/** A floor: "at least nine", "more than 40" (no cap). */
function floorOnly(r: FigureRef): boolean {
  return (r.figure.qualifier === 'at-least' || r.figure.qualifier === 'more-than') && !r.figure.range && !Number.isFinite(r.figure.interval.high);
}

/**
 * "At least nine stations exceeded the old record during the afternoon" against "seven stations went
 * above the old record" told by three sources of the same day: a floor above an exact count that two or
 * more other sources tell alike (outvotedBy), while no third source tells the floor's number, is told
 * wrong, though a floor is otherwise read as a count still running. Counts of one class, in like words,
 * neither tied to a clock time, in sources of one day; neither article states the other's number.
 */
function outvotedFloor(check: Check, f: FigureRef, g: FigureRef, s: Surround): boolean {
  const floor = floorOnly(f) ? f : floorOnly(g) ? g : null;
  const exact = floor === f ? g : f;
  if (!floor || exact.figure.qualifier !== 'exact' || exact.figure.range || !bounded(exact) || f.cls === null || f.cls !== g.cls || f.figure.unit !== 'count' || g.figure.unit !== 'count') return false;
  if (exact.inQuote || floor.inQuote || floor.figure.interval.low <= exact.figure.value) return false;
  if (f.anchor?.granularity === 'clock' || g.anchor?.granularity === 'clock' || !sameDay(f, g)) return false;
  if (s.nearShared() === 0 || sameQuantity(f, g, s) < SUPPORT) return false;
  if (articleStates(check, f, f.cls, g.figure.value) || articleStates(check, g, g.cls, f.figure.value)) return false;
  return outvotedBy(check, exact, floor);
}

/**
 * "after an outage of approximately 19 hours" where another source tells the same 19 hours in words
 * that are held to a third source's "roughly 16 hours" (likeDurations: not by looser likenesses): a
 * duration is one value, so a source that states the very number another source holds against a third
 * disagrees with that third too, in whatever words. One step only, from figures of its own number.
 */
function durationHeldAgainst(check: Check, f: FigureRef, byArticle: Map<string, PerArticle>): FigureRef[] {
  if (f.cls !== 'duration' || !bounded(f)) return [];
  // A speaker's duration in a quotation is held to nothing directly, nor one step through another.
  return heldThroughSameNumber(check, f, byArticle, SOURCE_RATIO, (a) => bounded(a) && !a.inQuote,
    (a, g) => g.limit === f.limit && !g.inQuote && !compatible(a.figure, g.figure, check.tolerance) && !statesItself(a, g) && !statesItself(g, a) && likeDurations(a, g, surround(check, a, g)) &&
      !twoSpansTold(check, f, a, g));
}

/**
 * "a world record of 2:00:09" (a release) / "here for Kiptum's world record of 2:00:35" (a blog): where
 * an article of the chain, the checked one's, the middle source's or the third's, states both numbers
 * as spans of its own (a new record and the old, a race time and a split), the two are two spans the
 * story tells, not one told two ways, however alike their words.
 */
function twoSpansTold(check: Check, f: FigureRef, a: FigureRef, g: FigureRef): boolean {
  return articleStates(check, f, 'duration', g.figure.value) || articleStates(check, a, 'duration', g.figure.value) || articleStates(check, g, 'duration', a.figure.value);
}

/** Significant digits a measure's number needs for its very number in another source to be the same measure (measureHeldAgainst). */
const HELD_MEASURE_DIGITS = 3;

/**
 * "It is 214 metres long" where another source's "the 214-metre concrete bridge" is held to a third's
 * "the 240-metre bridge" (sourcesDisagree): a measure is one value, not a count that moves, so a source
 * that states the very number another source holds against a third, exact and to HELD_MEASURE_DIGITS
 * significant digits or more (seldom the same by chance), disagrees with that third too, in whatever
 * words; not when its own article states the third's number of that class as well, or its own number
 * twice (the other telling is held in its own words). One step only,
 * from exact figures of its own number, as for durations (durationHeldAgainst).
 */
function measureHeldAgainst(check: Check, f: FigureRef, byArticle: Map<string, PerArticle>): FigureRef[] {
  if (f.cls === null || !isMeasure(f) || f.figure.qualifier !== 'exact' || f.figure.range || f.inQuote || !Number.isInteger(f.figure.value) || significantDigits(f.figure.value) < HELD_MEASURE_DIGITS) return [];
  // "a 5,150mAh battery" atop a release that lists "5,150mAh battery, up from 4,800mAh" below: told
  // twice, the claim is held where its own words hold it, and not again through another source.
  if (articleStates(check, f, f.cls, f.figure.value, true)) return [];
  return heldThroughSources(check, f, byArticle, SOURCE_RATIO, false);
}

/**
 * The third sources' figures that a source telling f's very number (exact, of its class) is held to,
 * within `maxRatio`, one per article: what measureHeldAgainst and countHeldAgainst both hand on.
 */
function heldThroughSources(check: Check, f: FigureRef, byArticle: Map<string, PerArticle>, maxRatio: number, skipToldElsewhere: boolean): FigureRef[] {
  return heldThroughSameNumber(check, f, byArticle, maxRatio, (a) => a.cls === f.cls && a.figure.qualifier === 'exact' && !a.figure.range && !a.inQuote,
    (a, g) => !g.inQuote && !isConversion(g) && !(skipToldElsewhere && toldElsewhere(check, g)) && sourcesDisagree(check, a, g) && !articleStates(check, f, f.cls!, g.figure.value));
}

/**
 * One step on from the sources that tell f's very number (those `side` keeps) to the figures of f's
 * class in third sources, within `maxRatio` of theirs and not vague, that `against` holds them to: one
 * per article, none of f's own article or the side's (durationHeldAgainst, heldThroughSources).
 */
function heldThroughSameNumber(check: Check, f: FigureRef, byArticle: Map<string, PerArticle>, maxRatio: number,
  side: (a: FigureRef) => boolean, against: (a: FigureRef, g: FigureRef) => boolean): FigureRef[] {
  const out: FigureRef[] = [];
  const seen = new Set<string>();
  for (const p of byArticle.values()) {
    for (const a of p.agree) {
      if (!sameNumber(f, a) || !side(a)) continue;
      for (const g of check.corpus.figureCandidates(a, 0, maxRatio, check.article.path)) {
        // The ratio again: an exhaustive corpus hands out every figure, the index only those within it.
        if (g.article === a.article || g.article.path === check.article.path || seen.has(g.article.path) || g.cls !== f.cls || isVague(g.figure) || ratio(a.figure, g.figure) > maxRatio) continue;
        if (!against(a, g)) continue;
        seen.add(g.article.path);
        out.push(g);
      }
    }
  }
  return out;
}

/** a is told of one day (anchored to a weekday or date told exactly), b over a stretch of several days. */
function dayAgainstStretch(a: FigureRef, b: FigureRef): boolean {
  const day = a.anchor;
  return !!day && day.granularity === 'date' && day.qualifier === 'exact' && (day.weekday !== undefined || day.date.day !== undefined) &&
    overDays(b.article.text, b.figure);
}

/**
 * "the closing price of 368 pence on 10 March" / "closed at 398p" in a story of 11 March: a figure
 * tied to a day is that day's; one tied to no time is the day of its own story, so a day written
 * out that is not the other story's day makes them two snapshots (both days known, or no answer).
 */
function anotherDay(a: FigureRef, b: FigureRef): boolean {
  if (!a.anchor || a.anchor.granularity !== 'date' || b.anchor || !b.storyDay) return false;
  return sameCalendarDay(a.anchor.date, b.storyDay) === false;
}

/**
 * "16 evacuation centres" / "19 evacuation centres": a draft's count told with the very same describing
 * words as a source's is held to it, as sources are held to each other, in whatever words around them;
 * not a count still moving ("so far", "now"), nor one tied to a clock time.
 */
function sameDescription(f: FigureRef, g: FigureRef): boolean {
  if (f.figure.unit !== 'count' || g.figure.unit !== 'count' || f.modifiers.size === 0 || f.modifiers.size !== g.modifiers.size) return false;
  for (const m of f.modifiers) if (!g.modifiers.has(m)) return false;
  const clock = (r: FigureRef) => r.anchor?.granularity === 'clock';
  return !clock(f) && !clock(g) && !PROGRESS.test(nearText(f)) && !PROGRESS.test(nearText(g));
}

/** Between a count and the count told with it: "174 passengers and six crew", "174 passengers, 6 crew". */
const JOINED = /^\s*(?:,\s*)?(?:and|plus|,)\s*$/;

/** The count told right after a count, joined to it ("and six crew"), or null. */
function companion(r: FigureRef): Figure | null {
  const next = r.article.figures[r.index + 1];
  if (!next || next.sentence !== r.figure.sentence || next.unit !== 'count' || !next.counted || next.counted === r.figure.counted) return null;
  return JOINED.test(r.article.text.plain.slice(r.figure.span.end, next.span.start)) ? next : null;
}

/**
 * "defeated by 27 votes to 33" / "26 for, 33 against": the same side of two tallies whose other
 * sides agree, told in words alike enough to be one vote (a sitting's motions can share a side).
 * Told with the same abstentions too ("by 27 votes to 19, with 4 abstentions" / "voted 28 to 19, with
 * four abstentions"), two tallies are one vote in any words.
 */
function sameTally(f: FigureRef, g: FigureRef, s: Surround): boolean {
  if (f.tallyOther === undefined || f.tallyOther !== g.tallyOther || f.figure.counted !== g.figure.counted || otherOutcome(f, g)) return false;
  if (f.tallyAbstentions !== undefined && f.tallyAbstentions === g.tallyAbstentions) return true;
  return sameQuantity(f, g, s) >= SUPPORT;
}

/**
 * "More than 160 people were rescued, many of them pulled from the water by trawlers before …" / "By
 * 9 p.m., 158 people had been rescued, the spokesman told reporters …": a count of one kind of thing
 * (people) told with the same deed right after it ("were rescued", "had been rescued", "158 rescued")
 * is one quantity, however little else the two sentences share. A deed, not a report of one
 * ("reported", "estimated", "believed"): 30 reported missing and 12 reported dead are two counts.
 * The two are tied to no differing moments (planOf leaves snapshots apart before this is asked).
 */
function sameDeed(f: FigureRef, g: FigureRef): boolean {
  if (f.cls !== g.cls || f.figure.unit !== 'count' || g.figure.unit !== 'count' || !f.figure.counted || f.figure.counted !== g.figure.counted) return false;
  const a = deedOf(f);
  return a !== null && a === deedOf(g);
}

/**
 * "The container ship's 27 crew were unhurt" / "The container ship’s 25 crew are all safe": a count of
 * one kind of thing owned by the same thing, named in the possessive right before it ("the hospital's
 * 40 beds"), is one quantity, however little else the two sentences share (the owner says whose
 * count it is where the story counts the same thing for two owners: the tanker's crew and the
 * container ship's).
 */
function sameOwner(f: FigureRef, g: FigureRef): boolean {
  if (f.cls !== g.cls || f.figure.unit !== 'count' || g.figure.unit !== 'count' || !f.figure.counted || f.figure.counted !== g.figure.counted) return false;
  const a = ownerOf(f);
  return a !== null && a === ownerOf(g);
}

/**
 * Right before a count: a determiner, one to three words and a possessive "'s" ("the container
 * ship's ", "its parent company's "), read within OWNER_REACH characters. The owner's words lower-cased.
 */
const OWNER_BEFORE = /(?:^|[^\p{L}])(?:the|its|their|his|her)[ \t]+((?:[\p{L}-]+[ \t]+){0,2}[\p{L}-]+)['’]s[ \t]+$/iu;
const OWNER_REACH = 48;

function ownerOf(r: FigureRef): string | null {
  const sentence = r.article.text.sentences[r.figure.sentence];
  if (!sentence) return null;
  const from = Math.max(sentence.span.start, r.figure.span.start - OWNER_REACH);
  const m = OWNER_BEFORE.exec(r.article.text.plain.slice(from, r.figure.span.start));
  return m ? m[1].toLowerCase().split(/[ \t]+/).join(' ') : null;
}

/**
 * A past participle told right after the count as the verb of its clause, behind a passive's
 * auxiliary ("were rescued", "had been rescued"): the count is what the clause is about. Not a bare
 * participle ("including the 4,100 sheep culled at one farm, 9,300 have been culled"), which may
 * tell a part of the count the clause is about.
 */
const DEED_AFTER = /^[ \t]+(?:were|was|are|is|had[ \t]+been|have[ \t]+been|has[ \t]+been)[ \t]+([a-z]{3,}ed)\b/i;
/** Participles that report, reckon or place a count rather than tell what happened to it. */
const NO_DEED: ReadonlySet<string> = new Set(['reported', 'estimated', 'believed', 'thought', 'said', 'expected', 'feared', 'confirmed', 'listed',
  'recorded', 'counted', 'registered', 'involved', 'needed', 'required', 'used', 'based', 'located', 'aged', 'named', 'called', 'allowed',
  'licensed', 'scheduled', 'planned', 'booked', 'ticketed', 'employed', 'affected', 'included', 'combined']);

function deedOf(r: FigureRef): string | null {
  const sentence = r.article.text.sentences[r.figure.sentence];
  if (!sentence) return null;
  const m = DEED_AFTER.exec(r.article.text.plain.slice(r.figure.span.end, Math.min(sentence.span.end, r.figure.span.end + DEED_REACH)));
  const w = m?.[1].toLowerCase();
  return w === undefined || NO_DEED.has(w) ? null : w;
}

/** One letter of any script (made once: the bundler rebuilds a \p{…} literal at every call). */
const ONE_LETTER = /\p{L}/u;

/**
 * Right before a bare number, a name with the verb and noun of the count before it left out: ", Southwest
 * 644", "and Southwest for 391". The name is one capitalised word. Anchored at the end: linear.
 */
const GAPPED_BEFORE = /(?:,|\band)[ \t]+(\p{Lu}[\p{L}’'-]*)[ \t]+(?:for[ \t]+)?$/u;
/** Characters read before a number for its gapped name, and before a draft's count for the name it is told of. */
const GAPPED_REACH = 48;

/** Whether `word` stands in `text` as a whole word (not inside another). */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || !ONE_LETTER.test(text[at - 1])) && (end === text.length || !ONE_LETTER.test(text[end]))) return true;
  }
  return false;
}

/**
 * "Southwest cancelled 644 flights" in a draft, where a source tells "United alone cancelled 861 flights,
 * Southwest 644": the source tells the draft's very number of a name the draft writes right before its
 * count, with the verb and noun left out (a bare number, no figure of its own). It tells the draft's
 * figure, and its other counts of the thing (United's 861, Southwest's 391 at 3 p.m.) are no rivals of it.
 */
function gappedToldOf(f: FigureRef, article: ArticleAnalysis): boolean {
  const v = f.figure.value;
  if (f.figure.unit !== 'count' || f.figure.qualifier !== 'exact' || f.figure.range || !Number.isInteger(v) || v < 10) return false;
  const own = f.article.text.sentences[f.figure.sentence];
  if (!own) return false;
  const before = f.article.text.plain.slice(Math.max(own.span.start, f.figure.span.start - GAPPED_REACH), f.figure.span.start);
  const plain = article.text.plain;
  const digit = /\d/;
  for (const number of new Set([String(v), v.toLocaleString('en-US')])) {
    for (let at = plain.indexOf(number); at >= 0; at = plain.indexOf(number, at + 1)) {
      const end = at + number.length;
      if ((at > 0 && /[\d.,]/.test(plain[at - 1])) || (end < plain.length && (digit.test(plain[end]) || ONE_LETTER.test(plain[end]) ||
        (/[.,]/.test(plain[end]) && digit.test(plain[end + 1] ?? ''))))) continue;
      const m = GAPPED_BEFORE.exec(plain.slice(Math.max(0, at - GAPPED_REACH), at));
      if (m && hasWord(before, m[1])) return true;
    }
  }
  return false;
}

/**
 * Deeds that are distinct outcomes for one kind of thing, each with its group: a flight cancelled,
 * delayed or diverted; a person killed, injured, rescued, arrested or charged. Spellings and synonyms
 * of one outcome share a group ("cancelled" / "canceled" / "scrapped"); deeds not listed here
 * ("emptied", "evacuated") may be one outcome told in two words, and are never told apart.
 */
const OUTCOME_OF: ReadonlyMap<string, string> = new Map([
  ...['cancelled', 'canceled', 'scrapped', 'axed', 'scrubbed'].map((w) => [w, 'cancel'] as const),
  ['delayed', 'delay'], ['diverted', 'divert'], ['rerouted', 'divert'],
  ['killed', 'kill'], ...['injured', 'hurt', 'wounded'].map((w) => [w, 'injure'] as const), ['rescued', 'rescue'],
  ['arrested', 'arrest'], ['detained', 'arrest'], ['charged', 'charge'],
]);

/**
 * "Another 2,455 flights were delayed" / "1,927 flights were cancelled": counts of one kind of thing,
 * each told with what was done to it right after it, and two distinct outcomes (OUTCOME_OF), are two
 * quantities of the story, though told of one day.
 */
function otherDeeds(f: FigureRef, g: FigureRef): boolean {
  if (f.figure.unit !== 'count' || g.figure.unit !== 'count' || !f.figure.counted || f.figure.counted !== g.figure.counted) return false;
  const a = OUTCOME_OF.get(deedOf(f) ?? '');
  const b = a === undefined ? undefined : OUTCOME_OF.get(deedOf(g) ?? '');
  return a !== undefined && b !== undefined && a !== b;
}

/** Characters read after a count for its deed ("  have been evacuated"). */
const DEED_REACH = 40;

/** Votes moved from one side of a tally to the other in a misreported count: one ("12 to 9" / "13 to 8"). */
const MOVED_VOTES = 1;

/**
 * "31 votes to 27" / "27 votes to 33": sides of two tallies that differ on their other side are two
 * votes; so are tallies of a motion carried and of one defeated.
 */
function otherVote(f: FigureRef, g: FigureRef): boolean {
  if (f.tallyOther === undefined || g.tallyOther === undefined) return false;
  // "12 votes to 9" / "thirteen votes to eight": the same side of two tallies of one total (a
  // council of 21, all voting, the same abstentions) is one vote told with a single vote moved across.
  // Its winning side carries the one disagreement; the losing sides differ only as the winning ones do.
  if (f.tallyOther !== g.tallyOther && f.figure.unit === 'count' && f.figure.counted === g.figure.counted && f.tallyAbstentions === g.tallyAbstentions &&
    Math.abs(f.figure.value - g.figure.value) === MOVED_VOTES && equalValues(f.figure.value + f.tallyOther, g.figure.value + g.tallyOther)) {
    return f.figure.counted === LOSING_VOTES || otherOutcome(f, g);
  }
  // "by 52.4% to 47.6%" / "by 52.6% to 47.4%": shares that each make the whole with their other side
  // say nothing of another vote by that side, which is only the rest of the first.
  const rest = (r: FigureRef) => r.figure.unit === 'percent' && Math.abs(r.figure.value + (r.tallyOther ?? 0) - 100) < 1e-6;
  return (f.tallyOther !== g.tallyOther && !(rest(f) && rest(g))) || otherOutcome(f, g);
}

function otherOutcome(f: FigureRef, g: FigureRef): boolean {
  return !!f.tallyOutcome && !!g.tallyOutcome && f.tallyOutcome !== g.tallyOutcome;
}

/** Words in a sentence that tell a count as one side's estimate, the other side's after it. */
const ESTIMATE_WORDS = /\b(?:estimated?|estimates|put|puts|say|says|said|according|claimed|claims|counted)\b/i;

/**
 * "Police estimated about 25,000 marchers; organisers put the figure at 60,000" / "Police put the
 * number of marchers at about 15,000; organisers say 60,000": two estimates of one crowd, each told
 * before the same rival estimate in its sentence, are one side's estimate, and dispute it (the rival
 * agreeing says they count the same thing), however far apart they are.
 */
function sameRivalEstimate(f: FigureRef, g: FigureRef): boolean {
  if (f.figure.unit !== 'count' || g.figure.unit !== 'count' || !f.figure.counted || f.figure.counted !== g.figure.counted) return false;
  const a = rivalEstimate(f);
  const b = a && rivalEstimate(g);
  return !!a && !!b && a.value === b.value && a.value > f.figure.value && a.value > g.figure.value;
}

/**
 * The rival estimate told after r's (sameRivalEstimate): the next count of no other thing, in r's
 * sentence or the next one of its paragraph ("… 25,000 workers joined. The union says 60,000 did."),
 * both told as estimates; null otherwise. Read past r's sentence: written into its key (articleReads).
 */
function rivalEstimate(r: FigureRef): Figure | null {
  if (r.figure.unit !== 'count' || !r.figure.counted) return null;
  const { plain, sentences } = r.article.text;
  const s = sentences[r.figure.sentence];
  if (!s || !ESTIMATE_WORDS.test(plain.slice(s.span.start, r.figure.span.start))) return null;
  const figures = r.article.figures;
  for (let i = r.index + 1; i < figures.length && figures[i].sentence <= r.figure.sentence + 1; i++) {
    const next = figures[i];
    if (next.unit !== 'count' || (next.counted !== null && next.counted !== r.figure.counted)) continue;
    const own = sentences[next.sentence];
    if (next.range || !own || own.paragraph !== s.paragraph) return null;
    return ESTIMATE_WORDS.test(plain.slice(r.figure.span.end, next.span.end)) ? next : null;
  }
  return null;
}

/** Two counts of one thing, each told with an equal count of a second thing (after it, or before it). */
function sameCompanion(f: FigureRef, g: FigureRef): boolean {
  if (f.figure.unit !== 'count' || tollNoun(f.figure.counted) !== tollNoun(g.figure.counted) || f.figure.qualifier !== 'exact' || g.figure.qualifier !== 'exact') return false;
  const a = companion(f) ?? rareCompanion(f);
  const b = a && (companion(g) ?? rareCompanion(g));
  if (!!a && !!b && a.counted === b.counted && a.value === b.value && a.qualifier === 'exact' && b.qualifier === 'exact') return true;
  return sameLeader(leader(f), leader(g));
}

/** The count told right before a count, joined to it ("2,184 passengers and 906 crew"), or null. */
function leader(r: FigureRef): Figure | null {
  const prev = r.index > 0 ? r.article.figures[r.index - 1] : undefined;
  if (!prev || prev.sentence !== r.figure.sentence || prev.unit !== 'count' || !prev.counted || prev.counted === r.figure.counted || prev.span.end > r.figure.span.start) return null;
  return JOINED.test(r.article.text.plain.slice(prev.span.end, r.figure.span.start)) ? prev : null;
}

/**
 * "2,184 passengers and 906 crew" / "2,184 guests and 916 crew": the same exact count right before
 * says which total follows; of the same thing, or, when its number is seldom told by chance, in
 * another word for it.
 */
function sameLeader(a: Figure | null, b: Figure | null): boolean {
  if (!a || !b || a.qualifier !== 'exact' || b.qualifier !== 'exact' || a.range || b.range || !equalValues(a.value, b.value)) return false;
  return a.counted === b.counted || rareCount(a);
}

/**
 * "2,497 cases and 63 deaths" / "2,497 cases and 66 deaths": the same count seldom told by chance
 * right before says both tell one tally, so they dispute it, however many other sources agree with
 * either side (corroborated).
 */
function sameRareLeader(f: FigureRef, g: FigureRef): boolean {
  if (f.figure.unit !== 'count' || tollNoun(f.figure.counted) !== tollNoun(g.figure.counted) || f.figure.qualifier !== 'exact' || g.figure.qualifier !== 'exact') return false;
  const a = leader(f);
  return a !== null && rareCount(a) && sameLeader(a, leader(g));
}

/** A count seldom told by chance: 100 or more, not a multiple of ten ("389 letters", not "400 letters"). */
function rareCount(f: Figure): boolean {
  return f.value >= 100 && Number.isInteger(f.value) && f.value % 10 !== 0;
}

/**
 * "1,246 objections were lodged, against 389 letters of support" / "1,184 objections …, along with 389
 * letters of support": the next count of the sentence, of a second thing, told further off than
 * companion allows, pairs two tallies only when its number is one seldom told by chance.
 */
function rareCompanion(r: FigureRef): Figure | null {
  const next = r.article.figures[r.index + 1];
  if (!next || next.sentence !== r.figure.sentence || next.unit !== 'count' || !next.counted || next.counted === r.figure.counted) return null;
  return rareCount(next) ? next : null;
}

/**
 * "around 60 kilometres an hour where the limit is 40" / "about 70km/h in a 40km/h zone": two measures
 * of one kind, each told in a sentence whose only other measure of that kind is the same exact one,
 * are one measure against one reference (a limit, a level), in whatever words.
 */
function sameReference(f: FigureRef, g: FigureRef): boolean {
  if (f.cls !== g.cls || f.cls === null || !f.cls.startsWith('count:') || changesOverTime(f.figure)) return false;
  // "6,300 metres of boom laid by 7pm, against a target of 9,000": a reading of a stock still growing, not one measure.
  if (f.anchor || g.anchor || PROGRESS.test(nearText(f)) || PROGRESS.test(nearText(g))) return false;
  const a = onlyOtherOfClass(f);
  const b = a && onlyOtherOfClass(g);
  return !!a && !!b && a.qualifier === 'exact' && b.qualifier === 'exact' && a.value === b.value && !sameNumber(f, g) &&
    a.value !== f.figure.value && b.value !== g.figure.value;
}

/** The one other figure of a figure's class in its sentence, or null (none, or more than one). */
function onlyOtherOfClass(r: FigureRef): Figure | null {
  const figures = r.article.figures;
  let found: Figure | null = null;
  for (const step of [-1, 1]) {
    for (let k = r.index + step; k >= 0 && k < figures.length && figures[k].sentence === r.figure.sentence; k += step) {
      if (figureClass(figures[k]) !== r.cls) continue;
      if (found) return null;
      found = figures[k];
    }
  }
  return found;
}

/** Figures of one change from the same start further apart than this are two changes. */
const START_RATIO = 1.25;

/**
 * "grows to 5,100mAh from 4,800mAh" / "5,150mAh, up from 4,800mAh": two measures of one kind, each
 * told with the same exact value it changed from right after it, are one change's end, in any words.
 * Not counts of people or things that move, nor shares or sums (two rates can start from one level).
 */
function sameStart(f: FigureRef, g: FigureRef): boolean {
  if (f.cls !== g.cls || f.cls === null || !f.cls.startsWith('count:') || f.cls === CROWD_CLASS || changesOverTime(f.figure)) return false;
  if (ratio(f.figure, g.figure) > START_RATIO) return false;
  const a = startAfter(f);
  const b = startAfter(g);
  return a !== null && b !== null && a.qualifier === 'exact' && b.qualifier === 'exact' && a.value === b.value && figureClass(a) === f.cls && figureClass(b) === f.cls;
}

/** The value a figure changed from, told right after it in its sentence ("to 5,100 from 4,800"), or null. */
function startAfter(r: FigureRef): Figure | null {
  const next = r.article.figures[r.index + 1];
  if (!next || next.sentence !== r.figure.sentence || next.span.start - r.figure.span.end > 48) return null;
  const between = r.article.text.plain.slice(r.figure.span.end, next.span.start);
  return FROM_BETWEEN.test(between) ? next : null;
}

/**
 * Between a figure and where it changed from: "from", "up from", "battery, up from" (a word or two of
 * what it measures first). Bounded repeats over short input: linear.
 */
const FROM_BETWEEN = /^(?: [A-Za-z-]{1,20}){0,2},? (?:(?:up|down|rising|falling) )?from $/;

/**
 * "31% down on last season's 15,290 tonnes" / "down 38% from 15,290 tonnes last season": two
 * percentages each told as a change on an exact figure of one kind (three significant digits or
 * more, so seldom told by chance): true when it is the same figure (one change, in whatever words
 * around them), false when two different ones, null when either is told on no such figure.
 */
function changeBasesAlike(f: FigureRef, g: FigureRef): boolean | null {
  if (f.figure.unit !== 'percent' || g.figure.unit !== 'percent') return null;
  const a = changeBase(f);
  const b = a && changeBase(g);
  if (!a || !b || figureClass(a) !== figureClass(b)) return null;
  return a.value === b.value;
}

const sameChangeBase = (f: FigureRef, g: FigureRef) => changeBasesAlike(f, g) === true;
const otherChangeBase = (f: FigureRef, g: FigureRef) => changeBasesAlike(f, g) === false;

/** Words that tie a change to what it is a change on: "down on", "less than", "from", "below". */
const CHANGE_ON = new Set(['on', 'from', 'than', 'below', 'above', 'against', 'compared']);
const LETTERS = /^\p{L}+$/u;
/** A word, hyphenated ("five-year") or possessive ("season's", "members'"): letters in parts joined by "-". */
function isChangeWord(w: string): boolean {
  let end = w.length;
  if (w.endsWith("'s") || w.endsWith('’s')) end -= 2;
  else if (w.endsWith("'") || w.endsWith('’')) end -= 1;
  const parts = w.slice(0, end).split('-');
  for (const part of parts) if (!LETTERS.test(part)) return false;
  return true;
}
/** Most characters between a percentage and the figure it is a change on. */
const CHANGE_BASE_REACH = 40;

/** The exact figure right after a percentage that it is a change on ("down on last season's 15,290"), or null. */
function changeBase(r: FigureRef): Figure | null {
  const next = r.article.figures[r.index + 1];
  if (!next || next.sentence !== r.figure.sentence || next.qualifier !== 'exact' || next.range || next.unit === 'percent') return null;
  if (!Number.isInteger(next.value) || significantDigits(next.value) < 3 || next.span.start - r.figure.span.end > CHANGE_BASE_REACH) return null;
  // Words only between them (a digit or a comma says another figure or clause comes first).
  const between = r.article.text.plain.slice(r.figure.span.end, next.span.start);
  let tied = false;
  for (const w of between.split(' ')) {
    if (w === '') continue;
    if (!isChangeWord(w)) return null;
    if (CHANGE_ON.has(w.toLowerCase())) tied = true;
  }
  return tied ? next : null;
}

/** Significant digits of a whole number: 15,290 → 4, 3,960 → 3, 2,000 → 1. */
function significantDigits(n: number): number {
  let x = Math.abs(n);
  while (x >= 10 && x % 10 === 0) x /= 10;
  return String(x).length;
}

/**
 * Whether both figures' articles are dated the same day. A source with no dateline (a live blog whose
 * entries carry only clock times, a transcript) is of a dated article's day when it writes that day's
 * weekday ("**Tuesday 08:30** Summary: …" in a blog, where the wire is dated Tuesday 9 March 2027): a
 * day it tells as its own. An undated draft stays undated.
 */
function sameDay(f: FigureRef, g: FigureRef): boolean {
  const a = f.storyDay;
  const b = g.storyDay;
  if (a && b) return sameCalendarDay(a, b) === true;
  if (a) return namesWeekdayOf(g.article, a);
  if (b) return namesWeekdayOf(f.article, b);
  return false;
}

/** Whether an undated source writes the weekday of a full date as a day of its own (sameDay). */
function namesWeekdayOf(article: ArticleAnalysis, day: CalendarDate): boolean {
  if (article.role !== 'source' || !isFull(day)) return false;
  return writtenWeekdays(article).has(weekdayOf(day));
}

/** The weekdays an article writes as exact dates, in the order first written. */
function writtenWeekdays(article: ArticleAnalysis): ReadonlySet<number> {
  let days = WRITTEN_WEEKDAYS.get(article);
  if (!days) {
    const written = new Set<number>();
    for (const t of article.times) if (t.granularity === 'date' && t.weekday !== undefined && t.qualifier === 'exact') written.add(t.weekday);
    WRITTEN_WEEKDAYS.set(article, days = written);
  }
  return days;
}
/** The weekdays an article writes, by article (read from its analysis, which no check changes). */
const WRITTEN_WEEKDAYS = new WeakMap<ArticleAnalysis, ReadonlySet<number>>();

/**
 * Two caps on one thing ("up to 16 weeks of pay" / "up to 26 weeks") state the same limit: they
 * must agree, though both ranges contain the smaller. So must two floors on how long something
 * lasts ("closed for at least two weeks" / "at least three weeks"): a forecast, not a count that grows.
 */
function boundsDisagree(f: FigureRef, g: FigureRef, tolerance: number): boolean {
  // "£310m–£320m" / "£300m-£320m": two ranges told for one thing state both ends; overlapping is not agreeing.
  if (f.figure.range && g.figure.range) return !sameEnd(f.figure.interval.low, g.figure.interval.low, tolerance) || !sameEnd(f.figure.interval.high, g.figure.interval.high, tolerance);
  const q = f.figure.qualifier;
  if (q !== g.figure.qualifier || !(q === 'up-to' || (q === 'at-least' && f.cls === 'duration' && g.cls === 'duration'))) return false;
  const a = figureRange(f.figure).value;
  const b = figureRange(g.figure).value;
  // "up to 1.2 metres" / "up to four feet": a cap converted and rounded is the same cap.
  const [sa, sb] = conversionSlack(f.figure, g.figure);
  return Math.abs(a - b) > tolerance * Math.max(Math.abs(a), Math.abs(b)) + sa + sb + 1e-9;
}

function sameEnd(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b)) + 1e-9 * Math.max(1, Math.abs(a));
}

/** Whether a figure's own words include one that says which kind (not only its number in words). */
function describes(modifiers: ReadonlySet<string>): boolean {
  for (const m of modifiers) if (!m.startsWith(NUMBER_MODIFIER)) return true;
  return false;
}

/** "three NDRF teams" and "two SDRF teams": both say which kind, and not the same kind. */
export function distinctModifiers(f: FigureRef, g: FigureRef): boolean {
  if (f.modifiers.size === 0 || g.modifiers.size === 0) return false;
  // "Thirty-eight homes" / "Forty-one homes": numbers in words say no kind.
  if (!describes(f.modifiers) || !describes(g.modifiers)) return false;
  // "3,600 cu ft/s" / "3,400 cubic feet per second", "48 sq km" / "42 square kilometres": the words of
  // a unit written in several words say what the figure is measured in, not which flow or area.
  if (unitWordsOnly(f, true) || unitWordsOnly(g, true)) return false;
  for (const m of f.modifiers) if (g.modifiers.has(m)) return false;
  return true;
}

/** Years a figure's own year lies before its story's for it to be history, not the story's figure (last year's results are news). */
const PAST_YEARS = 2;

/**
 * Two figures told of different years: each of the year its clause names ("in 2012"). A figure whose
 * sentence writes no year at all is of its story's time: the year its article is dated, else the
 * other's, else the sources' (Check.storyYear); another year's when at least PAST_YEARS later.
 */
function otherYears(check: Check, f: FigureRef, g: FigureRef): boolean {
  if (f.toldYear === g.toldYear) return false;
  if (f.toldYear !== undefined && g.toldYear !== undefined) return true;
  const told = (f.toldYear ?? g.toldYear) as number;
  const untold = f.toldYear === undefined ? f : g;
  if (untold.namesYear) return false;
  const story = untold.storyYear ?? (untold === f ? g : f).storyYear ?? check.storyYear();
  return story !== undefined && story !== null && story - told >= PAST_YEARS;
}

/** An open-ended figure ("more than two dozen") agrees with a lot; an exact one says more. */
function bounded(f: FigureRef): boolean {
  return Number.isFinite(f.figure.interval.high) && f.figure.interval.low > 0;
}

interface PerArticle {
  /** Compatible figures said in like words, or with the very same number. */
  agree: FigureRef[];
  momentAgree: FigureRef[];
  momentConflict: FigureRef[];
  /** The source's figure in conflict told most alike; `near`: the words right beside it the draft's figure has too (0 for a source). */
  contextConflict: { ref: FigureRef; sim: number; near: number } | null;
  /** A share of the same base told with another number ("18% of its customers"), however worded. */
  baseConflict: FigureRef | null;
}

/** Words right beside a figure, shared with the draft's, that tell it as the draft's own thing. */
const NEAR_TOLD = 3;

/**
 * Which of one source's figures in conflict the draft's is held to: the most alike, but one told in
 * the draft's words right beside it before one only loosely alike by sentence ("… Riverside Centre in
 * Dunmore, which can take 500 people; St Aidan's hall; …" against a listing's "Riverside Centre,
 * Dunmore – capacity 300" and "St Aidan's hall, Dunmore – capacity 350").
 */
function rankedAbove(sim: number, near: number, held: { sim: number; near: number }): boolean {
  const told = near >= NEAR_TOLD;
  const heldTold = held.near >= NEAR_TOLD;
  if (told && !heldTold && held.sim < OUTWEIGHS_COINCIDENCE) return true;
  if (heldTold && !told && sim < OUTWEIGHS_COINCIDENCE) return false;
  return sim > held.sim;
}

/** Below this likeness a compatible figure elsewhere is a coincidence, not support. */
const SUPPORT = 0.15;

/** Whether f's own sentence also states g's number in g's unit. */
function statesItself(f: FigureRef, g: FigureRef): boolean {
  // Durations in minutes: "five hours and 17 minutes" states no "five hours", "300 minutes" does.
  const duration = g.figure.unit === 'duration';
  const want = duration ? figureRange(g.figure).value : g.figure.value;
  return f.article.figures.some((h) => h !== f.figure && h.sentence === f.figure.sentence && h.unit === g.figure.unit &&
    equalValues(want, duration ? figureRange(h).value : h.value));
}

/**
 * Whether g's article ties f's very number, exact and of f's class, to g's own clock time (the same time
 * claim) in another figure: "peaked at 312,400 at 4:15 a.m. Of those, 198,600 were customers of …"
 * against a timeline's "4:15 a.m.: … 198,600 Lakeshore customers and 312,400 across the region".
 */
function toldBesideAtClock(f: FigureRef, g: FigureRef): boolean {
  const anchors = g.article.figureAnchors;
  const moment = anchors[g.index];
  if (moment === undefined || moment < 0 || g.anchor?.granularity !== 'clock' || f.cls === null) return false;
  return g.article.figures.some((h, k) => k !== g.index && anchors[k] === moment && h.qualifier === 'exact' && !h.range &&
    figureClass(h) === f.cls && equalValues(f.figure.value, h.value));
}

/** Whether f's article states g's number in g's unit beside another figure tied to f's very moment (the same time claim). */
function statesAtMoment(f: FigureRef, g: FigureRef): boolean {
  const anchors = f.article.figureAnchors;
  const moment = anchors[f.index];
  if (moment === undefined || moment < 0) return false;
  return f.article.figures.some((h, k) => k !== f.index && anchors[k] === moment && h.unit === g.figure.unit && equalValues(g.figure.value, h.value));
}

/**
 * "another 23 are under investigation, so the toll could reach 37" / "A further 23 deaths are under
 * investigation, so the toll could rise to as many as 37": both sentences state both numbers, and g's
 * number is of the same thing in f's sentence too. g is the counterpart of f's neighbour, not of f.
 */
function pairedInSentences(f: FigureRef, g: FigureRef): boolean {
  if (g.figure.counted === null) return false;
  const inOwn = f.article.figures.some((h) => h !== f.figure && h.sentence === f.figure.sentence && h.unit === g.figure.unit &&
    h.counted === g.figure.counted && equalValues(g.figure.value, h.value));
  return inOwn && g.article.figures.some((h) => h !== g.figure && h.sentence === g.figure.sentence && h.unit === f.figure.unit &&
    equalValues(f.figure.value, h.value));
}

/** After a part, "of the", "of our" or "of the Assembly's" before the whole it is taken from. */
const PART_OF = /^\s+of\s+(?:(?:the|our|its|their|his|her|my|your)\s+)?(?:[\p{L}-]+['’]s\s+)?$/u;

/** Before a whole told first, "Of the" or "of all" ("Of the 212 people aboard, 160 …"). */
const WHOLE_FIRST_BEFORE = /\bof[ \t]+(?:the|all|those|these)[ \t]+$/i;
/** Between a whole told first and its part: the rest of the opening phrase and its comma ("people aboard, "). */
const WHOLE_FIRST_BETWEEN = /^[^,;:.!?\d]{0,40},[ \t]*$/;

/**
 * The figure of the whole a count is taken from in its own sentence ("32 of the 60 seats" → 60; "Of
 * the 212 people aboard, 160 worked for contractors" → 212), or null.
 */
function wholeFigureOf(f: FigureRef): Figure | null {
  if (f.figure.unit !== 'count') return null;
  const { plain } = f.article.text;
  const figures = f.article.figures;
  for (let k = f.index + 1; k < figures.length && figures[k].sentence === f.figure.sentence; k++) {
    const h = figures[k];
    if (h.unit !== 'count' || h.span.start < f.figure.span.end || h.value <= f.figure.value) continue;
    if (h.span.start - f.figure.span.end <= 40 && PART_OF.test(plain.slice(f.figure.span.end, h.span.start))) return h;
  }
  // The whole told first, in a phrase that opens the clause of the part: the figure right before it.
  const h = f.index > 0 ? figures[f.index - 1] : undefined;
  if (h && h.sentence === f.figure.sentence && h.unit === 'count' && h.value > f.figure.value && f.figure.span.start - h.span.end <= 42 &&
    WHOLE_FIRST_BETWEEN.test(plain.slice(h.span.end, f.figure.span.start)) &&
    WHOLE_FIRST_BEFORE.test(plain.slice(Math.max(0, h.span.start - 12), h.span.start))) return h;
  return null;
}

/** Right before a draft's count, "all" (with "of the" between, or not): "all 1,580 crew members", "all of the 212 staff". */
const ALL_OF_BEFORE = /\ball[ \t]+(?:of[ \t]+the[ \t]+)?$/i;

/** Whether the count is told after "all": the whole of a group, told as all of it doing something. */
function toldAsAll(r: FigureRef): boolean {
  return r.figure.unit === 'count' && ALL_OF_BEFORE.test(r.article.text.plain.slice(Math.max(0, r.figure.span.start - 16), r.figure.span.start));
}

/** Whether a source's count is the whole a part is taken from in its sentence ("1,240 of its 1,580 crew" → 1,580). */
function wholeOfAPart(g: FigureRef): boolean {
  const { plain } = g.article.text;
  const figures = g.article.figures;
  for (let k = g.index - 1; k >= 0 && figures[k].sentence === g.figure.sentence; k--) {
    const p = figures[k];
    if (p.unit === 'count' && p.value < g.figure.value && g.figure.span.start - p.span.end <= 40 && PART_OF.test(plain.slice(p.span.end, g.figure.span.start))) return true;
  }
  return false;
}

/**
 * Right after a count, "of the" and a casualty group named by its word alone, no number: "Five of the
 * dead were in …", "two of the injured are children". Not a group named by a noun with a deed after
 * it ("151 of the passengers chose to fly on", "19 of the trapped men had been brought up"), which
 * counts those who did it as another count in other words does.
 */
const OF_NAMED_GROUP = /^[ \t]+of[ \t]+the[ \t]+(?:dead|injured|wounded|missing|hurt|deceased|victims|casualties|fatalities)(?=[ \t]*(?:[,;.]|(?:were|was|are|is|in|from)\b))/;
/** Right before such a count, "all": "all 14 of the dead" is the whole group. */
const ALL_BEFORE = /\ball[ \t]+$/i;

/**
 * A count told as a part of a casualty group the sentence names by its word alone ("Five of the dead
 * were in the capital, six in the north"): a part, never the group's count nor a count of another
 * group; held only to another such part. A part of a whole told by number ("32 of the 60 seats") is read by
 * wholeFigureOf.
 */
function partOfNamedGroup(r: FigureRef): boolean {
  if (r.figure.unit !== 'count') return false;
  const { plain } = r.article.text;
  const end = r.figure.span.end;
  if (!OF_NAMED_GROUP.test(plain.slice(end, end + 32))) return false;
  if (ALL_BEFORE.test(plain.slice(Math.max(0, r.figure.span.start - 8), r.figure.span.start))) return false;
  return wholeFigureOf(r) === null;
}

/** The number of the whole a count is taken from in its own sentence, or null. */
function wholeOfPart(f: FigureRef): number | null {
  return wholeFigureOf(f)?.value ?? null;
}

/** Characters at most of what a part is said to do, read after its whole ("… of the five survivors were discharged"). */
const PART_PREDICATE_READ = 60;
/** Where what a part is said to do ends. */
const PREDICATE_END = /[.;:,!?(]/;
/** Where the words before a part start to tell what it did: after a comma, a colon or who says so. */
const PART_HEAD_CUT = /[.;:,!?)]|\b(?:says|said|say|reports|reported|confirms|confirmed|that)\b/gi;

/** The content words of what a part of a whole is said to do or be, after the whole ("were treated for hypothermia"), or null when f is no part. */
function partPredicate(f: FigureRef): string[] | null {
  const h = wholeFigureOf(f);
  if (!h) return null;
  const { plain } = f.article.text;
  const sentence = f.article.text.sentences[f.figure.sentence];
  if (!sentence) return null;
  // After the whole, or after the part where the whole was told first ("Of the 212 aboard, 160 worked …").
  const from0 = Math.max(h.span.end, f.figure.span.end);
  const tail = plain.slice(from0, Math.min(sentence.span.end, from0 + PART_PREDICATE_READ));
  const stop = PREDICATE_END.exec(tail);
  // What came before the part in its clause says what it did too ("had cancelled 421 of the 2,900"),
  // not who reports it ("the hospital says three of the five …").
  const head = plain.slice(Math.max(sentence.span.start, h.span.end <= f.figure.span.start ? h.span.end : 0, f.figure.span.start - PART_PREDICATE_READ), f.figure.span.start);
  let from = 0;
  PART_HEAD_CUT.lastIndex = 0;
  for (let m = PART_HEAD_CUT.exec(head); m; m = PART_HEAD_CUT.exec(head)) from = m.index + m[0].length;
  return [...contentWords(head.slice(from)), ...contentWords(stop ? tail.slice(0, stop.index) : tail)];
}

/**
 * "Four of the five survivors were treated for hypothermia" / "three of the five survivors have been
 * discharged": two parts of one whole said to do different things are two subsets, not one count
 * told two ways. Held together only when what they did shares a word.
 */
function otherSubsets(f: FigureRef, g: FigureRef): boolean {
  const whole = wholeOfPart(f);
  if (whole === null || wholeOfPart(g) !== whole) return false;
  const a = partPredicate(f);
  const b = partPredicate(g);
  if (!a || !b || a.length === 0 || b.length === 0) return false;
  return !a.some((w) => b.includes(w));
}

/** h states f's number exactly, or the exact number f rounds ("almost four per cent" / "3.9%"). */
function statesRounded(f: Figure, h: Figure): boolean {
  if (h.unit !== f.unit || h.qualifier !== 'exact' || h.range) return false;
  if (equalValues(f.value, h.value)) return true;
  return (f.qualifier === 'about' || f.qualifier === 'nearly') && h.value >= f.interval.low && h.value <= f.interval.high;
}

/**
 * The same number of the same unit: "85 centimetres" of snow is not a third source's "roughly
 * eighty-five kilometres" (nor "two weeks" fourteen days). The figure index hands out candidates by
 * their amount in base units, so a rule asking for a figure's very number (a look-up at ratio 1)
 * meets every such figure, whether through the index or from every source.
 */
function sameNumber(a: FigureRef, b: FigureRef): boolean {
  return equalValues(a.figure.value, b.figure.value) && equalValues(baseValue(a.figure), baseValue(b.figure));
}

/** What a source figure is to a figure, as far as that goes without the words around either. */
const enum Kind { MomentAgree, MomentConflict, SameNumber, Compatible, Conflict, OtherDay, FarConflict }

interface Step {
  g: FigureRef;
  kind: Kind;
  /** transposed(f.figure, g.figure), once asked. */
  swapped?: boolean;
}

/**
 * A figure's candidates in the sources, each with what it is to the figure apart from the words
 * around them (figurePlans.ts): reads the corpus, and of the figure its FigureRef but its context
 * and near words. Candidates that count for nothing whatever those words are left out.
 */
export interface FigurePlan {
  steps: Step[];
  /** durationConsensus, once asked. */
  consensus?: FigureRef[];
  /** What the steps share with the figure's sentence and with the words right beside it. */
  context: SharedWords;
  near: SharedWords;
}

/** Stretches of time a sum is told per (alignment/rate.ts), not amounts of a good nor a whole term. */
const STRETCHES: ReadonlySet<string> = new Set(['hour', 'day', 'week', 'month', 'year']);
const stretchRate = (rate: string | null): boolean => rate !== null && STRETCHES.has(rate);

/** Ten minutes or more told to the second ("2:05:41", "two hours, five minutes and forty-one seconds"): a timed result. */
const timedResult = (f: Figure): boolean => f.unit === 'duration' && f.measure === 'second' && f.value >= 600 && f.qualifier === 'exact';

/** A time told to the second as written: "59:58", "2:05:41". */
const TIMED_WRITTEN = /^(\d{1,2}):(\d\d)(?::(\d\d))?$/;

/** Two times told to the second in the same shape ("59:56" / "59:58"), one written digit apart. */
function oneTimedDigit(a: Figure, b: Figure): boolean {
  const x = TIMED_WRITTEN.exec(a.text);
  const y = x ? TIMED_WRITTEN.exec(b.text) : null;
  if (!x || !y) return false;
  const d = x.slice(1).join(':');
  const e = y.slice(1).join(':');
  if (d.length !== e.length) return false;
  let changed = 0;
  for (let i = 0; i < d.length; i++) if (d[i] !== e[i]) changed++;
  return changed === 1;
}

/** Right after a count: it is taken from a group told before ("58,000 of those", "three of them", "two among these"). */
const OF_THOSE_AFTER = /^[ \t]+(?:of|among)[ \t]+(?:those|them|these|whom)\b/i;

/** Whether a count is a part of a group told before (OF_THOSE_AFTER). */
function partOfThose(r: FigureRef): boolean {
  if (r.figure.unit !== 'count') return false;
  const plain = r.article.text.plain;
  return OF_THOSE_AFTER.test(plain.slice(r.figure.span.end, r.figure.span.end + 20));
}

/** Stems (alignment/words.ts) of the words a flow's unit is written in. */
let flowStems: ReadonlySet<string> | undefined;
/** Stems of the words a volume's or an area's unit is written in ("cubic metres", "sq km", "square miles"). */
let spaceStems: ReadonlySet<string> | undefined;
/** Volumes and areas whose units are written in several words (claims/figures/units.ts: cubicAt, areaAt). */
const SPACE_UNITS: ReadonlySet<string> = new Set(['ft³', 'm³', 'km²', 'sq mi', 'm²']);
const SPACE_UNIT_WORDS: readonly string[] = ['cubic', 'cu', 'square', 'sq', 'foot', 'feet', 'ft', 'metre', 'metres', 'meter', 'meters', 'm',
  'km', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'mi', 'mile', 'miles'];

/**
 * Whether a flow's describing words are all words of its unit ("1,100 cubic metres per second"):
 * they say what it is measured in, not which flow. A story tells many flows (the first hour's, the
 * midday reading, a past eruption's or flood's peak), so the same unit words make none of them one.
 * With `spaces`, a volume's or an area's too ("24.4 million cubic metres", "48 square kilometres"):
 * their unit words say no kind either, so they set none apart (distinctModifiers).
 */
function unitWordsOnly(r: FigureRef, spaces = false): boolean {
  let stems: ReadonlySet<string>;
  if (isFlow(r.figure.counted)) stems = flowStems ??= new Set(FLOW_UNIT_WORDS.flatMap((w) => contentWords(w)));
  else if (spaces && r.figure.counted !== null && SPACE_UNITS.has(r.figure.counted)) stems = spaceStems ??= new Set(SPACE_UNIT_WORDS.flatMap((w) => contentWords(w)));
  else return false;
  for (const m of r.modifiers) if (!stems.has(m)) return false;
  return true;
}

/** A length told as a size and one told as a distance (alignment/figures.ts lengthKind). */
function otherLengthKinds(f: FigureRef, g: FigureRef): boolean {
  const a = lengthKind(f.article.text.plain, f.figure);
  if (a === null) return false;
  const b = lengthKind(g.article.text.plain, g.figure);
  return b !== null && a !== b;
}

function planOf(check: Check, f: FigureRef): FigurePlan {
  const steps: Step[] = [];
  let moved = false;
  let movedPart = false;
  const felt = feltTemperature(f);
  // Only figures of the class that can be compatible with f or within these ratios (figureIndex.ts).
  for (const g of check.corpus.figureCandidates(f, check.tolerance, Math.max(MOMENT_RATIO, MAX_RATIO, check.isDraft ? FAR_RATIO : 0), check.article.path)) {
    if (g.article.path === check.article.path || isVague(g.figure) || otherVote(f, g)) continue;
    // "the heat index … reached about 51°C" / "hit 44.8°C": how hot it felt and how hot it was are two quantities.
    if (felt !== feltTemperature(g)) continue;
    // "highs easing to about 38 C on Thursday" / "Saturday: … records 41.5°C": two weekdays' weather
    // (temperatures only: a flock culled on Tuesday was counted on Monday too).
    if (f.figure.counted === CELSIUS && otherDayOfWeek(f.anchor, g.anchor)) continue;
    // "Lena Marsh, 41" / "Tobias Ferrand, 38": the ages of two named people are two quantities.
    if (f.agedPerson && g.agedPerson && !sameAgedPerson(f.agedPerson, g.agedPerson)) continue;
    // "Reader Mira, 71," / "an 84-year-old woman": an age told of a named person and one told of someone
    // unnamed with "a"/"an" are of two people; only the same number may still support. Not when both
    // tell the same kind of person ("Boy, 7," / "a nine-year-old boy").
    if (!!f.agedPerson !== !!g.agedPerson && (f.agedPerson ? indefiniteAge(g.article, g.figure) : indefiniteAge(f.article, f.figure)) &&
      !(f.agedNoun !== undefined && f.agedNoun === g.agedNoun) && !sameNumber(f, g)) continue;
    // "a 47-year-old electrician" / "a 44-year-old welder": ages told of two trades are of two people.
    if (otherTrades(f.agedTrade, g.agedTrade)) continue;
    // "the youngest aged 14" / "a 19-year-old": the end of a group and someone else; only the same number may support.
    if (otherExtremes(f.agedExtreme, g.agedExtreme) && !sameNumber(f, g)) continue;
    // "nine regions" / "the remaining five regions": a part and the rest of its whole are two quantities.
    if (f.rest !== g.rest) continue;
    moved ||= check.isDraft && movedSnapshot(f, g);
    movedPart ||= check.isDraft && movedToPart(f, g);
    // "£185,000 a week" / "£185,000 a month": the same sum per another stretch is the stretch
    // misreported; sums per other stretches are other quantities.
    if (f.rate && g.rate && f.rate !== g.rate) {
      if (sameNumber(f, g) && !g.inQuote) steps.push({ g, kind: Kind.Conflict });
      continue;
    }
    // "a kit deal worth $95,000 a year" / "just under $84,000 in prize money": a sum per stretch of
    // time and a sum told of no stretch are two quantities unless they are the same number.
    // "an extra 8.4 billion yen a year" / "an increase of about 7.4 billion yen": one addition
    // misreported, whether or not told of the stretch its sums are told of (addedSlip).
    if (stretchRate(f.rate) !== stretchRate(g.rate) && !sameNumber(f, g) && !addedSlip(f, g)) continue;
    // "won in 2:05:41" / "his best of 2:06:12": times told to the second are results of races or
    // runs a story tells several of, one per runner and race; they are held to each other only as one
    // result misreported (the same time, or its digits swapped: "2:05:14").
    // "halfway in 59:56" / "halfway in 59:58": one written digit changed is that result misheard or mistyped too.
    if ((timedResult(f.figure) || timedResult(g.figure)) && !sameNumber(f, g) && !(timedResult(f.figure) && timedResult(g.figure) && (transposed(f.figure, g.figure) || oneTimedDigit(f.figure, g.figure)))) continue;
    // "2,650m (8,700ft)": a measure converted right in brackets is the writer's arithmetic on the one
    // before it, which holds the claim; rounded, it would lend "about 2,560 metres" support of its own.
    if (isConversion(g)) continue;
    // "about 2,560 metres" / "about 2,650 metres": digits swapped are one figure misreported, though
    // the rounding each allows would let both be true.
    // "an estimated 160 mph" / "150 mph": two round numbers for one amount, though "about" reaches the other.
    const ok = compatible(f.figure, g.figure, check.tolerance) && !boundsDisagree(f, g, check.tolerance) && !transposed(f.figure, g.figure) && !otherRoundNumber(f.figure, g.figure);
    // A rise over a stated stretch ("gained 41% in the 12 months") and a percentage of no stretch
    // (a premium, a day's move) are two quantities: never in conflict.
    if (!ok && f.period !== g.period) continue;
    // "Friday was the worst day, with nine sightings" / "36 sightings in seven days": a day's count
    // and a count over a stretch of days are a part and its whole: never in conflict.
    if (!ok && (dayAgainstStretch(f, g) || dayAgainstStretch(g, f))) continue;
    // "should be seen within four hours" / "waited 12 hours": a limit and how long something took are two quantities.
    if (!ok && f.limit !== g.limit) continue;
    // "about three kilometres north-east of the town" / "about three and a half kilometres long": how far
    // a place lies and how long a thing is are two quantities.
    if (!ok && otherLengthKinds(f, g)) continue;
    // "at 85% of its capacity" / "91% of the tickets": a share of what a place holds is its own quantity.
    if (!ok && f.figure.unit === 'percent' && g.figure.unit === 'percent' && (f.figure.of === CAPACITY) !== (g.figure.of === CAPACITY)) continue;
    // "A similar slip in 2012 cost £1.8m" / "repairs will cost £4.5m": a figure of a past year and
    // one of the story's time are two quantities: never in conflict.
    if (!ok && otherYears(check, f, g)) continue;
    // "July's inflation rate of 4.8%" / "rose by 4.1% in the 12 months to October": rates published
    // month by month, told of two months, are two readings: never in conflict.
    if (!ok && otherMonths(f.toldMonth, g.toldMonth)) continue;
    // So are any two figures tied to two different months ("2,310 of the cars registered in February" /
    // "In January, 8,084 new cars were registered"): counts of two periods.
    if (!ok && otherAnchorMonths(f.anchor, g.anchor)) continue;
    // "44% of all its members voted yes" / "81,907 voted yes (79.4%)": a share of a whole the writer
    // names is not a share of those who took part; only a share of a named whole is held to it.
    if (!ok && f.figure.unit === 'percent' && g.figure.unit === 'percent' && (wholeOf(f) === 'all') !== (wholeOf(g) === 'all')) continue;
    // "roughly 40% of the country's chip exports" / "23.6% of all exports": a share of a kind of the
    // whole and a share of all of it are shares of two wholes, as are shares of two kinds of it.
    if (!ok && f.figure.unit === 'percent' && g.figure.unit === 'percent' && otherWholes(f, g)) continue;
    // "96,300 homes … at the peak": a source that tells its peak elsewhere tells another moment here;
    // its peak is the draft's moment (sources are not held to each other by the word alone).
    if (f.peak && !g.peak && g.peakTold) continue;
    // "80,375, or 6.7%" / "80,375 people, or 8.8 per cent": shares of one count are one quantity, as at one moment.
    if (f.shareOf !== undefined && f.shareOf === g.shareOf) {
      steps.push({ g, kind: ok ? Kind.MomentAgree : Kind.MomentConflict });
      continue;
    }
    // "fell to 4.1% in October, down from 7.4% in September" / "to 4.1% from 4.7% in September": two
    // changes that went to the same value, each started in the same month, are one change.
    if (sameMonthStart(f, g) && ratio(f.figure, g.figure) <= MOMENT_RATIO) {
      steps.push({ g, kind: ok ? Kind.MomentAgree : Kind.MomentConflict });
      continue;
    }
    const peaks = check.isDraft && f.peak && g.peak;
    // "Bidding opened at £2.5m at 5:04" / "17:07 … it's £4m already": the level something opened at
    // and a level it moved to minutes later are two quantities, though one moment (a quarter of an
    // hour of the clock) holds both. (A start told of a day, "up from 58 on April 1", is that day's count.)
    if (!ok && f.starting !== g.starting && !peaks && f.anchor?.granularity === 'clock' && g.anchor?.granularity === 'clock' && sameFigureMoment(f, g)) continue;
    if ((peaks || sameFigureMoment(f, g)) && ratio(f.figure, g.figure) <= MOMENT_RATIO) {
      // "92,600 customers without power … around 58,000 of those are due to the load shedding": a part
      // of the group told before is not the moment's count of that group.
      if (!ok && partOfThose(f) !== partOfThose(g)) continue;
      steps.push({ g, kind: ok ? Kind.MomentAgree : Kind.MomentConflict });
      continue;
    }
    if (differentFigureMoments(f, g)) {
      // "320p on 15 February" in a draft, "320p on Feb. 12" in a source: the same number in like words
      // tied to another day is the draft's figure told with a wrong day; the date check flags the day.
      if (check.isDraft && sameNumber(f, g) && f.anchor?.granularity === 'date' && g.anchor?.granularity === 'date') steps.push({ g, kind: Kind.OtherDay });
      continue;
    }
    if (ok) {
      steps.push({ g, kind: sameNumber(f, g) ? Kind.SameNumber : Kind.Compatible });
      continue;
    }
    const r = ratio(f.figure, g.figure);
    // Two figures each told as what someone expects are held to each other in like words (likeExpectations).
    if ((g.inQuote && !bothExpected(f, g)) || r > (check.isDraft ? FAR_RATIO : MAX_RATIO)) continue;
    // Where a change started ("from 58.40") and where it went ("below 58") are two quantities.
    if (f.starting !== g.starting) continue;
    steps.push({ g, kind: r > MAX_RATIO ? Kind.FarConflict : Kind.Conflict });
  }
  // "415 firefighters by Tuesday morning" where the sources tell 415 of the afternoon: the figures
  // they tell of the morning (by that word, or at 7am) are the draft's moment's.
  if (movedPart) {
    for (const step of steps) {
      if (!toldOfSamePart(f, step.g)) continue;
      if (step.kind === Kind.Conflict) step.kind = Kind.MomentConflict;
      else if (step.kind === Kind.SameNumber || step.kind === Kind.Compatible) step.kind = Kind.MomentAgree;
    }
  }
  // The draft's number is a source's count of another moment: its own moment's counts, however far
  // off ("41,000 homes at 6 a.m." where 41,000 was the 2 a.m. count and 4,300 the 6 a.m. one), disagree.
  if (moved) {
    for (const g of check.corpus.figureCandidates(f, check.tolerance, MOVED_RATIO, check.article.path)) {
      // Within MOVED_RATIO whether the candidates come from the figure index or from every source.
      const r = ratio(f.figure, g.figure);
      if (g.article.path === check.article.path || isVague(g.figure) || g.inQuote || r <= MOMENT_RATIO || r > MOVED_RATIO) continue;
      if (sameFigureMoment(f, g) && !compatible(f.figure, g.figure, check.tolerance)) steps.push({ g, kind: Kind.MomentConflict });
    }
  }
  // "4.1 million litres" where the sources say "4.1 billion litres": a draft's number told with another
  // scale word, far beyond any ratio looked at above.
  if (check.isDraft) {
    for (const k of SCALE_SLIPS) {
      const scaled: FigureProbe = { cls: f.cls, figure: { ...f.figure, value: f.figure.value * k, interval: { low: f.figure.interval.low * k, high: f.figure.interval.high * k } } };
      for (const g of check.corpus.figureCandidates(scaled, check.tolerance, 1, check.article.path)) {
        if (g.article.path === check.article.path || isVague(g.figure) || g.inQuote || g.cls !== f.cls || !(otherScale(f.figure, g.figure) || otherConcentrationUnit(f.figure, g.figure))) continue;
        steps.push({ g, kind: Kind.Conflict });
      }
      // "£61.5m" where the source says "£61,568": the source's full digits cut short and given a scale
      // word a thousand times too big (truncated, as a misread figure is, not rounded).
      const cut: FigureProbe = { cls: f.cls, figure: { ...f.figure, value: f.figure.value * k, interval: { low: f.figure.value * k, high: f.figure.interval.high * k + (f.figure.interval.high - f.figure.value) * k } } };
      for (const g of check.corpus.figureCandidates(cut, check.tolerance, 1, check.article.path)) {
        if (g.article.path === check.article.path || isVague(g.figure) || g.inQuote || g.cls !== f.cls || !cutToScale(f.figure, g.figure, k)) continue;
        steps.push({ g, kind: Kind.Conflict });
      }
    }
  }
  return { steps, context: new SharedWords((g) => g.context), near: new SharedWords((g) => g.near) };
}

/**
 * Whether the draft states g's number and f's number plus g's, both exact and of f's class: f is what a
 * part told by g's number leaves of a whole the draft tells ("14 of the 18 wards … four wards").
 */
function restOfDraftWhole(check: Check, f: FigureRef, g: FigureRef): boolean {
  if (f.figure.unit !== 'count' || g.figure.unit !== 'count' || f.cls === null || !f.cls.startsWith('count:') || f.figure.qualifier !== 'exact' ||
    g.figure.qualifier !== 'exact' || f.figure.range || g.figure.range || g.cls !== f.cls || f.figure.measure !== undefined ||
    !Number.isInteger(f.figure.value) || !Number.isInteger(g.figure.value) || equalValues(f.figure.value, g.figure.value)) return false;
  return articleStates(check, f, f.cls, g.figure.value) && articleStates(check, f, f.cls, f.figure.value + g.figure.value);
}

/**
 * Whether `article` states f's very number, exact and of f's class, tied to a clock time at f's own time
 * of day (the same UTC minute, or the same minute as written when a zone is unknown), whatever its day.
 */
function readAtSameClock(f: FigureRef, article: ArticleAnalysis): boolean {
  const a = f.anchor;
  if (a?.granularity !== 'clock' || f.cls === null || f.figure.qualifier !== 'exact' || f.figure.range) return false;
  const ofDay = (m: number) => ((m % 1440) + 1440) % 1440;
  return article.figures.some((h, k) => {
    if (h.qualifier !== 'exact' || h.range || !equalValues(h.value, f.figure.value) || figureClass(h) !== f.cls) return false;
    const t = article.times[article.figureAnchors[k] ?? -1];
    if (t?.granularity !== 'clock') return false;
    if (a.utcMinutes !== undefined && t.utcMinutes !== undefined) return ofDay(a.utcMinutes) === ofDay(t.utcMinutes);
    return a.localMinutes !== undefined && a.localMinutes === t.localMinutes;
  });
}

/** Two shares that make a whole: 52.6 and 47.4. */
function makeWhole(a: Figure, b: Figure): boolean {
  return a.unit === 'percent' && b.unit === 'percent' && !a.range && !b.range && Math.abs(a.value + b.value - 100) < 1e-6;
}

/** The figures of r's sentence before it (backwards) or after it, as the sentence fellows. */
function* fellowsBeside(r: FigureRef, after: boolean): IterableIterator<Figure> {
  const figures = r.article.figures;
  const at = figures[r.index] === r.figure ? r.index : figures.indexOf(r.figure);
  if (at < 0) return;
  if (after) for (let k = at + 1; k < figures.length && figures[k].sentence === r.figure.sentence; k++) yield figures[k];
  else for (let k = at - 1; k >= 0 && figures[k].sentence === r.figure.sentence; k--) yield figures[k];
}

/** A share that is the rest of a split told before it in its sentence ("by 52.6% to 47.4%", "52.6% backed it and 47.4% rejected it"). */
function splitRest(r: FigureRef): boolean {
  if (r.figure.unit !== 'percent') return false;
  for (const h of fellowsBeside(r, false)) if (makeWhole(h, r.figure)) return true;
  return false;
}

/** The first share of a split: the rest of its whole told after it in its sentence ("by 52.6% to 47.4%"). */
function splitLead(r: FigureRef): boolean {
  if (r.figure.unit !== 'percent') return false;
  for (const h of fellowsBeside(r, true)) if (makeWhole(r.figure, h)) return true;
  return false;
}

/** The first shares of two splits, told in like words: one vote's winning share. */
function splitLeads(f: FigureRef, g: FigureRef, s: Surround): boolean {
  return splitLead(f) && splitLead(g) && (s.nearShared() >= 1 || s.context() >= SUPPORT);
}

/** A share told with the rest of its whole in its sentence, either side of it. */
function inSplit(r: FigureRef): boolean {
  return splitRest(r) || splitLead(r);
}

/** Starting values of two changes that went to the same value, each told of the same month (alignment/changeEnd.ts). */
function sameMonthStart(f: FigureRef, g: FigureRef): boolean {
  const a = f.monthStart;
  const b = g.monthStart;
  if (!a || !b || f.figure.unit !== g.figure.unit || !equalValues(a.to, b.to) || a.month !== b.month) return false;
  return a.year === undefined || b.year === undefined || a.year === b.year;
}

/**
 * A bare count this large (three digits or more, as for any swapped figure) with two digits swapped,
 * in like words, is rarely a coincidence ("a majority of 621" for 612).
 */
const BARE_SLIP_MIN = 100;

/**
 * "put the population at 1,248,317" where the sources say "1,284,317": a draft's count with no noun
 * (so of no class, compared with nothing) that no source states, whose neighbouring digits swapped give
 * a source's exact count told in like words, is that count misreported. Looked for only when some
 * source states a swapped number at all (a look-up of the corpus's numbers), so most counts cost nothing.
 */
function bareSlip(check: Check, f: FigureRef): void {
  const figure = f.figure;
  if (figure.unit !== 'count' || figure.qualifier !== 'exact' || figure.range || f.inQuote || !Number.isInteger(figure.value) || figure.value < BARE_SLIP_MIN) return;
  if (check.corpus.hasValue(figure)) return;
  const swaps = swappedNumbers(figure.value).filter((v) => check.corpus.hasValue({ ...figure, value: v, told: undefined }));
  if (swaps.length === 0) return;
  const v = check.corpus.vocabulary;
  const refs: FigureRef[] = [];
  for (const source of check.others()) {
    const g = source.figures.find((r) => r.figure.unit === 'count' && r.figure.qualifier === 'exact' && !r.inQuote && swaps.includes(r.figure.value) &&
      (v.shared(f.near, r.near).count >= 2 || v.similarity(f.context, r.context) >= SLIP_CONTEXT));
    if (g) refs.push(g);
  }
  if (refs.length > 0) report(check, f, refs);
}

/** The factors a scale word misreported puts on a number (thousand ↔ million ↔ billion). */
const SCALE_SLIPS = [1e3, 1e-3, 1e6, 1e-6];

/**
 * A draft's sum told with a scale word ("£61.5m") whose digits are the start of a source's sum told in
 * full ("£61,568"), k times smaller: the source's figure lies from the draft's number, scaled, up to one
 * unit of its last digit above it. Only money: a sum's digits are copied; a count's are rounded.
 */
function cutToScale(f: Figure, g: Figure, k: number): boolean {
  if (k >= 1 || !f.unit.startsWith('money') || f.qualifier !== 'exact' || g.qualifier !== 'exact' || f.range || g.range) return false;
  if (!SCALED.test(f.text) || SCALED.test(g.text) || !Number.isInteger(g.value)) return false;
  const unit = 2 * (f.interval.high - f.value);
  return unit > 0 && g.value >= f.value * k && g.value < (f.value + unit) * k;
}

/** A deed of losing told around a count: "lost power", "were left without water", "knocked out". */
const LOSS = /\b(?:lost|left[ \t]+without|knocked[ \t]+out)\b/i;
const STILL = /\bstill\b/i;

/** A count told as a loss ("1.35 million customers lost power"), not as what is still left of one. */
function toldAsLoss(r: FigureRef): boolean {
  const near = nearText(r);
  return LOSS.test(near) && !STILL.test(near);
}

/** A count told as what is still left ("were still in the dark", "| Still without power |"). */
function toldAsRemainder(r: FigureRef): boolean {
  return STILL.test(nearText(r));
}

/** How far apart a draft's wrong conversion and a source's right one of the same measure may be looked for. */
const CONVERSION_RATIO = 100;

/**
 * "312 millimetres (about 3.1 inches)" in a draft, where a source tells "312 mm (12.3 in)": the draft's
 * conversion in brackets does not convert the measure before it, and a source converts the same
 * measure into the same unit right. The draft's arithmetic is held against that source's.
 */
function otherConversions(check: Check, f: FigureRef): FigureRef[] {
  if (f.inQuote || !f.cls) return [];
  const base = convertedFigure(f.article, f.index);
  if (!base || convertsCorrectly(base, f.figure)) return [];
  const out: FigureRef[] = [];
  for (const g of check.corpus.figureCandidates(f, check.tolerance, CONVERSION_RATIO, check.article.path)) {
    if (g.article.path === check.article.path || g.inQuote || g.figure.counted !== f.figure.counted) continue;
    // "about 12 km (nearly 8 miles)" / "12 km (7.5 miles)": a loose conversion that allows the right one is not wrong.
    if (compatible(f.figure, g.figure, check.tolerance)) continue;
    const theirs = convertedFigure(g.article, g.index);
    if (theirs && sameMeasure(theirs, base) && convertsCorrectly(theirs, g.figure) && convertsCorrectly(base, g.figure)) out.push(g);
  }
  return out;
}

/**
 * "at about 4,160 metres (14,961 feet)" in a draft, where a source tells "4,560 metres (14,961 ft)": the
 * draft's own conversion in brackets does not convert the measure before it, but converts exactly the
 * source's measure, told with that very conversion. The number before the brackets is the slip (a
 * transposed or mistyped digit that "about" might otherwise let pass): held against those sources.
 */
function slipBeforeConversion(check: Check, f: FigureRef): FigureRef[] {
  if (f.inQuote || !f.cls) return [];
  const mine = f.article.figures[f.index + 1];
  if (!mine || convertedFigure(f.article, f.index + 1) !== f.figure || convertsCorrectly(f.figure, mine)) return [];
  const out: FigureRef[] = [];
  for (const g of check.corpus.figureCandidates(f, check.tolerance, CONVERSION_RATIO, check.article.path)) {
    if (g.article.path === check.article.path || g.inQuote || g.figure.counted !== f.figure.counted || equalValues(g.figure.value, f.figure.value)) continue;
    const theirs = g.article.figures[g.index + 1];
    if (!theirs || convertedFigure(g.article, g.index + 1) !== g.figure) continue;
    if (convertsCorrectly(g.figure, theirs) && convertsCorrectly(g.figure, mine) && sameMeasure(theirs, mine)) out.push(g);
  }
  return out;
}

/**
 * A measure in brackets that converts the figure before it right, into a unit compared in the same
 * class ("2,650m (8,700ft)"); a conversion into a unit of its own class ("250 km/h (155 mph)") is the
 * only figure of that class the source gives, and stays.
 */
function isConversion(g: FigureRef): boolean {
  const original = convertedFigure(g.article, g.index);
  return original !== null && figureClass(original) === g.cls && convertsCorrectly(original, g.figure);
}

/** How far apart a moved snapshot and its moment's counts may be (a count falling through a night). */
const MOVED_RATIO = 50;

/** g is f's number of the same changing thing, told of another part of the day than f names. */
function movedToPart(f: FigureRef, g: FigureRef): boolean {
  if (f.cls !== g.cls || g.inQuote || !changesOverTime(f.figure) || !sameNumber(f, g) || !toldOfOtherPart(f, g)) return false;
  const sentence = f.article.text.sentences[f.figure.sentence];
  return !!sentence && !boundsPartOfDay(f.article.text.plain, sentence.span);
}

/** g is f's number, of the same thing, tied to another clock time: f may be g's count told at the wrong moment. */
function movedSnapshot(f: FigureRef, g: FigureRef): boolean {
  return f.anchor?.granularity === 'clock' && g.anchor?.granularity === 'clock' && f.cls === g.cls && !g.inQuote &&
    sameNumber(f, g) && differentMoments(f.anchor, g.anchor);
}

/** The draft's count is told as a whole with a part of its own, and a source tells its number as a part of a group (findings/listedPart.ts). */
function partToldAsWhole(check: Check, f: FigureRef): boolean {
  if (f.figure.unit !== 'count' || !toldAsWholeWithPart(f)) return false;
  for (const h of check.corpus.figureCandidates(f, 0, 1, f.article.path)) if (sameNumber(f, h) && toldAsPart(h)) return true;
  return false;
}

export function checkFigures(check: Check): void {
  const plans = check.figurePlans;
  for (const f of check.self.figures) {
    // "N$5,000 … pegged to the rand, that is R5,000": the sum before it told again (findings/parRestated.ts).
    if (restatedAtPar(f)) continue;
    if (check.isDraft) {
      const rivals = otherConversions(check, f);
      if (rivals.length > 0) { report(check, f, rivals); continue; }
      // "€35 ($46.40)" where the sources convert €35 to $40.60 (findings/moneyConversions.ts).
      const converted = otherMoneyConversions(check, f);
      if (converted.length > 0) { report(check, f, converted); continue; }
      const slipped = slipBeforeConversion(check, f);
      if (slipped.length > 0) { report(check, f, slipped); continue; }
      // "90 grams (about 3.2 pounds)" where sources convert the 90 grams to 3.2 ounces (findings/measureUnit.ts).
      const unit = convertedWithOtherUnit(check, f);
      if (unit.length > 0) { report(check, f, unit); continue; }
      // "Egypt's 4,600 bakeries" where sources tell 4,600 only as Greater Cairo's part (findings/placePart.ts).
      const whole = placePartAsWhole(check, f);
      if (whole.length > 0) { report(check, f, whole); continue; }
      // "a fleet of 17 vessels" where the sources tell "17 of its 42 vessels" (findings/wholeGroup.ts).
      const group = partAsWholeGroup(check, f);
      if (group.length > 0) { report(check, f, group); continue; }
      // "€40,000 … and a €50,000 bonus, €100,000 in all" where the sources tell €90,000 in total (findings/wrongTotal.ts).
      const total = misaddedTotal(check, f);
      if (total.length > 0) { report(check, f, total); continue; }
      // "rises to 250 crowns from 210 crowns, an increase of 60 crowns": a change that does not add up
      // from the ends it restates, which sources state (findings/toldChange.ts).
      const change = changeNotAddingUp(check, f);
      if (change.length > 0) { reportChange(check, f, change); continue; }
    }
    if (!f.cls) {
      if (check.isDraft) bareSlip(check, f);
      continue;
    }
    if (isVague(f.figure)) continue;
    let plan: FigurePlan | undefined;
    if (plans) {
      // What a share is of is read from the text after it (wholeOf), which its FigureRef does not hold.
      const key = f.figure.unit === 'percent' ? `${planKey(f)}|w${wholeOf(f)}` : planKey(f);
      plan = plans.get(key);
      if (!plan) plans.set(key, plan = planOf(check, f));
    } else plan = planOf(check, f);
    const byArticle = new Map<string, PerArticle>();
    /** Agreeing figures that only have the same number, said in unlike words. */
    const numberOnly = new Set<FigureRef>();
    /** Conflicting figures held to this one by their describing words alone (sameDescription). */
    const describedOnly = new Set<FigureRef>();
    /** A draft's figure's words beside each same-number and conflicting source figure (sentenceRival). */
    const beside = new Map<FigureRef, Beside>();
    /** A draft's figure's words beside each source figure of its very number, and their likeness (anotherQuantity). */
    const sameNumberWords = new Map<FigureRef, { shared: number; sim: number }>();
    const slot = (g: FigureRef): PerArticle => {
      let p = byArticle.get(g.article.path);
      if (!p) { p = { agree: [], momentAgree: [], momentConflict: [], contextConflict: null, baseConflict: null }; byArticle.set(g.article.path, p); }
      return p;
    };
    // The candidates in the order they came; what each does now turns on the words alone (s).
    const s = new StepSurround(check, f, plan, plans !== undefined);
    // "dipped slightly, to 97.4%" in a draft: a source's "slipped to 97.2% from 97.4%" tells the draft's
    // number as where the change started, which is no support for where it went.
    let ending: boolean | undefined;
    const startOnly = (g: FigureRef) => check.isDraft && g.starting && !f.starting && (ending ??= endingValue(f.article.text, f.figure));
    // "32 of the 60 seats": the whole the count is taken from, told right after it, is not its rival.
    let whole: number | null | undefined;
    let partGivenWhole: boolean | undefined;
    let allOfIt: boolean | undefined;
    let asked: boolean | undefined;
    for (let i = 0; i < plan.steps.length; i++) {
      const { g, kind } = plan.steps[i];
      s.at(i);
      // "212 patients are in intensive care" / "212 patients were in hospital": people in two stated
      // conditions are two counts, and the same number in the other condition is no support.
      if (check.isDraft && otherConditions(f, g) && (kind === Kind.MomentAgree || kind === Kind.SameNumber || kind === Kind.Compatible || kind === Kind.OtherDay)) continue;
      // "212 patients …, most of them at the stadium" where a source tells "389 patients, 212 of them at
      // the stadium": the draft gives a part as the whole, and no source's same number supports it.
      if (check.isDraft && (kind === Kind.MomentAgree || kind === Kind.SameNumber) && sameNumber(f, g) && (partGivenWhole ??= partToldAsWhole(check, f))) continue;
      // "said all 1,580 crew members had stayed away" where sources tell "1,240 of its 1,580 crew members had
      // stopped work": "all" tells the whole as the part that acted; the whole the sources tell is no support.
      if (check.isDraft && (kind === Kind.MomentAgree || kind === Kind.SameNumber || kind === Kind.Compatible) && (allOfIt ??= toldAsAll(f)) && wholeOfAPart(g)) continue;
      if (distinctModifiers(f, g) && !slip(f, g, s)) continue;
      if (g.figure.unit === 'count') {
        if (whole === undefined) whole = wholeOfPart(f);
        if (whole !== null && equalValues(whole, g.figure.value)) continue;
        if (whole !== null && otherSubsets(f, g)) continue;
      }
      // "by 52.4% to 47.6%" / "by 52.6% to 47.4%": the rest of a split disagrees only as its first
      // share does, which carries the one finding.
      // The first share of one split and the rest of another are two sides' shares (yes and no).
      if ((kind === Kind.Conflict || kind === Kind.FarConflict || kind === Kind.MomentConflict) && (splitRest(f) ? inSplit(g) : splitLead(f) && splitRest(g))) continue;
      // "€46,500 per vessel before an administration charge" / "€48,000 including a €1,500 charge":
      // a sum before a charge and one with it are two quantities (only disagreeing is skipped).
      if ((kind === Kind.Conflict || kind === Kind.FarConflict || kind === Kind.MomentConflict) && otherChargeBasis(f.article.text, f.figure, g.article.text, g.figure)) continue;
      // "together employ 3,450 people" / "employs about 2,300 people": a sum of parts and one part
      // (alignment/sumOfParts.ts), two quantities (only disagreeing is skipped).
      if ((kind === Kind.Conflict || kind === Kind.FarConflict || kind === Kind.MomentConflict) && partOfSum(f.article.text, f.figure, g.article.text, g.figure, f.article.figures, g.article.figures)) continue;
      // "€4 million for farmers and €8 million for roads" / "€12 million, including €4 million for
      // farmers": the rest of the whole once a part both tell is taken out (findings/restOfWhole.ts;
      // only disagreeing is skipped).
      if ((kind === Kind.Conflict || kind === Kind.FarConflict || kind === Kind.MomentConflict) && restOfToldWhole(f, g)) continue;
      // "Five of the dead were in the capital" / "seven dead at noon": a part of a group named by its
      // noun alone and a count of the group (or of another) are two quantities (only disagreeing is skipped).
      if ((kind === Kind.Conflict || kind === Kind.FarConflict || kind === Kind.MomentConflict) && partOfNamedGroup(f) !== partOfNamedGroup(g)) continue;
      // "eight skiers had been found alive" / "two skiers were still missing": counts of people told in
      // two fates are two quantities of the tally (alignment/fates.ts; only disagreeing is skipped).
      if ((kind === Kind.Conflict || kind === Kind.FarConflict || kind === Kind.MomentConflict) && otherFates(f.article.text, f.figure, g.article.text, g.figure)) continue;
      // "Southwest cancelled 644 flights" / "United alone cancelled 861 flights, Southwest 644": a source that
      // tells the draft's number of the draft's name, its verb and noun left out, tells the draft's figure;
      // its counts of other names or moments are no rivals of it (only disagreeing is skipped).
      if (check.isDraft && (kind === Kind.Conflict || kind === Kind.FarConflict || kind === Kind.MomentConflict) && gappedToldOf(f, g.article)) continue;
      // "carried 14 of the 18 wards. Her rival won four wards" against a source's "won 14 of the 18
      // wards": a draft's count that the draft's own part and whole of that thing leave over is the rest
      // of the whole; the source's part is the counterpart of the draft's part (only disagreeing is skipped).
      if (check.isDraft && (kind === Kind.Conflict || kind === Kind.FarConflict || kind === Kind.MomentConflict) && restOfDraftWhole(check, f, g)) continue;
      // "turnout was 21.7% at noon" against a source's untimed "turnout in the last election was 48.2%"
      // where that source tells "12:00 (11:00 UTC) – turnout of 21.7%": the source's counterpart of the
      // draft's reading is the one it times alike; its untimed figure is another quantity.
      if (check.isDraft && (kind === Kind.Conflict || kind === Kind.FarConflict) && g.anchor?.granularity !== 'clock' && readAtSameClock(f, g.article)) continue;
      // "2,455 flights were delayed" / "1,927 flights were cancelled": counts of one thing told with two
      // deeds done to it are two quantities (only disagreeing is skipped).
      if ((kind === Kind.Conflict || kind === Kind.FarConflict || kind === Kind.MomentConflict) && otherDeeds(f, g)) continue;
      // "had asked for 60 cents" / "the new fare of 45 cents": what a party asked for and what was
      // decided are two quantities (findings/askedFor.ts; only disagreeing is skipped).
      if ((kind === Kind.Conflict || kind === Kind.FarConflict || kind === Kind.MomentConflict) && (asked ??= askedFor(f)) !== askedFor(g)) continue;
      // "up 18 per cent on a normal Monday" / "roughly a third of usual traffic": a change and a share (findings/changeShare.ts).
      if ((kind === Kind.Conflict || kind === Kind.FarConflict || kind === Kind.MomentConflict) && changeAgainstShare(f, g)) continue;
      // "up 0.30% on Monday's close" / "down 0.40% on Monday's close": a rise and a fall (findings/changeShare.ts).
      if ((kind === Kind.Conflict || kind === Kind.FarConflict || kind === Kind.MomentConflict) && oppositeChanges(f, g)) continue;
      // A source's expected figure disagrees only with another told as the same expectation.
      if ((kind === Kind.Conflict || kind === Kind.FarConflict) && g.inQuote && !likeExpectations(f, g, s)) continue;
      switch (kind) {
        case Kind.MomentAgree: slot(g).momentAgree.push(g); continue;
        // "Oskarsen down 3.2% at 14:31" / "Brannock up 14.6% at 15:31 BST": two shares or sums of one
        // moment with not a word in common are of two things (a count at a moment is the event's).
        case Kind.MomentConflict:
          // "41 people injured in total" / "Fourteen people went to Carrow General": people in a stated
          // condition, or taken to hospital, are a count of their own, not the moment's count of all.
          if (f.figure.unit === 'count' && f.condition !== g.condition) continue;
          // "41 injured, up from 34 last night" / "86 residents stayed there on Tuesday night": people
          // hurt and people otherwise counted are two crowds, though told of one moment.
          if (f.cls === CROWD_CLASS && toldOfHarm(f) !== toldOfHarm(g)) continue;
          // "10:00 – four skiers found so far. Police say 15 skiers were on the slope." / "10:00 – Four
          // skiers found": a source whose own reading of that moment states the other's number has its
          // counterpart there; its other count is another quantity (only disagreeing is skipped).
          if (!check.isDraft && statesAtMoment(f, g)) continue;
          // "Three of the chamber's 151 members were absent" / "five members voted against" at that
          // moment: a part of a whole told by number is a subset, not the moment's count, and is held
          // only to a part of the same whole (as a part of a named group is, below).
          if (f.figure.unit === 'count') {
            if (whole === undefined) whole = wholeOfPart(f);
            if (whole !== wholeOfPart(g)) continue;
          }
          // Shares of one count are tied by the count, whatever the words.
          if (f.figure.unit === 'count' || (f.shareOf !== undefined && f.shareOf === g.shareOf) || s.context() > 0 || s.nearShared() > 0) slot(g).momentConflict.push(g);
          continue;
        case Kind.SameNumber: {
          // "31% on last season's 15,290" / "31% below the average of 13,740": changes on two figures.
          if (otherChangeBase(f, g)) continue;
          // "closed three primary schools and a secondary, keeping 310 pupils at home" / "three primary
          // schools (310 pupils) and the secondary (190)": a part's count, no support for the whole.
          if (check.isDraft && partGivenAsWhole(f, g)) continue;
          // "leaving 1.7 million pupils without lessons" / "3.2 million pupils …, including 1.7 million
          // pupils in primary schools": a part's count told after its whole, no support for the whole.
          if (check.isDraft && f.figure.unit === 'count' && includedPartAsWhole(f, g)) continue;
          // "two years suspended for three years" / "1 year 3 months, suspended for three years": the
          // same probation told of another term is another defendant's, no support.
          if (check.isDraft && otherTerm(f, g)) continue;
          if (startOnly(g)) continue;
          // "1.35 million customers lost power" / "1.35 million were still without power by 5 p.m.":
          // those still cut off are what is left of those who lost it, no support for the loss.
          if (check.isDraft && toldAsRemainder(g) && toldAsLoss(f)) continue;
          slot(g).agree.push(g);
          if (!check.isDraft) continue;
          const sim = sameQuantity(f, g, s);
          sameNumberWords.set(g, { shared: s.nearShared(), sim });
          // "backed by nine water bombers" / "supported by nine water bombers": the same number told with
          // the very same describing words agrees in words, as such a count is held in conflict (sameDescription).
          if (sim < SUPPORT && !sameDescription(f, g)) numberOnly.add(g);
          else beside.set(g, { shared: s.nearShared(), likeness: s.nearLikeness(), sim: 0 });
          continue;
        }
        case Kind.Compatible:
          if (startOnly(g)) continue;
          if (check.isDraft && otherTerm(f, g)) continue;
          // "suspended for three years" / "suspended for four years": a probation is set exactly, so
          // another number of years is no rounding of it but another probation (or no probation).
          if (check.isDraft && probationTerm(f) !== null) { if (probationTerm(g) !== null) break; continue; }
          if (sameQuantity(f, g, s) >= SUPPORT) slot(g).agree.push(g);
          continue;
        case Kind.OtherDay:
          if (sameQuantity(f, g, s) >= SAME_QUANTITY) slot(g).agree.push(g);
          continue;
        case Kind.FarConflict:
          // "up 0.06% on the day" / "up 0.60% on the day": a draft's written digits swapped across the
          // point are the source's figure mistyped, however far apart by value (alignment/figures.ts).
          if (!sameWords(s) && !(check.isDraft && oneCondition(f, g)) && !(check.isDraft && decimalsSwapped(f.figure, g.figure))) continue;
          break;
        case Kind.Conflict: break;
      }
      // "The school's pass rate was 99.4%" / "the pass rate is 97.2%": a part's rate and the whole's
      // are two quantities; only disagreeing is skipped, so a part's figure still finds its support.
      if (f.local !== g.local) continue;
      if (!check.isDraft && !sourcesSameQuantity(check, f, g, s)) continue;
      if (check.isDraft && otherTerm(f, g)) continue;
      // "14.6 per cent, up from 13.9": a number the source's own sentence states is another quantity
      // of it, never the figure it disagrees with (another figure of that source may be). So in a
      // draft: "have recovered £4.9m … and received a combined £2.1m from …" tells £4.9m of its own,
      // and a source's £4.9m is that figure's, not a conflict of the £2.1m beside it, unless the
      // source's sentence tells both numbers too ("at 24%, down from 27%, level with X on 24%").
      if (statesItself(f, g) && (!check.isDraft || !statesItself(g, f))) continue;
      // "a nurse on 31,200 crowns" / "31,200 → roughly 35,260 crowns": a source whose own sentence
      // states this figure's number tells another quantity with its other number. Sources are held
      // both ways (sourcesDisagree asks the same), so neither side's check flags it.
      if (!check.isDraft && statesItself(g, f)) continue;
      // A change on the same exact figure is that change, whatever else is alike.
      const sameChange = sameChangeBase(f, g);
      const sim = sameChange ? Math.max(1, sameQuantity(f, g, s)) : sameQuantity(f, g, s);
      // "a nine-year-old boy" / "a seven-year-old boy": ages of the same kind of person are held together in any words.
      const sameAged = (f.agedNoun !== undefined && f.agedNoun === g.agedNoun) || oneAgedPerson(f, g);
      if (check.isDraft && sim < SAME_QUANTITY && !sameAged && !sameTermProbation(f, g) && !slip(f, g, s) && !droppedDigitDuration(f, g, s) && !sameCompanion(f, g) && !sharedRareFellow(f, g) && !sharedGivens(f, g) && !sameTally(f, g, s) && !splitLeads(f, g, s) && !oneCondition(f, g) && !sameDeed(f, g) && !sameOwner(f, g) && !addedSlip(f, g)) {
        if (sameDescription(f, g)) describedOnly.add(g);
        else {
          // "Foreign investors accounted for 18% of bids" / "60% of all bids came in for the 15-year": another holder's share.
          if (sameBase(f.figure, g.figure) && !otherHolder(f, g)) slot(g).baseConflict ??= g;
          continue;
        }
      }
      // "fell to 14.21 per cent … The new bond was priced at 14.63 per cent" against another source's
      // row "14.21% | 14.68%": a number this source states itself is another quantity of its own
      // (statesOthers drops it below), and does not take the place of that source's figure with one
      // digit of this one's changed or two swapped (the figure misreported). Only then: another
      // figure would be a guess.
      if (!check.isDraft && statesOthers(check, f, g) && slipTold(f, g.article)) continue;
      const p = slot(g);
      const near = check.isDraft ? s.nearShared() : 0;
      if (!p.contextConflict || rankedAbove(sim, near, p.contextConflict)) p.contextConflict = { ref: g, sim, near };
      if (check.isDraft) beside.set(g, { shared: s.nearShared(), likeness: s.nearLikeness(), sim });
    }
    if (beside.size > 0) for (const p of byArticle.values()) for (const a of p.agree) if (sentenceRival(f, a, p, beside)) numberOnly.add(a);
    // A change told on its base ("31% down on last season's 15,290 tonnes") that a source tells on that
    // same base otherwise is not supported by the same number told on no base ("31% down").
    if (check.isDraft && [...byArticle.values()].some((p) => p.contextConflict !== null && sameChangeBase(f, p.contextConflict.ref))) {
      for (const p of byArticle.values()) p.agree = p.agree.filter((g) => sameChangeBase(f, g));
    }
    decide(check, f, byArticle, numberOnly, describedOnly, plan, sameNumberWords, beside);
  }
}

/**
 * For one kind of a figure's words (its sentence's, or those right beside it) and each step of a
 * kept plan: how many of them the step's figure has too, and their summed squared weights. Kept
 * while the figure's words that any step's figure has are the same, in the same order: a word no
 * step's figure has adds nothing to either (typed words the sources do not use change only the
 * figure's own norm, which is worked out afresh). Words added at the end of those (typing on after
 * the figure) are added to the sums kept, in order, as summing them all would add them last.
 */
class SharedWords {
  /** Every word of any step's figure (built when the plan is first used again). */
  private union: Set<string> | undefined;
  /** The last few word lists met, newest first, with what was worked out for them. */
  private states: SharedState[] = [];

  constructor(private readonly of: (g: FigureRef) => ReadonlySet<string>) {}

  /** What is kept for a check of a figure with these words (what differs where it matters is worked out again). */
  use(words: ReadonlySet<string>, steps: readonly Step[], v: Vocabulary): SharedState {
    if (this.states.length === 0) {
      // First use: the union is not worth building for a plan that may not be used again.
      const state = { words: [...words], counts: new Int32Array(steps.length).fill(-1), squares: new Float64Array(steps.length).fill(NaN) };
      this.states.push(state);
      return state;
    }
    if (!this.union) {
      const union = this.union = new Set<string>();
      for (const s of steps) for (const w of this.of(s.g)) union.add(w);
      for (const state of this.states) state.words = state.words.filter((w) => union.has(w));
    }
    const union = this.union;
    const now: string[] = [];
    for (const w of words) if (union.has(w)) now.push(w);
    let state = this.states.find((k) => k.words.length === now.length && startsWith(now, k.words));
    if (!state) {
      // The longest list kept that starts this one: its sums go on with the words after it.
      let from: SharedState | undefined;
      for (const k of this.states) if (startsWith(now, k.words) && (!from || k.words.length > from.words.length)) from = k;
      state = { words: now, counts: new Int32Array(steps.length).fill(-1), squares: new Float64Array(steps.length).fill(NaN) };
      if (from) {
        const added = now.slice(from.words.length);
        for (let i = 0; i < steps.length; i++) {
          const theirs = this.of(steps[i].g);
          let n = from.counts[i];
          let x = from.squares[i];
          for (const w of added) {
            if (!theirs.has(w)) continue;
            if (n >= 0) n++;
            if (!Number.isNaN(x)) { const y = v.weight(w); x += y * y; }
          }
          state.counts[i] = n;
          state.squares[i] = x;
        }
      }
    }
    this.states = [state, ...this.states.filter((k) => k !== state)].slice(0, KEPT_STATES);
    return state;
  }

  /** Vocabulary.shared(words, g's).count for step i. */
  count(state: SharedState, i: number, g: FigureRef): number {
    const counts = state.counts;
    if (counts[i] < 0) {
      const theirs = this.of(g);
      let n = 0;
      for (let k = 0; k < state.words.length; k++) if (theirs.has(state.words[k])) n++;
      counts[i] = n;
    }
    return counts[i];
  }

  /** Vocabulary.sharedIn(words, g's) for step i. */
  squared(state: SharedState, i: number, g: FigureRef, v: Vocabulary): number {
    const squares = state.squares;
    if (Number.isNaN(squares[i])) squares[i] = v.sharedIn(state.words, this.of(g));
    return squares[i];
  }
}

/** Word lists kept per plan and kind: a typo and its backspace, a word typed on. */
const KEPT_STATES = 4;

/** A figure's words (those any step's figure has, once that is known) and, per step, what they share with its figure's; -1 / NaN: not yet. */
interface SharedState {
  words: readonly string[];
  counts: Int32Array;
  squares: Float64Array;
}

function startsWith(list: readonly string[], prefix: readonly string[]): boolean {
  if (prefix.length > list.length) return false;
  for (let i = 0; i < prefix.length; i++) if (list[i] !== prefix[i]) return false;
  return true;
}

/** The Surround of a figure and one step's figure at a time (at() picks the step), each answer worked out once; kept in the plan when it is kept. */
class StepSurround implements Surround {
  private step = 0;
  private g: FigureRef | undefined;
  private shared = -1;
  private nearSim = NaN;
  private sentences = NaN;
  private readonly v: Vocabulary;
  private readonly contextState: SharedState | undefined;
  private readonly nearState: SharedState | undefined;

  constructor(check: Check, private readonly f: FigureRef, private readonly plan: FigurePlan, kept: boolean) {
    this.v = check.corpus.vocabulary;
    if (!kept) return;
    this.contextState = plan.context.use(f.context, plan.steps, this.v);
    this.nearState = plan.near.use(f.near, plan.steps, this.v);
  }

  at(i: number): void {
    this.step = i;
    this.g = this.plan.steps[i].g;
    this.shared = -1;
    this.nearSim = NaN;
    this.sentences = NaN;
  }

  nearShared(): number {
    if (this.shared < 0) this.shared = this.nearState ? this.plan.near.count(this.nearState, this.step, this.g!) : this.v.shared(this.f.near, this.g!.near).count;
    return this.shared;
  }

  nearLikeness(): number {
    if (Number.isNaN(this.nearSim)) this.nearSim = this.likeness(this.f.near, this.g!.near, this.plan.near, this.nearState);
    return this.nearSim;
  }

  transposed(): boolean {
    const step = this.plan.steps[this.step];
    return step.swapped ??= transposed(this.f.figure, step.g.figure);
  }

  context(): number {
    if (Number.isNaN(this.sentences)) this.sentences = this.likeness(this.f.context, this.g!.context, this.plan.context, this.contextState);
    return this.sentences;
  }

  /** Vocabulary.similarity(a, b), from the kept shared weights when kept. */
  private likeness(a: ReadonlySet<string>, b: ReadonlySet<string>, shared: SharedWords, state: SharedState | undefined): number {
    if (!state) return this.v.similarity(a, b);
    if (a.size === 0 || b.size === 0) return 0;
    return this.v.cosine(a, b, shared.squared(state, this.step, this.g!, this.v));
  }
}

/** What a draft figure's words are to a source figure's: shared words right beside, their likeness, and sameQuantity's. */
interface Beside {
  shared: number;
  likeness: number;
  sim: number;
}

/** How much likelier, in the words right beside, a rival in the same sentence must be than the same number. */
const RIVAL_MARGIN = 0.2;

/**
 * "Hearing damage affected 4.3% of welders versus 2.1% across the industry, and 7.9% of welders left" against a draft's
 * "hearing damage affected 7.9%": one sentence of a source has the draft's number and another,
 * so the sentence's likeness cannot tell them apart; the words right beside each can. When the other
 * number's are clearly the draft's words, the same number is another quantity of that sentence.
 */
function sentenceRival(f: FigureRef, a: FigureRef, p: PerArticle, beside: ReadonlyMap<FigureRef, Beside>): boolean {
  const c = p.contextConflict?.ref;
  const own = beside.get(a);
  const rival = c && beside.get(c);
  // "down to £51.4m from £63.2m": a number the draft's sentence states as well is its other quantity.
  if (!c || !own || !rival || c.figure.sentence !== a.figure.sentence || !bounded(c) || statesItself(f, c)) return false;
  if (coordinatedPart(a, c)) return false;
  // "Six people were killed and 43 injured": the words after the pair are both figures', but only the
  // last one reaches them; a number that far off is a slip only where the source lacks the draft's own.
  if (ratio(f.figure, c.figure) > MAX_RATIO) return false;
  return rival.sim >= OUTWEIGHS_COINCIDENCE && rival.shared > own.shared && rival.likeness >= own.likeness + RIVAL_MARGIN;
}

/** Likeness at which a draft figure's conflict outweighs a source that only has its number in unlike words. */
const OUTWEIGHS_COINCIDENCE = 0.5;

/** Between a count and a part of it told in words after it: "… and", "… but", "… while". */
const PART_JOIN = /\b(?:and|but|while)\s+$/i;

/**
 * "31 hikers were rescued and eight have been admitted": a number in words joined on after a count of
 * the same thing is a part of it, told in the whole's clause; the words beside it are the whole's too,
 * so it is no rival to the whole.
 */
function coordinatedPart(whole: FigureRef, part: FigureRef): boolean {
  if (!part.figure.inWords || part.cls !== whole.cls || part.figure.span.start < whole.figure.span.end) return false;
  const between = whole.article.text.plain.slice(whole.figure.span.end, part.figure.span.start);
  return between.length <= PART_REACH && PART_JOIN.test(between);
}
/** How far after the whole its part may be (a bounded slice for PART_JOIN). */
const PART_REACH = 160;

/**
 * "more than 9,000 customers had complained" where the sources count 80,600 customers repaid: a
 * floor in numerals is a writer's rounding of a count a little above it; counts of the thing three
 * times the floor or more allow it, but are other counts, not its source (nothing else in that
 * source agrees with it or disputes it).
 */
function farAboveFloorOnly(check: Check, f: FigureRef, p: PerArticle): boolean {
  const floor = f.figure;
  if (!check.isDraft || floor.unit !== 'count' || floor.inWords || floor.range || (floor.qualifier !== 'more-than' && floor.qualifier !== 'at-least')) return false;
  if (p.agree.length === 0 || p.momentAgree.length > 0 || p.momentConflict.length > 0 || p.contextConflict !== null || p.baseConflict !== null) return false;
  return p.agree.every((g) => g.figure.interval.low >= FLOOR_REACH * floor.value);
}
/** How far above a floor a count stops being what the floor rounds. */
const FLOOR_REACH = 3;

/** A cap held to a cap of the same source in like words, which that source's figures under it do not outweigh. */
function capAgainstCap(f: FigureRef, p: PerArticle): boolean {
  const c = p.contextConflict;
  return f.figure.qualifier === 'up-to' && c !== null && c.ref.figure.qualifier === 'up-to' && c.sim >= SAME_QUANTITY;
}

/**
 * A draft's level that changes over time (changesOverTime), told at no clock and not as a peak ("the
 * station showed 41°C"), which a source tells exactly in other words ("41°C at that reading") beside
 * its reading of another clock time in the draft's words ("the 4pm reading from the station: 42.3°C"):
 * two readings of that source, not a conflict.
 */
function otherReading(f: FigureRef, told: FigureRef | undefined, g: FigureRef): boolean {
  if (told === undefined || !changesOverTime(f.figure) || f.peak || readAtMoment(f) || f.inQuote || f.figure.qualifier !== 'exact' || f.figure.range) return false;
  if (told.figure.qualifier !== 'exact' || !sameNumber(f, told) || told.cls !== f.cls || told.inQuote) return false;
  return g.anchor?.granularity === 'clock' && g.cls === f.cls && g.figure.qualifier === 'exact' && !g.inQuote;
}

function decide(check: Check, f: FigureRef, byArticle: Map<string, PerArticle>, numberOnly: ReadonlySet<FigureRef>, describedOnly: ReadonlySet<FigureRef>, plan: FigurePlan,
  sameNumberWords: ReadonlyMap<FigureRef, { shared: number; sim: number }>, beside: ReadonlyMap<FigureRef, Beside>): void {
  // The writer's sum of two sourced counts told before it, a number no source states: held to no
  // source's count (a part is no rival of the sum).
  if (check.isDraft && !f.inQuote && !check.corpus.hasValue(f.figure) && (writersSum(check, f) || writersChange(check, f))) return;
  const comparisons: ClaimComparison[] = [];
  const momentConflicts: FigureRef[] = [];
  const contextConflicts: FigureRef[] = [];
  let anyMomentAgree = false;
  /** The firm source figures that agree with this one at its moment, one a source (outnumberedAtMoment). */
  const momentSides: FigureRef[] = [];
  let openMomentAgree = false;
  let exactAgree = false;
  // Whether a source told the draft's number exactly ("1,468"), not only rounded ("nearly fifteen hundred").
  let toldExactly = false;
  let openAgree = false;
  let wordAgree = false;
  let strongConflict = false;
  // Conflicts in like words whose source also tells the draft's very reading (otherReading).
  const otherReadings = new Set<FigureRef>();
  // "about 37,000 ft" reaches 39,000, but says 37,000: where another source states that number
  // exactly against the figure, the round number is not support.
  const exactAgainst: number[] = [];
  for (const p of byArticle.values()) {
    const g = p.contextConflict?.ref;
    if (g && g.figure.qualifier === 'exact' && p.contextConflict!.sim >= OUTWEIGHS_COINCIDENCE) exactAgainst.push(g.figure.value);
  }
  // "about 36,800 residents" where a source tells "about 38,600 people" in like words: the draft's
  // figure is that one with its digits swapped, and a round "nearly forty thousand" that allows both
  // is no support.
  let swapped = false;
  for (const p of byArticle.values()) {
    const c = p.contextConflict;
    if (c && c.sim >= OUTWEIGHS_COINCIDENCE && bounded(c.ref) && transposed(f.figure, c.ref.figure)) swapped = true;
  }
  const capHeld = check.isDraft && [...byArticle.values()].some((p) => capAgainstCap(f, p));
  const roundOnly = (g: FigureRef) => !sameNumber(f, g) && ((g.figure.qualifier === 'about' &&
    exactAgainst.some((v) => equalValues(v, g.figure.value))) || (swapped && g.figure.qualifier !== 'exact'));
  for (const p of byArticle.values()) {
    if (farAboveFloorOnly(check, f, p)) continue;
    if ((exactAgainst.length > 0 || swapped) && p.agree.some(roundOnly)) p.agree = p.agree.filter((g) => !roundOnly(g));
    // "Nine people were taken to hospital": a source that counts people taken to hospital otherwise
    // ("Four people were taken to …") is not supporting it with its nine treated at the scene.
    if (f.condition !== null && p.contextConflict?.ref.condition === f.condition) p.agree = p.agree.filter((g) => g.condition === f.condition);
    if (p.momentAgree.length > 0) {
      // "more than 11,000 runners at 7 a.m." agrees with almost any count at 7; an exact count
      // another source ties to that moment, and the draft's figure contradicts, still stands.
      const firm = p.momentAgree.find(bounded);
      if (firm) { anyMomentAgree = true; momentSides.push(firm); } else openMomentAgree = true;
      comparisons.push(compare(firm ?? p.momentAgree[0], 'agrees'));
      continue;
    }
    // A count tied only to a day ("151 passengers … continue tonight") may be a part of the whole or
    // one of the day's snapshots: a source that states the figure's own number of the same thing
    // ("one hundred and seventy-four passengers") does not contradict it.
    // Between sources, "3.9% – almost four per cent – from Sunday 1 March" / "3.4% from Sunday 1 March"
    // and "the 3.9% cap announced this morning": two changes (shares or sums, not counts) that start
    // one day; the source states the figure's number, or the exact one it rounds, of another moment.
    // (A draft's number that is a source's figure of another moment is that figure moved: it stands.)
    // (Where one change's start is told of one month on both sides, sameMonthStart, the month is the moment.)
    const dayOnly = p.momentConflict.length > 0 && p.momentConflict.every((g) => g.anchor?.granularity === 'date' && !sameMonthStart(f, g)) &&
      (p.agree.some((g) => bounded(g) && sameNumber(f, g)) ||
        (!check.isDraft && f.figure.unit !== 'count' && p.momentConflict[0].article.figures.some((h) => statesRounded(f.figure, h))));
    // "47 whales on the beach at 8.17am, 31 alive and 16 dead": a source's moment told with its whole
    // and its parts; a draft's count that is one of those parts, stated in the same sentence of the
    // same thing and tied to no other moment, tells that moment too.
    // "peaked at 312,400 at 4:15 a.m. Of those, 198,600 were …": a source that ties the figure's very
    // number, of the same thing, to the clock time of its conflicting figure tells both at that moment.
    const partOfMoment = p.momentConflict.length > 0 && (p.agree.some((a) => bounded(a) && sameNumber(f, a) && a.cls === f.cls &&
      (a.anchor === null || p.momentConflict.some((g) => g.anchor === a.anchor)) &&
      p.momentConflict.some((g) => g.figure.sentence === a.figure.sentence)) || p.momentConflict.every((g) => toldBesideAtClock(f, g)));
    if (p.momentConflict.length > 0 && !dayOnly && !partOfMoment) {
      const closest = p.momentConflict.reduce((a, b) => (ratio(f.figure, a.figure) <= ratio(f.figure, b.figure) ? a : b));
      momentConflicts.push(closest);
      comparisons.push(compare(closest, 'conflicts'));
      continue;
    }
    // "up to 1.5 million litres a day" against a source's "450,000 litres a day on average … up to 1.2
    // million": two caps on one thing must agree, and a figure under the cap that the same source tells
    // beside its own cap is no support for this one.
    if (capAgainstCap(f, p)) p.agree = p.agree.filter((g) => sameNumber(f, g));
    // "walked up to 1.2 miles" / another source's "walked about 800m": a figure under a draft's cap is
    // one case of it, not its limit, and no support where a source's cap in like words disagrees ("up to 1.2 km").
    else if (capHeld) p.agree = p.agree.filter((g) => !underCap(f, g, check.tolerance));
    const exact = p.agree.find((g) => bounded(g) && !numberOnly.has(g)) ?? p.agree.find(bounded);
    // The same number in unrelated words beside a different number in like words, in one source:
    // the like words say what the source holds ("banned for four years" / "two years of service").
    const coincidence = exact !== undefined && numberOnly.has(exact) && p.contextConflict !== null &&
      bounded(p.contextConflict.ref) && p.contextConflict.sim >= OUTWEIGHS_COINCIDENCE;
    // "the weather station showed 41°C" where a live blog tells "41°C at that reading" and, in the
    // draft's words, "the 4pm reading from the weather station: 42.3°C": one source telling both
    // readings of a measure, the clocked one another moment's, does not hold the draft's to it.
    if (coincidence && otherReading(f, exact, p.contextConflict!.ref)) otherReadings.add(p.contextConflict!.ref);
    if (exact && !coincidence) { exactAgree = true; toldExactly ||= p.agree.some((g) => g.figure.qualifier === 'exact' && sameNumber(f, g)); wordAgree ||= !numberOnly.has(exact); comparisons.push(compare(exact, 'agrees')); continue; }
    // An open bound ("more than two dozen") agrees with a lot; an exact figure in the same words
    // (27) says more, and a conflict with it stands.
    if (p.contextConflict && bounded(p.contextConflict.ref) && !(check.isDraft && pairedInSentences(f, p.contextConflict.ref))) {
      strongConflict ||= p.contextConflict.sim >= OUTWEIGHS_COINCIDENCE;
      contextConflicts.push(p.contextConflict.ref);
      comparisons.push(compare(p.contextConflict.ref, 'conflicts'));
      continue;
    }
    // "fell as much as 7.8% … dragging the index down 1.9%": a source's open bound whose number the
    // draft's own sentence states is that figure's bound, no support for another figure beside it.
    const open = check.isDraft ? p.agree.filter((g) => bounded(g) || !statesItself(f, g)) : p.agree;
    if (open.length > 0) { openAgree = true; comparisons.push(compare(open[0], 'agrees')); continue; }
    if (p.contextConflict) { contextConflicts.push(p.contextConflict.ref); comparisons.push(compare(p.contextConflict.ref, 'conflicts')); }
  }
  check.view('figure', f.figure.span, describe(f.figure), comparisons);
  if (!check.isDraft) {
    // Sources are held to each other where they speak of the same moment, or of one fixed
    // quantity in the very same words.
    let held: FigureRef[];
    if (momentConflicts.length > 0) held = momentConflicts;
    else if (contextConflicts.length > 0) {
      // A number this sentence also states itself is another quantity ("to $1.84bn from $1.96bn"; a
      // list of ages, one per person), whether or not another source agrees with this figure.
      // A duration has one value: agreeing with a third source does not make another one's span agree.
      held = ((exactAgree || openAgree) && f.cls !== 'duration' ? corroborated(check, f, byArticle, contextConflicts) : contextConflicts).filter((g) => !statesItself(f, g) && !toldAsChange(check, f, g));
    } else {
      // A measure told in digits is held both as a measure and as a rare count: one source's figure once.
      held = [...durationHeldAgainst(check, f, byArticle), ...measureHeldAgainst(check, f, byArticle), ...countHeldAgainst(check, f, byArticle)]
        .filter((g, i, all) => !statesItself(f, g) && all.findIndex((h) => h.article === g.article && h.figure.span.start === g.figure.span.start) === i);
    }
    // Each side of a dispute is held against the other: what the check of a source this figure agrees
    // with holds that source against is held against this figure too (figureHeldThroughAgreeing).
    const through = figureHeldThroughAgreeing(check, f, byArticle, held);
    const round = roundHeldThroughExact(check, f, byArticle, [...held, ...through]);
    const kept = [...held, ...through, ...round].filter((g) => !statesOthers(check, f, g));
    // "At Pearson we measured twenty-five millimetres. … but twenty-five millimetres of ice on a
    // branch is a lot": one claim, flagged where its paragraph first tells it.
    if (kept.length > 0 && !toldBeforeInParagraph(f)) report(check, f, kept);
    return;
  }
  if (momentConflicts.length > 0 && !anyMomentAgree) { report(check, f, momentConflicts); return; }
  if (momentConflicts.length > 0) {
    const other = outnumberedAtMoment(check, f, momentSides, momentConflicts);
    if (other.length > 0) { report(check, f, other); return; }
  }
  // "51 of them on the Pacific side" where a source tells "61 of them on the Pacific side … and 51 on
  // the Atlantic side": the number of the other named part (findings/swappedParts.ts).
  const swappedParts = swappedPartSources(check, f);
  if (swappedParts.length > 0) { report(check, f, swappedParts); return; }
  if (!anyMomentAgree && !openMomentAgree) {
    const rivals = anotherQuantity(check, f, byArticle, sameNumberWords, beside);
    if (rivals.length > 0) { report(check, f, rivals); return; }
  }
  // A source that ties the draft's number to its moment ("1400H … 212 cancelled flights") is one more
  // on the draft's side: the sources the sides themselves dispute are still the other side.
  if (exactAgree && wordAgree && !openMomentAgree && contextConflicts.length > 0) {
    const other = disputed(check, f, byArticle, numberOnly, contextConflicts);
    if (other.length > 0) { report(check, f, other); return; }
  }
  if (exactAgree && wordAgree && !anyMomentAgree && !openMomentAgree) {
    const other = majorityDisputed(check, f, byArticle, numberOnly, plan);
    if (other.length > 0) { report(check, f, other); return; }
  }
  // A draft on the many's side of a dispute whose other side its words do not reach: a source of its
  // number, in its words, is held by its own check to a third source's (draftHeldThroughAgreeing).
  if (exactAgree && wordAgree && !anyMomentAgree && !openMomentAgree) {
    const other = draftHeldThroughAgreeing(check, f, byArticle, numberOnly);
    if (other.length > 0) { report(check, f, other); return; }
  }
  // "SEK 1.4 billion (about $122 million)" where sources convert that very sum to "about €122
  // million": the number is theirs in another currency, whatever other conversion it comes near
  // ("about $130 million").
  if (convertedSum(f) && !anyMomentAgree) {
    const currency = otherCurrency(check, f);
    if (currency.length > 0) { report(check, f, currency); return; }
  }
  // "46lb of pangolin scales" where sources say "46kg of pangolin scales": the unit misread, whatever
  // a loose bound of the draft's ("up to 880 metres") lets agree (findings/measureUnit.ts).
  if (!anyMomentAgree) {
    const units = otherUnitSources(check, f);
    if (units.length > 0) { report(check, f, units); return; }
  }
  // "1,468 services" where sources tell "1,486 services" exactly and one rounds to "nearly fifteen
  // hundred": two digits swapped against an exact count, which a rounding that allows both cannot settle.
  if (!anyMomentAgree && !openMomentAgree && exactAgree && !toldExactly && f.figure.qualifier === 'exact') {
    const swapped = contextConflicts.filter((g) => g.figure.qualifier === 'exact' && transposed(f.figure, g.figure));
    if (swapped.length > 0) { report(check, f, swapped); return; }
  }
  // "could spend up to €2.5 million" where sources tell "up to 2,500,000 zł (about €590,000)": a cap
  // in the currency the sources convert it into; the sums under it that agree are no support.
  if (check.isDraft && capped(f) && !anyMomentAgree && !openMomentAgree && !toldExactly) {
    const currency = otherCurrency(check, f);
    if (currency.length > 0) { report(check, f, currency); return; }
  }
  // The same number said of something else ("asked for five years") is a coincidence beside a
  // conflict told in like words ("three years of supervised release").
  if (anyMomentAgree || openMomentAgree || (exactAgree && (wordAgree || !strongConflict))) return;
  // "runs 214 branches in the region … By noon, 197 branches had switched": a draft's count read at a
  // clock time, where the draft states a source's untimed number of the same specific thing itself
  // (the whole), is a snapshot of it, not that number misreported. Not for a crowd of people, whose
  // many counts ("12 dead … 15 injured") are many things.
  const snapshot = f.anchor?.granularity === 'clock' && f.cls !== null && f.cls.startsWith('count:') && f.cls !== CROWD_CLASS;
  const agreeing = [...byArticle.values()].flatMap((p) => p.agree);
  const ownConverted = check.isDraft && convertedFrom(f) !== null && ownSumConverted(check, f);
  const others = contextConflicts.filter((g) => !(ownConverted && otherSumConverted(f, g)) && !boundToldBeside(f, g) && !otherSnapshot(f, g, agreeing));
  const readings = exactAgree && otherReadings.size > 0 ? others.filter((g) => !otherReadings.has(g)) : others;
  const ownNumbers = snapshot
    ? readings.filter((g) => equalValues(g.figure.value, f.figure.value) || g.anchor?.granularity === 'clock' || !articleStates(check, f, f.cls!, g.figure.value)) : readings;
  // Held only by describing words, a conflict does not outweigh an open bound that allows the figure.
  if (ownNumbers.length > 0 && !(openAgree && ownNumbers.every((g) => describedOnly.has(g)))) { report(check, f, ownNumbers); return; }
  if (ownNumbers.length < others.length) return;
  const consensus = plan.consensus ??= durationConsensus(check, f);
  if (consensus.length > 0) { report(check, f, consensus); return; }
  if (openAgree) return;
  // "Its basket tracks 184,000 goods" where sources tell "712 goods … 184,000 prices": the number of another thing.
  const misnamed = otherThingsNumber(check, f);
  if (misnamed.length > 0) { report(check, f, misnamed); return; }
  // "a €250,000 hardship fund" where sources tell "a £250,000 hardship fund": the currency misread.
  const currency = otherCurrency(check, f);
  if (currency.length > 0) { report(check, f, currency); return; }
  // "€92 million (£97.1 million)" where the sources tell 79.1 million pounds: a sum converted in
  // brackets is the writer's arithmetic and needs no source, but one that is a source's sum in its
  // currency with neighbouring digits swapped, or at another scale word, is that sum misreported.
  // "38.6 million złoty (about €19.1m)" where a source gives "(about €9.1m)": the writer's conversion
  // in brackets went wrong, and the source's conversion of that same sum says so.
  const misconverted = misconvertedFigure(check, f);
  if (misconverted.length > 0) { report(check, f, misconverted); return; }
  // "about 400 tonnes, or some 27,000 barrels" where a source tells "about 400 tonnes, or roughly 2,700 barrels".
  const restated = misrestatedWithOr(check, f);
  if (restated.length > 0) { report(check, f, restated); return; }
  if (convertedSum(f) && !check.corpus.hasValue(f.figure)) {
    const slipped = misreportedSum(check, f);
    if (slipped.length > 0) { report(check, f, slipped); return; }
  }
  if (isUnsourced(check, f) || untoldAction(check, f)) {
    // A share no source states, of a base the sources give another share of, contradicts them
    // rather than adding a fact: the flag it gets anyway names what it disagrees with.
    const base = [...byArticle.values()].flatMap((p) => (p.baseConflict && p.agree.length === 0 ? [p.baseConflict] : []));
    if (base.length > 0) { report(check, f, base); return; }
    const slipped = misreportedSum(check, f);
    if (slipped.length > 0) { report(check, f, slipped); return; }
    const misrounded = floorRoundedUp(check, f);
    if (misrounded.length > 0) { report(check, f, misrounded); return; }
    // "58 litres" where sources tell "85 litres" of the same thing: two digits swapped (findings/swappedPair.ts).
    const swappedPair = swappedPairSources(check, f);
    if (swappedPair.length > 0) { report(check, f, swappedPair); return; }
    check.add('unsourced-claim', 'info', f.figure.span, `no source supports this figure: ${quoted(f.figure.text)}`, []);
  }
}

/**
 * "Eleven people were taken to hospital" where two sources say eleven and a third says 12: the draft
 * sides with one side of a disagreement the sources have among themselves. Its conflict with a figure
 * of the other side, told in like words, stands when a source figure the draft agrees with in like
 * words is held to that figure as sources are held to each other (sourcesSameQuantity): the editor
 * sees that the sources dispute it. A source that also states the draft's figure is on no side.
 */
function disputed(check: Check, f: FigureRef, byArticle: Map<string, PerArticle>, numberOnly: ReadonlySet<FigureRef>, conflicts: readonly FigureRef[]): FigureRef[] {
  // A draft's expectation ("expects to save about £2.1m") is on the side of sources that tell it as an
  // expectation, against another source's expectation (likeExpectations); quoted figures take no side.
  if (f.inQuote && !f.expected) return [];
  const expectation = f.inQuote;
  const taking = (a: FigureRef) => (expectation ? bothExpected(f, a) : !a.inQuote);
  const sides: FigureRef[] = [];
  for (const p of byArticle.values()) for (const a of p.agree) if (bounded(a) && !numberOnly.has(a) && taking(a)) sides.push(a);
  // Every side against every conflict: past a story's worth of figures (an archive's repeated
  // coverage) that costs a keystroke too much, and the draft stays unflagged, as clock times do.
  if (sides.length + conflicts.length > MAX_DISPUTE_CLAIMS) return [];
  // "$2.3 million in overtime" where a source on the draft's side tells "$3.8 million … including $2.3
  // million": a side whose own article states the other figure's number itself is not at odds with it
  // (its own check drops the pair, statesOthers).
  return conflicts.filter((g) => taking(g) && sides.some((a) => a.article !== g.article && !sideStatesOther(a, g) && sourcesDisagree(check, a, g)));
}

/**
 * A draft on the many's side of a dispute the sources have at one moment is held to the other side
 * too (the project's convention), as the sources are held to each other: "heard 63 witnesses" in a
 * trial that opened on 10 January, where two sources tell 63 and one tells 68 of that same moment, or
 * "the queue reached 21 vessels at its peak" where two sources tell 21 and a radio twenty-three ships.
 * sides are the firm source figures that agree with the draft's at its moment (one a source),
 * conflicts the closest figure of each source against it there. As for clock times, a draft with one
 * source against one other is told nothing: its side must be two sources or more and outnumber the
 * other. A figure of the other side is held where a source on the draft's side is at odds with it:
 * tying the draft's very number to the same moment (sameMomentAtOdds), or held to it as sources are
 * held to each other (sourcesDisagree). A figure the draft quotes is the speaker's (as for disputed).
 */
function outnumberedAtMoment(check: Check, f: FigureRef, sides: readonly FigureRef[], conflicts: readonly FigureRef[]): FigureRef[] {
  if (f.inQuote || sides.length === 0) return [];
  const sideArticles = new Set(sides.map((a) => a.article.path));
  if (sideArticles.size < MAJORITY_SIDES || sideArticles.size <= new Set(conflicts.map((g) => g.article.path)).size) return [];
  return conflicts.filter((g) => !g.inQuote && bounded(g) &&
    sides.some((a) => a.article !== g.article && (sameMomentAtOdds(check, f, a, g) || sourcesDisagree(check, a, g))));
}

/** Whether a source figure a, telling the draft figure f's very number, and another source's g tie two incompatible numbers of one thing to one moment. */
function sameMomentAtOdds(check: Check, f: FigureRef, a: FigureRef, g: FigureRef): boolean {
  return !a.inQuote && sameNumber(f, a) && sameFigureMoment(a, g) && a.condition === g.condition && ratio(a.figure, g.figure) <= MOMENT_RATIO &&
    !compatible(a.figure, g.figure, check.tolerance) && !compatible(g.figure, a.figure, check.tolerance);
}

/** Sources at least that must tell the draft's number in its words for majorityDisputed, and be on its side for outnumberedAtMoment. */
const MAJORITY_SIDES = 2;

/**
 * "Hailstones up to 7.4 cm" in a draft, where two sources or more tell 7.4 cm in its words and a
 * further source's "8.4 cm", told in other words than the draft's, is held to theirs as sources are
 * held to each other (sourcesDisagree): the draft repeats the majority's side of a dispute the sources
 * have, and is held to the other side too (the project's convention). The other side must be told by
 * fewer sources than the draft's; a source that also states the draft's number is on no side.
 */
function majorityDisputed(check: Check, f: FigureRef, byArticle: Map<string, PerArticle>, numberOnly: ReadonlySet<FigureRef>, plan: FigurePlan): FigureRef[] {
  if (f.inQuote || !bounded(f) || f.figure.unit !== 'duration') return [];
  const sides: FigureRef[] = [];
  const sideArticles = new Set<string>();
  for (const p of byArticle.values()) {
    for (const a of p.agree) {
      if (!bounded(a) || numberOnly.has(a) || a.inQuote || !sameNumber(f, a)) continue;
      sides.push(a);
      sideArticles.add(a.article.path);
    }
  }
  if (sideArticles.size < MAJORITY_SIDES) return [];
  const conflicts: FigureRef[] = [];
  for (const step of plan.steps) {
    const g = step.g;
    if (step.kind !== Kind.Conflict || g.inQuote || !bounded(g) || sideArticles.has(g.article.path) || g.cls === null) continue;
    // "$52.5 million of the $84 million": a number the draft or a source on its side states too is
    // another quantity of the story, not the other side of a dispute.
    if (articleStates(check, f, g.cls, g.figure.value) || sides.some((a) => statesOfClass(a.article, g.cls!, g.figure.value))) continue;
    // "about 14 km south-east of the town" / "Depth: 10 km": with not a word of the draft's beside it
    // nor in its sentence, the other figure may measure another thing.
    const t = surround(check, f, g);
    if (t.nearShared() === 0 && t.context() < SLIP_CONTEXT) continue;
    conflicts.push(g);
  }
  if (conflicts.length === 0 || sides.length + conflicts.length > MAX_DISPUTE_CLAIMS) return [];
  const out = conflicts.filter((g) => sides.some((a) => sourcesDisagree(check, a, g)));
  const others = new Set(out.map((g) => g.article.path));
  return others.size < sideArticles.size ? out : [];
}

/** Whether side figure a's own article states g's number in a's class, told as one number (as statesOthers asks of it). */
function sideStatesOther(a: FigureRef, g: FigureRef): boolean {
  if (!a.cls || a.cls !== g.cls || a.cls === TALLY_CLASS || a.cls === CROWD_CLASS || a.inQuote || g.inQuote) return false;
  return statesOfClass(a.article, a.cls + SINGLE, g.figure.value);
}

/** Most figures, agreeing and conflicting together, the draft's dispute test weighs (findings/times.ts weighs as many times). */
const MAX_DISPUTE_CLAIMS = 24;

/** Two source figures that a check of either source holds to each other and finds in conflict. */
function sourcesDisagree(check: Check, a: FigureRef, g: FigureRef): boolean {
  if (compatible(a.figure, g.figure, check.tolerance) || compatible(g.figure, a.figure, check.tolerance) || differentFigureMoments(a, g)) return false;
  if (ratio(a.figure, g.figure) > MAX_RATIO || a.starting !== g.starting || statesItself(a, g) || statesItself(g, a)) return false;
  return sourcesSameQuantity(check, a, g, surround(check, a, g)) || sourcesSameQuantity(check, g, a, surround(check, g, a));
}

/** Sources that must tell the draft's thing with another number, in its words, for anotherQuantity. */
const RIVAL_SOURCES = 3;
/** Words right beside the draft's figure that the rival must have, and how many more than the same number has. */
const RIVAL_SHARED = 2;
const RIVAL_LEAD = 2;

/**
 * "like-for-like sales rose 6.2%" where three sources or more tell like-for-like sales at 3.8% and
 * give 6.2% only to revenue: the draft's number is another quantity's, and its own thing has another
 * number. Per source: the figure in conflict has at least two of the words right beside the draft's
 * figure, two more than the source's figure of the draft's number has (one more when that one is not
 * in like words at all), and the sources that do so tell one value. Not when any source tells the
 * draft's figure, or one compatible with it, in like words without such a rival (the draft sides with
 * it), when a source ties a figure to the draft's moment, or when the draft's own sentence states the
 * rival's number too (the two quantities side by side).
 */
function anotherQuantity(check: Check, f: FigureRef, byArticle: Map<string, PerArticle>, sameNumberWords: ReadonlyMap<FigureRef, { shared: number; sim: number }>,
  beside: ReadonlyMap<FigureRef, Beside>): FigureRef[] {
  if (f.inQuote || !bounded(f) || byArticle.size < RIVAL_SOURCES) return [];
  const rivals: FigureRef[] = [];
  for (const p of byArticle.values()) {
    if (p.momentAgree.length > 0 || p.momentConflict.length > 0) return [];
    // A compatible figure of another number in like words: the draft's figure may be its rounding.
    if (p.agree.some((g) => !sameNumberWords.has(g))) return [];
    let own = 0;
    let ownAlike = false;
    for (const g of p.agree) {
      const w = sameNumberWords.get(g)!;
      own = Math.max(own, w.shared);
      ownAlike ||= w.shared >= RIVAL_SHARED || w.sim >= SAME_QUANTITY;
    }
    const c = p.contextConflict;
    const rival = c && bounded(c.ref) && !c.ref.inQuote && c.sim >= SAME_QUANTITY ? beside.get(c.ref) : undefined;
    if (c && rival && rival.shared >= RIVAL_SHARED && rival.shared >= own + (ownAlike ? RIVAL_LEAD : 1)) { rivals.push(c.ref); continue; }
    // The draft's figure in like words with no rival that outweighs it: the draft sides with this source.
    if (ownAlike && !(rival && rival.shared >= RIVAL_SHARED)) return [];
  }
  if (rivals.length < RIVAL_SOURCES) return [];
  if (rivals.some((g) => !compatible(g.figure, rivals[0].figure, check.tolerance) || !compatible(rivals[0].figure, g.figure, check.tolerance))) return [];
  if (rivals.some((g) => statesItself(f, g))) return [];
  return rivals;
}

/**
 * A sum told at another scale word: "$41 million" for "$41 billion", "£2.5bn" for "£2.5m". Apart from
 * planOf's SCALE_SLIPS (any figure, like words only): a sum in one currency is held in any words.
 */
const SUM_SCALE_RATIOS = [1e3, 1e6, 1e9];

/** A sum of money in brackets right after another ("€92 million (£97.1 million)"), not inside a quotation. */
/** The sum f converts, in brackets ("Rp 2.45 million (about A$227)") or after a comma ("2.45 million rupiah, about A$227,"). */
function convertedFrom(f: FigureRef): Figure | null {
  return bracketedAfter(f.article, f.index) ?? commaConvertedSum(f.article, f.index);
}

/** Right before a sum, the words that tell it as an addition: "an extra", "additional revenue of", "an increase of". */
const ADDED_BEFORE = /\b(?:an[ \t]+extra|(?:an[ \t]+)?increase[ \t]+of|additional[ \t]+(?:[\p{L}-]+[ \t]+)?of)[ \t]+$/iu;

/**
 * A sum told as an addition ("an extra 8.4 billion yen a year", "an increase of about 7.4 billion
 * yen"): the difference between two sums of one thing, which a writer may tell with or without the
 * stretch the sums are told of; two such sums one digit apart are one difference misreported.
 */
function addedSum(r: FigureRef): boolean {
  if (r.figure.unit !== 'money') return false;
  const start = r.figure.span.start;
  const before = r.article.text.plain.slice(Math.max(0, start - 40), start);
  return ADDED_BEFORE.test(before);
}

/** Two sums each told as an addition (addedSum), one written digit apart: one difference misreported. */
function addedSlip(f: FigureRef, g: FigureRef): boolean {
  return f.figure.unit === 'money' && g.figure.unit === 'money' && f.figure.measure === g.figure.measure && !g.inQuote &&
    oneDigitChanged(f.figure, g.figure) && addedSum(f) && addedSum(g);
}

/** The sum a source figure converts: in brackets, after a comma, or joined by "or". */
function sourceConverted(g: FigureRef): Figure | null {
  return bracketedAfter(g.article, g.index) ?? commaConvertedSum(g.article, g.index) ?? convertedWithOr(g);
}

/** Whether a source converts the draft figure's own sum (the same number in the same currency) into its currency. */
function ownSumConverted(check: Check, f: FigureRef): boolean {
  const mine = convertedFrom(f);
  if (mine === null || mine.unit !== 'money') return false;
  for (const source of check.others()) {
    for (const g of source.figures) {
      if (g.figure.unit !== 'money' || g.figure.measure !== f.figure.measure) continue;
      const theirs = sourceConverted(g);
      if (theirs !== null && theirs.unit === 'money' && theirs.measure === mine.measure && equalValues(theirs.value, mine.value)) return true;
    }
  }
  return false;
}

/**
 * "rooms from 20,000 to 49,999 yen a levy of 4,000 yen, about $40" / a source's "a levy of 10,000 yen,
 * or about $67": two conversions of two different sums in one currency are two quantities, however
 * alike their words, where a source converts the draft's own sum (ownSumConverted): the draft's
 * conversion is held to that one. (With none, a like-worded conversion is still the nearest rival.)
 */
function otherSumConverted(f: FigureRef, g: FigureRef): boolean {
  if (f.figure.unit !== 'money' || g.figure.unit !== 'money') return false;
  const mine = convertedFrom(f);
  const theirs = sourceConverted(g);
  return mine !== null && theirs !== null && mine.unit === 'money' && theirs.unit === 'money' && mine.measure === theirs.measure &&
    !equalValues(mine.value, theirs.value);
}

/**
 * "the top band applies to rooms of 100,000 yen or more" where a source tells "the new top band of
 * 15,000 yen applies to rooms costing 100,000 yen or more": a source that states the draft's very bound
 * (the same number told as the same bound, of the same thing) holds it; its other number in like words,
 * beside it, is another quantity (what applies above the bound), not the draft's figure misreported.
 */
function boundToldBeside(f: FigureRef, g: FigureRef): boolean {
  const q = f.figure.qualifier;
  if (q === 'exact' || q === 'about' || f.cls === null) return false;
  return g.article.figures.some((h) => h !== g.figure && h.sentence === g.figure.sentence && h.qualifier === q &&
    equalValues(h.value, f.figure.value) && figureClass(h) === f.cls);
}

/**
 * "gathered more than 23,000 signatures" (told of no moment) where one source tells "more than 23,000
 * signatures by Friday morning" and another "21,400 signatures by Thursday evening": the draft repeats
 * one source's reading of a growing count, and the other's number, tied to another moment, is an
 * earlier or later reading of it, not the draft's figure misreported.
 */
function otherSnapshot(f: FigureRef, g: FigureRef, agreeing: readonly FigureRef[]): boolean {
  // A peak ("peaked at 39°C") is one quantity of the whole story, not a reading at some moment.
  if (f.anchor !== null || g.anchor === null || f.peak) return false;
  return agreeing.some((a) => a.article !== g.article && a.anchor !== null && sameNumber(f, a) && a.figure.qualifier === f.figure.qualifier &&
    differentFigureMoments(a, g));
}

function convertedSum(f: FigureRef): boolean {
  if (f.figure.unit !== 'money' || f.index === 0 || f.article.figures[f.index - 1].unit !== 'money' || convertedFrom(f) === null) return false;
  const { start, end } = f.figure.span;
  return !f.article.quotes.some((q) => q.pieces.some((p) => p.start <= start && end <= p.end));
}

/**
 * Two sums that tell their number the same way: with the same qualifier, or one "about" and one bare
 * ("about NOK 4.2 million" / "NOK 4.2 billion"): both state the number itself, where a bound ("more
 * than", "up to") states only one side of it.
 */
function sameTelling(a: Figure, b: Figure): boolean {
  const point = (q: Figure['qualifier']) => q === 'exact' || q === 'about';
  return a.qualifier === b.qualifier || (point(a.qualifier) && point(b.qualifier));
}

/**
 * A sum of money no source states, that is a source's sum in the same currency misreported: two
 * neighbouring digits swapped ("€1,394" / "€1,349") or the same number at another scale ("about
 * $41 million" / "about $41 billion"). It is flagged anyway; the flag names the sum it contradicts
 * rather than calling it a new fact. One per source, not in a quotation.
 */
function misreportedSum(check: Check, f: FigureRef): FigureRef[] {
  if (f.figure.unit !== 'money' || f.figure.range || isVague(f.figure)) return [];
  const out: FigureRef[] = [];
  const seen = new Set<string>();
  for (const g of check.corpus.figureCandidates(f, 0, SUM_SCALE_RATIOS[SUM_SCALE_RATIOS.length - 1] * 1.001, check.article.path)) {
    if (g.article.path === check.article.path || seen.has(g.article.path) || g.inQuote || g.figure.range || isVague(g.figure) || g.cls !== f.cls) continue;
    const r = ratio(f.figure, g.figure);
    const rescaled = sameTelling(f.figure, g.figure) && SUM_SCALE_RATIOS.some((k) => equalValues(r, k));
    if (!rescaled && !transposed(f.figure, g.figure) && !decimalSlipped(f.figure, g.figure)) continue;
    seen.add(g.article.path);
    out.push(g);
  }
  return out;
}

/** Ratios of a decimal point slipped or a zero added: "US$13,800" for "US$1,380". */
const DECIMAL_SLIPS = [10, 100];
/** Significant digits both sums need, so that the same digits are seldom the same by chance ("1,380", not "1,500"). */
const DECIMAL_SLIP_DIGITS = 3;

/**
 * "about US$13,800" where the sources tell "about US$1,380": the same digits, ten or a hundred times
 * off, told the same way. Digits seldom told by chance (three significant ones at least) make it one
 * sum with its decimal point slipped, not another sum.
 */
function decimalSlipped(a: Figure, b: Figure): boolean {
  if (!sameTelling(a, b) || significantDigits(a.value) < DECIMAL_SLIP_DIGITS || significantDigits(b.value) < DECIMAL_SLIP_DIGITS) return false;
  const r = ratio(a, b);
  return DECIMAL_SLIPS.some((k) => equalValues(r, k));
}

/**
 * Between a prison term and its probation: "two years suspended for", "two-year sentence suspended
 * for", "2 years' imprisonment, conditionally suspended for a probation period of".
 */
const SUSPENDED_FOR = /^['’]?\s{0,3}(?:(?:sentence|term|jail term|prison term|imprisonment|in prison|in jail)\s{0,3})?,?\s{0,3}(?:conditionally\s{1,3})?suspended\s{1,3}for\s{1,3}(?:a\s{1,3}(?:probation(?:ary)?\s{1,3})?period\s{1,3}of\s{1,3})?$/i;
const MONTHS_IN: Partial<Record<string, number>> = { year: 12, month: 1 };

/** The term, in months, whose probation a duration tells ("two years suspended for three years" → 24 for the "three years"); null when it tells none. */
function probationTerm(r: FigureRef): number | null {
  const before = r.index > 0 ? r.article.figures[r.index - 1] : undefined;
  const months = r.figure.unit === 'duration' ? MONTHS_IN[r.figure.measure ?? ''] : undefined;
  const per = before?.unit === 'duration' ? MONTHS_IN[before.measure ?? ''] : undefined;
  if (!before || months === undefined || per === undefined || before.sentence !== r.figure.sentence || before.range) return null;
  const between = r.article.text.plain.slice(before.span.end, r.figure.span.start);
  return between.length <= 80 && SUSPENDED_FOR.test(between) ? before.value * per : null;
}

/** Two probations, each told after a term, of two terms: another sentence's probation, however alike the number. */
function otherTerm(f: FigureRef, g: FigureRef): boolean {
  const mine = probationTerm(f);
  if (mine === null) return false;
  const theirs = probationTerm(g);
  return theirs !== null && Math.abs(theirs - mine) > 1e-9;
}

/** Two probations, each told after the same term: one quantity, whatever else their sentences say. */
function sameTermProbation(f: FigureRef, g: FigureRef): boolean {
  const mine = probationTerm(f);
  const theirs = mine === null ? null : probationTerm(g);
  return theirs !== null && Math.abs(theirs - mine!) < 1e-9;
}

/** A figure inside someone's quotation. */
function quotedWords(r: FigureRef): boolean {
  const { start, end } = r.figure.span;
  return r.article.quotes.some((q) => q.pieces.some((p) => p.start <= start && end <= p.end));
}

/** Between a sum and its conversion joined by "or": "4.8 crore rupees, or about $560,000", "₹48 million or roughly $560,000". */
const OR_BETWEEN = /^,?[ \t]+or[ \t]+$/;

/**
 * The sum a source's sum converts when the two are joined by "or" ("4.8 crore rupees, or about
 * $560,000"), as a conversion in brackets is: the figure right before it in its sentence, a sum in
 * another currency; null when none.
 */
function convertedWithOr(g: FigureRef): Figure | null {
  const before = g.index > 0 ? g.article.figures[g.index - 1] : undefined;
  if (!before || before.sentence !== g.figure.sentence || before.unit !== 'money' || g.figure.unit !== 'money' || figureClass(before) === g.cls) return null;
  return OR_BETWEEN.test(g.article.text.plain.slice(before.span.end, g.figure.span.start)) ? before : null;
}

/**
 * The figure a measure or count restates in another unit when the two are joined by "or" ("about 400
 * tonnes, or roughly 2,700 barrels"): the figure right before it in its sentence, neither of them money,
 * of another class; null when none. (Sums are convertedWithOr's.)
 */
function restatedWithOr(r: FigureRef): Figure | null {
  const before = r.index > 0 ? r.article.figures[r.index - 1] : undefined;
  if (!before || before.sentence !== r.figure.sentence || before.unit === 'money' || r.figure.unit === 'money' || figureClass(before) === r.cls) return null;
  return OR_BETWEEN.test(r.article.text.plain.slice(before.span.end, r.figure.span.start)) ? before : null;
}

/**
 * "about 400 tonnes, or some 27,000 barrels" in a draft, where a source restates the very same figure
 * in the same unit after "or" and gets "roughly 2,700 barrels": the draft's arithmetic (or a slipped
 * digit) went wrong, and that source's restatement of the same figure says so. Held only where the two
 * lie a quarter or more apart, up to a power of ten (MISCONVERTED_MAX), as a sum's conversion is
 * (misconvertedFigure): two writers' rounding or factor does not part them that far. Not money (its
 * rates are misconvertedFigure's), not a range, a vague count or words in quotation marks.
 */
function misrestatedWithOr(check: Check, f: FigureRef): FigureRef[] {
  if (!check.isDraft || f.cls === null || quotedWords(f) || f.figure.range || isVague(f.figure)) return [];
  const original = restatedWithOr(f);
  if (!original || original.range || isVague(original)) return [];
  const originalClass = figureClass(original);
  const out: FigureRef[] = [];
  const seen = new Set<string>();
  for (const g of check.corpus.figureCandidates(f, 0, MISCONVERTED_REACH, check.article.path)) {
    if (g.article.path === check.article.path || seen.has(g.article.path) || quotedWords(g) || g.figure.range || isVague(g.figure) || g.cls !== f.cls) continue;
    if (ratio(f.figure, g.figure) < MISCONVERTED_RATIO) continue;
    const theirs = restatedWithOr(g);
    if (!theirs || figureClass(theirs) !== originalClass || !equalValues(theirs.value, original.value)) continue;
    seen.add(g.article.path);
    out.push(g);
  }
  return out;
}

/** How far apart a draft's conversion and a source's of the same figure must be: more than two outlets' rates or roundings part them. */
const MISCONVERTED_RATIO = 1.25;
/** The farthest apart a draft's conversion joined by "or" is held to a source's: short of a power of ten. */
const OR_CONVERSION_MAX = 5;
/** The farthest apart they are looked for: a slip of a whole power of ten ("$5.6m" for "$560,000") is in reach. */
const MISCONVERTED_MAX = 10;
/** The ratio asked of the figure index: a hair over MISCONVERTED_MAX, whose bound a ratio of exactly ten may miss in floating point. */
const MISCONVERTED_REACH = MISCONVERTED_MAX * 1.001;

/**
 * Closer than MISCONVERTED_RATIO, a draft's conversion still disagrees with a source's where it is the
 * same sum converted at the rate the wrong way round: "$9.4 million (about €10.2 million)" where a
 * source gives "(about €8.6 million)" at 0.91 euros to the dollar, the draft having divided by the rate.
 * The two conversions lie at least this far apart (more than rounding)…
 */
const INVERTED_APART = 1.05;
/** …and the draft's rate times the source's is one within this. */
const INVERTED_SLACK = 0.03;

/** The draft's conversion of `original` to `mine` used the inverse of the rate that took it to `theirs`. */
function invertedRate(original: number, mine: number, theirs: number): boolean {
  if (original <= 0 || mine <= 0 || theirs <= 0) return false;
  return Math.abs((mine / original) * (theirs / original) - 1) <= INVERTED_SLACK;
}

/**
 * "38.6 million złoty (about €19.1m)" in a draft, where a source converts the same sum in brackets into
 * the same currency and gets "about €9.1m": the draft's arithmetic went wrong. Held only to a source's
 * conversion of the very same sum, a quarter or more away (two outlets' exchange rates do not part that
 * far). A measure has no rate to argue over: its wrong conversions are otherConversions'.
 */
function misconvertedFigure(check: Check, f: FigureRef): FigureRef[] {
  // (A sum converted in brackets is held loosely, as quoted, everywhere else: here only real quotations are left out.)
  if (!check.isDraft || f.figure.unit !== 'money' || quotedWords(f) || f.figure.range || isVague(f.figure) || f.cls === null) return [];
  // "NZ$52,000, or about US$41,200": the draft's conversion joined by "or", as a source's is read (convertedWithOr).
  const bracketed = convertedFrom(f);
  const original = bracketed ?? convertedWithOr(f);
  if (!original || original.range || isVague(original)) return [];
  if ((bracketed !== null && !convertedSum(f)) || original.unit !== 'money' || original.measure === f.figure.measure) return [];
  const originalClass = figureClass(original);
  const out: FigureRef[] = [];
  const seen = new Set<string>();
  for (const g of check.corpus.figureCandidates(f, 0, MISCONVERTED_REACH, check.article.path)) {
    if (g.article.path === check.article.path || seen.has(g.article.path) || quotedWords(g) || g.figure.range || isVague(g.figure) || g.cls !== f.cls) continue;
    const apart = ratio(f.figure, g.figure);
    if (apart < INVERTED_APART) continue;
    // A conversion joined by "or" is held within a rate's reach only: a sum ten times over is a decimal
    // point slipped, held (misreportedSum) only where its digits are not round by chance.
    if (bracketed === null && apart >= OR_CONVERSION_MAX) continue;
    const theirs = bracketedAfter(g.article, g.index) ?? convertedWithOr(g);
    if (!theirs || figureClass(theirs) !== originalClass || !equalValues(theirs.value, original.value)) continue;
    // Closer, the draft's conversion is still wrong where it is the source's with two neighbouring
    // digits swapped ("about A$272" for "about A$227"): a slip of the keys, not another rate.
    if (apart < MISCONVERTED_RATIO && !invertedRate(original.value, f.figure.value, g.figure.value) && !transposed(f.figure, g.figure)) continue;
    seen.add(g.article.path);
    out.push(g);
  }
  return out;
}

/**
 * "now cover 19 registered premises, up from 14 on Monday": another source tells the thing going from
 * one number to the other, so a source's 14 and another's 19 are its count before and after, not
 * one count misreported. Read in the other sources only (a figure's own article is its key's).
 */
function toldAsChange(check: Check, f: FigureRef, g: FigureRef): boolean {
  if (f.figure.unit !== 'count' || f.cls !== g.cls) return false;
  for (const h of check.corpus.figureCandidates(f, 0, ratio(f.figure, g.figure) * 1.001, check.article.path)) {
    if (h.article.path === check.article.path || h.cls !== f.cls || h.inQuote || !(sameNumber(h, f) || sameNumber(h, g))) continue;
    const start = startAfter(h);
    const other = sameNumber(h, f) ? g.figure.value : f.figure.value;
    if (start && figureClass(start) === f.cls && equalValues(other, start.value)) return true;
  }
  return false;
}

/** Set while a source's figure is checked for heldByOwnCheck: that check asks no other source's check in turn. */
let askingOther = false;

/**
 * "made 46 bids between them" where another source's "46 in total, from four bidders" is held by its
 * own check against a third's "There were fifty-two bids in all": the two agree on the number, so the
 * third disagrees with this one too, though its words reach only the other (heldThroughAgreeing). One
 * step, through a source figure of the very number told in like words, to the figures of this one's
 * thing its own check holds it against that this figure does not allow.
 */
function figureHeldThroughAgreeing(check: Check, f: FigureRef, byArticle: Map<string, PerArticle>, held: readonly FigureRef[]): FigureRef[] {
  if (askingOther || check.isDraft || f.inQuote || !f.cls || check.corpus.get(check.article.path)?.article !== check.article) return [];
  // An article telling the number twice ("a 5,150mAh battery" in its lede, again in its list) has no
  // one telling the step leads to. A telling inside a quotation ("“blank for at least 19 days,” he
  // told the court") is the speaker's, which no step leads to (quoted figures are held to nothing
  // here): the writer's own telling is the one.
  // (Asked through articleStates, so the incremental check asks it again before reusing the result.)
  if (articleStates(check, f, f.cls, f.figure.value, true, true)) return [];
  return heldThroughAgreeing(agreeingToAsk(check, f, byArticle), [check.article.path, ...held.map((g) => g.article.path)], (a) => heldByOwnCheck(check, a),
    (g) => g.cls === f.cls && (!g.inQuote || g.expected === true) && !compatible(f.figure, g.figure, check.tolerance) && !compatible(g.figure, f.figure, check.tolerance) &&
      !statesItself(f, g) && !toldAsChange(check, f, g),
    // Each asks a whole check of another source's figure: a few are enough in a large archive.
    AGREEING_ASKED);
}

/**
 * "the 214-metre span" in a draft, where two sources or more tell 214 metres and a source of that
 * number in the draft's words is held by its own check to a fourth source's "240-metre": the draft
 * repeats the many's side of a dispute the sources have, and is held to the other side too (the
 * project's convention), though its words reach only the many. The draft's side is the sources that
 * tell its number in its words (two or more); the other side, those held this way, must be fewer. A
 * figure the draft quotes is the speaker's (as for disputed).
 */
function draftHeldThroughAgreeing(check: Check, f: FigureRef, byArticle: Map<string, PerArticle>, numberOnly: ReadonlySet<FigureRef>): FigureRef[] {
  if (askingOther || !check.isDraft || f.inQuote || !f.cls || !bounded(f)) return [];
  const side = new Set<string>();
  for (const p of byArticle.values()) {
    for (const a of p.agree) if (bounded(a) && !numberOnly.has(a) && !a.inQuote && sameNumber(f, a)) side.add(a.article.path);
  }
  if (side.size < MAJORITY_SIDES) return [];
  const held = heldThroughAgreeing(agreeingToAsk(check, f, byArticle), [check.article.path, ...side], (a) => heldByOwnCheck(check, a),
    (g) => g.cls === f.cls && !g.inQuote && bounded(g) && !compatible(f.figure, g.figure, check.tolerance) && !compatible(g.figure, f.figure, check.tolerance) &&
      !statesItself(f, g) && !toldAsChange(check, f, g),
    AGREEING_ASKED);
  return new Set(held.map((g) => g.article.path)).size < side.size ? held : [];
}

/**
 * "about 3,400 cubic feet per second" in a source where another tells "3,400 cubic feet per second"
 * exactly, whose own check holds it against a third source's "3,600 cu ft/s": "about" lets the round
 * number reach the third's, but it says 3,400, and the source telling that number exactly is in
 * dispute with the third. The round figure is held against the third too (as decide's roundOnly
 * reads a round number beside an exact one against it). One step, through a source figure of the very
 * number told exactly in like words, as figureHeldThroughAgreeing steps (that check asks no other).
 */
function roundHeldThroughExact(check: Check, f: FigureRef, byArticle: Map<string, PerArticle>, held: readonly FigureRef[]): FigureRef[] {
  if (askingOther || check.isDraft || f.inQuote || !f.cls || f.figure.qualifier !== 'about' || f.figure.range || check.corpus.get(check.article.path)?.article !== check.article) return [];
  const v = check.corpus.vocabulary;
  const exact = function* (): Generator<FigureRef> {
    for (const p of byArticle.values()) {
      for (const a of p.agree) {
        if (a.inQuote || a.figure.range || a.figure.qualifier !== 'exact' || a.cls !== f.cls || !sameNumber(f, a)) continue;
        if (v.shared(f.near, a.near).count >= AGREEING_SHARED || v.similarity(f.context, a.context) >= AGREEING_LIKENESS) yield a;
      }
    }
  };
  return heldThroughAgreeing(exact(), [check.article.path, ...held.map((g) => g.article.path)], (a) => heldByOwnCheck(check, a),
    (g) => g.cls === f.cls && !g.inQuote && bounded(g) && !sameNumber(f, g) && !statesItself(f, g) && !toldAsChange(check, f, g),
    AGREEING_ASKED);
}

/** The source figures agreeing with f that tell its very number in like words, read as they are asked (lazily: a few are asked). */
function* agreeingToAsk(check: Check, f: FigureRef, byArticle: Map<string, PerArticle>): Generator<FigureRef> {
  const v = check.corpus.vocabulary;
  for (const p of byArticle.values()) {
    for (const a of p.agree) {
      // An expectation leads a step on only to another expectation (likeExpectations), which its own check holds it to.
      if ((a.inQuote && !a.expected) || a.figure.range || !equalValues(a.figure.value, f.figure.value) || !sameTelling(a.figure, f.figure)) continue;
      if (v.shared(f.near, a.near).count >= AGREEING_SHARED || v.similarity(f.context, a.context) >= AGREEING_LIKENESS) yield a;
    }
  }
}
/** Words right beside two agreeing figures, or the likeness of their sentences, that tell them as one quantity. */
const AGREEING_SHARED = 2;
const AGREEING_LIKENESS = 0.2;
/** Agreeing figures whose own check figureHeldThroughAgreeing asks, at most. */
const AGREEING_ASKED = 3;

/** The source figures a source figure's own check holds it against (one step: that check asks no other). */
function heldByOwnCheck(check: Check, a: FigureRef): FigureRef[] {
  const other = check.corpus.get(a.article.path);
  if (!other || other.article !== a.article) return [];
  askingOther = true;
  try {
    const theirs = new FindingCheck(check.corpus, { ...other, figures: [a], times: [], quotes: [], statements: [] }, { figureTolerance: check.tolerance });
    checkFigures(theirs);
    const out: FigureRef[] = [];
    for (const x of theirs.findings) {
      if (x.kind !== 'figure-conflict' || x.span.start !== a.figure.span.start) continue;
      for (const e of x.against) {
        const g = check.corpus.get(e.path)?.figures.find((r) => r.figure.span.start === e.span.start && r.figure.span.end === e.span.end);
        if (g) out.push(g);
      }
    }
    return out;
  } finally {
    askingOther = false;
  }
}


/**
 * A source that agrees with another still disagrees with a third when the one it agrees with is held
 * to that third figure too: two sources each paired with it in like words ("18 km" and "18
 * kilometres" against "Depth: 10 km"), or a source on its side as sidedByThird wants one. A figure
 * agreeing elsewhere is otherwise not held to a source that only one likeness ties to it.
 */
function corroborated(check: Check, f: FigureRef, byArticle: Map<string, PerArticle>, conflicts: FigureRef[]): FigureRef[] {
  const agreeing = [...byArticle.values()].flatMap((p) => p.agree);
  // A third source on the figure's side (sidedByThird) is that corroboration already, and so is the figure standing alone against two or more sources that agree (outvotedFloor).
  return conflicts.filter((g) => {
    const s = surround(check, f, g);
    return sidedByThird(check, f, g, s) || outvotedFloor(check, f, g, s) || outvoted(check, f, g, s) || outvotedMeasure(check, f, g, s) || outnumbered(check, f, g) ||
    sameRareLeader(f, g) ||
    agreeing.some((a) => a.article !== g.article && !compatible(a.figure, g.figure, check.tolerance) && !differentFigureMoments(a, g) &&
    ratio(a.figure, g.figure) <= MAX_RATIO && sourcesSameQuantity(check, a, g, surround(check, a, g))) ||
    heldBack(check, f, g);
  });
}

/**
 * Shares and sums, which the rules for counts (sidedByThird, outnumbered) leave out or hold only
 * close: a count ("three meetings" / "four meetings") is held by those, with their care for counts
 * still moving.
 */
const BACK_UNITS: ReadonlySet<FigureUnit> = new Set<FigureUnit>(['percent', 'money']);
/** Set while heldBack asks the other source's check: that check asks no heldBack in turn. */
let askingBack = false;

/**
 * "held a combined 11.8 per cent of their capacity" (two sources alike) and "together at eleven point
 * three per cent of capacity" in a third, whose own check holds its figure against this one: the two
 * are paired from both sides, each check reading the other as its quantity, so the agreement of a
 * third source with this figure does not make the odd one's figure another quantity. Each side of the
 * dispute is a finding against the other (the convention).
 */
function heldBack(check: Check, f: FigureRef, g: FigureRef): boolean {
  // "1,240 of its 1,580 crew" / "one thousand four hundred and twenty of our members": an exact count
  // with two neighbouring digits swapped is one count misreported, held back as a share or a sum is.
  const swappedCount = f.figure.unit === 'count' && g.figure.unit === 'count' && transposed(f.figure, g.figure);
  if (askingBack || check.isDraft || f.inQuote || g.inQuote || !(BACK_UNITS.has(f.figure.unit) || swappedCount) || f.figure.unit !== g.figure.unit) return false;
  if (f.figure.qualifier !== 'exact' || g.figure.qualifier !== 'exact' || f.figure.range || g.figure.range) return false;
  const before = askingOther;
  askingBack = true;
  try {
    return heldByOwnCheck(check, g).some((h) => h.article === f.article && h.figure.span.start === f.figure.span.start && h.figure.span.end === f.figure.span.end);
  } finally {
    askingBack = false;
    askingOther = before;
  }
}

/**
 * "310 mg/L of sodium … (normal limits: 200 mg/L)" against another source's "showed 310 mg/L … from
 * 200 mg/L": two sources that each state the other's number of the same kind of quantity know both
 * numbers, as two quantities; neither contradicts the other with it. Asked of sources only (a draft's
 * part given as the whole states a source's number and is still wrong). Either way round is enough:
 * "17 of the 21 provinces" does not dispute another source's "seventeen provinces" with its 21.
 */
function statesOthers(check: Check, f: FigureRef, g: FigureRef): boolean {
  // Not of a vote's tallies, nor of a crowd of people: one article tells many of those ("26 for, 33
  // against"; "12 dead, 30 injured"), and two such numbers stated together are not one pair.
  if (!f.cls || f.cls !== g.cls || f.cls === TALLY_CLASS || f.cls === CROWD_CLASS || f.inQuote || g.inQuote) return false;
  // "loading between 30 and 40 per cent of their capacity": an end of a range bounds another estimate;
  // it states no quantity of its own that a source's 30% could be.
  return articleStates(check, f, f.cls + SINGLE, g.figure.value) || articleStates(check, g, g.cls + SINGLE, f.figure.value);
}

/** Significant digits an exact count of 100 or more needs to be seldom told by chance ("9,640", not "9,600"). */
const RARE_COUNT_DIGITS = 3;

/** An exact count of one specific thing (not a bare crowd), seldom told by chance, outside a quotation. */
function rareExactCount(r: FigureRef): boolean {
  const v = r.figure.value;
  return r.figure.unit === 'count' && r.cls !== null && r.cls !== CROWD_CLASS && r.figure.qualifier === 'exact' && !r.figure.range && !r.inQuote &&
    Number.isInteger(v) && v >= 100 && significantDigits(v) >= RARE_COUNT_DIGITS;
}

/**
 * "A petition … gathered 9,640 signatures" in two sources or more, "gathered 8,640 signatures" in a
 * third: a count seldom told by chance (three significant digits or more) that another source tells exactly too outnumbers a close
 * number (within DONE_RATIO) that no other source tells. The figure on the majority's side is held
 * to the lone one, though its fellows are told in words that do not reach it.
 */
function outnumbered(check: Check, f: FigureRef, g: FigureRef): boolean {
  if (!rareExactCount(f) || g.figure.qualifier !== 'exact' || g.figure.range || g.inQuote || f.cls !== g.cls || ratio(f.figure, g.figure) > DONE_RATIO) return false;
  if (toldElsewhere(check, g) || articleStates(check, f, f.cls!, g.figure.value)) return false;
  for (const h of check.corpus.figureCandidates(f, 0, 1, f.article.path)) {
    if (h.article !== f.article && h.article !== g.article && h.article.path !== check.article.path && h.cls === f.cls && !h.inQuote && h.figure.qualifier === 'exact' && sameNumber(f, h)) return true;
  }
  return false;
}

/**
 * "The petition (9,640 signatures)" at a blog's stamp, or "Nine thousand six hundred and forty
 * signatures" as a bare answer, where another source's "gathered 9,640 signatures" is held to a
 * third's lone "8,640 signatures": a count seldom told by chance is the same count wherever its very
 * number is told, so a source that states it disagrees with that third too, in whatever words, as
 * measures do (measureHeldAgainst). Only against a number no other source tells; not when its own
 * article states the third's number of that class as well, or its own number twice. One step only.
 */
function countHeldAgainst(check: Check, f: FigureRef, byArticle: Map<string, PerArticle>): FigureRef[] {
  if (!rareExactCount(f) || articleStates(check, f, f.cls!, f.figure.value, true)) return [];
  return heldThroughSources(check, f, byArticle, DONE_RATIO, true);
}

/** Right after a stretch of time counted from the event before: "five minutes later", "an hour earlier". */
const COUNTED_FROM_BEFORE = /^[ \u00a0]+(?:later|earlier|afterwards|after that|before that)\b/i;

/** A word of what is yet to come earlier in a duration's clause: "will take", "expect … within", "could last". */
const FORETELLING = /\b(?:will|won't|would|could|might|expects?|expected|expecting|forecasts?|forecast|predicts?|predicted|likely|projected)\b/i;
/** Characters before a duration read for a word of what is to come. */
const FORETOLD_REACH = 80;
/** A clause break: a word before it is another clause's. */
const FORETOLD_BREAK = /[;:.!?]|,\s+(?:but|while|whereas|although|though|and)\b/g;

/** Whether a duration is told as a span still to come ("is expected to take three weeks"), not one that has run. */
function foretold(r: FigureRef): boolean {
  const plain = r.article.text.plain;
  const sentence = r.article.text.sentences[r.figure.sentence];
  const from = Math.max(sentence ? sentence.span.start : 0, r.figure.span.start - FORETOLD_REACH);
  let before = plain.slice(from, r.figure.span.start);
  FORETOLD_BREAK.lastIndex = 0;
  let cut = -1;
  for (let m = FORETOLD_BREAK.exec(before); m; m = FORETOLD_BREAK.exec(before)) cut = m.index + m[0].length;
  if (cut >= 0) before = before.slice(cut);
  return FORETELLING.test(before);
}

/**
 * Right before a duration: it opens or closes a stretch ("in the first 24 hours", "over the past two
 * days", "the previous three years"): the window a count or an action is told within, one of many a
 * story may cut, not how long the thing itself lasted ("the rain fell for 15 hours").
 */
const WINDOW_BEFORE = /(?:^|[^\p{L}])(?:first|last|past|next|previous|coming|opening|final|initial)[ \t\u00a0]{1,2}$/iu;
/** Characters before a duration read for that word ("previous " is 9). */
const WINDOW_REACH = 12;

/** A duration told as a window of time ("joined over the past three years", "412 calls in the first 24 hours"); the few characters before it, within its sentence. */
function toldAsWindow(r: FigureRef): boolean {
  const plain = r.article.text.plain;
  const start = r.figure.span.start;
  const sentence = r.article.text.sentences[r.figure.sentence];
  return WINDOW_BEFORE.test(plain.slice(Math.max(sentence?.span.start ?? 0, start - WINDOW_REACH), start));
}

/** A duration told as the gap from the event before ("went off five minutes later"). */
function countedFromBefore(r: FigureRef): boolean {
  const plain = r.article.text.plain;
  return COUNTED_FROM_BEFORE.test(plain.slice(r.figure.span.end, r.figure.span.end + 16));
}

/**
 * Figures one thing has only one of, whatever words tell it: how long something lasted, what a venue
 * holds; and the story's temperature, when every source tells the same one.
 */
const ONE_VALUE_CLASSES = new Set(['duration', 'count:' + CAPACITY, 'count:' + CELSIUS]);
/**
 * Temperatures are told apart by degrees, not ratios (zero is no temperature's absence): sources
 * within this many degrees tell one reading, and a draft's further off than OTHER_DEGREES tells another.
 */
const SAME_DEGREES = 3;
const OTHER_DEGREES = 20;

/**
 * How long something lasted, or what a venue holds, when every source that says so agrees: "eight
 * hours" against "five", "a 40,000-capacity arena" against "holds 38,000".
 */
function durationConsensus(check: Check, f: FigureRef): FigureRef[] {
  if (f.cls === null || !ONE_VALUE_CLASSES.has(f.cls) || f.inQuote || f.figure.qualifier === 'more-than' || f.figure.qualifier === 'at-least' || f.figure.qualifier === 'up-to' || f.figure.qualifier === 'fewer-than') return [];
  // "two minutes later" is the gap from the event before, one of many in a story: not how long one thing lasted.
  // "over the past five years", "in the first 24 hours": the stretch in which something was done or
  // counted, one of many a story tells, is not how long one thing lasted either.
  if (f.cls === 'duration' && (countedFromBefore(f) || toldAsWindow(f))) return [];
  const degrees = f.cls === 'count:' + CELSIUS;
  // Durations of another order ("half a decade" against hours) are about something else.
  const near = (g: FigureRef) => degrees ? Math.abs(f.figure.value - g.figure.value) <= OTHER_DEGREES : ratio(f.figure, g.figure) <= MAX_RATIO;
  // "expect the front to regrow within about 25 years" / "a watch of nearly ten years": a span foretold
  // and one that has run are two spans, held only to their own kind.
  const ahead = f.cls === 'duration' && foretold(f);
  const informative = [...check.corpus.figureCandidates(f, 0, degrees ? Infinity : MAX_RATIO)].filter((g) =>
    !g.inQuote && !(g.cls === 'duration' && (countedFromBefore(g) || toldAsWindow(g))) && !isVague(g.figure) && (g.figure.qualifier === 'exact' || g.figure.qualifier === 'about' || g.figure.qualifier === 'nearly') && near(g) && g.limit === f.limit &&
    (f.cls !== 'duration' || foretold(g) === ahead));
  if (informative.length === 0) return [];
  const values = informative.map((g) => figureRange(g.figure).value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (degrees ? high - low > SAME_DEGREES : high > low * 1.25) return [];
  if (informative.some((g) => compatible(f.figure, g.figure, check.tolerance))) return [];
  if (!degrees && informative.some((g) => ratio(f.figure, g.figure) > 2.5)) return [];
  return informative;
}

/**
 * Currencies a draft's sum is looked for in when no source tells its number in its own currency.
 * No dollar: "$" stands for the story's own dollar as often as the US one ("A$2 million" / "$2
 * million" in an Australian story is one sum), and a peso is written "$" too.
 */
const OTHER_CURRENCIES = ['money:GBP', 'money:EUR', 'money:KR', 'money:CHF', 'money:JPY', 'money:CNY', 'money:INR', 'money:ZAR', 'money:CZK', 'money:PLN', 'money:HUF'];
/** Words right beside the draft's sum that a source's sum in another currency must have too ("hardship fund"). */
const CURRENCY_SHARED = 2;
/** Sources that must tell the draft's number in one other currency, in like words. */
const CURRENCY_SOURCES = 2;
/**
 * A draft's sum in dollars is held too, but only to the currencies above: "$122 million" where the
 * sources tell "€122 million" is no other dollar's writing of it (no "A$" or peso is looked for).
 */
const DOLLAR_SUM = 'money:USD';
/**
 * The currencies a sum in one of OTHER_CURRENCIES is looked for in: those, and dollars. "about 700
 * euros" where the sources tell "US$700" and "seven hundred dollars" in like words: whatever dollar
 * (or peso) a "$" stands for, no dollar is a euro, so the euro is the currency misread.
 */
const SOURCE_CURRENCIES = [...OTHER_CURRENCIES, DOLLAR_SUM];
/** A sum told as it stands or rounded ("about €410"): the same number either way. */
const PLAIN_OR_ROUND = new Set<Figure['qualifier']>(['exact', 'about']);

/**
 * "a €250,000 hardship fund" where two sources or more say "a £250,000 hardship fund": the very same
 * number, told beside the draft's words, in one other currency, and no source stating the number in
 * the draft's currency at all: the currency misread. "about £410 a car" where sources say "around
 * €410 per vehicle" is the same slip, rounded. A conversion in brackets is held only to the sources'
 * conversions of the very same sum: "2 billion krónur (about £13.7 million)" where a source writes
 * "2 billion krónur (about €13.7 million)" gives one sum's worth in two currencies at one number,
 * which one source shows; a conversion is never held against a sum told as it stands, nor the reverse.
 */
function otherCurrency(check: Check, f: FigureRef): FigureRef[] {
  const figure = f.figure;
  // A conversion is loose against other figures (inQuote) but is the writer's own: its quotation marks are read here.
  const quoted = (r: FigureRef) => r.inQuote && !convertedSum(r);
  // A cap ("up to €2.4 million") states its sum as it stands too, held to sums and caps of that number.
  const told = (r: FigureRef) => PLAIN_OR_ROUND.has(r.figure.qualifier) || capped(r);
  if (figure.unit !== 'money' || !f.cls || !(OTHER_CURRENCIES.includes(f.cls) || f.cls === DOLLAR_SUM) || quoted(f) || !told(f) || figure.range) return [];
  const origin = bracketedAfter(f.article, f.index);
  if (origin && (origin.unit !== 'money' || figureClass(origin) === f.cls)) return [];
  const same = (g: FigureRef) => equalValues(figure.value, g.figure.value);
  for (const g of check.corpus.figureCandidates(f, 0, 1, check.article.path)) if (g.article.path !== check.article.path && same(g)) return [];
  // The source's sum converts the very sum the draft's converts, or neither is a conversion.
  const sameOrigin = (g: FigureRef): boolean => {
    const theirs = bracketedAfter(g.article, g.index);
    if (!origin || !theirs) return !origin && !theirs;
    return theirs.unit === 'money' && figureClass(theirs) === figureClass(origin) && equalValues(theirs.value, origin.value);
  };
  const v = check.corpus.vocabulary;
  let found: FigureRef[] = [];
  for (const cls of f.cls === DOLLAR_SUM ? OTHER_CURRENCIES : SOURCE_CURRENCIES) {
    if (cls === f.cls) continue;
    const out: FigureRef[] = [];
    const seen = new Set<string>();
    for (const g of check.corpus.figureCandidates({ cls, figure: f.figure }, 0, 1, check.article.path)) {
      if (g.article.path === check.article.path || seen.has(g.article.path) || g.cls !== cls || quoted(g) || !told(g) || g.figure.range || !same(g) || isConversion(g) || !sameOrigin(g)) continue;
      if (v.shared(f.near, g.near).count < CURRENCY_SHARED) continue;
      seen.add(g.article.path);
      out.push(g);
    }
    // Sums in two other currencies, each in like words: no one currency the draft misread.
    if (out.length >= (origin ? 1 : CURRENCY_SOURCES)) { if (found.length > 0) return []; found = out; }
  }
  return found;
}

/** Sources that must each tell the draft's thing with another number and the draft's number of another thing. */
const MISNAMED_SOURCES = 2;

/**
 * "Its basket tracks 184,000 goods" where two sources or more each say "712 goods and services" in
 * like words and, in the same paragraph, "184,000 prices": the draft gives its thing the number the
 * sources give to another counted thing beside it. Counts of things only (not a crowd, which moves),
 * outside quotations, and not when any source counts the draft's thing with a number that allows it.
 */
function otherThingsNumber(check: Check, f: FigureRef): FigureRef[] {
  const figure = f.figure;
  if (!check.isDraft || figure.unit !== 'count' || !f.cls || !f.cls.startsWith('count:') || f.cls === CROWD_CLASS || f.inQuote || !bounded(f) || figure.range) return [];
  if (!check.corpus.hasValue(figure)) return [];
  const v = check.corpus.vocabulary;
  const out: FigureRef[] = [];
  const seen = new Set<string>();
  for (const g of check.corpus.figuresOfClass(f.cls, check.article.path)) {
    if (isVague(g.figure) || g.inQuote) continue;
    if (compatible(figure, g.figure, check.tolerance) || compatible(g.figure, figure, check.tolerance)) return [];
    if (seen.has(g.article.path) || g.figure.qualifier !== 'exact' || g.figure.range) continue;
    if (v.similarity(f.context, g.context) < SAME_QUANTITY) continue;
    if (!countsOtherThing(g, figure)) continue;
    seen.add(g.article.path);
    out.push(g);
  }
  return out.length >= MISNAMED_SOURCES ? out : [];
}

/** g's paragraph also counts another thing with `figure`'s number ("… 712 goods … about 184,000 prices"). */
function countsOtherThing(g: FigureRef, figure: Figure): boolean {
  const { text, figures } = g.article;
  const paragraph = text.sentences[g.figure.sentence]?.paragraph;
  for (const h of figures) {
    if (h === g.figure || h.unit !== 'count' || h.counted === null || h.counted === figure.counted || h.range) continue;
    if (text.sentences[h.sentence]?.paragraph !== paragraph) continue;
    if (equalValues(h.value, figure.value) || (h.qualifier === 'about' && compatible(figure, h, 0))) return true;
  }
  return false;
}

function isUnsourced(check: Check, f: FigureRef): boolean {
  // A figure the writer says is expected ("traffic is expected to peak at 60 lorries a day") is
  // loose against the sources' figures, but a number no source has is still the writer's own.
  if ((f.inQuote && !f.expected) || !(unsourcedFigure(check, f.figure) || unsourcedShare(check, f))) return false;
  if (ageOfUnknownPerson(check, f) || roundsSourceFigure(check, f) || writersSum(check, f) || writersChange(check, f)) return false;
  // "198 km/h (107 knots)": the figure before, converted right, carries the claim (and its flag).
  const original = convertedFigure(f.article, f.index);
  if (original && convertsCorrectly(original, f.figure)) return false;
  // "11 of the 49 deaths": one claim; when its part is flagged already, the whole is not flagged again.
  const part = partBefore(f);
  return !part || !unsourcedFigure(check, part);
}

/**
 * "The Greens won nine seats and the Liberals took four. … the two parties' 13 seats": a count that
 * adds up two counts of the same thing the article told together in one sentence earlier, each of
 * which a source states, is the writer's own arithmetic on sourced figures, not a new claim.
 */
function writersSum(check: Check, f: FigureRef): boolean {
  return sumPairs(f).some(([a, b]) => check.corpus.hasValue(a) && check.corpus.hasValue(b));
}

/**
 * The pairs of counts told together before f in its article that add up to it (writersSum): read of
 * the article beyond the claim, so written into its key (articleReads) for the incremental check.
 */
function sumPairs(f: FigureRef): [Figure, Figure][] {
  const figure = f.figure;
  if (figure.unit !== 'count' || figure.qualifier !== 'exact' || figure.range || figure.counted === null || figure.counted === 'year-old') return [];
  const out: [Figure, Figure][] = [];
  for (const [j, a, b] of toldSums(f.article).get(sumKey(figure.counted, figure.value)) ?? []) {
    if (j < f.index && sumPart(a, figure) && sumPart(b, figure) && equalValues(a.value + b.value, figure.value)) out.push([a, b]);
  }
  return out;
}

/** How far apart two counts told together may stand in a sentence's figures, and how many pairs one sum keeps. */
const SUM_PAIR_REACH = 8;
const SUM_PAIRS_KEPT = 8;

/**
 * The article's pairs of exact counts of one thing told together in a sentence, by their thing and
 * sum, each with the index of its later figure, in the order told: built once, so that asking it of
 * every count stays linear in the article (a sentence of thousands of counts).
 */
function toldSums(article: ArticleAnalysis): ReadonlyMap<string, [number, Figure, Figure][]> {
  let sums = TOLD_SUMS.get(article);
  if (sums) return sums;
  sums = new Map();
  const figures = article.figures;
  const addend = (x: Figure) => x.unit === 'count' && x.qualifier === 'exact' && !x.range && x.counted !== null && x.value > 0;
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i];
    if (!addend(a)) continue;
    for (let j = i + 1; j < figures.length && j <= i + SUM_PAIR_REACH && figures[j].sentence === a.sentence; j++) {
      const b = figures[j];
      if (!addend(b) || b.counted !== a.counted) continue;
      const key = sumKey(a.counted, a.value + b.value);
      const list = sums.get(key) ?? [];
      if (list.length < SUM_PAIRS_KEPT) list.push([j, a, b]);
      sums.set(key, list);
    }
  }
  TOLD_SUMS.set(article, sums);
  return sums;
}
const TOLD_SUMS = new WeakMap<ArticleAnalysis, Map<string, [number, Figure, Figure][]>>();
const sumKey = (counted: string | null, value: number): string => `${counted ?? ''}|${Math.round(value * 1e6)}`;

/** A part a sum may add: an exact count of the same thing, smaller than the sum. */
function sumPart(part: Figure, sum: Figure): boolean {
  return part.unit === 'count' && part.counted === sum.counted && part.qualifier === 'exact' && !part.range && part.value > 0 && part.value < sum.value;
}

/** The place of a round number's last non-zero digit (66,000 → 1,000); 1 for a number under 100 or not whole. */
function roundStep(value: number): number {
  if (!Number.isInteger(value) || value < 100) return 1;
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}

/** Qualifiers a writer puts on a round number that stands for an exact one ("more than 66,000" for 66,312). */
const ROUNDING = new Set<Figure['qualifier']>(['more-than', 'at-least', 'nearly', 'about', 'fewer-than', 'up-to']);

/**
 * "More than 66,000 birds" where a source counts 66,312 birds: a round bound that an exact source
 * figure of the same kind falls in, within the place of its last digit, is that figure rounded,
 * not a number of its own; "about 31,000 eggs" with no egg count between 30,000 and 32,000 is.
 */
function roundsSourceFigure(check: Check, f: FigureRef): boolean {
  const figure = f.figure;
  if (!ROUNDING.has(figure.qualifier) || figure.range) return false;
  const step = roundStep(figure.value);
  if (step < 100) return false;
  for (const g of check.corpus.figureCandidates(f, check.tolerance, 1 + step / figure.value, check.article.path)) {
    if (g.article.path === check.article.path || g.cls !== f.cls || g.inQuote || g.figure.qualifier !== 'exact' || g.figure.range) continue;
    if (Math.abs(g.figure.value - figure.value) < step && compatible(figure, g.figure, check.tolerance)) return true;
  }
  return false;
}

/**
 * "more than 40,000 passengers" in a draft where the sources count 38,600 passengers: a floor in
 * numerals is a writer's rounding of a count, and one rounded up past the count (within the place of
 * the floor's last digit) says more than the sources do. Against the sources that state that exact
 * count of the same thing, untied to a clock time, when no source count of it reaches the floor.
 */
function floorRoundedUp(check: Check, f: FigureRef): FigureRef[] {
  const figure = f.figure;
  if (!check.isDraft || f.inQuote || figure.unit !== 'count' || figure.inWords || figure.range || f.cls === null) return [];
  if (figure.qualifier !== 'more-than' && figure.qualifier !== 'at-least') return [];
  const step = roundStep(figure.value);
  if (step < 100) return [];
  const out: FigureRef[] = [];
  let value: number | null = null;
  for (const g of check.corpus.figureCandidates(f, check.tolerance, FLOOR_REACH, check.article.path)) {
    if (g.article.path === check.article.path || g.cls !== f.cls || g.inQuote) continue;
    // A count of the thing at or above the floor lets it stand.
    if (compatible(figure, g.figure, check.tolerance)) return [];
    if (g.figure.qualifier !== 'exact' || g.figure.range || g.anchor?.granularity === 'clock') continue;
    if (g.figure.value >= figure.value || figure.value - g.figure.value >= step) continue;
    // Two counts just under the floor: which one it rounds is not known.
    if (value !== null && !equalValues(value, g.figure.value)) return [];
    value = g.figure.value;
    if (!out.some((h) => h.article === g.article)) out.push(g);
  }
  return out;
}

/**
 * "said Mara Keel, 71, a retired nurse": the age of a person no source names is part of that
 * person's claim (their quotation is flagged already), not a figure of its own.
 */
function ageOfUnknownPerson(check: Check, f: FigureRef): boolean {
  if (f.figure.counted !== 'year-old') return false;
  const plain = f.article.text.plain;
  const person = ageHolder(f);
  if (person) return !check.corpus.speakers.knows(person.key);
  // "his wife Margaret, 71,": a given name after a word for a person names one, though alone it is no person's key.
  const kin = KIN_NAME_BEFORE.exec(plain.slice(Math.max(0, f.figure.span.start - KIN_NAME_REACH), f.figure.span.start));
  return kin !== null && PERSON_NOUNS.has(kin[1].toLowerCase()) && !check.corpus.speakers.knows(kin[2]);
}

/** The person named right before an age ("Mara Keel, 71"), as the article's people resolve the name, or undefined. */
function ageHolder(f: FigureRef): Person | undefined {
  const plain = f.article.text.plain;
  return f.article.people.find((p) => p.mentions.some((m) => m.end <= f.figure.span.start && /^\s*,\s*$/.test(plain.slice(m.end, f.figure.span.start))));
}

/** A person noun, a capitalised name and the apposition's comma, right before an age (a bounded slice: linear). */
const KIN_NAME_BEFORE = /\b(\p{L}+)\s+(\p{Lu}\p{Ll}+)\s*,\s*$/u;
const KIN_NAME_REACH = 48;

function unsourcedFigure(check: Check, figure: Figure): boolean {
  if (figure.qualifier === 'vague') return false;
  // A few things counted are often left to the writer; a measure told to a decimal ("a 2.1-kilometre
  // stretch") is a number someone measured, and a source must give it.
  if (figure.unit === 'count' && figure.value < 10 && !(figure.counted && !Number.isInteger(figure.value))) return false;
  if (figure.unit === 'duration') return false;
  // "more than a dozen people", "at least two dozen homes": a floor in words is the writer's
  // rounding of a count told elsewhere, not a number of its own; a conflict with that count still shows.
  if (figure.unit === 'count' && figure.inWords && (figure.qualifier === 'more-than' || figure.qualifier === 'at-least')) return false;
  // A share in words ("two-thirds of the work") is often told without "of" in a source ("two-thirds to Monterrey").
  if (figure.unit === 'percent' && figure.inWords) return false;
  return !check.corpus.hasValue(figure);
}

/**
 * "59 per cent of voters": a share of a group that no source gives as a share, though its number
 * is found as something else ("by 88 votes to 59"): a share is sourced by a share, not by a vote
 * or a count that happens to have its number.
 */
function unsourcedShare(check: Check, f: FigureRef): boolean {
  const figure = f.figure;
  if (figure.unit !== 'percent' || (!figure.of && !percentMove(f)) || figure.inWords || figure.qualifier === 'vague' || figure.range) return false;
  for (const g of check.corpus.figureCandidates(f, check.tolerance, SHARE_RATIO, check.article.path)) {
    if (compatible(figure, g.figure, check.tolerance)) return false;
  }
  return true;
}
/** A reporter's verb of a move right before a percentage ("shares fell 9%", "sales rose by 12 per cent", "calls have risen by 40 per cent"). */
const MOVED_BY = /\b(?:fell|rose|dropped|slid|slipped|jumped|climbed|gained|lost|surged|plunged|tumbled|sank|soared|declined|slumped|dipped|rallied|risen|fallen|grown|grew|increased|decreased)[ \t]+(?:by[ \t]+)?$/i;

/**
 * "Shares fell 9 percent": a move told as a percentage is sourced by a percentage, as a share is, not
 * by a count that happens to have its number ("nine injured").
 */
function percentMove(f: FigureRef): boolean {
  const plain = f.article.text.plain;
  const sentence = f.article.text.sentences[f.figure.sentence];
  const from = Math.max(sentence ? sentence.span.start : 0, f.figure.span.start - 24);
  return MOVED_BY.test(plain.slice(from, f.figure.span.start));
}

/** Shares further apart than this ratio are not looked at by unsourcedShare. */
const SHARE_RATIO = 1.5;

/** The part told right before a whole ("11 of the 49 deaths" → 11 for 49), or null. */
function partBefore(f: FigureRef): Figure | null {
  const part = f.index > 0 ? f.article.figures[f.index - 1] : undefined;
  if (!part || part.sentence !== f.figure.sentence || part.span.end > f.figure.span.start) return null;
  const between = f.article.text.plain.slice(part.span.end, f.figure.span.start);
  return /^\s+of\s+(?:the\s+)?$/i.test(between) ? part : null;
}

/** After a percentage: "of all …", "of every …", "of everyone …", "of (all) eligible …" name the whole. */
const OF_ALL = /^\s*of\s+(?:all|every|everyone|everybody|the\s+whole|the\s+entire|(?:all\s+)?eligible)\b/i;
const OF_ANY = /^\s*of\s/i;

/** What a percentage is told of, in its own text: "40% of the country's chip exports". */
const OF_IN_FIGURE = /\bof[ \t]+([^\n]{1,80})$/i;
/** Right after a percentage: "23.6 per cent of total exports". Up to a mark or a verb's place. */
const OF_AFTER = /^[ \t]+of[ \t]+([A-Za-z'’ \t-]{1,60})/;
/** Before a percentage in its clause: "Chip share of total exports: 23.6%", "the share of all sales was 12%". */
const SHARE_OF_BEFORE = /\b(?:share|proportion|percentage)[ \t]+of[ \t]+([A-Za-z'’ \t-]{1,60}?)(?:[ \t]*[:,]|[ \t]+(?:was|is|stood|reached|rose|fell|came))[ \t]*$/i;
/** Characters read before a percentage for SHARE_OF_BEFORE. */
const SHARE_OF_REACH = 80;
/** Words that end the whole's noun phrase when read from running text. */
const WHOLE_END = new Set(['in', 'on', 'at', 'from', 'for', 'by', 'with', 'up', 'down', 'and', 'or', 'than', 'compared', 'a', 'last', 'this', 'which', 'that', 'was', 'were', 'is', 'are']);
/** Words before a whole's noun that name no kind of it. */
const NO_KIND = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'these', 'those', 'this', 'that']);
/** Words that make the whole all of it: "of all exports", "of total exports". */
const ALL_OF = new Set(['all', 'total', 'overall', 'entire', 'whole']);

/** Between a share with a whole and one told against it: "23.6% of total exports, compared with 22.1% …". */
const AGAINST_SHARE = /^[^.;:\n]{0,40}\b(?:compared[ \t]+(?:with|to)|up[ \t]+from|down[ \t]+from|against|versus|vs\.?)[ \t]+(?:about[ \t]+|around[ \t]+|roughly[ \t]+)?$/i;

/**
 * The words of a percentage's whole: in its text, right after it, or named as a share's before it; a
 * share told against the one before it in its sentence ("…, compared with 22.1% a year earlier") is of
 * that one's whole.
 */
function wholeWords(article: ArticleAnalysis, index: number, against = true): string[] | null {
  const figure = article.figures[index];
  if (!figure || figure.unit !== 'percent') return null;
  const own = OF_IN_FIGURE.exec(figure.text);
  let phrase = own?.[1];
  const { plain } = article.text;
  if (phrase === undefined) phrase = OF_AFTER.exec(plain.slice(figure.span.end, figure.span.end + 70))?.[1];
  if (phrase === undefined) {
    const sentence = article.text.sentences[figure.sentence];
    const from = Math.max(sentence ? sentence.span.start : 0, figure.span.start - SHARE_OF_REACH);
    phrase = SHARE_OF_BEFORE.exec(plain.slice(from, figure.span.start))?.[1];
  }
  if (phrase === undefined) {
    const before = article.figures[index - 1];
    if (!against || !before || before.sentence !== figure.sentence || before.span.end > figure.span.start) return null;
    return AGAINST_SHARE.test(plain.slice(before.span.end, figure.span.start)) ? wholeWords(article, index - 1, false) : null;
  }
  const words: string[] = [];
  for (const w of phrase.toLowerCase().split(/[ \t]+/)) {
    if (w.length === 0) continue;
    if (own === null && words.length > 0 && WHOLE_END.has(w)) break;
    words.push(w);
  }
  return words.length > 0 ? words : null;
}

/**
 * What a percentage's whole is: all of it ("of all exports", "of the country's total exports") and the
 * kinds it is narrowed to before its noun ("of chip exports": "chip"). Possessors ("the country's") are no kind.
 */
function wholeKinds(f: FigureRef): { all: boolean; noun: string; kinds: string[] } | null {
  const words = wholeWords(f.article, f.index);
  if (!words) return null;
  let all = false;
  const kinds: string[] = [];
  for (const w of words.slice(0, -1)) {
    if (ALL_OF.has(w)) all = true;
    else if (!NO_KIND.has(w) && !/['’]s?$/.test(w)) kinds.push(w);
  }
  return { all, noun: words[words.length - 1].replace(/s$/, ''), kinds };
}

/**
 * Whether two percentages of one noun are shares of two wholes: one of a kind of it and the other of
 * it unnarrowed ("of chip exports" / "of all exports", "of Korea's exports"), or of two kinds with no
 * word in common ("of memory sales" / "of phone sales").
 */
function otherWholes(f: FigureRef, g: FigureRef): boolean {
  const x = wholeKinds(f);
  const y = wholeKinds(g);
  if (!x || !y || x.noun !== y.noun) return false;
  if (x.kinds.length === 0 || y.kinds.length === 0) return x.kinds.length + y.kinds.length > 0;
  // "of all new passenger cars" / "of all passenger cars": a kind of the other's whole, narrowed
  // further by a word of its own, is a part of it, as "of chip exports" is of "all exports".
  if (x.all && y.all && narrowerKinds(x.kinds, y.kinds)) return true;
  return !x.kinds.some((k) => y.kinds.includes(k));
}

/** Whether one list of a whole's kinds holds every word of the other and more. */
function narrowerKinds(a: readonly string[], b: readonly string[]): boolean {
  const [wide, narrow] = a.length < b.length ? [a, b] : [b, a];
  return wide.length < narrow.length && wide.every((k) => narrow.includes(k));
}

/** Whether a percentage is told of a named whole ("of all members"), of a part ("of those voting"), or bare. */
function wholeOf(f: FigureRef): 'all' | 'part' | null {
  const after = f.article.text.plain.slice(f.figure.span.end, f.figure.span.end + 24);
  return OF_ALL.test(after) ? 'all' : OF_ANY.test(after) ? 'part' : null;
}

function report(check: Check, f: FigureRef, refs: FigureRef[]): void {
  // "580 km (360 miles)": a conversion the writer got right says what the figure before it says, and
  // that figure carries the conflict; a second squiggle would count one error twice. So does one joined
  // by "or" ("4,500 metres above the summit, or about 14,800 feet").
  const original = convertedFigure(f.article, f.index) ?? measureWithOr(f.article, f.index);
  if (original && convertsCorrectly(original, f.figure)) return;
  const ev: Evidence[] = refs.map((g) => evidence(g.article, g.figure.span));
  check.add('figure-conflict', 'warning', f.figure.span, `figure conflicts with ${against(ev, withAnchor(refs[0]))}`, ev);
}

/** A change that does not add up from its ends (changeNotAddingUp): the flag tells the difference the ends make. */
function reportChange(check: Check, f: FigureRef, refs: FigureRef[]): void {
  const ends = changeEnds(f)!;
  const gap = NUMBER.format(Math.abs(ends.to.value - ends.from.value));
  const ev: Evidence[] = refs.map((g) => evidence(g.article, g.figure.span));
  check.add('figure-conflict', 'warning', f.figure.span,
    `change does not add up: ${NUMBER.format(ends.to.value)} and ${NUMBER.format(ends.from.value)} differ by ${gap}, and both ends are in ${against(ev)}`, ev);
}

/** "nearly 40,000 users … at 10 a.m.": the figure and the moment it belongs to. */
function withAnchor(g: FigureRef): string {
  const text = g.figure.text;
  if (!g.anchor || g.anchor.granularity !== 'clock' || g.anchor.sentence !== g.figure.sentence) return text;
  return `${text} … ${g.anchor.text}`;
}

function compare(g: FigureRef, relation: ClaimComparison['relation']): ClaimComparison {
  return { label: g.article.label, path: g.article.path, relation, span: g.figure.span, text: withAnchor(g), value: describe(g.figure) };
}

const QUALIFIER_WORDS: Partial<Record<Figure['qualifier'], string>> = {
  about: 'about', nearly: 'nearly', 'more-than': 'more than', 'at-least': 'at least', 'up-to': 'up to', 'fewer-than': 'fewer than',
};

/** "about 40,000 users", "14%", "$44,000,000,000", "8 hours". */
/** One formatter for every figure: toLocaleString builds a new one per call (slow on long articles). */
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function describe(f: Figure): string {
  const q = QUALIFIER_WORDS[f.qualifier];
  const n = NUMBER.format(f.value);
  let body: string;
  switch (f.unit) {
    case 'percent': body = `${n}%` + (f.of ? ` of ${f.of}` : ''); break;
    case 'money': body = f.measure?.endsWith('cents') ? `${n} ${f.measure}` : `${f.measure === 'USD' || !f.measure ? '$' : f.measure + ' '}${n}`; break;
    case 'duration': body = `${n} ${f.measure ?? ''}${f.value === 1 ? '' : 's'}`.trim(); break;
    default: body = f.counted ? `${n} ${f.counted}${f.value === 1 || f.counted.startsWith('°') ? '' : 's'}` : n;
  }
  return q ? `${q} ${body}` : body;
}
