// Figures stage: every number a sentence states, with its qualifier as an interval, what it
// counts, and its exact span ("nearly 40,000 users", "$44 billion", "56% of the issues",
// "eight hours", "more than two dozen people"). Headlines and page clutter are skipped, and so
// are numbers that belong to clock times, dates, names and codes.
import { definesUnit } from './unitDefinitions';
import { inCorrectionNote } from '../correctionNote';
import type { ArticleText, Figure, Qualifier, Span, TimeClaim } from '../../types';
import type { NumberRead } from './numbers';
import { isNumberWord, numberWords, readNumber, SCALES, TENS } from './numbers';
import { decimalReach, intervalOf, nearlyLengthReach, percentReach, scaledReach, leadQualifier, tailQualifier, trailQualifier } from './qualifiers';
import type { FigureToken } from './tokens';
import { figureTokens, sentenceFigureTokens } from './tokens';
import { textTokens } from '../people/tokens';
import { localAt, remembering } from '../../local';
import { isApposedAge, isBareHour, isBoundAge, isToldAge, isOneAdjective, isRatioWord, isYearNumeral, numeralIsNotFigure } from './traps';
import type { UnitRead } from './units';
import { CAPACITY, DURATION_FACTOR, HELD_PEOPLE, fractionWords, ISO_CURRENCIES, lemma, pluralNounAt, readFraction, readShareIn, readUnit } from './units';
import { currencyColumns, isFactLine, labelledCounts } from './labels';
import { wordTable } from '../../wordTable';
import { CueWords } from './cue';
import { mapped } from '../../mapped';
import { workforceCounted } from './workforce';
import { INHABITANT, isPopulationBefore, isResidentNoun, populationCounted } from './population';
import { sterlingPounds } from './sterling';
import { piastrePounds } from './piastrePounds';
import { raceTimes } from './raceTimes';
import { streaks } from './streaks';
import type { SentenceSum } from './sums';
import { isBareSum, sentenceSum } from './sums';
import { inCelsius, isTemperature, minusBefore } from './temperature';
import { isTallySecond, isTallySide, opensTally, tallySides, VOTE } from './tallies';
import { WordShapes } from '../../text/wordShapes';
import { takenToHospitalAt } from './hospital';

/** What a count of people counts ("27 people"). */
const PERSON = 'person';

export { lemma } from './units';

/**
 * Currency signs written before the number. Besides the dollar, pound, euro, yen and rupee, the signs
 * news from elsewhere prints: won "₩3.2 billion", peso "₱450", lira "₺90", hryvnia, shekel, rouble,
 * cedi, baht, taka, tenge, lari, manat. Not yet the naira (₦, "N1,210", "naira"): read as money, the
 * lagos set's sums meet comparisons that money is not ready for (an exchange rate "to the dollar", a
 * rise "of ₦265 a litre" against the price at the clock time beside it; the same with € written in
 * their place), so it waits until those are told apart (docs/ENGINE.md, recall39).
 */
const CURRENCY_SYMBOLS: Record<string, string> = wordTable({ $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR',
  '₩': 'KRW', '₱': 'PHP', '₺': 'TRY', '₫': 'VND', '₴': 'UAH', '₪': 'ILS', '₽': 'RUB', '₵': 'GHS', '฿': 'THB',
  '৳': 'BDT', '₸': 'KZT', '₾': 'GEL', '₼': 'AZN' });
/**
 * Currencies written as a word before the number: "Rs 25 crore", "INR 400", "USD 5m"; the Kenyan and
 * Ugandan shilling "KSh 1,200", "USh 4,000", the rupiah "Rp 15,000", the ringgit "RM 2.4 billion".
 */
const WORD_PREFIXES: Record<string, string> = wordTable({ rs: 'INR', inr: 'INR', usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', cny: 'CNY', rmb: 'CNY', nok: 'KR', sek: 'KR', dkk: 'KR',
  ksh: 'KES', ush: 'UGX', tsh: 'TZS', rp: 'IDR', rm: 'MYR' });
/**
 * (Both tables' words are at most three letters long: readAt asks them only of such words.) "R$" is
 * the Brazilian real, "MX$" the Mexican peso, "NT$" the Taiwan dollar; "N$" the Namibian dollar, "J$"
 * the Jamaican, "TT$" Trinidad and Tobago's, "EC$" the East Caribbean, "FJ$" Fiji's: none of them US dollars.
 */
const DOLLAR_PREFIXES: Record<string, string> = wordTable({ us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', hk: 'HKD', nz: 'NZD', s: 'SGD',
  r: 'BRL', mx: 'MXN', nt: 'TWD', n: 'NAD', j: 'JMD', tt: 'TTD', ec: 'XCD', fj: 'FJD' });
/**
 * The currency a table column's header names by its first word: a sign ("€", "£"), a dollar with its
 * country's letters ("C$", "US$"; a bare "$" is read as in text), or a code in capitals ("EUR", "CZK").
 */
function headerCurrency(word: string): string | null {
  if (word.endsWith('$')) {
    const prefix = word.slice(0, -1).toLowerCase();
    return prefix === '' ? CURRENCY_SYMBOLS.$ ?? null : DOLLAR_PREFIXES[prefix] ?? null;
  }
  if (CURRENCY_SYMBOLS[word]) return CURRENCY_SYMBOLS[word];
  if (!/^[A-Z]{3}$/.test(word)) return null;
  const lower = word.toLowerCase();
  return WORD_PREFIXES[lower] ?? ISO_CURRENCIES[lower] ?? null;
}

