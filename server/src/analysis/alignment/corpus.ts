// The sources, indexed by claim key (figure class, quotation shingle) so that checking an article
// looks up its candidates instead of walking every pair of articles.
import type { ArticleAnalysis, ArticleText, CalendarDate, Figure, Quote, Span, ClockReading, TimeClaim, Venue } from '../types';
import { ClaimSpans, clauseAround, claimContext, clockClauseLimit, nearContext, ownPart, sentenceScope, Vocabulary, within } from './context';
import { changesOverTime, figureClass, gapCount, remainderDuration } from './figures';
import type { QuoteWord } from './quotes';
import { eachShingle, quoteWords, shingles } from './quotes';
import { SpeakerDirectory } from './speakers';
import { LOCAL_CLOCK } from './figures';
import { datelineZone } from '../claims/times/placeZones';
import { contentWords, tokenize } from './words';
import { CAPACITY, HELD_PEOPLE, lemma, NAUTICAL_MILE, speedUnitWord } from '../claims/figures/units';
import { isNumberWord } from '../claims/figures/numbers';
import { expectedValue, restOfWhole, startingValue } from '../claims/anchors';
import type { MonthStart } from './changeEnd';
import { monthStart } from './changeEnd';
import { toldMonth, type ToldMonth } from './toldMonth';
import type { PartOfDay } from '../claims/partOfDay';
import { partOfDay } from '../claims/partOfDay';
import { findStatements } from './statements';
import { TimeIndex } from './timeIndex';
import { FigureIndex } from './figureIndex';
import { WordSet, type LazyWords } from './wordSet';
import { unremembered } from './sentenceWords';
import { TextWordIndex } from './textWords';
import { ALONE, eventKeys, VOTE, voteNamedAt } from './events';
import { TALKS_END, toldAsTalksEnd } from './talksEnd';
import { ordersWholePlace, WHOLE_PLACE_ORDER } from './wholePlaceOrder';
import { conditionOf } from './conditions';
import { peakFigures } from './peaks';
import { localParts } from './localPart';
import { separatorsOnly } from '../text/separators';
import type { ClaimCarrier } from './claimReuse';
import { overPeriod } from './period';
import { timeLimit } from './timeLimit';
import { rateOf, type Rate } from './rate';
import { bracketedAfter } from './conversions';
import { mapped } from '../mapped';
import type { TallyOutcome } from '../claims/figures/tallies';
import { abstentionsOf, otherSide, tallyOutcome } from '../claims/figures/tallies';
import { isTemperature } from '../claims/figures/temperature';
import { agedExtreme, agedNoun, agedPerson, agedTrade } from './ages';
import { arrivingParty, mayTellArrival } from './arrivals';
import { plannedTime } from './plannedTimes';
import { FIRST_KEY, firstKeys } from './firsts';
import { countOfShare } from './shareOfCount';
import { storyYearOf, toldYears } from './toldYear';
import { rangeLength } from './timeRanges';
import { openingHoursDays } from './openingHours';
import { ownCopy } from '../ownCopy';
import { addToRuns, dropRuns, type Run, runPath, runsExcept } from './runs';

/** A figure's events: none (only times have them). */
const NO_EVENTS: readonly string[] = [];

export interface FigureRef {
  article: ArticleAnalysis;
  figure: Figure;
  index: number;
  cls: string | null;
  anchor: TimeClaim | null;
  /** The part of the day its clause names ("at dawn", "on Tuesday afternoon"), or null (claims/partOfDay.ts). */
  part: PartOfDay | null;
  context: ReadonlySet<string>;
  /** Content words right around the figure, within its clause. */
  near: ReadonlySet<string>;
  /** The figure's own describing words: "relief" in "19 relief camps", "ndrf" in "three NDRF teams". */
  modifiers: ReadonlySet<string>;
  inQuote: boolean;
  /**
   * Loose only because it is expected ("is expected to peak at around 60"), in the writer's own words:
   * still a claim that needs a source (set only when true).
   */
  expected?: true;
  /** The value a change started from ("fell from 58.40 to 57.62"): held only to another such value. */
  starting: boolean;
  /** The condition counted people are in ("intensive care"), or null (alignment/conditions.ts). */
  condition: string | null;
  /** A percentage change told over a stated stretch ("gained 41% in the 12 months"; alignment/period.ts). */
  period: boolean;
  /** A duration told as a limit or target ("the four-hour target", "should be seen within four hours"; alignment/timeLimit.ts). */
  limit?: true;
  /** The stretch a sum is told per ("185,000 pounds a week"; alignment/rate.ts), or null. */
  rate: Rate | null;
  /**
   * The day of the figure's story (its article's dateline), which a figure with no time is of: held
   * here, not read from the article, so that a re-check keyed by the claim sees it change.
   */
  storyDay: CalendarDate | null;
  /** Told as the peak ("at the peak of the outage", "a peak of 121,400"; alignment/peaks.ts). */
  peak: boolean;
  /** The article tells a peak of this figure's class (this figure or another). */
  peakTold: boolean;
  /** A side of a vote's tally: the other side's number ("25" for the 34 of "34 votes to 25"; claims/figures/tallies.ts). */
  tallyOther?: number;
  /** The outcome its sentence tells of that vote, when it tells one. */
  tallyOutcome?: TallyOutcome;
  /** The abstentions told right after that tally ("4" of "27 votes to 19, with 4 abstentions"). */
  tallyAbstentions?: number;
  /** The clock time a measure is told at ("a slick 12 km long at 09:00"): a reading, not a snapshot. */
  measuredAt: TimeClaim | null;
  /**
   * A measure its article tells apart from the peak it gives of the same measure ("2,850 cubic feet per
   * second at 4 a.m." beside "peaked at 3,400 … around 11 a.m."): a reading at another moment.
   */
  offPeak?: true;
  /** Counts the rest of a whole ("the remaining five regions"): held only to another such count. */
  rest?: true;
  /** A rate told of one part of the whole ("the school's pass rate", "across the borough"; alignment/localPart.ts). */
  local?: true;
  /** A percentage told as the share of an exact count right before it ("80,375, or 6.7%"): that count (alignment/shareOfCount.ts). */
  shareOf?: number;
  /** The year its clause tells it of ("A similar slip in 2012 cost £1.8m"; alignment/toldYear.ts). */
  toldYear?: number;
  /** Its sentence writes a year out, of this figure or of something else (alignment/toldYear.ts). */
  namesYear?: true;
  /** The year of its story: the dateline's, else at least the latest year its article names (alignment/toldYear.ts). */
  storyYear?: number;
  /**
   * A starting value told of a month, with the value its change went to told right before it ("fell
   * to 4.1% in October, down from 4.7% in September": 4.1 and September on the 4.7%; alignment/changeEnd.ts).
   */
  monthStart?: MonthStart;
  /** The month a percentage is told of ("July's inflation rate of 4.8%", "4.1% in the 12 months to October"; alignment/toldMonth.ts). */
  toldMonth?: ToldMonth;
  /** The key (full name, or surname alone) of the named person whose age this is ("Lena Marsh, 41,"; alignment/ages.ts). */
  agedPerson?: string;
  /** The person noun an age is told of ("boy" in "a nine-year-old boy"; alignment/ages.ts). */
  agedNoun?: string;
  /** The trade an age is told of ("welder" in "a 44-year-old welder"; alignment/ages.ts). */
  agedTrade?: string;
  /** The end of a group an age is told of ("youngest" in "the youngest aged 14"; alignment/ages.ts). */
  agedExtreme?: string;
}

/** What a look-up of figures by class and magnitude reads of the figure looked for (Corpus.figureCandidates). */
export type FigureProbe = Pick<FigureRef, 'cls' | 'figure'>;

export interface TimeRef {
  article: ArticleAnalysis;
  time: TimeClaim;
  index: number;
  /** Figures tied to this time in its own sentence (counts of the same crowd say which wave it is). */
  figures: FigureRef[];
  /** Every figure said in the time's sentence ("a magnitude-4.9 aftershock at 7.02 am"). */
  sentenceFigures: FigureRef[];
  /** The article's earliest clock time of its story, told with an onset word ("began", "first"). */
  onset: boolean;
  /** A live blog's entry stamp: when the entry was posted, so what it tells happened by then. */
  stamp: boolean;
  context: ReadonlySet<string>;
  /** Content words right around the time, within its clause. */
  near: ReadonlySet<string>;
  /** What happened at the time, in one word per group of synonyms with what it was done to ("~halt:race"; alignment/events.ts). */
  events: readonly string[];
  /** Who arrived at the time ("crew" in "fire crews arrived at 06:53"; alignment/arrivals.ts). */
  arrival?: string;
  /** The length in minutes of the range this time opens ("from 7am to 7pm": 720; alignment/timeRanges.ts). */
  range?: number;
  /** One end of a service's repeating hours, by their days ("mon-sat" for "8am–6pm, Monday to Saturday"; alignment/openingHours.ts). */
  hours?: string;
  /** The article told this minute of the clock (in this zone) at an earlier time already: a list restating it. */
  retold?: boolean;
  /**
   * Opens its paragraph, which tells the same minute on the same clock again further on ("**22:42** The
   * closures are approved. … Result declared at 22:42"): the later telling carries the moment's finding.
   */
  retoldBelow?: true;
  /** Told as a plan ("was due to open at 10am"; alignment/plannedTimes.ts): never one moment with a time told as done. */
  planned?: true;
  /**
   * On the story's onset only: the article's other clock times told to an odd minute ("07:42", not
   * "8:00" or "8:15"), each a moment the article tells apart from its onset (onsetToldElsewhere).
   */
  onsetOthers?: readonly ClockReading[];
  /**
   * On the story's onset only: told as a sitting's opening ("the hearing opened at 9:15", "It began at
   * 9:15", "9:15 — We're under way"), held by its onset only to another sitting's (storyOnset).
   */
  sitting?: true;
}

export interface QuoteRef {
  article: ArticleAnalysis;
  quote: Quote;
  index: number;
  words: QuoteWord[];
}

/** Something said somewhere: a quotation with a venue, or reported speech with a venue. */
export interface StatementRef {
  article: ArticleAnalysis;
  /** Local speaker key, or null. */
  speaker: string | null;
  venue: Venue;
  /** What the finding points at: the quotation with its venue, or the reported sentence. */
  span: { start: number; end: number };
  context: ReadonlySet<string>;
  quote: QuoteRef | null;
}

export interface ArticleClaims {
  article: ArticleAnalysis;
  figures: FigureRef[];
  times: TimeRef[];
  quotes: QuoteRef[];
  statements: StatementRef[];
}

/** Characters between an onset word and its time: "began at approximately", "failed at about". */
const ONSET_GAP = 28;

/** Words that say the story's event began or happened: its first clock time is then the event's time ("hit" only in "hit at"; "had begun at" as "began at", not "has begun reconnecting", a later step). */
const ONSET_WORDS = String.raw`(?:began|begun(?!\s+(?:to\b|[a-z]+ing\b))|begin|begins|beginning|start|started|starts|starting|(?:first|initial)(?: [a-z]+)? (?:reports?|waves?|signs?|problems?|complaints?|outages?|issues?|disruptions?|alerts?|spikes?|smoke|flames|sightings?)|initially|erupted|developed|broke out|spiked|emerged|kicked off|failed|struck|derailed|crashed|collapsed|exploded|ignited|occurred|happened|caught fire|gave way|burst|breached|broke|caved in|capsized|capsizes|sank|sinks|overturned|overturns|went (?:down|dark|out|off)|left the (?:rails|tracks|road)|came off the (?:rails|tracks|road)|jumped the (?:rails|tracks)|ran aground|hit(?= at\b))`;
// "started again at six thirty", "began again": a resumption, not the story's onset.
const ONSET = new RegExp(String.raw`\b${ONSET_WORDS}\b(?!\s+again\b)`, 'i');
/** An onset word ending a stretch of text: its time follows. */
const ONSET_BEFORE = new RegExp(String.raw`\b${ONSET_WORDS}(?![\p{L}])(?!\s+again\b)(?=[^.!?]*$)`, 'iu');