/** The signs after "GH" that make it the cedi ("GH¢", "GH₵"): the cent sign stands in for the cedi's own. */
const CEDI_SIGNS: ReadonlySet<string> = new Set(['¢', '₵']);
/** A span hyphened before its noun, as a term is written: "five-year", "12-month", "six-week". */
const TERM = /-(?:hour|day|week|month|year|decade)$/i;
/** Durations that "a"/"an" can stand for one of ("an hour"); not "a second", which is an ordinal. */
const ONE_OF = new Set(['minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'fortnight']);
/** Words before "an hour" that make it a stated duration rather than "once a day". */
const DURATION_CUES = new Set(['for', 'lasting', 'lasted', 'last', 'lasts', 'about', 'around', 'nearly', 'almost', 'least',
  'over', 'than', 'under', 'within', 'roughly', 'approximately', 'some', 'just', 'only', 'take', 'takes', 'took', 'taking',
  'spent', 'spend', 'waited', 'wait', 'after', 'half', 'to']);

interface Reading {
  number: NumberRead;
  /** First token of the figure's number (a currency sign, or the number). */
  first: number;
  currency: string | null;
}

/** Every figure in the article's body. `times` (already extracted) keeps clock times and dates out. */
export function extractFigures(text: ArticleText, times: readonly TimeClaim[] = []): Figure[] {
  try {
    return extract(text, times);
  } catch {
    return []; // an extractor must never take the review down
  }
}

function extract(text: ArticleText, times: readonly TimeClaim[]): Figure[] {
  const out: Figure[] = [];
  /** Sentences that may open with a count of the sentence before's thing (sentenceOpeningCounts). */
  const openers: number[] = [];
  const timeSpans = mapped(times, (t) => t.span).sort((a, b) => a.start - b.start);
  let tp = 0;
  // One function for every sentence's computation (local.ts, localAt): no closure per sentence.
  const figuresOf = (index: number) => sentenceFigures(text, index);
  // Where the next "version" at or after a sentence's start is: found once for all the sentences
  // before it (a search per sentence would read the rest of the article each time, when it has none).
  let version = -1;
  let searchedFrom = 0;
  text.sentences.forEach((sentence, index) => {
    if (sentence.isHeading && !isFactLine(text, index)) return;
    if (version < sentence.span.start || sentence.span.start < searchedFrom) {
      searchedFrom = sentence.span.start;
      const at = text.plain.indexOf('version', searchedFrom);
      version = at < 0 ? Infinity : at;
    }
    if (version < sentence.span.end && retractedVersion(text, sentence.span)) return;
    // Depends on the sentence's text alone: remembered while the article is edited (local.ts).
    const found = remembering()
      ? localAt('figures', text.plain, sentence.span.start, sentence.span.end, index, sentence.paragraph, figuresOf, index)
      : sentenceFigures(text, index);
    if (mayOpenSentenceCount(text, index, found)) openers.push(index);
    for (const { figure, numberSpan } of found) {
      while (tp < timeSpans.length && timeSpans[tp].end <= figure.span.start) tp++;
      if (!overlapsNumber(timeSpans, tp, numberSpan)) out.push(figure);
    }
  });
  // A cell under a currency's column is a sum, whatever its row's label counts.
  currencyColumns(text, out, headerCurrency);
  labelledCounts(text, out);
  tallySides(text.plain, out);
  inheritChangeUnit(text, out);
  inheritCounted(text, out);
  sentenceOpeningCounts(text, out, openers);
  heldCounts(text, out);
  restatedLevelCounts(text, out);
  gappedCounts(text, out);
  shareInApposition(text, out);
  sterlingPounds(text, out);
  piastrePounds(text, out);
  compoundDurations(text, out);
  raceTimes(text, out);
  streaks(text, out);
  restatedInNotes(text, out);
  return out;
}

/**
 * "An earlier version of this post said the firm had 40 staff.": a correction note tells what the
 * article got wrong before (whatever the outlet calls the piece: post, explainer, guide, column); its figures are the retracted ones, no claim of the article (it gives
 * the right figure elsewhere, or in the next sentence). Read from the sentence alone.
 */
const RETRACTED_VERSION = /\b(?:earlier|previous|original|initial)\s+version\s+of\s+(?:this|the)\s+(?:story|article|post|report|blog|entry|page|item|piece|update|explainer|analysis|column|guide|feature|newsletter|bulletin|briefing|factbox|timeline|profile)\b/i;
function retractedVersion(text: ArticleText, span: Span): boolean {
  const plain = text.plain;
  // The cheap test first: most sentences hold no "version".
  const at = plain.indexOf('version', span.start);
  if (at < 0 || at >= span.end) return false;
  return RETRACTED_VERSION.test(plain.slice(span.start, span.end));
}

/**
 * "**Correction (07:35):** An earlier entry said the fund was €42m a year. It is €42m in total.": a
 * correction note that gives a figure the article tells outside the note restates the corrected
 * entry; it is no claim of its own (held against the sources, it would be flagged a second time,
 * away from the entry that tells it). A note's figure told nowhere else stands. The note's label
 * opens its paragraph (claims/correctionNote.ts).
 */
function restatedInNotes(text: ArticleText, figures: Figure[]): void {
  const noted = new Map<number, boolean>();
  const inNote = (f: Figure): boolean => {
    const paragraph = text.sentences[f.sentence]?.paragraph ?? -1;
    let note = noted.get(paragraph);
    if (note === undefined) noted.set(paragraph, note = inCorrectionNote(text, paragraph));
    return note;
  };
  // Most articles have no note: then nothing is taken out, and no key is made.
  let anyNoted = false;
  for (let i = 0; i < figures.length && !anyNoted; i++) anyNoted = inNote(figures[i]);
  if (!anyNoted) return;
  const told = new Set<string>();
  const key = (f: Figure) => `${f.unit}|${f.measure ?? ''}|${f.value}`;
  for (const f of figures) if (!inNote(f)) told.add(key(f));
  for (let i = figures.length - 1; i >= 0; i--) if (inNote(figures[i]) && told.has(key(figures[i]))) figures.splice(i, 1);
}

/** Between the hours and the minutes of one span of time: "three hours and 32 minutes", "2 hours 32 minutes". */
function joinsDuration(plain: string, from: number, to: number): boolean {
  if (to - from > 6) return false;
  const between = plain.slice(from, to).trim();
  return between === '' || between === 'and' || between === ',';
}

/**
 * "two hours and 32 minutes", "5 hours 17 minutes": one span of time told in two units is one
 * duration (in minutes), not two hours beside 32 minutes: read apart, "two hours" would agree with a
 * draft's "three hours and 32 minutes" (its rounding reaches 2.5 hours). Exact parts only.
 */
function compoundDurations(text: ArticleText, figures: Figure[]): void {
  for (let i = figures.length - 2; i >= 0; i--) {
    const a = figures[i];
    const b = figures[i + 1];
    // How many of b's unit make one of a's: "two hours, five minutes and forty-one seconds" is read
    // from its end, minutes and seconds first, then the hours before them.
    const per = a.unit === 'duration' && b.unit === 'duration' && a.measure && b.measure ? COMPOUND_STEPS[`${a.measure}>${b.measure}`] : undefined;
    if (per === undefined || a.sentence !== b.sentence) continue;
    const bound = boundOf(a) ?? (a.qualifier === 'about' && per === 60 ? 'about' : null);
    if (bound === null || b.qualifier !== 'exact' || a.range || b.range || !Number.isInteger(a.value) || !Number.isInteger(b.value) || b.value >= per) continue;
    if (!joinsDuration(text.plain, a.span.end, b.span.start)) continue;
    const value = a.value * per + b.value;
    const span = { start: a.span.start, end: b.span.end };
    const reach = bound === 'about' ? aboutCompoundReach(value, b.value) : 0;
    const interval = bound === 'floor' ? { low: value, high: Infinity } : bound === 'ceiling' ? { low: 0, high: value }
      : { low: value - reach, high: value + reach };
    figures.splice(i, 2, {
      kind: 'figure', span, text: text.original.slice(span.start, span.end), value, interval, qualifier: a.qualifier,
      unit: 'duration', measure: b.measure, counted: b.measure ?? null, sentence: a.sentence, inWords: a.inWords && b.inWords,
    });
  }
}
/**
 * "under two hours and one minute", "more than three hours and 20 minutes": a bound written before a
 * span told in two units bounds the whole span, not its first unit (read apart, "under two hours"
 * would be held against a time of 2:00:09). Only a one-sided bound (a floor or a ceiling) is carried;
 * "about two hours and ten minutes" is left apart, as before.
 */
function boundOf(a: Figure): 'exact' | 'floor' | 'ceiling' | null {
  if (a.qualifier === 'exact') return 'exact';
  if (a.interval.low === a.value && a.interval.high === Infinity) return 'floor';
  if (a.interval.low === 0 && a.interval.high === a.value) return 'ceiling';
  return null;
}
/**
 * "some three hours and 40 minutes", "about two hours and 15 minutes": "about" before a span told in
 * hours and minutes (or minutes and seconds) rounds the span to the step its smaller part is told
 * to, not to 7.5% of its first unit (read apart, "some three hours" stood beside "40 minutes", and
 * neither met another source's "three and a half hours"). The smaller part's step: a half (30), a
 * quarter (15), ten, five or one; "about" reaches half that step either way, at most 7.5% of the
 * span. 3 h 40 min told as about is 215–225 minutes, apart from 210.
 */
function aboutCompoundReach(value: number, smaller: number): number {
  const step = smaller % 30 === 0 ? 30 : smaller % 15 === 0 ? 15 : smaller % 10 === 0 ? 10 : smaller % 5 === 0 ? 5 : 2;
  return Math.min(step / 2, value * COMPOUND_ABOUT);
}
/** The widest "about" reaches, as a share of the span (the reach of "about" before any figure). */
const COMPOUND_ABOUT = 0.075;
/** Larger unit > smaller unit: how many of the smaller make one of the larger ("4 years and 6 months", a prison term, is 54 months). */
const COMPOUND_STEPS: Record<string, number> = wordTable({ 'hour>minute': 60, 'minute>second': 60, 'hour>second': 3600, 'year>month': 12 });

/**
 * Whether a sentence opens with a letter, is no heading, and has no figure read at its start, or only
 * a count in words of people ("Four were airlifted to hospital", hospital.ts): the group told just
 * before may say who they are.
 */
function mayOpenSentenceCount(text: ArticleText, index: number, found: readonly { figure: Figure }[]): boolean {
  const sentence = text.sentences[index];
  if (index === 0 || sentence.isHeading || text.sentences[index - 1].paragraph !== sentence.paragraph) return false;
  const first = text.plain.charCodeAt(sentence.span.start);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return false;
  return found.length === 0 || found[0].figure.span.start !== sentence.span.start || peopleInWords(found[0].figure);
}

/** A count in words read as of people with no noun of its own ("Four were taken to hospital"). */
function peopleInWords(figure: Figure): boolean {
  return figure.inWords && figure.unit === 'count' && figure.counted === PERSON && !/\s/.test(figure.text);
}

/**
 * "52 people had reported illness. Three have been admitted to hospital": a number in words that opens
 * its sentence with a verb in -ed after it ("Three were treated", "Two have been released") counts a
 * part of what the last count of the sentence before, in its paragraph, counted. Read after
 * inheritCounted (that count's thing may be inherited), outside the sentence's remembered figures.
 */
function sentenceOpeningCounts(text: ArticleText, figures: Figure[], openers: readonly number[]): void {
  let k = 0;
  for (const index of openers) {
    while (k < figures.length && figures[k].sentence < index) k++;
    const prev = figures[k - 1];
    if (!prev || prev.sentence !== index - 1 || prev.unit !== 'count' || !prev.counted || prev.counted === 'year-old' || prev.counted === VOTE || prev.range) continue;
    const sentence = text.sentences[index];
    const tokens = figureTokens(text.plain, sentence.span.start, Math.min(sentence.span.end, sentence.span.start + OPENING_REACH));
    if (tokens.length === 0 || tokens[0].kind !== 'word' || !mayOpenFigure(tokens[0])) continue;
    const read = figureAt(text, tokens, 0, index, { counted: prev.counted, value: prev.value, part: true });
    if (!read || !read.figure.inWords || read.figure.counted !== prev.counted) continue;
    // A people count read at the sentence's start gives way to the part of the group before it.
    const atStart = figures[k]?.sentence === index && figures[k].span.start === sentence.span.start;
    figures.splice(k, atStart ? 1 : 0, read.figure);
    k++;
  }
}
/** Verbs of having: what a herd, a stock or a fleet holds. */
const HAVING = new Set(['have', 'has', 'had', 'own', 'owns', 'owned', 'keep', 'keeps', 'kept']);
/**
 * The letters every word of HAVING holds, in any case: "ha", "own", "ke". Folded as Unicode folds them
 * (`u`): a token's lower case reads the Kelvin sign as "k", which an ASCII-only /i would not find.
 */
const HAVING_LETTERS = /ha|own|ke/iu;
/** Tokens before a count read for its verb of having ("had 320 cattle", "now we have about"). */
const HAVING_REACH = 4;

/** Whether a verb of having stands within HAVING_REACH tokens before tokens[at]. */
function havingBefore(tokens: FigureToken[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - HAVING_REACH; k--) if (HAVING.has(tokens[k].lower)) return true;
  return false;
}

/**
 * "We had three hundred and twenty animals in December. Now we have about one hundred and ten.": a
 * number in words that a verb of having holds, ending its clause, right after a sentence whose last
 * count a verb of having holds too, counts that count's thing (the writer does not repeat the noun).
 * A numeral there is read already (inheritCounted); one in words counts nothing alone.
 */
function heldCounts(text: ArticleText, figures: Figure[]): void {
  for (let k = 0; k < figures.length; k++) {
    const prev = figures[k];
    const index = prev.sentence + 1;
    if (figures[k + 1]?.sentence === prev.sentence || prev.unit !== 'count' || !prev.counted || prev.counted === 'year-old' || prev.counted === VOTE || prev.range) continue;
    const sentence = text.sentences[index];
    if (!sentence || sentence.isHeading || sentence.paragraph !== text.sentences[prev.sentence].paragraph) continue;
    if (figures[k + 1]?.sentence === index) continue;
    const own = text.sentences[prev.sentence].span;
    const from = Math.max(own.start, prev.span.start - 40);
    // Most counts have no verb of having before them: its letters are looked for before the tokens are made.
    if (!HAVING_LETTERS.test(text.plain.slice(from, prev.span.start))) continue;
    const before = figureTokens(text.plain, from, prev.span.start);
    if (!havingBefore(before, before.length)) continue;
    const tokens = figureTokens(text.plain, sentence.span.start, Math.min(sentence.span.end, sentence.span.start + OPENING_REACH));
    for (let i = 1; i < tokens.length && i <= HAVING_REACH + 2; i++) {
      if (tokens[i].kind !== 'word' || !mayOpenFigure(tokens[i]) || !havingBefore(tokens, i)) continue;
      const read = figureAt(text, tokens, i, index, { counted: prev.counted, value: prev.value, held: true });
      if (!read) continue;
      const after = tokens[read.next];
      if (read.figure.inWords && read.figure.counted === prev.counted && (!after || after.text === '.' || after.text === ',' || after.text === ';')) {
        figures.splice(k + 1, 0, read.figure);
        k++;
      }
      break;
    }
  }
}

/** "it was", "that is": a level told again with its noun left out. */
const RESTATING_SUBJECTS = new Set(['it', 'that']);
const RESTATING_VERBS = new Set(['was', 'is']);
/** The words of RESTATING_SUBJECTS and RESTATING_VERBS in a row: most sentences hold none, told before the tokens are made. */
const RESTATING_WORDS = /\b(?:it|that)\s+(?:was|is)\s/i;
/** The least a restated level in words is: "it was seven" is a clock hour or an age, not a count. */
const RESTATED_LEAST = 100;

/**
 * "As of 7 a.m., forty-one thousand customers are still without power. At the worst of it, it was
 * three hundred and twelve thousand.": a number in words of a hundred or more right after "it was"
 * or "that was", ending its clause, in the sentence right after one whose last figure counts a thing
 * (same paragraph), counts that thing: a speaker telling the count's level at another moment leaves
 * the noun out. Only where that sentence states no other figure; numbers of a size (figureAt). A
 * numeral there is read already (inheritCounted); one in words counts nothing alone.
 */
function restatedLevelCounts(text: ArticleText, figures: Figure[]): void {
  for (let k = 0; k < figures.length; k++) {
    const prev = figures[k];
    const index = prev.sentence + 1;
    if (figures[k + 1]?.sentence === prev.sentence || prev.unit !== 'count' || !prev.counted || prev.counted === 'year-old' || prev.counted === VOTE || prev.range) continue;
    if (LENGTHS.has(prev.counted) || figures[k + 1]?.sentence === index) continue;
    const sentence = text.sentences[index];
    if (!sentence || sentence.isHeading || sentence.paragraph !== text.sentences[prev.sentence].paragraph) continue;
    if (!RESTATING_WORDS.test(text.plain.slice(sentence.span.start, sentence.span.end))) continue;
    const tokens = figureTokens(text.plain, sentence.span.start, sentence.span.end);
    for (let i = 2; i < tokens.length; i++) {
      if (!RESTATING_VERBS.has(tokens[i - 1].lower) || !RESTATING_SUBJECTS.has(tokens[i - 2].lower)) continue;
      if (tokens[i].kind !== 'word' || !isNumberWord(tokens[i].lower) || !mayOpenFigure(tokens[i])) continue;
      const read = figureAt(text, tokens, i, index, { counted: prev.counted, value: prev.value, held: true });
      const after = read ? tokens[read.next] : undefined;
      if (read && read.figure.inWords && read.figure.counted === prev.counted && read.figure.value >= RESTATED_LEAST &&
        (!after || after.text === '.' || after.text === ',' || after.text === ';')) {
        figures.splice(k + 1, 0, read.figure);
        k++;
      }
      break;
    }
  }
}

/** Words before a number that are no verb: "the three", "of four", "all five" name a group, not a gapped count. */
const NOT_VERBS = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'than', 'those', 'these',
  'all', 'some', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'other', 'another', 'every', 'each', 'about', 'only', 'just']);

/** Tokens read after a coordinator for the gapped count's subject and verb ("and the Labour group under Ann Roe took"). */
const GAP_REACH = 20;

/**
 * "The Greens won nine seats, and the Liberals under Ann Roe took four.", "Police arrested 12 people
 * and charged seven": a number in words that ends its clause right after a verb, in a clause joined
 * by "and", "but" or "while" to a count told with its noun, counts that noun (the writer leaves it
 * out the second time). Only the first such number after each count, and none past another figure.
 */
function gappedCounts(text: ArticleText, figures: Figure[]): void {
  for (let k = 0; k < figures.length; k++) {
    const prev = figures[k];
    if (prev.unit !== 'count' || !prev.counted || prev.counted === 'year-old' || prev.counted === VOTE || prev.range) continue;
    const sentence = text.sentences[prev.sentence];
    if (!sentence || sentence.isHeading) continue;
    // An age in the gapped clause's subject ("under 39-year-old Ann Roe") is no count in the way.
    let n = k + 1;
    while (figures[n]?.sentence === prev.sentence && figures[n].counted === 'year-old') n++;
    const next = figures[n];
    const end = next && next.sentence === prev.sentence ? next.span.start : sentence.span.end;
    // Most counts end their clause with no coordinator after them: the letters are looked for before the tokens are made.
    if (!COORDINATOR_LETTERS.test(text.plain.slice(prev.span.end, end))) continue;
    const tokens = figureTokens(text.plain, prev.span.end, end);
    const and = tokens.findIndex((t) => COORDINATORS.has(t.lower));
    if (and < 0) continue;
    for (let i = and + 2; i < tokens.length && i <= and + GAP_REACH; i++) {
      const t = tokens[i];
      if (t.kind === 'symbol' && t.text !== '(' && t.text !== ')' && t.text !== '-' && t.text !== ',') break;
      if (t.kind !== 'word' || !isNumberWord(t.lower) || !mayOpenFigure(t)) continue;
      const verb = tokens[i - 1];
      const after = tokens[i + 1];
      if (verb.kind !== 'word' || verb.lower !== verb.text || COORDINATORS.has(verb.lower) || NOT_VERBS.has(verb.lower)) break;
      if (after && after.text !== '.' && after.text !== ',' && after.text !== ';') break;
      const read = figureAt(text, tokens, i, prev.sentence, { counted: prev.counted, value: prev.value, held: true });
      if (read && read.figure.inWords && read.figure.counted === prev.counted) {
        figures.splice(n, 0, read.figure);
        k = n;
      }
      break;
    }
  }
}

/** Characters of a sentence's opening read for a count: the number, an auxiliary, "been" and the verb. */
const OPENING_REACH = 64;

/** Between a change's end and its bare start: "from", ", up from", " down from". */
const CHANGE_FROM = new Set(['from', ',from', 'upfrom', 'downfrom', ',upfrom', ',downfrom']);

/**
 * "rose to 4.1% from 4.6 in 2021", "to 39.4 years from 38.1": a bare number a change started from,
 * told right after where it went, is in that figure's unit (the writer does not repeat it).
 */
function inheritChangeUnit(text: ArticleText, figures: Figure[]): void {
  for (let k = 1; k < figures.length; k++) {
    const f = figures[k];
    const prev = figures[k - 1];
    if (f.unit !== 'count' || f.counted !== null || f.inWords || f.range || prev.sentence !== f.sentence) continue;
    if (prev.unit === 'count' ? prev.counted === null || prev.counted === 'year-old' : prev.unit !== 'percent' && prev.unit !== 'duration') continue;
    const between = f.span.start - prev.span.end;
    if (between < 0 || between > 12 || !CHANGE_FROM.has(text.plain.slice(prev.span.end, f.span.start).replace(/\s+/g, '').toLowerCase())) continue;
    // "11 relief shelters, up from 5,000 the night before": a number of another size is of something else.
    const r = f.value / prev.value;
    if (!(r >= 0.1 && r <= 10)) continue;
    f.unit = prev.unit;
    f.counted = prev.counted;
    if (prev.measure !== undefined) f.measure = prev.measure;
  }
}

/** Characters between two figures read for the things named between them. */
const BETWEEN_REACH = 160;

/**
 * "cut daily sailings from 36 to 21, and reduced the berths that lines can book from 32 to 24": other
 * things named between a count and a bare number ("the berths", "the daily berths") are what the bare
 * number counts, not the count's thing.
 */
function otherThingsBetween(plain: string, prev: Figure, f: Figure): boolean {
  if (f.span.start - prev.span.end > BETWEEN_REACH || f.span.start <= prev.span.end) return false;
  const tokens = figureTokens(plain, prev.span.end, f.span.start);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].lower !== 'the') continue;
    const noun = pluralNounAt(tokens, i + 1) ?? pluralNounAt(tokens, i + 2);
    if (noun !== null && noun !== prev.counted) return true;
  }
  return false;
}

/** "of which 64 were dead", "including 12 children": a part of the count before, not that count again. */
const PART_OF_BEFORE = /(?:\bof (?:which|whom)|\bincluding)\s*$/i;

/**
 * "two counts of fraud (counts 2 and 3)", "section 4", "clauses 7 or 9": a number right after a word
 * that numbers items (or after one such number and "and", "or" or a comma) names an item, and counts
 * nothing. One number before it at most: no repeated group (linear time).
 */
const NUMBERED_BEFORE = /\b(?:counts?|charges?|clauses?|sections?|articles?|chapters?|paragraphs?|pages?|items?|questions?|amendments?|schedules?)\s+(?:\d+\s*(?:,|and|or|&)\s*)?$/i;
const NUMBERED_REACH = 32;

/**
 * "About 184,000 customers were without power at 9 p.m., and the map showed 96,500 still waiting":
 * a bare count takes the counted thing of the count just before it in the sentence or the one
 * before, when the numbers are of a size.
 */
function inheritCounted(text: ArticleText, figures: Figure[]): void {
  for (let k = 1; k < figures.length; k++) {
    const f = figures[k];
    if (f.unit !== 'count' || f.counted !== null || f.inWords) continue;
    const prev = figures[k - 1];
    const sameParagraph = text.sentences[prev.sentence]?.paragraph === text.sentences[f.sentence]?.paragraph;
    if (!sameParagraph || f.sentence - prev.sentence > 1) continue;
    if (prev.unit !== 'count' || prev.counted === null || prev.counted === 'year-old') continue;
    // "… fall to 47 feet (14.33 metres) from 50 feet. Daily transits will be reduced to 28 from 36.": a
    // length is written with its unit each time; a bare number of the next sentence counts something else.
    if (f.sentence !== prev.sentence && LENGTHS.has(prev.counted)) continue;
    if (PART_OF_BEFORE.test(text.plain.slice(Math.max(0, f.span.start - 16), f.span.start))) continue;
    if (NUMBERED_BEFORE.test(text.plain.slice(Math.max(0, f.span.start - NUMBERED_REACH), f.span.start))) continue;
    const r = f.value / prev.value;
    if (!(r >= 0.1 && r <= 10)) continue;
    if (otherThingsBetween(text.plain, prev, f)) continue;
    f.counted = prev.counted;
  }
}

/**
 * "four samples, about 28 percent, showed coliform", "Four of the 22 samples, about 18 percent,
 * tested positive": a percentage set off by a comma right after a count of things is a share of those
 * things, as "28 percent of samples" would be.
 */
function shareInApposition(text: ArticleText, figures: Figure[]): void {
  for (let k = 1; k < figures.length; k++) {
    const f = figures[k];
    const prev = figures[k - 1];
    if (f.unit !== 'percent' || f.of || f.range || prev.sentence !== f.sentence || prev.unit !== 'count' || prev.range) continue;
    if (prev.counted === null || prev.counted === 'year-old' || prev.span.end > f.span.start) continue;
    if (text.plain.slice(prev.span.end, f.span.start).trim() === ',') f.of = prev.counted;
  }
}

/**
 * A sentence with a figure holds one of these: every figure's number opens with a numeral or a word
 * (see figureAt), and the word is a number word, a fraction's, or (after "a"/"an") a scale, "couple"
 * or a duration. Such a word is a token of its own: no ASCII letter right before or after it. Most
 * sentences without a numeral have none of these words, and are not tokenised for figures.
 */
export const FIGURE_CUE_WORDS: readonly string[] = [...new Set([...numberWords(), ...fractionWords(), ...ONE_OF])];
const FIGURE_CUE = new CueWords(FIGURE_CUE_WORDS);

/** Whether a figure may be read in plain[start, end): false only when sentenceFigures would find none. */
export function mayHaveFigure(plain: string, start: number, end: number): boolean {
  return FIGURE_CUE.cued(plain, start, end);
}

/** Every figure a sentence states, with the span of its number, before clock times are set apart. */
function sentenceFigures(text: ArticleText, index: number): { figure: Figure; numberSpan: Span }[] {
  const { start, end } = text.sentences[index].span;
  return mayHaveFigure(text.plain, start, end) ? readSentenceFigures(text, index) : [];
}

/** sentenceFigures without the sentence's pre-filter: every token that may open a figure tried (exported for the pre-filter's tests). */
export function readSentenceFigures(text: ArticleText, index: number): { figure: Figure; numberSpan: Span }[] {
  const { start, end } = text.sentences[index].span;
  // A source's sentence: its words read from the people stage's tokens of it, made here first and kept for that stage (textTokens).
  const tokens = remembering() ? figureTokens(text.plain, start, end) : sentenceFigureTokens(text.plain, start, end, textTokens(text.plain, start, end));
  const out = scanFigures(text, tokens, index, null);
  // "… was four point one million pounds, and the house's own record was six point eight million":
  // read again, a bare sum taking the sentence's one currency (sums.ts).
  const sum = sentenceSum(out, tokens);
  return sum ? scanFigures(text, tokens, index, sum) : out;
}