/** A formal sitting, which news times by its opening: a hearing, a session, a debate, a trial. */
const SITTING = String.raw`(?:hearing|session|sitting|debate|meeting|trial|inquiry|inquest|summit|congress|talks)`;
/**
 * "The hearing, a formal review called by the mayor, opened at 9:15", "a debate that got under way at
 * 10": a sitting's opening told before its time, in its sentence (up to 80 characters between the
 * sitting and its verb; bounded: linear). A market or a shop that opened is no story's onset.
 */
const SITTING_OPENED = new RegExp(String.raw`\b${SITTING}\b[^.!?\n]{0,80}\b(?:opened|convened|got under ?way)\s+(?:at|around|about|shortly after|just after)?\s*$`, 'i');
/**
 * "9:15 a.m. — Hearing opens", "10:02 — The session is under way", "09:00 — We're under way": a live
 * blog's or a timeline's entry that tells the sitting's opening at its stamp.
 */
const SITTING_OPENS_AFTER = new RegExp(String.raw`^[ \t*_]*[—–-][ \t]+(?:(?:the|a|an)[ \t]+)?(?:[\p{L}'’-]+[ \t]+){0,2}?(?:${SITTING}[ \t]+(?:opens|begins|starts|gets[ \t]+under[ \t]?way|is[ \t]+under[ \t]?way|has[ \t]+(?:opened|begun|started))|we(?:['’]re|[ \t]+are)[ \t]+under[ \t]?way)\b`, 'iu');