function scanFigures(text: ArticleText, tokens: FigureToken[], index: number, sum: SentenceSum | null): { figure: Figure; numberSpan: Span }[] {
  const out: { figure: Figure; numberSpan: Span }[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!mayOpenFigure(tokens[i])) { i++; continue; }
    const found = figureAt(text, tokens, i, index, coordinatedNoun(out, tokens, i), sum);
    if (!found) { i++; continue; }
    // "One cubic hectometre (hm³) equals 1,000 million litres": a unit's definition, no claim at all.
    if (out.length === 0 && definesUnit(tokens, i, found.next, found.figure.value, found.figure.counted)) return out;
    out.push({ figure: found.figure, numberSpan: found.numberSpan });
    i = Math.max(found.next, i + 1);
  }
  return out;
}

/**
 * Words figureAt can read a figure from when it opens at them: a number's (readNumber), a fraction's
 * (readFraction), "a"/"an"/"half" of a duration, and currency words (readAt; "R" by its case).
 */
const FIGURE_OPENERS: ReadonlySet<string> = new Set([...FIGURE_CUE_WORDS, 'a', 'an', 'gh', 'point', ...Object.keys(WORD_PREFIXES), ...Object.keys(DOLLAR_PREFIXES), ...Object.keys(ISO_CURRENCIES)]);
/** Most words open no figure: most are told so without asking the set. */
const OPENER_SHAPES = new WordShapes(FIGURE_OPENERS);

/** False only when figureAt at this token finds nothing: one look-up for the many words that open no figure. */
function mayOpenFigure(t: FigureToken): boolean {
  if (t.kind === 'number') return true;
  if (t.kind === 'symbol') return CURRENCY_SYMBOLS[t.text] !== undefined;
  return (OPENER_SHAPES.mayHave(t.lower) && FIGURE_OPENERS.has(t.lower)) || t.text === 'R' || t.text === 'K';
}

function overlapsNumber(spans: Span[], from: number, number: Span): boolean {
  for (let k = from; k < spans.length && spans[k].start < number.end; k++) {
    if (spans[k].end > number.start) return true;
  }
  return false;
}

/** Words before the group a part is taken from: "19 of the trapped men", "400 of our staff". */
const GROUP_DETERMINERS = new Set(['the', 'its', 'their', 'our', 'his', 'her', 'these', 'those']);
/** Units that are not a group of things ("two of the points" is not a count of points). */
const MEASURE_GROUPS = new Set(['point', 'percentage point', 'year-old']);

/**
 * The token after a bracket at `at` that only says the number `value` again ("(thirty-eight)", "(4)"),
 * or `at` itself when there is none.
 */
function afterEchoedNumber(tokens: FigureToken[], at: number, value: number): number {
  if (tokens[at]?.text !== '(' || !tokens[at + 1]) return at;
  const echo = readNumber(tokens, at + 1);
  if (!echo || echo.range || echo.value !== value || tokens[echo.next]?.text !== ')') return at;
  return echo.next + 1;
}

/** Reads the number (with any currency sign) starting at token i. */
function readAt(tokens: FigureToken[], i: number, plain: string): Reading | null {
  const t = tokens[i];
  let currency: string | null = null;
  let at = i;
  // A currency's letters glued to an amount ("R450,000", "Rp15,000"), told from a name (gluedAmount).
  let glued = false;
  // "$ 50.000", "€ 1.250": the sign one space before its amount, as Latin American and continental
  // papers set it (never across a line or a table's gap).
  const spacedSign = t.kind === 'symbol' && !!CURRENCY_SYMBOLS[t.text] && tokens[i + 1]?.kind === 'number' && tokens[i + 1].spaced &&
    !tokens[i + 1].celled && tokens[i + 1].start === t.end + 1 && plain.charCodeAt(t.end) !== 10 && plain.charCodeAt(t.end) !== 13;
  if (t.kind === 'symbol' && CURRENCY_SYMBOLS[t.text] && tokens[i + 1]?.kind === 'number' && (!tokens[i + 1].spaced || spacedSign)) {
    currency = CURRENCY_SYMBOLS[t.text];
    at = i + 1;
  } else if (t.kind === 'word' && t.lower.length <= 3 && WORD_PREFIXES[t.lower] && /^[A-Z]/.test(t.text) && (tokens[i + 1]?.kind === 'number' ||
    tokens[i + 1]?.text === '.' && tokens[i + 2]?.kind === 'number')) {
    currency = WORD_PREFIXES[t.lower];
    at = tokens[i + 1].kind === 'number' ? i + 1 : i + 2;
    glued = at === i + 1 && !tokens[at].spaced && gluedAmount(tokens, at);
  } else if (t.kind === 'word' && t.lower.length === 3 && ISO_CURRENCIES[t.lower] && t.text === t.text.toUpperCase() && tokens[i + 1]?.kind === 'number') {
    // "CZK 240 million", "NOK 1.2bn": a currency code in capitals.
    currency = ISO_CURRENCIES[t.lower];
    at = i + 1;
  } else if (isRandPrefix(tokens, i)) {
    currency = 'ZAR';
    at = i + 1;
    glued = true;
  } else if (isKwachaPrefix(tokens, i)) {
    currency = 'ZMW';
    at = i + 1;
    glued = true;
  } else if (t.kind === 'word' && t.lower.length <= 3 && DOLLAR_PREFIXES[t.lower] && t.text === t.text.toUpperCase() && tokens[i + 1]?.text === '$' &&
    !tokens[i + 1].spaced && tokens[i + 2]?.kind === 'number' && !tokens[i + 2].spaced) {
    currency = DOLLAR_PREFIXES[t.lower];
    at = i + 2;
  } else if (t.kind === 'word' && t.text === 'GH' && CEDI_SIGNS.has(tokens[i + 1]?.text ?? '') && !tokens[i + 1].spaced && tokens[i + 2]?.kind === 'number' && !tokens[i + 2].spaced) {
    // "GH¢58,000", "GH₵3,712": Ghana's cedi, as Ghanaian papers and the central bank print it.
    currency = 'GHS';
    at = i + 2;
  }
  let number = readNumber(tokens, at);
  if (!number) return oneOfDuration(tokens, i);
  // "$ 50.000" in that style groups thousands with points: fifty thousand, not fifty.
  if (spacedSign && number.first === at && DOT_THOUSANDS.test(tokens[at].text)) number = { ...number, value: Number(tokens[at].text.replace(/\./g, '')) };
  // A currency word before the number ("Rs 25") is not a name with a number in it ("Route 25");
  // the rand sign is glued to its number, and gluedAmount has already told it from a name.
  if (!glued && number.first === at && tokens[at].kind === 'number' && numeralIsNotFigure(tokens, at, currency !== null) && !isTallySecond(tokens, at)) return null;
  return { number, first: i, currency };
}

/**
 * "R2.5 million", "R450,000", "R3bn", "R2.5-million": the rand sign, read only when the amount
 * cannot be a road or a model ("the R55", "an R8 engine"): attached to a grouped numeral or one
 * followed by a scale.
 */
function isRandPrefix(tokens: FigureToken[], i: number): boolean {
  return tokens[i].text === 'R' && gluedAmount(tokens, i + 1);
}

/**
 * "K48.6 million", "K250,000": the kwacha sign, read as the rand's is, only when the amount cannot be a
 * name ("K2", "the K9 unit"): attached to a grouped numeral or one followed by a scale.
 */
function isKwachaPrefix(tokens: FigureToken[], i: number): boolean {
  return tokens[i].text === 'K' && gluedAmount(tokens, i + 1);
}

/**
 * A numeral glued to the letters before it that can only be an amount ("R450,000", "Rp15,000",
 * "KSh1,200", "RM2.4 billion"): grouped with commas, or followed by a scale. "the R55", "MH17" are names.
 */
function gluedAmount(tokens: FigureToken[], k: number): boolean {
  const i = k - 1;
  const n = tokens[k];
  if (!n || n.kind !== 'number' || n.spaced) return false;
  if (n.text.includes(',')) return true;
  const after = tokens[i + 2]?.text === '-' && !tokens[i + 2].spaced ? tokens[i + 3] : tokens[i + 2];
  return !!after && after.kind === 'word' && SCALES[after.lower] !== undefined && after.lower !== 'dozen' && after.lower !== 'hundred';
}

/** "an hour", "half an hour": one (or half) of a duration, after a cue like "for" or "at least". */
function oneOfDuration(tokens: FigureToken[], i: number): Reading | null {
  const t = tokens[i];
  let at = i;
  let value = 1;
  if (t.lower === 'half' && (tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'an')) { at = i + 1; value = 0.5; }
  else if (t.lower !== 'a' && t.lower !== 'an') return null;
  const unit = tokens[at + 1];
  if (!unit || !ONE_OF.has(unit.lower)) return null;
  const prev = tokens[i - 1];
  if (value === 1 && (!prev || !DURATION_CUES.has(prev.lower))) return null;
  return { number: { value, first: i, next: at + 1, inWords: true, article: true }, first: i, currency: null };
}

/**
 * "Five MPs voted against and three abstained": a number in words right after "and", "but" or
 * "while" with a verb in -ed after it counts what the sentence's last count counted. (The noun the
 * number word would count if figureAt finds the verb; null when no count before may lend one.)
 */
export function coordinatedNoun(out: readonly { figure: Figure }[], tokens: FigureToken[], i: number): Coordinated | null {
  const prev = out[out.length - 1]?.figure;
  if (!prev || prev.unit !== 'count' || !prev.counted || prev.counted === 'year-old' || prev.counted === VOTE) return null;
  if (tokens[i].kind !== 'word') return null;
  // "389 patients across the city, two hundred and twelve of them at the stadium": a number in words
  // set off by a comma, "of them at" a place after it, is a part of the count before (figureAt checks the "of them").
  if (tokens[i - 1]?.text === ',') return { counted: prev.counted, value: prev.value, part: true, ofThem: true };
  if (!COORDINATORS.has(tokens[i - 1]?.lower ?? '')) return null;
  return { counted: prev.counted, value: prev.value };
}
/**
 * `part`: the count opens its sentence, a part of the last count of the sentence before (sentenceOpeningCounts).
 * `held`: the count is what a verb of having holds, the noun left to the count of the sentence before (heldCounts).
 * `ofThem`: the count follows a comma and is a part only when "of them" and a place come right after it (ofThemAt).
 */
interface Coordinated { counted: string; value: number; part?: true; held?: true; ofThem?: true }

/**
 * "of them at the stadium", "of them in Kanyama" at token k: the count before it is the part of the
 * group told just before that is at one place. Not a part in a condition ("seven of them in a serious
 * condition") or of another kind ("five of them British pensioners"), which are other counts.
 */
/** A word opening with a capital (made once: the bundler rebuilds a \\p{…} literal at every call). */
const CAPITAL_START = /^\p{Lu}/u;

function ofThemAt(tokens: FigureToken[], k: number): boolean {
  if (tokens[k]?.lower !== 'of' || (tokens[k + 1]?.lower !== 'them' && tokens[k + 1]?.lower !== 'whom')) return false;
  const where = tokens[k + 2]?.lower;
  const next = tokens[k + 3]?.text ?? '';
  return where === 'at' || (where === 'in' && CAPITAL_START.test(next));
}

/** Verbs that carry a participle after a count: "and nine have been admitted", "Three were injured". */
const AUXILIARIES = new Set(['have', 'has', 'had', 'were', 'are', 'was', 'is']);

/** A verb in -ed at k, or one after an auxiliary and "been" ("abstained", "have been admitted", "were treated"). */
function passiveAt(tokens: FigureToken[], k: number): boolean {
  let at = k;
  const auxiliary = AUXILIARIES.has(tokens[at]?.lower ?? '');
  if (auxiliary) at += tokens[at + 1]?.lower === 'been' ? 2 : 1;
  const verb = tokens[at];
  // "nine were kept in", "two have been taken to hospital": a participle not in -ed, after an auxiliary only.
  return !!verb && verb.kind === 'word' && (PARTICIPLE.test(verb.text) || (auxiliary && IRREGULAR_PARTICIPLES.has(verb.text)));
}
/** Participles not in -ed that news tells of people counted: "Four were kept in", "two were taken to hospital". */
const IRREGULAR_PARTICIPLES = new Set(['kept', 'taken', 'held', 'hurt', 'sent', 'brought', 'flown', 'found', 'left', 'given', 'seen', 'struck', 'thrown', 'caught', 'hit']);
const COORDINATORS = new Set(['and', 'but', 'while']);
/**
 * The letters of COORDINATORS in any case: a token's lower case is one of them only where its text
 * holds them (an ASCII-only /i, so no other letter folds into them). Found nowhere, no token is one.
 */
const COORDINATOR_LETTERS = /and|but|while/i;

/** A table cell's border (a pipe or a tab in the original) between token k and the one before it. */
function cellBorderAt(text: ArticleText, tokens: FigureToken[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!t || !prev || !t.celled) return false;
  for (let i = prev.end; i < t.start; i++) {
    const c = text.original.charCodeAt(i);
    if (c === 124 || c === 9) return true;
  }
  return false;
}

/** The figure that opens at token i, if one does (exported for the opener screen's tests). */
/**
 * What a number in words counts when it counts the group told before it ("… and three abstained",
 * "Three have been admitted" after "52 people"): the group's noun, or null when no count before lends one.
 */
function coordinatedCounted(tokens: FigureToken[], coordinated: Coordinated | null, number: NumberRead, next: number, value: number): string | null {
  if (!coordinated) return null;
  if (coordinated.ofThem ? !ofThemAt(tokens, next) : !coordinated.held && (number.next !== number.first + 1 || !passiveAt(tokens, next))) return null;
  // Of a size with it, as inheritCounted asks ("… and 3 million were spent" is another thing);
  // a sentence's opening count is a part of the group told before it ("Three have been admitted").
  const r = value / coordinated.value;
  if (coordinated.part ? !(value >= 1 && r <= 1) : !(r >= 0.1 && r <= 10)) return null;
  return coordinated.counted;
}

export function figureAt(text: ArticleText, tokens: FigureToken[], i: number, sentence: number, coordinated: Coordinated | null = null,
  sum: SentenceSum | null = null): { figure: Figure; next: number; numberSpan: Span } | null {
  // "forty-seven hearing days" not read as a figure: its "seven" is no number of its own.
  if (isTensTail(tokens, i)) return null;
  const fraction = fractionAt(text, tokens, i, sentence);
  if (fraction) return fraction;
  const reading = readAt(tokens, i, text.plain);
  if (!reading) return null;
  const { number } = reading;
  let currency = reading.currency;
  let value = number.value;
  let next = number.next;
  const numeral = tokens[number.first].kind === 'number';
  let qualifier: Qualifier = 'exact';
  let high: number | null = null;

  // Ranges: "20,000 to 30,000", "3-4 million", "between 20 and 30".
  // (Not a tally: "voted 12 to 30" is twelve for and thirty against.)
  const range = opensTally(tokens, number.first, next) ? null : readRange(tokens, number, next, currency);
  if (range) { high = range.high; value = range.low ?? value; next = range.next; }

  const trail = trailQualifier(tokens, next);
  if (trail) { qualifier = trail[0]; next += trail[1]; }
  // "38 (thirty-eight) whole tusks", "four (4) sacks": the number said again in brackets, as police
  // statements and legal papers write it, stands between the number and what it counts.
  if (!currency && !number.range) next = afterEchoedNumber(tokens, next, value);

  // "thousands of commuters": the counted thing follows "of".
  // "| 381 | Straits Ferry Authority |": the next table cell's words are not what the count counts.
  let unit: UnitRead | 'not-a-figure' = cellBorderAt(text, tokens, next) ? { unit: 'count', counted: null, next }
    : number.range ? readUnit(tokens, ofNoun(tokens, next), false) : readUnit(tokens, next, value === 1 || number.article);
  if (unit === 'not-a-figure') return null;
  // "26 for, 33 against", "by 34 votes to 24", "to twenty-five": each side of a tally counts votes
  // (so "to 24" is no clock hour).
  if (unit.unit === 'count' && !unit.counted && !currency && !number.range && isTallySide(tokens, reading.first, next)) {
    unit = { ...unit, counted: VOTE };
  }
  // "brings to 17 the number of people killed", "raising to 40 the total of homes lost": the count
  // stands before what it counts (no clock hour "to 17").
  if (unit.unit === 'count' && !unit.counted && !currency && !number.range && tokens[reading.first - 1]?.lower === 'to' &&
    tokens[next]?.lower === 'the' && /^(?:number|total|toll|tally)$/.test(tokens[next + 1]?.lower ?? '') && tokens[next + 2]?.lower === 'of') {
    const noun = pluralNounAt(tokens, next + 3);
    if (noun) unit = { unit: 'count', counted: noun, next };
  }
  // "Police put the number of workers who joined the strike at about 15,000": an estimate told of
  // "the number of" what it counts, the count after "at".
  if (unit.unit === 'count' && !unit.counted && !currency && !number.range) {
    const noun = estimatedNumberOf(tokens, leadQualifier(tokens, reading.first).first);
    if (noun) unit = { unit: 'count', counted: noun, next };
  }
  // "cut the number of daily sailings from 36 to 21": both ends of a change of "the number of" things count them.
  if (unit.unit === 'count' && !unit.counted && !currency && !number.range && numeral) {
    const noun = changedNumberOf(tokens, leadQualifier(tokens, reading.first).first);
    if (noun) unit = { unit: 'count', counted: noun, next };
  }
  if (numeral && number.next === number.first + 1 && !currency) {
    // A bare numeral: a year, a clock hour or an age unless a unit or a counted thing says otherwise.
    const t = tokens[number.first];
    if (isYearNumeral(t) && !(unit.unit === 'count' && unit.counted && unit.counted !== 'year-old' && isPluralAt(tokens, unit.next - 1))) return null;
    if (unit.unit === 'count' && !unit.counted && isBareHour(tokens, number.first, value)) return null;
    if (unit.unit === 'count' && !unit.counted && isApposedAge(tokens, number.first, value)) {
      unit = { unit: 'count', counted: 'year-old', next: unit.next };
    }
  }
  // "I'm sixty-seven," in a transcript: an age told in words or numerals.
  if (unit.unit === 'count' && !unit.counted && !currency && !number.range && unit.next === next && isToldAge(tokens, reading.first, next, value)) {
    unit = { unit: 'count', counted: 'year-old', next };
  }
  // "Six of the injured were under 16": the age of those counted.
  if (unit.unit === 'count' && !unit.counted && !currency && !number.range && unit.next === next && isBoundAge(tokens, reading.first, next, value)) {
    unit = { unit: 'count', counted: 'year-old', next };
  }
  if (unit.unit === 'count' && !unit.counted && !currency && !number.range) unit = countedFromContext(tokens, unit, next, value, reading.first);
  // "1,200 people have been admitted to hospital this year" counts what "1,134 hospitalisations" counts.
  if (unit.unit === 'count' && unit.counted !== null && ADMITTED_ONES.has(unit.counted) && !currency && admittedAt(tokens, unit.next)) {
    unit = { unit: 'count', counted: 'hospitalisation', next: unit.next };
  }
  // "and the house's own record was six point eight million": a bare sum in the sentence's currency,
  // not a place's people or what it holds.
  if (sum && unit.unit === 'count' && !unit.counted && !currency && !number.range && isBareSum(sum, scaleOf(tokens, number, next), value)) {
    const lead = leadQualifier(tokens, reading.first).first;
    if (!isCapacityBefore(tokens, reading.first) && !isHoldingBefore(tokens, lead) && !isPopulationBefore(tokens, lead)) currency = sum.currency;
  }
  if (currency) unit = { unit: 'money', measure: currency, counted: unit.unit === 'count' ? unit.counted : null, next: unit.unit === 'count' ? unit.next : next };
  // "magnitude 6.2", "a magnitude-4.9 aftershock", "magnitude two point nine" (said in words): the measure named before the number.
  let labelStart = -1;
  const before = tokens[reading.first - 1]?.text === '-' ? tokens[reading.first - 2] : tokens[reading.first - 1];
  if (unit.unit === 'count' && !unit.counted && before && /^(?:magnitude|richter)$/i.test(before.text)) {
    unit = { ...unit, counted: 'magnitude' };
    labelStart = before === tokens[reading.first - 1] ? reading.first - 1 : reading.first - 2;
  }
  // "Six of them were taken to hospital", "six were taken to hospital": only people go there (hospital.ts),
  // unless the group told just before names who they are ("61 passengers … Four were airlifted to hospital").
  const toHospital = unit.unit === 'count' && !unit.counted && !currency && !number.range && value >= 1 && Number.isInteger(value) && takenToHospitalAt(tokens, next);
  if (number.inWords && !currency) {
    // Numbers in words are figures only when they count something: "three major outages", not "the three"
    // (nor "and three others"), though "… and three abstained" counts what the count before it did.
    if (unit.unit === 'count' && !unit.counted) {
      const counted = coordinatedCounted(tokens, coordinated, number, next, value) ?? (toHospital ? PERSON : null);
      if (!counted) return null;
      unit = { ...unit, counted };
    }
    if (isRatioWord(tokens, number.first, next) || isOneAdjective(tokens, number.first)) return null;
    if (number.article && unit.unit !== 'duration' && !(value >= 12)) return null;
  }
  if (toHospital && unit.unit === 'count' && !unit.counted) unit = { ...unit, counted: PERSON };
  if (number.range && unit.unit === 'count' && !unit.counted) return null;
  // "has a capacity of 52,000", "Stadium capacity: 52,000": what the place holds.
  if (unit.unit === 'count' && !unit.counted && !currency && isCapacityBefore(tokens, reading.first)) {
    unit = { ...unit, counted: CAPACITY };
  }
  // "a hall that can take 600 people", "room for 800 people": what a place holds, not who is in it.
  if (unit.unit === 'count' && (!unit.counted || HELD_PEOPLE.has(unit.counted)) && !currency && !number.range && isHoldingBefore(tokens, leadQualifier(tokens, reading.first).first)) {
    unit = { ...unit, counted: CAPACITY };
  }
  // "a condition score of 54": a score counts nothing, but it is one figure of the thing scored.
  if (unit.unit === 'count' && !unit.counted && !currency && !number.range && isScoreBefore(tokens, leadQualifier(tokens, reading.first).first)) {
    unit = { ...unit, counted: SCORE };
  }
  // "a market town of about 61,000 people", "a city of 2.3 million": how many live there, not a crowd.
  if (unit.unit === 'count' && (!unit.counted || isResidentNoun(unit.counted)) && !currency && !number.range && isPopulationBefore(tokens, leadQualifier(tokens, reading.first).first)) {
    unit = { ...unit, counted: INHABITANT };
  }
  // "41,780 ticket holders", "3,200 season-ticket holders": holders count the things they hold.
  if (unit.unit === 'count' && unit.counted === HOLDER && tokens[unit.next - 1]?.lower === 'holders') {
    const held = tokens[unit.next - 2];
    if (held && held.kind === 'word' && held.lower === held.text && held.lower !== 'the') unit = { ...unit, counted: lemma(held.lower) };
  }
  // "a crowd of 48,250", "Attendance: 48,250", "in front of 48,250 fans": how many watched.
  if (unit.unit === 'count' && !currency && !number.range && isAttendance(tokens, reading.first, unit.counted)) {
    unit = { ...unit, counted: ATTENDANCE };
  }
  // Bulletins and tables: "Relief camps opened: 27", "Deaths: 14".
  if (unit.unit === 'count' && !unit.counted && !number.inWords) {
    const label = labelledCount(tokens, reading.first);
    if (label) { unit = { ...unit, counted: label.counted }; labelStart = label.first; }
  }
  // "an hour and a half"
  if (unit.unit === 'duration') {
    const half = tokens[unit.next]?.lower === 'and' && tokens[unit.next + 1]?.lower === 'a' && tokens[unit.next + 2]?.lower === 'half';
    if (half) { value += 0.5; unit = { ...unit, next: unit.next + 3 }; }
    const factor = DURATION_FACTOR[tokens[unit.next - 1]?.lower ?? ''];
    if (factor) value *= factor;
  }
  let end = unit.next > next ? unit.next : next;
  const tail = tailQualifier(tokens, end);
  if (tail && qualifier === 'exact') { qualifier = tail[0]; end += tail[1]; }

  const lead = leadQualifier(tokens, reading.first);
  if (qualifier === 'exact') qualifier = lead.qualifier;
  // A temperature in whole degrees is told to the nearest degree, as a duration in whole hours is.
  const coarse = (unit.unit === 'duration' && Number.isInteger(value) && value >= 1 && unit.measure !== 'second' && unit.measure !== 'minute') ||
    (isTemperature(unit.counted) && Number.isInteger(value)) ||
    // A length said in words ("twenty-seven metres", as a speaker gives 27.4 m) is told to the nearest whole unit.
    (number.inWords && unit.unit === 'count' && Number.isInteger(value) && value >= 1 && WORD_LENGTHS.has(unit.counted ?? '')) ||
    // So is a share said in words ("it was forty-one per cent", as a speaker gives 41.2%).
    (number.inWords && unit.unit === 'percent' && Number.isInteger(value) && value >= 1);
  const term = coarse && unit.unit === 'duration' && TERM.test(text.plain.slice(tokens[number.first].start, tokens[unit.next - 1].end));
  let interval = intervalOf(value, qualifier, coarse, term);
  // "a three-and-a-half-mile trip", as a speaker gives 3.4 miles: a length in words with a half is
  // told to the nearest half unit, a quarter either way.
  if (number.inWords && qualifier === 'exact' && unit.unit === 'count' && value > 1 && !Number.isInteger(value) &&
    Number.isInteger(value * 2) && WORD_LENGTHS.has(unit.counted ?? '')) {
    interval = { low: value - 0.25, high: value + 0.25 };
  }
  if (numeral && number.next === number.first + 1) {
    const decimals = /\.(\d+)$/.exec(tokens[number.first].text)?.[1].length ?? 0;
    // "about 1.7" of a ratio told to one decimal is that ratio rounded: 1.65–1.75, not 7.5% (which takes in 1.63).
    interval = decimalReach(interval, value, qualifier, unit.counted === RATIO && decimals === 1 ? 2 : decimals);
  }
  interval = scaledReach(interval, value, qualifier, scaleOf(tokens, number));
  if (unit.unit === 'percent') interval = percentReach(interval, value, qualifier);
  if (unit.unit === 'count' && NEARLY_LENGTHS.has(unit.counted ?? '')) interval = nearlyLengthReach(interval, value, qualifier);
  if (number.range) { qualifier = 'vague'; interval = { low: number.range[0], high: number.range[1] }; }
  if (high !== null) interval = { low: Math.min(interval.low, value), high: Math.max(high, interval.high === Infinity ? Infinity : high) };

  let startTok = labelStart >= 0 ? labelStart : qualifier === lead.qualifier || number.range ? lead.first : reading.first;
  // "minus 14 Celsius", "−14 °C": a temperature's sign is part of it.
  const minus = isTemperature(unit.counted) && startTok === reading.first ? minusBefore(tokens, reading.first) : -1;
  if (minus >= 0) startTok = minus;
  const span = { start: tokens[startTok].start, end: tokens[Math.max(end, number.next) - 1].end };
  const numberSpan = { start: tokens[reading.first].start, end: tokens[number.next - 1].end };
  const figure: Figure = {
    kind: 'figure', span, text: text.plain.slice(span.start, span.end), value, interval, qualifier,
    unit: unit.unit, counted: unit.unit === 'count' ? populationCounted(tokens, lead.first, workforceCounted(tokens, lead.first, unit.counted)) : unit.counted, sentence, inWords: number.inWords,
  };
  if (unit.measure) figure.measure = unit.measure;
  if (unit.unit === 'percent') figure.of = unit.of ?? null;
  if (range) figure.range = true;
  inTonnes(figure);
  if (isTemperature(figure.counted)) return { figure: inCelsius(figure, minus >= 0), next: Math.max(end, number.next), numberSpan };
  return { figure, next: Math.max(end, number.next), numberSpan };
}