const QUALIFYING = new Set(['nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'estimated', 'more',
  'least', 'least', 'over', 'under', 'fewer', 'less', 'than', 'up', 'many', 'much', 'as', 'just', 'well', 'close',
  'percent', 'cent', 'dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'half', 'and']);

/**
 * A figure's modifiers as a WordSet. They depend only on its text, unit and thing counted, and a
 * keystroke works out every figure of the draft again (the sources' figures repeat the same words
 * too), so each is worked out once; the sets are immutable and shared.
 */
function modifiersOf(f: Figure): WordSet {
  // A temperature's words are its sign and scale ("minus", "Fahrenheit"), read into its value already.
  if (f.unit !== 'count' || !f.counted || isTemperature(f.counted)) return WordSet.EMPTY;
  // By counted thing, then text: both strings are the figure's own, hashed once, where a key joined of them was made and hashed per figure.
  // Keys kept past this text are copies (ownCopy.ts): a draft figure's text is a slice of its keystroke's whole text.
  let byText = MODIFIERS.get(f.counted);
  if (byText === undefined) MODIFIERS.set(ownCopy(f.counted), byText = new Map());
  let set = byText.get(f.text);
  if (set === undefined) {
    set = WordSet.of(figureModifiers(f));
    if (modifierCount >= MAX_MODIFIERS) { MODIFIERS.clear(); modifierCount = 0; MODIFIERS.set(ownCopy(f.counted), byText = new Map()); }
    byText.set(ownCopy(f.text), set);
    modifierCount++;
  }
  return set;
}

/** modifiersOf by counted thing and text; emptied when full, so a huge archive cannot grow it without bound. */
const MODIFIERS = new Map<string, Map<string, WordSet>>();
let modifierCount = 0;
const MAX_MODIFIERS = 20_000;

/**
 * "Thirty-eight homes" / "Forty-one homes": a number in words joined by a hyphen is one token
 * ("thirtyeight"), the number itself, not a word that says which homes. Kept among the modifiers
 * marked with this prefix: it tells no kind apart (distinctModifiers), but two figures' own words
 * are the same only when their numbers in words are too.
 */
export const NUMBER_MODIFIER = '#';

function joinedNumberWord(w: string): boolean {
  for (let i = 3; i + 3 <= w.length; i++) if (isNumberWord(w.slice(0, i)) && isNumberWord(w.slice(i))) return true;
  return false;
}

/** The words of the unit "nautical mile". */
const NAUTICAL_WORDS: readonly string[] = NAUTICAL_MILE.split(' ');

/** Words of a figure's own text that describe the thing counted, without the number, qualifier or head noun. */
function figureModifiers(f: Figure): Set<string> {
  const out = new Set<string>();
  // What a percentage is of is compared on its own (Figure.of); money and durations have no modifiers.
  if (f.unit !== 'count' || !f.counted) return out;
  // Only a distance's: "percentage" in "0.40 percentage points" stays, as shares have always read it.
  const unitWords = f.counted === NAUTICAL_MILE ? NAUTICAL_WORDS : null;
  for (const t of tokenize(f.text)) {
    const w = t.norm.replace(/'s$/, '').replace(/'/g, '');
    // Words after the thing counted tell what happened to it ("Relief camps opened: 27"), not which kind.
    // "can take 600 people" counts a capacity: "people" is its noun, no kind of capacity.
    if (lemma(w) === f.counted || (f.counted === CAPACITY && HELD_PEOPLE.has(lemma(w)))) break;
    // A unit of two words ("nautical mile"): its words are the unit, not a kind of distance.
    if (unitWords !== null && unitWords.includes(lemma(w))) { if (lemma(w) === unitWords[unitWords.length - 1]) break; continue; }
    if (w.length < 2 || /^\d/.test(w) || QUALIFYING.has(w) || lemma(w) === f.counted || isNumberWord(w)) continue;
    // "31 km/h" / "24 km/h": the words of a speed's unit say what it is measured in, not which speed.
    if (speedUnitWord(f.counted, w)) continue;
    const c = contentWords(w);
    if (c.length === 1 && !c[0].startsWith('~')) out.add(joinedNumberWord(w) ? NUMBER_MODIFIER + c[0] : c[0]);
  }
  return out;
}

/**
 * The zones an article writes beside its clock times, other than UTC and GMT; and, marked
 * (LOCAL_CLOCK), the zone it keeps for all its zone-less times: the story's local clock.
 */
/** A time told "in <place>" ("15:30 in Paris", "21:10 in New York"): as claims/times/index.ts reads it. */
const TOLD_FOR_PLACE = /[ \u00a0]in[ \u00a0](?:the[ \u00a0])?\p{Lu}[\p{L} \u00a0.-]{0,30}$/u;

function localZonesOf(article: ArticleAnalysis): Set<string> {
  const out = new Set<string>();
  const times = article.times;
  for (let i = 0; i < times.length; i++) {
    const t = times[i];
    // "published at 07:00 GMT (08:00 CET)": a conversion in brackets is for readers elsewhere, not the story's clock.
    if (i > 0 && t.granularity === 'clock' && converts(article.text.plain, times[i - 1], t)) continue;
    // "That's 15:30 in Paris, for readers in France": a time told on another place's clock for readers there.
    if (t.granularity === 'clock' && TOLD_FOR_PLACE.test(t.text)) continue;
    // "All times GMT": a story told on GMT (a London blog in winter) makes GMT a local clock too.
    if (t.granularity === 'clock' && t.zoneOfStory && (t.zone === 'UTC' || t.zone === 'GMT')) { out.add(t.zone); out.add(LOCAL_CLOCK + t.zone); continue; }
    if (t.granularity !== 'clock' || !t.zone || t.zone === 'UTC' || t.zone === 'GMT' || t.zone === 'local time') continue;
    out.add(t.zone);
    if (t.zoneOfStory) out.add(LOCAL_CLOCK + t.zone);
  }
  return out;
}

/** An onset word, or what opens ("after", "before", "since") or closes (a comma) a phrase of another moment. */
const ONSET_OR_RELATIVE = new RegExp(String.raw`\b(after|before|since|following)\b|([,;:])|${ONSET.source}`, 'gi');

/**
 * Whether the clause after an opening time tells the onset as its own: "At 11:20, nearly a day after
 * the transformer burst into flames, crews reconnected …" tells a later moment measured from the
 * onset, so an onset word inside an "after …" phrase (up to its comma) does not count.
 */
function onsetTold(after: string): boolean {
  ONSET_OR_RELATIVE.lastIndex = 0;
  let relative = false;
  for (let m = ONSET_OR_RELATIVE.exec(after); m; m = ONSET_OR_RELATIVE.exec(after)) {
    if (m[1]) relative = true;
    else if (m[2]) relative = false;
    else if (!relative) return true;
  }
  return false;
}

/** The days of a service's hours a clock time is one end of, told in its own sentence (openingHours.ts). */
function hoursDays(text: ArticleText, time: TimeClaim): string | null {
  const s = text.sentences[time.sentence];
  return time.granularity === 'clock' && s !== undefined ? openingHoursDays(text.plain, s.span, time.span) : null;
}

/**
 * The clock time at which the story's event began or happened: a time told right after an onset
 * word ("began at approximately 6 a.m.", "failed at 2047 GMT") or opening a clause that says so
 * ("At 7.42 this morning the train struck…"). Of several, the earliest when all are told on one
 * clock (live blogs run newest first), else the first one the article tells.
 */
function storyOnset(text: ArticleText, times: TimeRef[]): TimeRef | null {
  const cued: TimeRef[] = [];
  for (const t of times) {
    if (t.time.granularity !== 'clock' || t.time.utcMinutes === undefined && t.time.localMinutes === undefined) continue;
    const s = text.sentences[t.time.sentence];
    if (!s) continue;
    const clause = clauseAround(text.plain, s.span, t.time.span);
    const before = text.plain.slice(Math.max(clause.start, t.time.span.start - 60), t.time.span.start);
    const lead = ONSET_BEFORE.exec(before);
    // A bullet's mark ("- 17:42 - A fault developed …") opens nothing of its own.
    const opens = /^[\s"“‘(*•-]*(?:at|around|about|shortly after|just after|just before|by)?\s*$/i.test(text.plain.slice(clause.start, t.time.span.start));
    if ((lead && before.length - (lead.index + lead[0].length) <= ONSET_GAP && !/\d/.test(before.slice(lead.index + lead[0].length))) ||
      (opens && onsetTold(text.plain.slice(t.time.span.end, clause.end))) || sittingOpens(text.plain, s.span, t.time.span)) cued.push(t);
  }
  if (cued.length === 0) return null;
  const basis = (t: TimeRef) => t.time.utcMinutes !== undefined ? 'utc' : `local:${t.time.zone ?? ''}`;
  const one = cued.every((t) => basis(t) === basis(cued[0]));
  if (!one) return cued[0];
  const at = (t: TimeRef) => t.time.utcMinutes ?? t.time.localMinutes ?? 0;
  return cued.reduce((a, b) => (at(b) < at(a) ? b : a));
}

/** "It began at 9:45", "The session started at 10": a pronoun or a sitting right before its verb of starting (anchored at the end; short). */
const SITTING_BEGAN = new RegExp(String.raw`\b(?:it|${SITTING})\s+(?:began|started|opened|got under ?way)\s+(?:at|around|about|shortly after|just after)?\s*$`, 'i');

/** Whether the story's onset is told as a sitting's opening (SITTING_OPENED, SITTING_OPENS_AFTER, SITTING_BEGAN). */
function sittingOnset(text: ArticleText, t: TimeClaim): boolean {
  const s = text.sentences[t.sentence];
  if (!s) return false;
  if (sittingOpens(text.plain, s.span, t.span)) return true;
  return t.span.start > s.span.start && SITTING_BEGAN.test(text.plain.slice(Math.max(s.span.start, t.span.start - SITTING_REACH), t.span.start));
}

/** Characters read before a time for a sitting's opening, and after it for a blog entry's. */
const SITTING_REACH = 120;

/** Whether the time, in its sentence `whole` (or its line), is told as the opening of a hearing, session or debate (SITTING_OPENED, SITTING_OPENS_AFTER). */
function sittingOpens(plain: string, whole: Span, at: Span): boolean {
  if (at.start > whole.start && SITTING_OPENED.test(plain.slice(Math.max(whole.start, at.start - SITTING_REACH), at.start))) return true;
  // The entry runs to its line's end: "- 9:15 a.m. — Hearing opens." is split after "a.m." as a sentence.
  let end = Math.min(plain.length, at.end + SITTING_REACH);
  const line = plain.indexOf('\n', at.end);
  if (line >= 0 && line < end) end = line;
  return SITTING_OPENS_AFTER.test(plain.slice(at.end, Math.max(end, Math.min(whole.end, at.end + SITTING_REACH))));
}

/** The article's clock times other than `onset`, told as a point to a minute off the quarter hours (a wall-clock reading no one rounds to). */
function oddMinutes(times: readonly TimeRef[], onset: TimeRef): ClockReading[] {
  const out: ClockReading[] = [];
  for (const r of times) {
    const x = r.time;
    if (r === onset || r.stamp || r.planned || x.granularity !== 'clock' || x.qualifier !== 'exact' || x.localMinutes === undefined || x.localMinutes % 15 === 0) continue;
    out.push(readingOf(x));
  }
  return out;
}

/**
 * A time's values alone, fields always in one order: the onset's check reads them, and a keystroke
 * between the onset and such a time (which moves the time, not its minutes) keeps the onset's key.
 */
function readingOf(x: TimeClaim): ClockReading {
  const { year, month, day } = x.date;
  return {
    granularity: x.granularity, utcMinutes: x.utcMinutes, localMinutes: x.localMinutes, zone: x.zone, zoneExplicit: x.zoneExplicit,
    clockNamed: x.clockNamed === true, date: { year, month, day },
  };
}

/**
 * Which of a source's claims a part of the corpus holds (partialCorpus.ts): only those some look-up
 * of the check can hand out. Times need their figures, statements their quotations; `text` is the
 * index of the running text's words.
 */
export interface ClaimKinds {
  figures: boolean;
  times: boolean;
  quotes: boolean;
  statements: boolean;
  text: boolean;
  /** Without times: only the figures of these classes (what look-ups by class hand out); every figure when absent. */
  classes?: Set<string>;
}

/**
 * Everything about one article that alignment needs, computed once per analysis (with `kinds`, only
 * those claims). `carrier`: the article is being edited, and its claims' words may be taken over
 * from its last build (claimReuse.ts); the claims are the same either way. `lazy`: figures' context
 * and near words and times' context are worked out when first read (WordSet.lazy), to the same words.
 */
export function articleClaims(article: ArticleAnalysis, kinds?: Readonly<ClaimKinds>, carrier?: ClaimCarrier, lazy = false): ArticleClaims {
  const { text } = article;
  // Claims left out are not made; what those made read of the article (its spans, its quotations) is read whole.
  const withTimes = !kinds || kinds.times;
  const withFigures = withTimes || kinds.figures;
  const withStatements = !kinds || kinds.statements;
  const withQuotes = withStatements || kinds.quotes;
  // Figures a report quotes someone as saying are loose; a transcript's are the record.
  const inQuote = quoteCover(article.quotes.filter((q) => !q.transcript).flatMap((q) => q.pieces));
  // Indexed, so that an article with thousands of claims is read in linear time.
  const claimSpans = new ClaimSpans([...mapped(article.figures, (f) => f.span), ...mapped(article.times, (t) => t.span)]);
  const classes = withTimes ? undefined : kinds.classes;
  // Only a whole build takes words over: the lists then stand in the article's order.
  const carry = kinds ? undefined : carrier;
  carry?.begin(article, claimSpans);
  const figureCount = article.figures.length;
  const peaks = withFigures ? peakFigures(article) : new Set<number>();
  const peakClasses = new Set<string | null>([...peaks].map((i) => figureClass(article.figures[i])));
  const measurePeaks = withFigures ? peakFigures(article, true) : new Set<number>();
  const measurePeakClasses = new Set<string | null>([...measurePeaks].map((i) => figureClass(article.figures[i])));
  const parts = withFigures ? localParts(article.text, article.figures) : new Set<number>();
  const years = withFigures ? toldYears(article) : [];
  const storyYear = withFigures ? storyYearOf(article) : null;
  const figures: FigureRef[] = !withFigures ? [] : article.figures.flatMap((figure, index) => {
    // A duration still to come ("another three hours") is no quantity of the story to compare.
    // Nor is a count told as the gap between two amounts ("100,000 tonnes above last season's").
    const cls = remainderDuration(text.plain, figure) || gapCount(text.plain, figure) ? null : figureClass(figure);
    if (classes && !(cls && classes.has(cls))) return [];
    const a = article.figureAnchors[index] ?? -1;
    // No index reads a source figure's words: only a figure compared with another needs them (SourceFigure reads them then).
    let words = lazy && !carry ? undefined : carry?.claim('figures', index, figureCount, figure.sentence, figure.span);
    if (!words && !(lazy && !carry)) {
      words = lazy ? {
        sentence: figure.sentence, at: figure.span, events: NO_EVENTS,
        context: lazyContext(article, figure.sentence, figure.span), near: lazyNear(article, figure.sentence, figure.span, claimSpans),
      } : {
        sentence: figure.sentence, at: figure.span, events: NO_EVENTS,
        context: claimContext(article, figure.sentence, figure.span), near: nearContext(article, figure.sentence, figure.span, claimSpans),
      };
    }
    if (words) carry?.keep('figures', index, words);
    const moving = changesOverTime(figure);
    // A sum converted in brackets is the writer's arithmetic, not a snapshot of its own.
    const converted = conversion(article, index);
    const tally = otherSide(text.plain, article.figures, index);
    if (lazy) {
      const anchor = a >= 0 && moving && !converted ? article.times[a] ?? null : null;
      const ref = new SourceFigure(article, figure, index, cls, anchor, claimSpans, words,
        inQuote(figure.span) || expectedValue(text, figure) || converted, peaks.has(index), peakClasses.has(cls),
        a >= 0 && !moving && !converted ? clockTime(article.times[a]) : null);
      if (!moving && !measurePeaks.has(index) && measurePeakClasses.has(cls)) ref.offPeak = true;
      if (parts.has(index)) ref.local = true;
      if (ref.inQuote && !converted && !inQuote(figure.span)) ref.expected = true;
      const year = years[index];
      if (year?.told != null) ref.toldYear = year.told;
      if (year?.named) ref.namesYear = true;
      if (storyYear !== null) ref.storyYear = storyYear;
      if (tally) {
        ref.tallyOther = tally.value;
        const outcome = tallyOutcome(text.plain, text.sentences[figure.sentence].span);
        if (outcome) ref.tallyOutcome = outcome;
        const abstentions = abstentionsOf(text.plain, article.figures, index);
        if (abstentions !== null) ref.tallyAbstentions = abstentions;
      }
      return ref;
    }
    if (!words) throw new Error('a figure built eagerly has its words');
    const sentence = moving ? text.sentences[figure.sentence] : undefined;
    const ref: FigureRef = {
      article, figure, index, cls, anchor: a >= 0 && moving && !converted ? article.times[a] ?? null : null,
      part: sentence ? partOfDay(text.plain, sentence.span, figure) : null,
      context: words.context, near: words.near,
      modifiers: modifiersOf(figure),
      // An expected or preferred figure is someone's view, loose like a quoted one.
      inQuote: inQuote(figure.span) || expectedValue(text, figure) || converted,
      starting: startingValue(text, figure),
      condition: conditionOf(text, figure),
      period: overPeriod(text, figure),
      rate: rateOf(text, figure),
      storyDay: article.dateline,
      peak: peaks.has(index),
      peakTold: peakClasses.has(cls),
      measuredAt: a >= 0 && !moving && !converted ? clockTime(article.times[a]) : null,
    };
    if (!moving && !measurePeaks.has(index) && measurePeakClasses.has(cls)) ref.offPeak = true;
    if (restOfWhole(text, figure)) ref.rest = true;
    if (timeLimit(text, figure)) ref.limit = true;
    const start = monthStart(text.plain, article.figures, index, ref.anchor);
    if (start) ref.monthStart = start;
    const month = toldMonth(article, index);
    if (month) ref.toldMonth = month;
    if (parts.has(index)) ref.local = true;
    if (ref.inQuote && !converted && !inQuote(figure.span)) ref.expected = true;
    const year = years[index];
    if (year?.told != null) ref.toldYear = year.told;
    if (year?.named) ref.namesYear = true;
    if (storyYear !== null) ref.storyYear = storyYear;
    const whole = countOfShare(text.plain, article.figures, index);
    if (whole !== null) ref.shareOf = whole;
    const aged = agedPerson(article, figure);
    if (aged) ref.agedPerson = aged;
    const noun = agedNoun(article, figure);
    if (noun) ref.agedNoun = noun;
    const trade = agedTrade(article, figure);
    if (trade) ref.agedTrade = trade;
    const extreme = agedExtreme(article, figure);
    if (extreme) ref.agedExtreme = extreme;
    if (tally) {
      ref.tallyOther = tally.value;
      const outcome = tallyOutcome(text.plain, text.sentences[figure.sentence].span);
      if (outcome) ref.tallyOutcome = outcome;
      const abstentions = abstentionsOf(text.plain, article.figures, index);
      if (abstentions !== null) ref.tallyAbstentions = abstentions;
    }
    return ref;
  });
  const byAnchor = groupBy(figures, (f) => f.anchor);
  const bySentence = groupBy(figures, (f) => f.figure.sentence);
  // A source's times keep their sentence's list (shared by the times of one sentence) for the corpus's life.
  if (lazy) for (const [k, list] of bySentence) bySentence.set(k, exact(list));
  const clocked = new Set(article.times.filter((t) => t.granularity === 'clock').map((t) => t.sentence));
  const twoMoments = sentencesOfTwoMoments(article);
  const timeCount = article.times.length;
  // Minutes of the wall clock (with their zone) the article has told already, in its order.
  const toldMinutes = new Set<string>();
  const retell = (ref: TimeRef) => {
    const time = ref.time;
    if (time.granularity === 'clock' && time.localMinutes !== undefined) {
      const minute = `${time.localMinutes}|${time.zone ?? ''}`;
      if (toldMinutes.has(minute)) ref.retold = true; else toldMinutes.add(minute);
    }
  };
  const times: TimeRef[] = !withTimes ? [] : mapped(article.times, (time, index) => {
    // A live blog's entry stamp ("11:52 a.m." on a line of its own) is about its entry's first sentence,
    // unless that sentence tells a time of its own ("5.12pm ⏎ Police say the mayday came at 4.55pm").
    // So is a note's stamp in brackets ("Correction (23:10): An earlier entry said …"), its note after the colon.
    const opening = inlineEntry(text, time);
    const inline = opening >= 0 ? opening : noteEntry(text, time);
    let entry = inline >= 0 ? time.sentence : entryOf(text, time);
    const stamp = entry >= 0;
    if (entry >= 0 && (inline >= 0 ? otherClockIn(article.times, time) : clocked.has(entry))) entry = -1;
    const opens = inline >= 0 ? inline : entry >= 0 ? entryStart(text.plain, text.sentences[entry].span) : 0;
    const at = entry < 0 ? withOwnDay(text.plain, article.times, index) : { start: opens, end: opens };
    const sentence = entry < 0 ? time.sentence : entry;
    // A live blog's stamp also carries the figures its entry ties to it ("00:47 — Passed. 78 for, 64 against").
    const tied = (byAnchor.get(time) ?? []).filter((f) => f.figure.sentence === time.sentence ||
      (stamp && text.sentences[f.figure.sentence]?.paragraph === text.sentences[time.sentence]?.paragraph));
    // A sentence telling two moments ("departed at 1410 GMT, was cruising at 37,000 feet when … failed at
    // 1742 GMT") does not say which one its measures belong to.
    const sentenceFigures = twoMoments.has(time.sentence) ? [] : figuresAround(bySentence.get(time.sentence) ?? [], text.sentences[time.sentence]?.span, time.span);
    let words = carry?.claim('times', index, timeCount, sentence, at);
    if (!words) {
      const clock = time.granularity === 'clock';
      const prior = entry < 0 && clock ? nearClock(article.times, index, at, -1) : undefined;
      const limit = entry < 0 && clock ? clockClauseLimit(text.plain, at, prior, nearClock(article.times, index, at, 1)) : undefined;
      // "voted at 11:48 p.m. (2348 GMT, 6:48 p.m. in Austin)": an action told before another clock time
      // is that time's, not one further on.
      const eventsIn = prior ? { start: Math.max(limit?.start ?? 0, prior.end), end: limit?.end ?? text.plain.length } : limit;
      const s = text.sentences[sentence];
      // Its clause is cut out only when the sentence may tell an arrival (a few clock times' sentences).
      const party = s && clock && mayTellArrival(text.plain, s.span) ? arrivingParty(text.plain, ownPart(text.plain, clauseAround(text.plain, s.span, at), at)) : null;
      const planned = s && clock && plannedTime(text.plain, s.span, time.span);
      if (lazy) {
        // The time index files a clock time by its near words and events, a date with a weekday by its
        // near words: those are read now, the rest when first read (SourceTime).
        const ref = new SourceTime(article, time, index, exact(tied), sentenceFigures, stamp, sentence, at, limit, eventsIn, claimSpans,
          clock || time.weekday !== undefined ? nearContext(article, sentence, at, claimSpans, true, limit) : undefined,
          clock ? withTalksEnd(timeEvents(text, sentence, at, claimSpans, eventsIn), text, sentence, at, stamp) : undefined);
        if (party) ref.arrival = party;
        const range = rangeLength(text.plain, article.times, index);
        if (range !== null) ref.range = range;
        const hours = hoursDays(text, time);
        if (hours !== null) ref.hours = hours;
        retell(ref);
        if (planned) ref.planned = true;
        return ref;
      }
      words = {
        sentence, at, context: claimContext(article, sentence, at), near: nearContext(article, sentence, at, claimSpans, true, limit),
        events: timeEvents(text, sentence, at, claimSpans, eventsIn),
      };
      if (party) words.arrival = party;
      if (planned) words.planned = true;
    }
    carry?.keep('times', index, words);
    const ref: TimeRef = {
      article, time, index, figures: tied, sentenceFigures, onset: false, stamp, context: words.context, near: words.near,
      events: time.granularity === 'clock' ? withTalksEnd(words.events, text, sentence, at, stamp) : words.events,
    };
    if (words.arrival) ref.arrival = words.arrival;
    const range = rangeLength(text.plain, article.times, index);
    if (range !== null) ref.range = range;
    const hours = hoursDays(text, time);
    if (hours !== null) ref.hours = hours;
    retell(ref);
    if (words.planned) ref.planned = true;
    return ref;
  });
  markRetoldBelow(text, times);
  const onset = storyOnset(text, times);
  if (onset) {
    onset.onset = true;
    if (sittingOnset(text, onset.time)) onset.sitting = true;
    const others = oddMinutes(times, onset);
    if (others.length > 0) onset.onsetOthers = others;
  }
  // "11:42 a.m. local time (1842 GMT)": the time in brackets is the same moment on another clock, told
  // of the same thing; it has no words of its own.
  const conversions = new Set<number>();
  for (let i = 1; i < times.length; i++) {
    // "8pm AEST on Sunday (1000 UTC)": the weekday between is a claim of its own; the clock time is before it.
    const a = times[i - 1].time.granularity === 'date' && i >= 2 ? times[i - 2] : times[i - 1];
    const b = times[i];
    const afterClause = !converts(text.plain, a.time, b.time) && convertsAfterClause(text.plain, a.time, b.time);
    if (!afterClause && !converts(text.plain, a.time, b.time)) continue;
    // Set in place, not copied: the record is the article's own and not yet handed out (a spread
    // would drop a class's fields; the fields keep their places, so the incremental key is as before).
    b.context = a.context;
    if (afterClause) {
      // The clause between the two is told of both: its last words, right before the brackets (what
      // happened: "announce a deal"), were given to the converted time, and are the first time's too.
      a.near = b.near;
      a.events = [...new Set([...a.events, ...b.events])];
    }
    b.near = a.near;
    b.events = a.events;
    b.onset = b.onset || a.onset;
    if (a.onsetOthers && !b.onsetOthers) b.onsetOthers = a.onsetOthers;
    if (a.sitting) b.sitting = true;
    // A plan told on two clocks ("due at 10am local time (0900 GMT)") is a plan on both.
    if (a.planned) b.planned = true;
    conversions.add(i);
  }
  keepLoneActions(times, conversions);
  if (withTimes) fileTimes(article, times);
  const quoteCount = article.quotes.length;
  const quotes: QuoteRef[] = !withQuotes ? [] : mapped(article.quotes, (quote, index) => {
    if (lazy && !carry) return new SourceQuote(article, quote, index);
    const words = carry?.quote(index, quoteCount, quote) ?? quoteWords(text, quote);
    carry?.keepQuote(index, words);
    return { article, quote, index, words };
  });
  const statements = withStatements ? findStatements(article, quotes, lazy, carry) : [];
  carry?.end();
  // A source's lists are kept for the corpus's life: copies of exactly their length (the times' list is filed on the article as it is).
  if (lazy) return { article, figures: exact(figures), times, quotes: exact(quotes), statements: exact(statements) };
  return { article, figures, times, quotes, statements };
}

/**
 * The fields of a figure's record that no index reads, as the record of a figure built eagerly
 * holds them (articleClaims): read only when a check compares the figure with another, which most
 * source figures never are.
 */
interface FigureDetails {
  part: PartOfDay | null;
  starting: boolean;
  condition: string | null;
  period: boolean;
  rate: Rate | null;
  rest: true | undefined;
  limit: true | undefined;
  monthStart: MonthStart | undefined;
  toldMonth: ToldMonth | undefined;
  shareOf: number | undefined;
  agedPerson: string | undefined;
  agedNoun: string | undefined;
  agedTrade: string | undefined;
  agedExtreme: string | undefined;
}

function figureDetails(article: ArticleAnalysis, figure: Figure, index: number, anchor: TimeClaim | null): FigureDetails {
  const { text } = article;
  const sentence = changesOverTime(figure) ? text.sentences[figure.sentence] : undefined;
  return {
    part: sentence ? partOfDay(text.plain, sentence.span, figure) : null,
    starting: startingValue(text, figure),
    condition: conditionOf(text, figure),
    period: overPeriod(text, figure),
    rate: rateOf(text, figure),
    rest: restOfWhole(text, figure) ? true : undefined,
    limit: timeLimit(text, figure) ? true : undefined,
    monthStart: monthStart(text.plain, article.figures, index, anchor) ?? undefined,
    toldMonth: toldMonth(article, index) ?? undefined,
    shareOf: countOfShare(text.plain, article.figures, index) ?? undefined,
    agedPerson: agedPerson(article, figure) ?? undefined,
    agedNoun: agedNoun(article, figure) ?? undefined,
    agedTrade: agedTrade(article, figure) ?? undefined,
    agedExtreme: agedExtreme(article, figure) ?? undefined,
  };
}

/**
 * A source figure's record in the corpus (articleClaims with `lazy`): what the indexes read is held
 * at once, the rest (FigureDetails) worked out on first read, to the same values. The details are
 * enumerable getters, so a claim's key (findings/incremental.ts, KeyWriter, sameKey.ts) still walks
 * them; the record is never copied field by field (a spread would drop them).
 */
class SourceFigure implements FigureRef {
  expected?: true;
  offPeak?: true;
  local?: true;
  toldYear?: number;
  namesYear?: true;
  storyYear?: number;
  tallyOther?: number;
  tallyOutcome?: TallyOutcome;
  tallyAbstentions?: number;
  #details: FigureDetails | undefined = undefined;
  // The words, read when first asked for (each a WordSet as a lazy set's read gives it): no lazy
  // set and record of what it reads for each of the three, six objects a figure of every source.
  #context: ReadonlySet<string> | undefined;
  #near: ReadonlySet<string> | undefined;
  #modifiers: ReadonlySet<string> | undefined;
  readonly #spans: ClaimSpans;

  constructor(
    readonly article: ArticleAnalysis,
    readonly figure: Figure,
    readonly index: number,
    readonly cls: string | null,
    readonly anchor: TimeClaim | null,
    spans: ClaimSpans,
    /** Words taken over from the article's last build (claimReuse.ts), else undefined: read when first asked for. */
    words: { context: ReadonlySet<string>; near: ReadonlySet<string> } | undefined,
    readonly inQuote: boolean,
    readonly peak: boolean,
    readonly peakTold: boolean,
    readonly measuredAt: TimeClaim | null,
  ) {
    this.#spans = spans;
    this.#context = words?.context;
    this.#near = words?.near;
    this.#modifiers = undefined;
  }

  // Read as when the source was added: a check must not fill the sentences remembered by text (sentenceWords.ts).
  get context(): ReadonlySet<string> {
    return this.#context ??= unremembered(() => claimContext(this.article, this.figure.sentence, this.figure.span));
  }

  get near(): ReadonlySet<string> {
    return this.#near ??= unremembered(() => nearContext(this.article, this.figure.sentence, this.figure.span, this.#spans));
  }

  /** A count's modifiers (its own text, tokenised: most figures' texts differ, so the cache seldom spares it). */
  get modifiers(): ReadonlySet<string> {
    const f = this.figure;
    return this.#modifiers ??= f.unit !== 'count' || !f.counted ? WordSet.EMPTY : modifiersOf(f);
  }

  get storyDay(): CalendarDate | null { return this.article.dateline; }
  get part(): PartOfDay | null { return this.details().part; }
  get starting(): boolean { return this.details().starting; }
  get condition(): string | null { return this.details().condition; }
  get period(): boolean { return this.details().period; }
  get rate(): Rate | null { return this.details().rate; }
  get rest(): true | undefined { return this.details().rest; }
  get limit(): true | undefined { return this.details().limit; }
  get monthStart(): MonthStart | undefined { return this.details().monthStart; }
  get toldMonth(): ToldMonth | undefined { return this.details().toldMonth; }
  get shareOf(): number | undefined { return this.details().shareOf; }
  get agedPerson(): string | undefined { return this.details().agedPerson; }
  get agedNoun(): string | undefined { return this.details().agedNoun; }
  get agedTrade(): string | undefined { return this.details().agedTrade; }
  get agedExtreme(): string | undefined { return this.details().agedExtreme; }

  private details(): FigureDetails {
    // Read as when the source was added: a check must not fill the sentences remembered by text (sentenceWords.ts).
    return this.#details ??= unremembered(() => figureDetails(this.article, this.figure, this.index, this.anchor));
  }
}
for (const name of ['context', 'near', 'modifiers', 'storyDay', 'part', 'starting', 'condition', 'period', 'rate', 'rest', 'limit', 'monthStart', 'toldMonth', 'shareOf', 'agedPerson', 'agedNoun', 'agedTrade', 'agedExtreme']) {
  const d = Object.getOwnPropertyDescriptor(SourceFigure.prototype, name);
  if (d) Object.defineProperty(SourceFigure.prototype, name, { ...d, enumerable: true });
}

/**
 * A source time's record in the corpus (articleClaims with `lazy`): what the time index reads is held
 * at once (a clock time's near words and events, a weekday's near words); the context, and a date's
 * events and (without a weekday) near words, are worked out on first read, to the same words. The
 * getters are enumerable, so a claim's key (findings/incremental.ts, KeyWriter, sameKey.ts) still
 * walks them; the record is never copied field by field (a spread would drop them).
 */
class SourceTime implements TimeRef {
  declare arrival?: string;
  declare range?: number;
  declare hours?: string;
  declare retold?: boolean;
  declare planned?: true;
  declare onsetOthers?: readonly ClockReading[];
  declare sitting?: true;
  onset = false;
  #context: ReadonlySet<string> | undefined = undefined;
  #near: ReadonlySet<string> | undefined;
  #events: readonly string[] | undefined;
  /** Actions the article tells at more than one moment (keepLoneActions): left out of the events when they are worked out. */
  #dropped: ReadonlySet<string> | null = null;
  // What the words are read from, as articleClaims reads them for an eager record.
  readonly #sentence: number;
  readonly #at: Span;
  readonly #limit: Span | undefined;
  readonly #eventsIn: Span | undefined;
  readonly #spans: ClaimSpans;

  constructor(
    readonly article: ArticleAnalysis,
    readonly time: TimeClaim,
    readonly index: number,
    readonly figures: FigureRef[],
    readonly sentenceFigures: FigureRef[],
    readonly stamp: boolean,
    sentence: number, at: Span, limit: Span | undefined, eventsIn: Span | undefined, spans: ClaimSpans,
    near: ReadonlySet<string> | undefined,
    events: readonly string[] | undefined,
  ) {
    this.#sentence = sentence;
    this.#at = at;
    this.#limit = limit;
    this.#eventsIn = eventsIn;
    this.#spans = spans;
    this.#near = near;
    this.#events = events;
  }

  // Read as when the source was added: a check must not fill the sentences remembered by text (sentenceWords.ts).
  get context(): ReadonlySet<string> {
    return this.#context ??= unremembered(() => claimContext(this.article, this.#sentence, this.#at));
  }

  set context(words: ReadonlySet<string>) {
    this.#context = words;
  }

  get near(): ReadonlySet<string> {
    return this.#near ??= unremembered(() => nearContext(this.article, this.#sentence, this.#at, this.#spans, true, this.#limit));
  }

  set near(words: ReadonlySet<string>) {
    this.#near = words;
  }

  get events(): readonly string[] {
    if (this.#events === undefined) {
      const events = unremembered(() => timeEvents(this.article.text, this.#sentence, this.#at, this.#spans, this.#eventsIn));
      const dropped = this.#dropped;
      this.#events = dropped === null ? events : events.filter((e) => !dropped.has(e));
    }
    return this.#events;
  }

  set events(events: readonly string[]) {
    this.#events = events;
  }

  /** Leaves `actions` out of the events (keepLoneActions), now or when they are worked out. */
  drop(actions: ReadonlySet<string>): void {
    const events = this.#events;
    if (events === undefined) this.#dropped = actions;
    else if (events.some((e) => actions.has(e))) this.#events = events.filter((e) => !actions.has(e));
  }
}
for (const name of ['context', 'near', 'events']) {
  const d = Object.getOwnPropertyDescriptor(SourceTime.prototype, name);
  if (d) Object.defineProperty(SourceTime.prototype, name, { ...d, enumerable: true });
}

/**
 * A list of exactly its length: one grown by push (or made by filter or flatMap) has up to half
 * again as many slots, 17 for a list of one to three, and a source's lists are kept for the
 * corpus's life. An empty list has no slots to spare.
 */
function exact<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

/**
 * A source quotation's record in the corpus (articleClaims with `lazy`): its words are read when a
 * check first reads them (a quotation handed out by quoteCandidates), to the same words. Kept, the
 * words of every source quotation were a fifth of what the corpus holds of its own per source (an
 * object and a spelling for each word: about 4.5 KB a source), most never read after the source's
 * shingles were filed. The getter is enumerable, so a claim's key still walks it.
 */
class SourceQuote implements QuoteRef {
  #words: QuoteWord[] | undefined = undefined;

  constructor(readonly article: ArticleAnalysis, readonly quote: Quote, readonly index: number) {}

  get words(): QuoteWord[] {
    return this.#words ??= quoteWords(this.article.text, this.quote);
  }

  set words(words: QuoteWord[]) {
    this.#words = words;
  }

  /** The words without keeping them (the index's shingles, filed when the source is added and removed). */
  passingWords(): QuoteWord[] {
    return this.#words ?? quoteWords(this.article.text, this.quote);
  }
}
{
  const d = Object.getOwnPropertyDescriptor(SourceQuote.prototype, 'words');
  if (d) Object.defineProperty(SourceQuote.prototype, 'words', { ...d, enumerable: true });
}

/** A quotation's words for filing its shingles: a source's are not kept for it (SourceQuote). */
function wordsToFile(q: QuoteRef): readonly QuoteWord[] {
  return q instanceof SourceQuote ? q.passingWords() : q.words;
}

/**
 * Each article's times as its last claims were built: a check of one time reads its sentence's
 * others (a field on the time would enter the incremental key). Kept on the article under a symbol,
 * not enumerable (so not in its JSON, its keys or a spread copy of it), and not in a WeakMap by
 * article: V8's scavenges hold a WeakMap's values as if strong, and these refs hold their article,
 * so every keystroke's whole analysis, once filed there, outlived the next two scavenges and was
 * promoted (docs/PERFORMANCE.md, thirty-fourth round).
 */
const ARTICLE_TIMES = Symbol('articleTimes');

type WithTimes = ArticleAnalysis & { [ARTICLE_TIMES]?: readonly TimeRef[] };

function fileTimes(article: ArticleAnalysis, times: readonly TimeRef[]): void {
  Object.defineProperty(article, ARTICLE_TIMES, { value: times, writable: true, configurable: true, enumerable: false });
}

/** The times of `article` as its claims were last built, in its order (`[index]` is the time at that index). */
export function articleTimes(article: ArticleAnalysis): readonly TimeRef[] | undefined {
  return (article as WithTimes)[ARTICLE_TIMES];
}

// Records of what each lazy set reads, not closures: a closure and its context are about twice the
// size, and every figure and time of every source keeps two or three of these for the corpus's
// life. Made apart from articleClaims, so that a set not yet read holds on to only what it reads.
// Read under unremembered, as when the source was added: a check reading a source's words must not
// fill the sentences remembered by text (sentenceWords.ts) and push out the edited draft's.
class ContextRead implements LazyWords {
  constructor(private readonly article: ArticleAnalysis, private readonly sentence: number, private readonly at: Span) {}

  read(): WordSet {
    return unremembered(() => claimContext(this.article, this.sentence, this.at));
  }
}

class NearRead implements LazyWords {
  constructor(private readonly article: ArticleAnalysis, private readonly sentence: number, private readonly at: Span, private readonly spans: ClaimSpans) {}

  read(): WordSet {
    return unremembered(() => nearContext(this.article, this.sentence, this.at, this.spans));
  }
}

function lazyContext(article: ArticleAnalysis, sentence: number, at: Span): WordSet {
  return WordSet.lazy(new ContextRead(article, sentence, at));
}

function lazyNear(article: ArticleAnalysis, sentence: number, at: Span, spans: ClaimSpans): WordSet {
  return WordSet.lazy(new NearRead(article, sentence, at, spans));
}

/**
 * "A$1.8 million ($1.2 million)": money in brackets right after money is the same sum converted,
 * at a rate the writer chose; it is loose, like a quoted figure.
 */
function conversion(article: ArticleAnalysis, index: number): boolean {
  // Both figures money before the text between them is read (most figures are not).
  return article.figures[index].unit === 'money' && article.figures[index - 1]?.unit === 'money' && bracketedAfter(article, index) !== null;
}

/**
 * Sentences that tell two clock times of different moments. A time in brackets right after another
 * ("11:42 a.m. CST (1742 GMT)") is the same moment told on another clock, right or wrong.
 */
function sentencesOfTwoMoments(article: ArticleAnalysis): Set<number> {
  const out = new Set<number>();
  let last: TimeClaim | null = null;
  for (const t of article.times) {
    if (t.granularity !== 'clock') continue;
    if (last && last.sentence === t.sentence && !converts(article.text.plain, last, t)) out.add(t.sentence);
    last = t;
  }
  return out;
}

/**
 * An action keyed alone ("~land", alignment/events.ts) says which moment it is only when the article
 * tells it at one moment: "the first plane landed at 9:10 … the second landed at 9:50" keeps neither.
 * So does a first thing ("~first:call", alignment/firsts.ts): "the first patients arrived at 9am … the
 * first patients went home at 4pm" tells two firsts of one noun, and keeps neither.
 * A time converted in brackets (`conversions`, by index) is its first time's moment, not another.
 */
function keepLoneActions(times: TimeRef[], conversions: ReadonlySet<number>): void {
  // Only clock times' events are compared: a first told of a date alone is told at no clock time, so it stays.
  let firsts: Set<string> | null = null;
  for (const t of times) if (t.time.granularity === 'clock') for (const e of t.events) if (e.startsWith(FIRST_KEY)) (firsts ??= new Set()).add(e);
  let dropped: Set<string> | null = null;
  for (const action of firsts ? [...ALONE, ...firsts] : ALONE) {
    let at: number | undefined;
    let one = true;
    // "voted shortly after 1 a.m. … The vote came at 1:07 a.m.": a loose telling of the moment an
    // exact time tells (about it, or a bound it keeps) is that moment told twice, not a second one.
    let loose: TimeClaim[] | null = null;
    for (let i = 0; i < times.length; i++) {
      const t = times[i];
      // "10:42 p.m. (2142 GMT)": the time in brackets is the same moment, on a clock the other may not be placed on.
      if (t.time.granularity !== 'clock' || !t.events.includes(action) || conversions.has(i)) continue;
      if (t.time.qualifier !== 'exact' && ALONE.has(action)) { (loose ??= []).push(t.time); continue; }
      const m = t.time.utcMinutes ?? t.time.localMinutes;
      if (at === undefined) at = m;
      else if (m === undefined || Math.abs(m - at) > 5) one = false;
    }
    if (loose !== null) {
      for (const x of loose) {
        const m = x.utcMinutes ?? x.localMinutes;
        if (at === undefined) at = m;
        else if (m === undefined || !looselyAt(x, m, at)) one = false;
      }
    }
    if (one) continue;
    (dropped ??= new Set()).add(action);
  }
  if (dropped === null) return;
  const kept = (e: string) => !(dropped as Set<string>).has(e);
  for (const t of times) {
    // A source date's events are not worked out yet: they lose these actions when they are.
    if (t instanceof SourceTime) t.drop(dropped);
    else if (!t.events.every(kept)) t.events = t.events.filter(kept);
  }
}

/** Minutes within which a time told about a moment ("shortly after 1 a.m.") tells an exact time's. */
const LOOSE_MINUTES = 15;

/** Whether a loosely told time (minutes `m`) holds the exact moment `at`: about it, or a bound on the right side of it. */
function looselyAt(x: TimeClaim, m: number, at: number): boolean {
  const d = at - m;
  if (x.qualifier === 'past') return d >= 0 && d < 12 * 60;
  if (x.qualifier === 'until') return d <= 0 && d > -12 * 60;
  return Math.abs(d) <= LOOSE_MINUTES;
}

/**
 * Whether clock time b stands in brackets right after clock time a: "7:40 p.m. CST (0140 GMT Thursday)",
 * also past the weekday a is told on ("11:30pm on Monday (2130 GMT)").
 */
export function converts(plain: string, a: TimeClaim, b: TimeClaim): boolean {
  if (a.granularity !== 'clock' || b.granularity !== 'clock' || a.sentence !== b.sentence || a.span.end > b.span.start || b.span.start - a.span.end > BRACKET_REACH) return false;
  const between = plain.slice(a.span.end, b.span.start);
  // "10am Pacific time, 7pm in London", "2:00 p.m. BST / 3:00 p.m. CEST": a time on another clock
  // written out, joined by a comma or a slash alone, is the same moment converted (two moments on
  // two clocks are told with words between them).
  return BRACKET_AFTER.test(between) || PLACE_THEN_BRACKET.test(between) || (a.zoneExplicit && b.zoneExplicit && a.zone !== null && b.zone !== null && a.zone !== b.zone && JOINED_AFTER.has(between.trim()));
}

/** Longest clause between a time and its conversion in brackets at the clause's end. */
const CLAUSE_BRACKET_REACH = 160;
/** The clause's end: an opening bracket, the last thing before the converted time. */
const OPENS_BRACKET = /\([ \t]*$/;

/**
 * "23:10: after a long session, the two sides announce a deal (21:10 in New York)": a time on another
 * clock in brackets at the end of the clause a time opens, at the very same instant, is that time
 * converted for readers elsewhere; the clause between is told of both.
 */
export function convertsAfterClause(plain: string, a: TimeClaim, b: TimeClaim): boolean {
  if (a.granularity !== 'clock' || b.granularity !== 'clock' || a.sentence !== b.sentence || a.span.end > b.span.start ||
    b.span.start - a.span.end > CLAUSE_BRACKET_REACH || !b.zoneExplicit || a.zone === b.zone) return false;
  if (a.utcMinutes === undefined || b.utcMinutes === undefined || (((a.utcMinutes - b.utcMinutes) % 1440) + 1440) % 1440 !== 0) return false;
  const between = plain.slice(a.span.end, b.span.start);
  return OPENS_BRACKET.test(between) && !between.includes(')');
}

/**
 * Between a time and its conversion in brackets: the bracket, or a weekday first, with its date or not
 * ("on Tuesday (", "on Tuesday, May 6 (", "on Friday 9 May ("), and the words a conversion may open
 * with ("(that's 8 a.m. in Toronto)", "(or 14:00 GMT)"), or the first time's zone abbreviated ("05:00 Ankara time (TRT,
 * 02:00 GMT)"). Literal alternatives, each run bounded by the
 * next literal: linear.
 */
const BRACKET_AFTER = /^\s*(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?))?\s*)?\(\s*(?:(?:that['’]s|that\s+is|or|i\.e\.,?)\s+|[A-Z]{2,5},\s+)?$/i;
const BRACKET_REACH = 34;
/**
 * "at 11 a.m. in Accra (noon in Paris)": the place whose clock the first time is told on, then the
 * bracket (one or two capitalised words; letters and spaces never overlap: linear).
 */
const PLACE_THEN_BRACKET = /^[ \t]+in[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?[ \t]*\([ \t]*$/u;
/**
 * Between a time and the same moment on another clock: a comma or a slash, nothing else, or a table's
 * column rule ("| 04:25 | 03:25 |" under "CET" and "UTC", blanked to spaces in a Markdown table).
 */
const JOINED_AFTER: ReadonlySet<string> = new Set([',', '/', '|', '']);

/** Longest run of commas, spaces and "at" between a day and its clock time ("Friday, Sept. 19, at 6 a.m."). */
const OWN_DAY_GAP = 8;

/**
 * A clock time's span, reaching back over the day written right before it as its own ("Pre-orders
 * open on Friday, September 19, at 6:00 a.m. PDT"): the words before the day are the clock time's
 * clause too, not another claim's.
 */
function withOwnDay(plain: string, times: readonly TimeClaim[], index: number): Span {
  const time = times[index];
  const day = times[index - 1];
  if (time.granularity !== 'clock' || !day || day.granularity !== 'date' || day.sentence !== time.sentence) return time.span;
  const from = day.span.end;
  const to = time.span.start;
  if (to < from || to - from > OWN_DAY_GAP) return time.span;
  let i = from;
  while (i < to && (plain[i] === ',' || plain[i] === ' ' || plain[i] === '\u00a0')) i++;
  if (plain.startsWith('at', i) && i + 2 < to && plain[i + 2] === ' ') i += 2;
  while (i < to && (plain[i] === ' ' || plain[i] === '\u00a0')) i++;
  return i === to ? { start: day.span.start, end: time.span.end } : time.span;
}

/**
 * A clock time's events with the end of the story's talks when it is told as that (alignment/talksEnd.ts;
 * not a live blog's stamp, posted after). Added apart from the words a later build takes over
 * (claimReuse.ts): the talks may be named in the sentence before, which an edit may change alone.
 */
function withTalksEnd(events: readonly string[], text: ArticleText, sentence: number, at: Span, stamp: boolean): readonly string[] {
  return !stamp && !events.includes(TALKS_END) && toldAsTalksEnd(text, sentence, at) ? [...events, TALKS_END] : events;
}

/** What happened at a clock time (or, for an entry stamp, in its entry's first clause). */
function timeEvents(text: ArticleText, sentence: number, at: Span, claimSpans: ClaimSpans, limit?: Span): string[] {
  const s = text.sentences[sentence];
  if (!s) return [];
  const clause = within(clauseAround(text.plain, s.span, at), limit);
  const covered = (offset: number) => claimSpans.covers(offset, at);
  let keys = eventKeys(text.plain, clause, at, covered);
  // "the problem began at **3:40 a.m.**, when a drop in pressure was noticed": a "when" clause right
  // after the time tells what happened at it, where the time's own clause tells no action. Bold blanked
  // to spaces after "a.m." parts the sentence before the comma (the splitter sees "a.m." and blanks);
  // the "when" clause is then the next sentence's opening. (Joining the sentences instead ties other
  // times to figures told after such a comma: "at **4:20 a.m.**, with winds of 185 km/h".)
  if (keys.length === 0) {
    const when = whenClauseAfter(text.plain, clause, at);
    const whole = when && when.start > s.span.end ? text.sentences[sentence + 1]?.span : s.span;
    if (when && whole && whole.start <= when.start && when.start < whole.end) keys = eventKeys(text.plain, within(clauseAround(text.plain, whole, when), limit), at, covered);
  }
  if (!keys.includes(VOTE) && voteNamedAt(text.plain, s.span, at)) keys.push(VOTE);
  // "At 11:15 …, he extended the order to the whole town" / "ordered all residents to leave at 11:45":
  // the sentence's stretch of this time alone (up to the times beside it), as a sentence may tell two.
  if (ordersWholePlace(text.plain, within(s.span, limit), at)) keys.push(WHOLE_PLACE_ORDER);
  const first = firstKeys(text.plain, pastDashAside(text.plain, s.span, clause), at);
  return first.length > 0 ? [...keys, ...first] : keys;
}

/** After a time: its markup, a comma, then "when" opening the clause of what happened at it (bounded runs: linear). */
const WHEN_AFTER = /^[*_ \t]{0,4},[ \t]+when[ \t]+/;
/** Characters read after a time for WHEN_AFTER. */
const WHEN_REACH = 16;

/**
 * "… began at 3:40 a.m., when a drop in pressure was noticed": the point right after "when" (inside
 * the clause that follows the time's own), when the time's clause ends right after the time and a
 * "when" clause opens there; else null.
 */
function whenClauseAfter(plain: string, clause: Span, at: Span): Span | null {
  if (clause.end - at.end > WHEN_REACH) return null;
  const m = WHEN_AFTER.exec(plain.slice(at.end, Math.min(plain.length, at.end + WHEN_REACH)));
  if (!m) return null;
  const from = at.end + m[0].length;
  return { start: from, end: from };
}

/** Words at most in an aside set off by two dashes ("The first car – Ana Ruiz's red Fiat – rolled …"). */
const ASIDE_WORDS = 6;

/**
 * "The first private car – a farmer's green estate – rolled through the gate at 15:10": a clause that
 * opens right after a short aside between two dashes goes on from the phrase before the aside (its
 * subject), so the first thing told there is the time's. The clause as it is otherwise.
 */
function pastDashAside(plain: string, sentence: Span, clause: Span): Span {
  let close = clause.start - 1;
  while (close > sentence.start && plain[close] === ' ') close--;
  if (!isDashChar(plain[close])) return clause;
  let open = close - 1;
  let words = 0;
  let inWord = false;
  for (; open > sentence.start && !isDashChar(plain[open]); open--) {
    const c = plain[open];
    if (c === ',' || c === ';' || c === '.' || c === '(' || c === ')' || (c >= '0' && c <= '9')) return clause;
    const letter = c !== ' ' && c !== '\u00a0';
    if (letter && !inWord && ++words > ASIDE_WORDS) return clause;
    inWord = letter;
  }
  if (open <= sentence.start || words === 0 || plain[open - 1] !== ' ') return clause;
  const before = clauseAround(plain, sentence, { start: open - 1, end: open - 1 });
  return before.start < clause.start ? { start: before.start, end: clause.end } : clause;
}

function isDashChar(c: string | undefined): boolean {
  return c === '\u2013' || c === '\u2014';
}

/** The span of the nearest other clock time of a time's sentence wholly before `at` (step -1) or after it (step 1). */
function nearClock(times: readonly TimeClaim[], index: number, at: Span, step: -1 | 1): Span | undefined {
  const sentence = times[index].sentence;
  for (let i = index + step; i >= 0 && i < times.length && times[i].sentence === sentence; i += step) {
    const t = times[i];
    if (t.granularity === 'clock' && (step < 0 ? t.span.end <= at.start : t.span.start >= at.end)) return t.span;
  }
  return undefined;
}

/** The sentence a clock time alone on its line stamps (the next one, in its paragraph or the next), or -1. */
function entryOf(text: ArticleText, time: TimeClaim): number {
  if (time.granularity !== 'clock') return -1;
  const s = text.sentences[time.sentence];
  const next = text.sentences[time.sentence + 1];
  if (!s || !next || next.isHeading || next.paragraph > s.paragraph + 1) return -1;
  // Nothing else in its sentence; an entry that opens with a quotation tells what someone said, not what happened at the stamp.
  return separatorsOnly(text.plain, s.span.start, time.span.start) && separatorsOnly(text.plain, time.span.end, s.span.end) &&
    !'"“‘'.includes(text.plain[next.span.start] ?? '') ? time.sentence + 1 : -1;
}

/**
 * A dash after a stamp that opens its line, and the entry after it: "12:04 – The first helicopter …";
 * or the emoji a live blog sets there as the entry's marker ("13:10 🏥 Ambulance update: …"), with the
 * variation selector, joiner and skin tone that dress it.
 */
const INLINE_ENTRY = /^[ \t]*(?:[–—|-]|\p{Extended_Pictographic}[\p{Extended_Pictographic}\uFE0F\u200D\u{1F3FB}-\u{1F3FF}]*)[ \t]+(?=\S)/u;
/** Characters after a stamp within which its dash or emoji must stand. */
const INLINE_MARK_REACH = 16;
/**
 * Where an entry told in the sentence after its stamp starts: past the dash and the emoji that open it
 * ("**4:58 p.m.** — 🚨 The weather service has issued …", where "p.m." ends the stamp's sentence), so its
 * first clause is the entry's words, not the empty stretch before the dash.
 */
function entryStart(plain: string, s: Span): number {
  let at = s.start;
  for (let n = 0; n < 2; n++) {
    const m = INLINE_ENTRY.exec(plain.slice(at, Math.min(s.end, at + INLINE_MARK_REACH)));
    if (!m || at + m[0].length >= s.end) break;
    at += m[0].length;
  }
  return at;
}

/** A list's bullet mark before a time that opens its line. */
const BULLET_BEFORE = /[-*•–—]/;

/**
 * Where the entry starts when a clock time opens its sentence and a dash sets its entry off on the
 * same line ("**12:04** – The first helicopter has landed"), or -1.
 */
function inlineEntry(text: ArticleText, time: TimeClaim): number {
  if (time.granularity !== 'clock') return -1;
  const s = text.sentences[time.sentence];
  if (!s || !separatorsOnly(text.plain, s.span.start, time.span.start)) return -1;
  // "- 22:47 - A leak developed": an item of a listed timeline tells its own moment, not a post's stamp.
  if (BULLET_BEFORE.test(text.plain.slice(s.span.start, time.span.start))) return -1;
  const m = INLINE_ENTRY.exec(text.plain.slice(time.span.end, Math.min(s.span.end, time.span.end + INLINE_MARK_REACH)));
  if (!m) return -1;
  const start = time.span.end + m[0].length;
  return start < s.span.end && !'"“‘'.includes(text.plain[start]) ? start : -1;
}

/** A note's label before its stamp in brackets: one to three words opening the sentence ("Correction (", "Editor's note ("). */
const NOTE_LABEL = /^[\s*_]*\p{Lu}[\p{L}'’]*(?:[ \t]+[\p{L}'’]+){0,2}[ \t]*\($/u;
/** The bracket and colon that close a note's stamp ("23:10):"), and the blanks of the markup after them. */
const NOTE_CLOSE = /^\)[ \t]*:[\s*_]*/;

/**
 * Where the note starts when a clock time in brackets stamps a labelled note that opens its sentence
 * ("**Correction (23:10):** An earlier entry said the crush happened at Gate D"), or -1: the time is
 * when the note was posted, as an entry's stamp is, not when what it retells happened.
 */
function noteEntry(text: ArticleText, time: TimeClaim): number {
  if (time.granularity !== 'clock') return -1;
  const s = text.sentences[time.sentence];
  if (!s || time.span.start - s.span.start > NOTE_LABEL_REACH) return -1;
  if (!NOTE_LABEL.test(text.plain.slice(s.span.start, time.span.start))) return -1;
  const close = NOTE_CLOSE.exec(text.plain.slice(time.span.end, Math.min(s.span.end, time.span.end + INLINE_MARK_REACH)));
  if (!close) return -1;
  const start = time.span.end + close[0].length;
  return start < s.span.end && !'"“‘'.includes(text.plain[start]) ? start : -1;
}
/** Characters at most from a sentence's start to a note's stamp. */
const NOTE_LABEL_REACH = 40;

/** Marks each clock time that opens its paragraph and that the paragraph tells again at the same minute, on the same clock (TimeRef.retoldBelow). */
function markRetoldBelow(text: ArticleText, times: readonly TimeRef[]): void {
  for (let i = 0; i < times.length; i++) {
    const t = times[i].time;
    const s = text.sentences[t.sentence];
    const paragraph = s ? text.paragraphs[s.paragraph] : undefined;
    if (t.granularity !== 'clock' || t.localMinutes === undefined || !paragraph || !separatorsOnly(text.plain, paragraph.start, t.span.start)) continue;
    for (let j = i + 1; j < times.length; j++) {
      const u = times[j].time;
      const p = text.sentences[u.sentence]?.paragraph;
      if (p === undefined || p !== s!.paragraph) break;
      if (u.granularity === 'clock' && u.localMinutes === t.localMinutes && u.zone === t.zone) { times[i].retoldBelow = true; break; }
    }
  }
}

/** Whether another clock time stands in the sentence of `time` (the entry tells a time of its own). */
function otherClockIn(times: readonly TimeClaim[], time: TimeClaim): boolean {
  return times.some((t) => t !== time && t.granularity === 'clock' && t.sentence === time.sentence);
}

function groupBy<K, V>(items: readonly V[], key: (v: V) => K): Map<K, V[]> {
  const out = new Map<K, V[]>();
  for (const v of items) {
    const k = key(v);
    const list = out.get(k);
    if (list) list.push(v); else out.set(k, [v]);
  }
  return out;
}

/** "Lies s inside one of these spans?" in O(log n): sorted by start, with the largest end so far. */
function quoteCover(pieces: readonly Span[]): (s: Span) => boolean {
  const sorted = [...pieces].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const p of sorted) maxEnd.push(Math.max(p.end, maxEnd.at(-1) ?? -Infinity));
  return (s) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= s.start) { k = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return k >= 0 && maxEnd[k] >= s.end;
  };
}

/**
 * The figures of a time's sentence (shared, not copied); in a very long sentence only those within
 * its scope (see sentenceScope), found by binary search so a giant line stays linear.
 */
function figuresAround(inSentence: FigureRef[], sentence: Span | undefined, claim: Span): FigureRef[] {
  if (!sentence) return inSentence;
  const scope = sentenceScope(sentence, claim);
  if (scope.start === sentence.start && scope.end === sentence.end) return inSentence;
  const first = lowerBound(inSentence, scope.start);
  const out: FigureRef[] = [];
  for (let k = first; k < inSentence.length && inSentence[k].figure.span.start < scope.end; k++) out.push(inSentence[k]);
  return out;
}

/** First index whose figure starts at or after `offset` (figures of a sentence are in text order). */
function lowerBound(figures: readonly FigureRef[], offset: number): number {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid].figure.span.start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * What every check reads of the corpus as a whole, whichever sources it meets: the vocabulary's
 * counts, the speakers directory, the values some source states, the local zones (in the order a
 * corpus built afresh holds them) and the number of sources. Stored with a corpus snapshot, so a
 * corpus of a few sources can answer as the whole one would (see partialCorpus.ts).
 */
export interface CorpusStats {
  size: number;
  vocabulary: { sentences: number; words: string[]; counts: number[] };
  speakers: [string, [string, number][]][];
  values: number[];
  zones: string[];
}

export interface CorpusOptions {
  /** Every look-up hands out every claim (a reference for tests of the indexes). */
  exhaustive?: boolean;
  /**
   * The whole corpus's statistics: the sources added are then only the part of it a check can
   * meet, and the statistics stay as given (partialCorpus.ts).
   */
  stats?: CorpusStats;
  /** Told every look-up, to learn which sources a check met (see Lookup). */
  lookups?: (lookup: Lookup) => void;
}

/**
 * A look-up a check made: every source filed under a key ("f:" figure class, "q:" quotation
 * shingle, "s:" surname, "w:" word of the running text, "c:" clock-time key, "d:" day of the year,
 * "u" dates without a day, "y:" year of a date, EVERY_SOURCE); the figures of a class whose interval's low end lies in
 * [from, to] and the class's wide figures (FigureIndex.candidates); or the clock times whose words
 * share at least two of these (TimeIndex.clockCandidates).
 */
export type Lookup = string | { cls: string; from: number; to: number } | { words: ReadonlySet<string> };

/** A look-up key that needs every source (Check.others, a date without a day). */
export const EVERY_SOURCE = '*';

export class Corpus {
  readonly vocabulary: Vocabulary;
  readonly speakers: SpeakerDirectory;
  private readonly sources = new Map<string, ArticleClaims>();
  // Kept per article, so an article's look-ups skip its own claims without walking them.
  private readonly figuresByClass = new ClaimIndex<FigureRef>();
  private readonly quotesByShingle = new ClaimIndex<QuoteRef>();
  private readonly statementsBySurname = new ClaimIndex<StatementRef>();
  private readonly figureValues = new Map<number, number>();
  /** Zones the sources write beside their times, UTC and GMT aside: the story's local clock. */
  private readonly localZones = new Map<string, number>();
  /** Zones of the places the sources' datelines name (placeZones.ts), by how many sources. */
  private readonly datelineZones = new Map<string, number>();
  /** Every look-up hands out every claim, and checks leave out no shortcut (a reference for tests). */
  readonly exhaustive: boolean;
  /** Source times by what can link them to another time (see timeIndex.ts). */
  private readonly timeIndex: TimeIndex;
  /** Source figures by class and magnitude (see figureIndex.ts); null when exhaustive. */
  private readonly figureIndex: FigureIndex | null;
  /** Sources by the words of their running text (see textWords.ts); null when exhaustive. */
  private readonly textIndex: TextWordIndex<ArticleClaims> | null;
  private changes = 0;
  /** localZoneLabels as of a generation. */
  private zoneOrder: { generation: number; zones: string[] } | undefined;
  /** The whole corpus's statistics, when this holds only part of it. */
  private readonly fixed: CorpusStats | undefined;
  private readonly lookups: ((lookup: Lookup) => void) | undefined;

  /**
   * With `exhaustive`, look-ups that would go through an index of claim keys hand out every claim
   * instead: the checks then compare all pairs, as a reference for tests of the indexes.
   */
  constructor(options: CorpusOptions = {}) {
    this.exhaustive = options.exhaustive ?? false;
    this.fixed = options.stats;
    this.lookups = options.lookups;
    this.timeIndex = new TimeIndex(options.exhaustive ?? false, options.lookups);
    this.figureIndex = options.exhaustive ? null : new FigureIndex(options.lookups);
    this.textIndex = options.exhaustive ? null : new TextWordIndex();
    const s = options.stats;
    this.vocabulary = s ? Vocabulary.fromCounts(s.vocabulary.sentences, s.vocabulary.words, s.vocabulary.counts) : new Vocabulary();
    this.speakers = s ? SpeakerDirectory.fromCounts(s.speakers) : new SpeakerDirectory();
    if (s) {
      for (const v of s.values) this.figureValues.set(v, 1);
      for (const z of s.zones) this.localZones.set(z, 1);
    }
  }

  get size(): number {
    return this.fixed ? this.fixed.size : this.sources.size;
  }

  /**
   * The statistics checks read of the corpus as a whole (see CorpusStats). The local zones are
   * listed in the order a corpus built afresh in this corpus's order would hold them.
   */
  stats(): CorpusStats {
    if (this.fixed) return this.fixed;
    return { size: this.sources.size, vocabulary: this.vocabulary.exportCounts(), speakers: this.speakers.exportCounts(), values: [...this.figureValues.keys()], zones: [...this.localZoneLabels()] };
  }

  /**
   * Everything the look-ups find sources by, source by source as places in the corpus's order:
   * `key` for each key a source is filed under (Lookup's spelling; "n:" words beside a clock time
   * with the time's index), `figure` for each figure of a class with the low end of its interval
   * (null: a wide figure). What a stored outline of the corpus is made of (corpusOutline.ts).
   */
  filed(key: (key: string, place: number, time?: number) => void, figure: (cls: string, place: number, low: number | null) => void): void {
    const place = new Map<string, number>();
    for (const path of this.sources.keys()) place.set(path, place.size);
    const at = (path: string) => place.get(path) ?? -1;
    this.figuresByClass.eachPath('f:', (k, path) => key(k, at(path)));
    this.quotesByShingle.eachPath('q:', (k, path) => key(k, at(path)));
    this.statementsBySurname.eachPath('s:', (k, path) => key(k, at(path)));
    this.textIndex?.eachPath('w:', (w, path) => key(w, at(path)));
    this.timeIndex.eachPath((k, path, time) => key(k, at(path), time));
    this.figureIndex?.eachFigure((cls, path, low) => figure(cls, at(path), low));
  }

  /** Changes whenever a source is added, replaced or removed: answers worked out before are stale. */
  get generation(): number {
    return this.changes;
  }

  /**
   * Adds or replaces a source. Drafts are never evidence, so they are not added. `kinds`: only
   * those claims, in a corpus holding part of the whole (given its statistics; see partialCorpus.ts).
   */
  set(article: ArticleAnalysis, kinds?: Readonly<ClaimKinds>): void {
    this.changes++;
    const replaced = this.sources.has(article.path);
    this.delete(article.path);
    if (article.role !== 'source') return;
    if (!this.fixed) kinds = undefined;
    // A source added for the first time is read once: its sentences are not remembered by their
    // text (an edited source's are, for its next version).
    if (replaced) this.add(article, kinds); else unremembered(() => this.add(article, kinds));
  }

  private add(article: ArticleAnalysis, kinds: Readonly<ClaimKinds> | undefined): void {
    // The running-text word index scans a source's text at its first look-up (TextWordIndex.add's `defer`):
    // most checks never make one.
    this.addClaims(article, kinds);
  }

  private addClaims(article: ArticleAnalysis, kinds: Readonly<ClaimKinds> | undefined): void {
    // The claims' words are read when first compared (most never are); the indexes below read only a time's near words and events.
    const claims = articleClaims(article, kinds, undefined, true);
    this.sources.set(article.path, claims);
    if (!this.fixed) {
      this.vocabulary.count(article, 1);
      this.speakers.count(article, 1);
      for (const f of claims.figures) this.figureValues.set(valueKey(f.figure), (this.figureValues.get(valueKey(f.figure)) ?? 0) + 1);
      for (const z of localZonesOf(article)) this.localZones.set(z, (this.localZones.get(z) ?? 0) + 1);
      const place = datelineZone(article.text.plain);
      if (place) this.datelineZones.set(place, (this.datelineZones.get(place) ?? 0) + 1);
    }
    for (const f of claims.figures) if (f.cls) this.figuresByClass.add(f.cls, f);
    // Each shingle once per quotation (as shingles() lists them): a repeat finds the quotation last under its key.
    for (const q of claims.quotes) eachShingle(wordsToFile(q), (s) => this.quotesByShingle.addOnce(s, q));
    for (const st of claims.statements) if (st.speaker) this.statementsBySurname.add(surname(st.speaker), st);
    this.timeIndex.add(claims);
    this.figureIndex?.add(claims);
    if (!kinds || kinds.text) this.textIndex?.add(claims, true);
  }

  delete(path: string): void {
    const claims = this.sources.get(path);
    if (!claims) return;
    this.changes++;
    this.sources.delete(path);
    this.timeIndex.remove(path);
    this.figureIndex?.remove(path);
    this.textIndex?.remove(claims);
    // Each key once: an article's claims under a key go together.
    for (const cls of new Set(claims.figures.map((f) => f.cls))) if (cls) this.figuresByClass.removeArticle(cls, path);
    for (const sh of new Set(claims.quotes.flatMap((q) => shingles(wordsToFile(q))))) this.quotesByShingle.removeArticle(sh, path);
    for (const sn of new Set(claims.statements.map((st) => st.speaker))) if (sn) this.statementsBySurname.removeArticle(surname(sn), path);
    if (this.fixed) return;
    this.vocabulary.count(claims.article, -1);
    this.speakers.count(claims.article, -1);
    for (const f of claims.figures) {
      const n = (this.figureValues.get(valueKey(f.figure)) ?? 0) - 1;
      if (n <= 0) this.figureValues.delete(valueKey(f.figure)); else this.figureValues.set(valueKey(f.figure), n);
    }
    for (const z of localZonesOf(claims.article)) {
      const n = (this.localZones.get(z) ?? 0) - 1;
      if (n <= 0) this.localZones.delete(z); else this.localZones.set(z, n);
    }
    const place = datelineZone(claims.article.text.plain);
    if (place) {
      const n = (this.datelineZones.get(place) ?? 0) - 1;
      if (n <= 0) this.datelineZones.delete(place); else this.datelineZones.set(place, n);
    }
  }

  /**
   * The local zones the sources write beside their times ("BST", "CT"), UTC and GMT aside, in the
   * order the sources met in the corpus's order write them: a time read on several clocks keeps the
   * first of equally near readings, so the order must not depend on which sources came and went
   * before (a corpus built afresh, or a stored outline's statistics, answers the same).
   */
  localZoneLabels(): string[] {
    if (this.fixed) return this.fixed.zones;
    if (this.zoneOrder?.generation !== this.changes) {
      const zones = new Set<string>();
      // Only when the counts say some zone is written at all: most corpora of one place have none.
      if (this.localZones.size > 0) for (const c of this.sources.values()) for (const z of localZonesOf(c.article)) zones.add(z);
      // No zone written beside any source's time, and every dateline that names a known place names
      // one clock ("GLASGOW, May 22 (Reuters) - … 1335 GMT" beside a club's "2.35pm"): that clock.
      if (zones.size === 0 && this.datelineZones.size === 1) zones.add([...this.datelineZones.keys()][0]);
      this.zoneOrder = { generation: this.changes, zones: [...zones] };
    }
    return this.zoneOrder.zones;
  }

  /** Whether any source states this number at all, in any unit. */
  hasValue(f: Figure): boolean {
    return this.figureValues.has(valueKey(f));
  }

  /** Source statements whose speaker has this surname. */
  statementsOf(speaker: string, exceptPath?: string): IterableIterator<StatementRef> {
    this.lookups?.('s:' + surname(speaker));
    return this.statementsBySurname.get(surname(speaker), exceptPath);
  }

  get(path: string): ArticleClaims | undefined {
    return this.sources.get(path);
  }

  all(): IterableIterator<ArticleClaims> {
    this.lookups?.(EVERY_SOURCE);
    return this.sources.values();
  }

  /** Source figures of a class; `exceptPath` leaves out one article's own. */
  figuresOfClass(cls: string, exceptPath?: string): IterableIterator<FigureRef> {
    this.lookups?.('f:' + cls);
    return this.figuresByClass.get(cls, exceptPath);
  }

  /**
   * Source figures of `f`'s class that may be within `maxRatio` of it or compatible with it at
   * `tolerance` (a subset of figuresOfClass, in the same order); `exceptPath` leaves out one article's own.
   */
  figureCandidates(f: FigureProbe, tolerance: number, maxRatio: number, exceptPath?: string): Iterable<FigureRef> {
    if (!f.cls) return [];
    if (!this.figureIndex) this.lookups?.('f:' + f.cls);
    return this.figureIndex ? this.figureIndex.candidates(f, tolerance, maxRatio, exceptPath) : this.figuresOfClass(f.cls, exceptPath);
  }

  /** Sources whose running text has `word` (as alignment/textWords.ts spells words, four letters or more). */
  sourcesWithWord(word: string, exceptPath?: string): Iterable<ArticleClaims> {
    if (!this.textIndex) return [...this.all()].filter((c) => c.article.path !== exceptPath);
    this.lookups?.('w:' + word);
    return this.textIndex.with(word, exceptPath);
  }

  /** Source clock times that can be the same moment as `t`, grouped by source, in the corpus's order. */
  clockCandidates(t: TimeRef, exceptPath?: string): TimeRef[][] {
    return this.timeIndex.clockCandidates(t, exceptPath);
  }

  /** Source dates within `days` of `t`'s day, grouped by source, in the corpus's order. */
  dateCandidates(t: TimeRef, days: number, exceptPath?: string): TimeRef[][] {
    return this.timeIndex.dateCandidates(t, days, exceptPath);
  }

  /** Source dates told in any of `years`, grouped by source, in the corpus's order (TimeIndex.yearCandidates). */
  yearCandidates(years: readonly number[], exceptPath?: string): TimeRef[][] {
    return this.timeIndex.yearCandidates(years, exceptPath);
  }

  /** Source dates told with a weekday whose clauses share two words with t's (TimeIndex.weekdayCandidates). */
  weekdayCandidates(t: TimeRef, exceptPath?: string): TimeRef[][] {
    return this.timeIndex.weekdayCandidates(t, exceptPath);
  }

  /** Source quotations sharing at least one shingle with these words. */
  quoteCandidates(words: readonly QuoteWord[], exceptPath?: string): Set<QuoteRef> {
    const out = new Set<QuoteRef>();
    for (const s of shingles(words)) {
      this.lookups?.('q:' + s);
      for (const q of this.quotesByShingle.get(s, exceptPath)) out.add(q);
    }
    return out;
  }
}

function surname(key: string): string {
  const words = key.split(' ');
  return words[words.length - 1];
}

/** The number a figure is found by (hasValue): as written, so "97 degrees" is found in "97 degrees Fahrenheit (36 Celsius)". */
function valueKey(f: Figure): number {
  return Math.round((f.told ?? f.value) * 1000) / 1000;
}

/**
 * Claims by key, grouped by article in the order the articles came in (as one Set per key would
 * give). Each key holds one run of claims per article, so a look-up that leaves out one article's
 * own claims skips its run without walking it (an article with thousands of figures of one class
 * stays linear), and a run is far smaller than a Map and a Set per article. A run of one claim (most
 * of them: a quotation's shingle, a statement's surname) is the claim itself, not a list holding it
 * with its path: the runs live as long as the corpus, and every object in them is copied and marked
 * by the collector.
 */
class ClaimIndex<V extends { article: ArticleAnalysis }> {
  private readonly byKey = new Map<string, Array<Run<V>>>();

  /** Claims of an article are added together, right after it was removed: its run is the last one. */
  add(key: string, value: V): void {
    addToRuns(this.byKey, key, value);
  }

  /** add, unless `value` is the last claim under `key` already (a quotation's repeated shingle). */
  addOnce(key: string, value: V): void {
    const runs = this.byKey.get(key);
    if (!runs) { this.byKey.set(key, [value]); return; }
    const at = runs.length - 1;
    const last = runs[at];
    if (last === value) return;
    if (runPath(last) !== value.article.path) runs.push(value);
    else if (Array.isArray(last)) { if (last[last.length - 1] !== value) last.push(value); }
    else runs[at] = [last, value];
  }

  /** Drops every claim of `path` under `key` at once (an article leaving the corpus). */
  removeArticle(key: string, path: string): void {
    dropRuns(this.byKey, key, path);
  }

  /** Each key (after `prefix`, spelt once per key) with the path of each run under it. */
  eachPath(prefix: string, fn: (key: string, path: string) => void): void {
    // forEach and indexed loops: for-of here allocates an entry and a result per step (run once, unoptimised).
    this.byKey.forEach((runs, key) => {
      const k = prefix + key;
      for (let i = 0; i < runs.length; i++) fn(k, runPath(runs[i]));
    });
  }

  /** The claims under `key`, but `exceptPath`'s (read as the caller walks them, from the runs of the moment of the call). */
  get(key: string, exceptPath?: string): IterableIterator<V> {
    return runsExcept(this.byKey.get(key), exceptPath);
  }
}

function clockTime(time: TimeClaim | undefined): TimeClaim | null {
  return time && time.granularity === 'clock' ? time : null;
}