/** Tonnes in a prefixed tonne: "315 gigatonnes" is "315 billion tonnes", "4 megatonnes" four million. */
const TONNES_IN: Readonly<Record<string, number>> = { gigatonne: 1e9, gigaton: 1e9, megatonne: 1e6, megaton: 1e6 };

/** A mass in gigatonnes or megatonnes is read in tonnes, as the same mass said with a scale word is. */
function inTonnes(figure: Figure): void {
  const k = figure.counted ? TONNES_IN[figure.counted] : undefined;
  if (!k || figure.unit !== 'count') return;
  figure.value *= k;
  figure.interval = { low: figure.interval.low * k, high: figure.interval.high * k };
  figure.counted = 'tonne';
}

/** Lengths and distances, as `counted` names them, that a number in words tells only to the whole unit. */
const WORD_LENGTHS = new Set(['metre', 'foot', 'km', 'mile', 'nautical mile', 'inch', 'cm', 'mm', 'yard']);
/** Lengths a "nearly" rounds up to in whole units (nearlyLengthReach): "nearly 16 kilometres", "almost 12 miles". */
const NEARLY_LENGTHS = new Set(['metre', 'meter', 'km', 'kilometre', 'kilometer', 'mile', 'foot', 'yard']);
/** Lengths and distances, however `counted` spells them. */
const LENGTHS: ReadonlySet<string> = new Set([...WORD_LENGTHS, ...NEARLY_LENGTHS, 'ft', 'm', 'mi']);

/**
 * What a bare count (no currency, no range, nothing counted yet) counts by the words around it.
 * Kept out of figureAt: these phrases are rare, and the first one met after V8 has optimised
 * figureAt would otherwise throw away (and recompile) all of figureAt's code, not just this.
 */
function countedFromContext(tokens: FigureToken[], unit: UnitRead, next: number, value: number, first: number): UnitRead {
  // "Fourteen of 19 economists", "two of the five reactors": a part counts what the whole counts.
  if (tokens[next]?.lower === 'of') {
    let k = tokens[next + 1]?.lower === 'the' ? next + 2 : next + 1;
    // "17 of Mongolia's 21 provinces", "three of the council's nine members", "two of its five
    // reactors": the whole's owner stands between "of" and the whole.
    if (isOwner(tokens[k]) && tokens[k + 1]?.kind === 'number') k++;
    const whole = readNumber(tokens, k);
    let wholeUnit = whole && !whole.range && whole.value > value ? readUnit(tokens, whole.next, false) : null;
    // "318 of the 412 scheduled crossings": a participle may describe the whole's noun, as it may a count's own.
    if (whole && wholeUnit && wholeUnit !== 'not-a-figure' && wholeUnit.unit === 'count' && !wholeUnit.counted) wholeUnit = describedPlural(tokens, whole.next, k) ?? wholeUnit;
    if (wholeUnit && wholeUnit !== 'not-a-figure' && wholeUnit.unit === 'count' && wholeUnit.counted) unit = { ...unit, counted: wholeUnit.counted };
    // "19 of the trapped men", "412 of our people": a part of a group told by its noun alone
    // ("one of the things" is an idiom, not a count).
    else if (!whole && value > 1 && GROUP_DETERMINERS.has(tokens[next + 1]?.lower ?? '')) {
      const group = readUnit(tokens, next + 2, false);
      if (group !== 'not-a-figure' && group.unit === 'count' && group.counted && !MEASURE_GROUPS.has(group.counted)) unit = { ...unit, counted: group.counted };
    }
  }
  // "41 witnesses, 23 of them investors", "200 people, 30 of them children": the noun after "of
  // them" names the part counted, not the whole the count before it counted.
  if (!unit.counted && tokens[next]?.lower === 'of' && tokens[next + 1]?.lower === 'them' && (first === 0 || tokens[first - 1].text === ',')) {
    const noun = pluralNounAt(tokens, next + 2);
    if (noun && !MEASURE_GROUPS.has(noun)) unit = { ...unit, counted: noun };
  }
  // "Of the 11 admitted, three are children": a number that opens its clause counts the plural noun
  // right after "are" / "were".
  if (!unit.counted && /^(?:are|were)$/.test(tokens[next]?.lower ?? '') &&
    (first === 0 || tokens[first - 1].text === ',')) {
    const noun = pluralNounAt(tokens, next + 1);
    if (noun) unit = { unit: 'count', counted: noun, next: next + 2 };
  }
  if (!unit.counted) {
    const described = describedPlural(tokens, next, leadQualifier(tokens, first).first);
    if (described) unit = described;
  }
  // "TfW journeys hit 31.2 million", "cases reached 400": a bare count that a plural noun's verb of
  // reaching leads counts that noun.
  if (!unit.counted && unit.unit === 'count') {
    const verb = leadQualifier(tokens, first).first - 1;
    const noun = REACHED.has(tokens[verb]?.lower ?? '') ? pluralNounAt(tokens, verb - 1) : null;
    if (noun) unit = { ...unit, counted: noun };
  }
  // "The number of customers without power peaked at 312,000": a bare count that a verb of level
  // gives to "the number of" things, told as the clause's subject, counts those things.
  if (!unit.counted && unit.unit === 'count') {
    const noun = numberOfMovedTo(tokens, leadQualifier(tokens, first).first);
    if (noun) unit = { ...unit, counted: noun };
  }
  // "the bid-to-cover ratio was 1.63", "a debt ratio of 0.8": a bare number a ratio is told as, right
  // after the word (and "was", "of", "at" or a colon), is that ratio, compared with the same ratio elsewhere.
  if (!unit.counted && unit.unit === 'count' && ratioBefore(tokens, leadQualifier(tokens, first).first)) unit = { ...unit, counted: RATIO };
  return unit;
}

/** What a number told as a ratio counts. */
const RATIO = 'ratio';
/** Words between "ratio" and its number. */
const RATIO_LINKS = new Set(['was', 'is', 'of', 'at', 'stood', 'came', 'in', ':', 'were', 'been', 'has']);

/** Whether the number at token `at` is told of a ratio: a linking word right before it, "ratio" a few words back in its clause. */
function ratioBefore(tokens: FigureToken[], at: number): boolean {
  const link = tokens[at - 1];
  if (!link || (!RATIO_LINKS.has(link.lower) && link.text !== ':')) return false;
  for (let k = at - 2; k >= 0 && at - k <= RATIO_REACH; k--) {
    const t = tokens[k];
    if (t.lower === 'ratio') return true;
    if (t.kind !== 'word') return false;
  }
  return false;
}
/** Tokens looked back for "ratio" ("the bid-to-cover ratio on the amount accepted was 1.63"). */
const RATIO_REACH = 8;

/** Thousands grouped with points ("50.000", "1.250.000"): one to three digits, then groups of three. */
const DOT_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

/** Possessive determiners that may own a whole ("two of its five reactors"). */
const OWNERS = new Set(['its', 'their', 'our', 'his', 'her', 'your', 'my']);

/** A possessive before a whole: "Mongolia's", "country’s", "its". */
function isOwner(t: FigureToken | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  return OWNERS.has(t.lower) || t.lower.endsWith("'s") || t.lower.endsWith('’s');
}

/** Verbs that tell the level a number came to, before "at" or "to" or the number itself ("peaked at", "rose to", "topped"). */
const LEVEL_VERBS = new Set(['peaked', 'peaks', 'reached', 'reaches', 'hit', 'hits', 'topped', 'tops', 'rose', 'rises', 'risen', 'climbed', 'climbs',
  'fell', 'falls', 'fallen', 'dropped', 'drops', 'stood', 'stands', 'jumped', 'jumps', 'grew', 'grows', 'swelled', 'soared', 'surged', 'dipped', 'declined']);
/** Tokens read back from the verb for "the number of <things>" (a short phrase between: "without power across the region"). */
const NUMBER_OF_REACH = 10;

/**
 * "The number of customers without power across the region peaked at 312,400", "the number of
 * patients waiting rose to 95": the number at `lead` right after a verb of level (and "at" / "to"),
 * whose subject, in the same clause (words only between), is "the number of" a plural noun: that noun.
 * Null otherwise.
 */
function numberOfMovedTo(tokens: FigureToken[], lead: number): string | null {
  let verb = lead - 1;
  if (tokens[verb]?.lower === 'at' || tokens[verb]?.lower === 'to') verb--;
  if (!LEVEL_VERBS.has(tokens[verb]?.lower ?? '')) return null;
  for (let k = verb - 1; k >= 1 && verb - k <= NUMBER_OF_REACH; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return null;
    if (t.lower !== 'number' || tokens[k + 1]?.lower !== 'of' || tokens[k - 1]?.lower !== 'the') continue;
    return pluralNounAt(tokens, k + 2);
  }
  return null;
}

/** Verbs that tell the level a count came to: "journeys hit 31.2 million". */
const REACHED = new Set(['hit', 'hits', 'reached', 'reach', 'reaches', 'totalled', 'totaled', 'totalling', 'totaling', 'numbered']);

/**
 * The largest scale word a number is told with ("1.28 billion", "£96.8m"), or 1; up to token `to`
 * when given (a range's far end: "three hundred to three hundred and twenty million").
 */
function scaleOf(tokens: FigureToken[], number: NumberRead, to = number.next): number {
  let scale = 1;
  for (let k = number.first + 1; k < to; k++) {
    const s = tokens[k].kind === 'word' ? SCALES[tokens[k].lower] : undefined;
    if (s !== undefined && s > scale) scale = s;
  }
  return scale;
}

/**
 * Words after which a number opens its clause, where an -ed word after the number may be its verb
 * ("Of those, 12 received doses"); after "and" or a colon it is more often a list ("85 licensed boats").
 */
const CLAUSE_OPENERS = new Set([',', ';', 'that', 'but', 'while', 'when', 'because', 'if']);
/** Verbs that show the clause's verb comes after the counted noun ("46 tagged seals were released"). */
const VERB_AFTER = new Set(['had', 'have', 'has', 'were', 'was', 'are', 'is', 'will', 'would', 'remain', 'remained']);
const PARTICIPLE = /^\p{Ll}{3,}ed$/u;
const GERUND = /^\p{Ll}{3,}ing$/u;
/** "-ing" words that are prepositions or verbs of a clause rather than a noun's modifier. */
const NOT_GERUND_MODIFIERS = new Set(['including', 'excluding', 'following', 'according', 'regarding', 'concerning',
  'involving', 'during', 'pending', 'considering', 'using', 'carrying', 'holding', 'wearing', 'waving', 'being', 'having',
  'leaving', 'making', 'taking', 'giving', 'getting', 'seeking', 'needing', 'losing', 'owning', 'renting', 'buying', 'selling']);

/** A gerund that names a kind of thing before a noun ("nursing", "housing", "polling"). */
function isGerundModifier(t: FigureToken | undefined): boolean {
  return !!t && t.kind === 'word' && GERUND.test(t.text) && !NOT_GERUND_MODIFIERS.has(t.lower);
}

/**
 * "had counted 211 tagged seals", "38,000 nursing posts", "1,200 unfilled nursing posts": a word in
 * -ed or a gerund right before a plural noun (or an -ed word before such a gerund) describes it, and
 * the noun is what is counted. Where the number opens its clause ("Of those, 12 received doses") the
 * word may be its verb, so it describes the noun only when a verb follows the noun ("… that 46 tagged
 * seals had been released"). `first`: the figure's first token.
 */
function describedPlural(tokens: FigureToken[], next: number, first: number): UnitRead | null {
  const word = tokens[next];
  if (!word || word.kind !== 'word') return null;
  const participle = PARTICIPLE.test(word.text);
  if (!participle && !isGerundModifier(word)) return null;
  // "unfilled nursing posts": a participle before a gerund describes the thing too.
  const at = participle && isGerundModifier(tokens[next + 1]) ? next + 2 : next + 1;
  const noun = pluralNounAt(tokens, at);
  if (!noun) return null;
  const before = tokens[first - 1];
  if ((!before || CLAUSE_OPENERS.has(before.lower)) && !VERB_AFTER.has(tokens[at + 1]?.lower ?? '') && !pastVerbWithObject(tokens, at + 1) && !listedBeforeVerb(tokens, at + 1)) return null;
  return { unit: 'count', counted: noun, next: at + 1 };
}

/** The unit word of a number hyphened after its tens ("seven" in "forty-seven"). */
function isTensTail(tokens: FigureToken[], i: number): boolean {
  const t = tokens[i];
  const dash = tokens[i - 1];
  const tens = tokens[i - 2];
  return t.kind === 'word' && !t.spaced && dash?.text === '-' && !dash.spaced && tens?.kind === 'word' && TENS[tens.lower] !== undefined;
}

/** Tokens looked at after "and" and the second count for the clause's verb. */
const LISTED_REACH = 6;

/**
 * "By Friday, 421 planned operations and 2,300 outpatient appointments had been cancelled": "and" and a
 * second count (after a qualifier of two words at most) after the noun, then the clause's verb, make a list of counts, so the -ed word before
 * the first noun describes it ("12 received doses and 40 received boosters" has no verb after).
 */
function listedBeforeVerb(tokens: FigureToken[], k: number): boolean {
  if (tokens[k]?.lower !== 'and') return false;
  // A qualifier of two words at most before the second number: "and more than 2,300 …".
  let n = k + 1;
  while (n <= k + 2 && tokens[n]?.kind === 'word') n++;
  if (tokens[n]?.kind !== 'number') return false;
  for (let j = n + 1; j < tokens.length && j <= n + LISTED_REACH; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') return false;
    if (VERB_AFTER.has(t.lower)) return true;
  }
  return false;
}

/** Determiners that open a verb's object. */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'every', 'each']);

/**
 * "About 2,500 invited guests packed the hall": a verb in the past with its object right after the
 * noun is the clause's verb, so the -ed word before the noun describes it ("Some 2,000 attended
 * workshops" has no verb after).
 */
function pastVerbWithObject(tokens: FigureToken[], k: number): boolean {
  const verb = tokens[k];
  return !!verb && verb.kind === 'word' && PARTICIPLE.test(verb.text) && OBJECT_OPENERS.has(tokens[k + 1]?.lower ?? '');
}

/** How far a bare fraction reaches either side: "a fifth" is told for 17% as well as for 23%. */
const FRACTION_REACH = 0.15;

/** People a count of admissions to hospital can be told of. */
const ADMITTED_ONES: ReadonlySet<string> = new Set(['person', 'people', 'patient', 'resident', 'child', 'adult']);
/**
 * "… have been admitted to hospital", "had been hospitalised": a running tally, told in the perfect
 * (a count of an event, "five people were taken to hospital", stays a count of people).
 */
function admittedAt(tokens: FigureToken[], k: number): boolean {
  const have = tokens[k]?.lower ?? '';
  if ((have !== 'have' && have !== 'has' && have !== 'had') || tokens[k + 1]?.lower !== 'been') return false;
  const w = tokens[k + 2]?.lower ?? '';
  if (w === 'hospitalised' || w === 'hospitalized') return true;
  return w === 'admitted' && tokens[k + 3]?.lower === 'to' && tokens[k + 4]?.lower === 'hospital';
}

/** "nearly a fifth of its subscribers": a percentage of what follows "of". */
function fractionAt(text: ArticleText, tokens: FigureToken[], i: number, sentence: number): { figure: Figure; next: number; numberSpan: Span } | null {
  const read = readFraction(tokens, i) ?? readShareIn(tokens, i);
  if (!read) return null;
  const lead = leadQualifier(tokens, i);
  const qualifier = lead.qualifier === 'exact' ? 'about' : lead.qualifier;
  const interval = lead.qualifier === 'exact'
    ? { low: read.value * (1 - FRACTION_REACH), high: Math.min(100, read.value * (1 + FRACTION_REACH)) }
    : intervalOf(read.value, qualifier);
  const span = { start: tokens[lead.first].start, end: tokens[read.next - 1].end };
  const figure: Figure = {
    kind: 'figure', span, text: text.plain.slice(span.start, span.end), value: read.value, interval, qualifier,
    unit: 'percent', counted: null, sentence, inWords: true, of: read.of,
  };
  return { figure, next: read.next, numberSpan: { start: tokens[i].start, end: tokens[read.next - 1].end } };
}

/** "Relief camps opened: 27": the plural noun of a label just before a colon, and where the label starts. */
function labelledCount(tokens: FigureToken[], first: number): { counted: string; first: number } | null {
  if (tokens[first - 1]?.text !== ':') return null;
  let start = first - 1;
  let counted: string | null = null;
  let reach = first - 5;
  for (let k = first - 2; k >= 0 && k >= reach; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') break;
    start = k;
    // "Boats licensed in Morrady waters: 164": a plural after a preposition is where, not what, is
    // counted; the label's noun stands before it (a few words further back).
    if (LABEL_PREPOSITIONS.has(t.lower)) {
      if (counted) { counted = null; reach = Math.min(reach, k - LABEL_AFTER_PREPOSITION); }
      continue;
    }
    if (!counted && /s$/i.test(t.text) && t.text.length > 3) counted = lemma(t.text);
    // "Passenger count from the operator: 19,850", "Visitor tally: 4,120": a count's head noun names
    // nothing; the noun before it is what is counted ("final count", "official tally" name none).
    else if (!counted && COUNT_HEADS.has(t.lower)) {
      const noun = tokens[k - 1];
      if (noun?.kind === 'word' && noun.lower.length > 2 && !LABEL_PREPOSITIONS.has(noun.lower) && !COUNT_HEAD_ADJECTIVES.has(noun.lower)) {
        counted = lemma(noun.lower);
        start = k - 1;
        break;
      }
    }
  }
  return counted ? { counted, first: start } : null;
}
/** Words that head a label of a count without naming what is counted: "Passenger count", "Vote tally". */
const COUNT_HEADS = new Set(['count', 'tally', 'total']);
/** Words before a count's head that say which count, not what it counts: "Final count", "Running total". */
const COUNT_HEAD_ADJECTIVES = new Set(['the', 'final', 'official', 'latest', 'total', 'overall', 'grand', 'running', 'current', 'new',
  'daily', 'weekly', 'monthly', 'preliminary', 'provisional', 'interim', 'partial', 'early', 'late', 'first', 'last', 'body', 'head']);
/** Words that open a label's place or part ("in camps", "at sea"). */
const LABEL_PREPOSITIONS = new Set(['in', 'at', 'on', 'of', 'for', 'from', 'to', 'by', 'with', 'under', 'per']);
/** Words read before such a preposition for the label's own noun. */
const LABEL_AFTER_PREPOSITION = 3;

/**
 * "capacity of 52,000", "capacity: 52,000", "capacity is 52,000" just before the number at `first`;
 * a listing's "Town Hall – capacity 400", "(total capacity 800)" with nothing between.
 */
function isCapacityBefore(tokens: FigureToken[], first: number): boolean {
  const link = tokens[first - 1];
  if (link?.lower === 'capacity') return true;
  if (!link || !(link.lower === 'of' || link.text === ':' || link.lower === 'is' || link.lower === 'was')) return false;
  return tokens[first - 2]?.lower === 'capacity';
}

/** Verbs of holding that tell a capacity after a modal ("can take", "could sleep"), not who is there now ("is holding 386"). */
const HOLDING_VERBS = new Set(['take', 'hold', 'house', 'sleep', 'accommodate', 'seat', 'fit', 'shelter']);
const HOLDING_MODALS = new Set(['can', 'could', 'will', 'would']);

/** "can take", "could comfortably house", "room for", "space for" just before a count at `first`. */
function isHoldingBefore(tokens: FigureToken[], first: number): boolean {
  const verb = tokens[first - 1];
  if (!verb || verb.kind !== 'word') return false;
  if (verb.lower === 'for') return tokens[first - 2]?.lower === 'room' || tokens[first - 2]?.lower === 'space';
  if (!HOLDING_VERBS.has(verb.lower)) return false;
  // One adverb may stand between: "can comfortably hold".
  let k = first - 2;
  if (tokens[k]?.kind === 'word' && tokens[k].lower.endsWith('ly') && tokens[k].lower.length > 3) k--;
  return HOLDING_MODALS.has(tokens[k]?.lower ?? '');
}

/** What "a score of 54" counts: the score itself. */
const SCORE = 'score';

/**
 * "a condition score of 54": "score of" right before the number ("scores of" counts them). A match's
 * "final score: 3" or "final score of 3" is half a result, not a figure of one thing.
 */
function isScoreBefore(tokens: FigureToken[], first: number): boolean {
  return tokens[first - 1]?.lower === 'of' && tokens[first - 2]?.lower === 'score' && tokens[first - 3]?.lower !== 'final';
}

/** Verbs that put an estimate on a number: "put the number of … at", "estimated the total of … at". */
const ESTIMATING = new Set(['put', 'puts', 'putting', 'estimated', 'estimates', 'estimate', 'estimating', 'placed', 'places', 'placing']);
/** Tokens back from "at" read for "the number of …" (a short clause between: "who joined strikes and protests during the day"). */
const ESTIMATE_REACH = 16;

/**
 * "put the (total) number of workers who joined … at about 15,000": before the "at" that opens the
 * number at `lead`, in the same clause, an estimating verb, "the", "number"/"total"/"toll" and "of"
 * a plural noun: what the number counts. Null otherwise.
 */
function estimatedNumberOf(tokens: FigureToken[], lead: number): string | null {
  if (tokens[lead - 1]?.lower !== 'at') return null;
  for (let k = lead - 2; k >= 2 && lead - k <= ESTIMATE_REACH; k--) {
    const t = tokens[k];
    if (t.kind === 'symbol' && t.text !== ',' && t.text !== '-') return null;
    if (tokens[k + 1]?.lower !== 'of' || !/^(?:number|total|toll|tally|count)$/.test(t.lower)) continue;
    const article = /^(?:total|overall|combined)$/.test(tokens[k - 1].lower) ? k - 2 : k - 1;
    if (tokens[article]?.lower !== 'the' || !ESTIMATING.has(tokens[article - 1]?.lower ?? '')) return null;
    return pluralNounAt(tokens, k + 2);
  }
  return null;
}

/** Tokens read back from a change's "from" for "the number of <things>" it is told of. */
const CHANGE_NUMBER_REACH = 8;
/** Tokens after "of" read for the plural noun ("the number of daily cross-border sailings"). */
const CHANGE_NOUN_REACH = 3;

/**
 * "cut the number of daily sailings from 36 to 21", "The number of daily sailings is reduced from 36 to
 * 28": the start (after "from") and the end (after "to", right after the start) of a change told of "the
 * number of" things count those things. Words only between "the number of" and "from".
 */
function changedNumberOf(tokens: FigureToken[], lead: number): string | null {
  let from = lead - 1;
  if (tokens[from]?.lower === 'to' && tokens[from - 1]?.kind === 'number' && tokens[from - 2]?.lower === 'from') from -= 2;
  if (tokens[from]?.lower !== 'from') return null;
  for (let k = from - 1; k >= 1 && from - k <= CHANGE_NUMBER_REACH; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return null;
    if (t.lower !== 'number' || tokens[k + 1]?.lower !== 'of' || tokens[k - 1]?.lower !== 'the') continue;
    for (let j = k + 2; j < from && j <= k + 1 + CHANGE_NOUN_REACH; j++) {
      const noun = pluralNounAt(tokens, j);
      if (noun) return noun;
    }
    return null;
  }
  return null;
}

/** What "ticket holders" count before the thing held is read ("holder"). */
const HOLDER = 'holder';

/** How many watched a match, a concert, a show: one count, whether told as a crowd, an attendance or fans in front of whom it was played. */
const ATTENDANCE = 'attendance';
/** Where a crowd stands, between "crowd" and "at" in an estimate of it. */
const CROWD_PLACE = new Set(['outside', 'inside', 'there']);
/** Who make up a crowd "in front of" whom something is played. */
const AUDIENCE = new Set(['fan', 'supporter', 'spectator', 'person', 'people']);

/**
 * "a crowd of 48,250", "an attendance of 48,250", "Attendance: 48,250", "attendance announced:
 * 48,250", "played in front of 48,250 fans" just before the number at `first` (`counted`: what the
 * words after it count, if anything).
 */
function isAttendance(tokens: FigureToken[], first: number, counted: string | null): boolean {
  // "police estimated the crowd at 2,800", "put the crowd outside at around 2,800": an estimate of a crowd.
  const at = leadQualifier(tokens, first).first;
  if (counted === null && tokens[at - 1]?.lower === 'at') {
    const k = CROWD_PLACE.has(tokens[at - 2]?.lower ?? '') ? at - 3 : at - 2;
    if (tokens[k]?.lower === 'crowd') return true;
  }
  const link = tokens[first - 1];
  if (!link) return false;
  const head = tokens[first - 2]?.lower;
  if (link.lower === 'of') {
    if (head === 'front' && tokens[first - 3]?.lower === 'in') return counted === null || AUDIENCE.has(counted);
    return counted === null && (head === 'crowd' || head === 'attendance');
  }
  if (counted !== null || !(link.text === ':' || link.lower === 'was' || link.lower === 'is')) return false;
  return head === 'attendance' || (head === 'announced' && tokens[first - 3]?.lower === 'attendance');
}

/** After "of" and a determiner: "thousands of the commuters" → the index of "commuters". */
function ofNoun(tokens: FigureToken[], next: number): number {
  let k = tokens[next]?.lower === 'of' ? next + 1 : next;
  if (/^(?:the|their|its|his|her|our)$/.test(tokens[k]?.lower ?? '')) k++;
  return k;
}

function isPluralAt(tokens: FigureToken[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.kind === 'word' && /s$/i.test(t.text) || t?.lower === 'people';
}

/** Words before a number that make "X to Y" a change rather than a range. */
const CHANGE_BEFORE = new Set(['from', 'rose', 'fell', 'up', 'down', 'climbed', 'jumped', 'gained', 'lost', 'dropped', 'slipped',
  'grew', 'increased', 'decreased', 'declined', 'cut', 'raised', 'lowered', 'lifted', 'by', 'rises', 'falls', 'rise', 'fall']);

/** The token a figure's number opens at, a currency sign before it included. */
function firstOfFigure(tokens: FigureToken[], number: NumberRead): number {
  const before = tokens[number.first - 1];
  return before && before.kind === 'symbol' && CURRENCY_SYMBOLS[before.text] !== undefined ? number.first - 1 : number.first;
}

/** A second number after "to", "-" or "and" (after "between"): the figure is a range. */
function readRange(tokens: FigureToken[], number: NumberRead, next: number, currency: string | null): { low?: number; high: number; next: number } | null {
  // "3%-4%", "£318m–£332m": the unit written at both ends.
  const percent = tokens[next]?.text === '%' && !tokens[next].spaced;
  const at = percent ? next + 1 : next;
  const link = tokens[at];
  if (!link) return null;
  const between = tokens[number.first - 1]?.lower === 'between' || tokens[number.first - 2]?.lower === 'between';
  let k = at + 1;
  const repeated = percent || (currency !== null && CURRENCY_SYMBOLS[tokens[k]?.text ?? ''] === currency && tokens[k + 1]?.kind === 'number' && !tokens[k + 1].spaced);
  const dash = (link.text === '-' || link.text === '–') && (!link.spaced || repeated);
  const isLink = link.lower === 'to' || (link.lower === 'and' && between) || dash;
  if (!isLink) return null;
  if (currency !== null && repeated) k++;
  // "rose 3% to 4%", "up from £300m to £320m": a change told with its two ends, not a range.
  if (repeated && !dash && CHANGE_BEFORE.has(tokens[firstOfFigure(tokens, number) - 1]?.lower ?? '')) return null;
  const second = readNumber(tokens, k);
  if (percent && !(second && tokens[second.next]?.text === '%' && !tokens[second.next].spaced)) return null;
  if (!second || second.range || tokens[second.first].kind !== tokens[number.first].kind) return null;
  if (tokens[second.first].kind === 'number' && numeralIsNotFigure(tokens, second.first)) return null;
  let low = number.value;
  // "3-4 million", "three hundred to three hundred and twenty million": the scale written once
  // applies to both ends.
  const scale = scaleOf(tokens, second);
  if (low < second.value && scale >= 1e3 && scaleOf(tokens, number) < scale && low * scale <= second.value) low *= scale;
  if (!(low < second.value)) return null;
  return { low, high: second.value, next: second.next };
}
