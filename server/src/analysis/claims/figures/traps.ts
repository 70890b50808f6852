// Numbers that are not figures: clock times, dates and years, versions and names ("Trump 2.0",
// "Class 158", "COVID-19"), ordinals, phone numbers, scores, ratios and emergency lines.
import type { FigureToken } from './tokens';
import { isNumberWord } from './numbers';
import { isGivenName } from '../people/givenNames';

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const CLOCK_WORDS = new Set([
  'a.m', 'p.m', 'am', 'pm', "o'clock", 'o’clock', 'gmt', 'utc', 'bst', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'ct',
  'cst', 'cdt', 'mt', 'mst', 'mdt', 'cet', 'cest', 'hrs', 'hours gmt',
]);
/** Lower-case words that name a thing by its number ("flight 370", "section 230", "route 9"). */
const NAMING = new Set([
  'section', 'article', 'chapter', 'route', 'flight', 'class', 'room', 'page', 'no', 'number', 'line', 'level',
  'phase', 'season', 'episode', 'version', 'grade', 'stage', 'category', 'tier', 'gate', 'platform', 'junction',
  'exit', 'bus', 'apartment', 'unit', 'suite', 'highway', 'interstate', 'district', 'ward', 'precinct', 'block',
  'lot', 'pier', 'terminal', 'runway', 'track', 'channel', 'volume', 'issue', 'model', 'series', 'type', 'code',
  'covid', 'windows', 'iphone', 'galaxy', 'web', 'industry', 'bill', 'resolution', 'amendment', 'proposition', 'prop',
  'measure', 'clause', 'rule', 'paragraph', 'figure', 'table', 'step', 'item', 'question', 'q', 'game', 'week', 'day',
  'year', 'top', 'mark', 'km', 'mile', 'rank', 'ranked', 'no.', 'hurricane', 'storm', 'apollo', 'air',
  // Road posts named by their number: "from milepost 12 to milepost 19", "mile marker 27".
  'milepost', 'mileposts', 'marker', 'markers', 'exits', 'junctions',
]);
/** Abbreviations written with a point before the number they name ("No. 27", "Nos. 4", "Vol. 3"). */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'nr', 'vol', 'fig', 'art', 'sec', 'ch', 'para', 'pt']);
const EMERGENCY = new Set(['911', '999', '112', '111', '101', '000', '988']);
const EMERGENCY_AFTER = new Set(['call', 'calls', 'caller', 'callers', 'operator', 'operators', 'dispatcher', 'dispatchers', 'line', 'service', 'services', 'center', 'centre', 'system']);

/** (A final period is dropped by its code: the pattern that did so ran for every word asked about.) */
const isMonth = (t: FigureToken | undefined) => !!t && t.kind === 'word' && MONTHS.has(t.lower.charCodeAt(t.lower.length - 1) === 46 ? t.lower.slice(0, -1) : t.lower);

/** A year: four digits from 1800 to 2199 without a thousands comma. */
export function isYearNumeral(t: FigureToken): boolean {
  return t.kind === 'number' && /^(?:1[89]|2[01])\d\d$/.test(t.text);
}

/**
 * True when the numeral at tokens[i] is not a figure whatever follows it. `first` is the index of
 * the sentence's first token (a capitalised word there is not a name).
 */
/** Most words a row's label cell holds ("Flights cancelled at NAIA"). */
const LABEL_CELL_WORDS = 6;

/**
 * "| Flights cancelled at NAIA | 221 | MAA |": a numeral alone in its cell right after a cell of words
 * only is the count that row's label names (claims/figures/labels.ts reads it), however the label
 * ends: a capitalised last word there is in another cell, no name with a number in it ("Flight 370").
 */
function countAfterLabelCell(tokens: FigureToken[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t.celled || (next !== undefined && !next.celled)) return false;
  for (let k = i - 1, n = 0; k >= 0 && n < LABEL_CELL_WORDS; k--, n++) {
    const w = tokens[k];
    if (w.kind !== 'word') return false;
    // The row's first cell opens the sentence: its first word has no gap before it to read.
    if (w.celled || k === 0) return true;
  }
  return false;
}

/** A power of ten from 100 written in digits ("1,000", "10000", "100,000"): the base of a rate. */
const RATE_BASE = /^1(?:0|,0{3})*$/;

export function numeralIsNotFigure(tokens: FigureToken[], i: number, money = false): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const next = tokens[i + 1];
  const next2 = tokens[i + 2];
  // Glued to letters or to a code: "G7", "MH17", "COVID-19", "#1", "No.1", "F-35", "v2".
  if (prev && !t.spaced) {
    if (prev.kind === 'word' || prev.text === '#' || prev.text === '/' || prev.text === '\\' || prev.text === '.' || prev.text === ':' || prev.text === '@' || prev.text === '_') return true;
    if ((prev.text === '-' || prev.text === '–') && prev2 && !prev.spaced && (prev2.kind === 'word' || prev2.kind === 'number')) {
      // "COVID-19" (a name) or "2025-03-11" / "555-1234" (a date or phone number); ranges are read by the caller.
      if (prev2.kind === 'word') return true;
      // The second half of "2025-03-11" or "3-4": ranges are read from their first number.
      if (prev2.kind === 'number') return true;
    }
  }
  if (next && !next.spaced) {
    if (next.text === ':' && next2?.kind === 'number' && !next2.spaced) return true; // 10:30
    if (next.text === '/' && next2?.kind === 'number') return true; // 24/7, 9/11
    if (next.text === '.' && next2?.kind === 'number' && !next2.spaced) return true; // 1.2.3, 8.15am (after a decimal)
    if (next.text === '_' || next.text === '@') return true;
  }
  if (prev && prev.text === '/' && !t.spaced) return true;
  // "the No. 27 bus", "Vol. 3": an abbreviation with its point names a thing by its number.
  if (prev?.text === '.' && !prev.spaced && prev2?.kind === 'word' && NUMBER_ABBREVIATIONS.has(prev2.lower)) return true;
  // Clock times: "10 a.m.", "8.15am", "0030 GMT", "10 o'clock".
  if (next && next.kind === 'word' && CLOCK_WORDS.has(next.lower)) return true;
  // Dates: "June 8", "Mar. 10", "8 June", "10th of March".
  if (isMonth(prev) || (prev?.text === '.' && isMonth(prev2))) return true;
  if (isMonth(next) || (next?.lower === 'of' && isMonth(next2))) return true;
  if (t.kind === 'number' && dayOfList(tokens, i)) return true;
  // "Flight 370", "section 230", "Trump 2.0", "Class 158": a name with a number in it; not a table's
  // next cell with its own unit ("| Capacity | 140.8 MW | 108.8 MW |": "MW 108.8" names nothing; a
  // bare "| 105.1 |" takes its unit from a header, unread, and stays out).
  const ownCell = (t.celled && next?.kind === 'word' && !next.celled) || countAfterLabelCell(tokens, i);
  if (prev && prev.kind === 'word' && t.spaced && !ownCell && !money) {
    if (NAMING.has(prev.lower)) return true;
    // "between mileposts 12 and 19", "exits 4 and 5": the second number is named by the same plural word.
    const named = tokens[i - 3];
    if (/^(?:and|or|to|through)$/.test(prev.lower) && prev2?.kind === 'number' && named?.kind === 'word' && NAMING.has(named.lower) && /s$/.test(named.lower)) return true;
    // "the Harbour Queen's 40 cabins": a possessive owns the figure, it does not name it.
    const possessive = /['’]s$/.test(prev.lower) && next?.kind === 'word' && next.text[0] === next.lower[0];
    // "17:12 – A 275 kV transformer", "(Coastwire) - An 84-year-old man": an article names nothing,
    // though a dash rather than a full stop opens its clause.
    const article = prev.lower === 'a' || prev.lower === 'an' || prev.lower === 'the';
    const capital = prev.text[0] !== prev.lower[0] && !prev.text.includes('.') && !possessive && !article;
    const sentenceStart = i - 1 === 0 || tokens[i - 2]?.kind === 'symbol' && /[.:;!?“"‘(]/.test(tokens[i - 2].text);
    // "and Sha Tin 398 millimetres": a unit of measure after the number makes it a measure of the place, not its name.
    if (capital && !sentenceStart && !WEEKDAYS.has(prev.lower) && !/,/.test(t.text) && !(next && (next.text === '%' || /^(?:percent|per|million|billion|trillion|thousand)$/.test(next.lower) || MEASURE_AFTER_NAME.has(next.lower)))) return true;
  }
  // "1,259 cases per 100,000 residents": the base a rate is told per is part of the rate, no count.
  if (t.kind === 'number' && RATE_BASE.test(t.text) && t.text.length >= 3 && (prev?.lower === 'per' || (prev?.lower === 'every' && (prev2?.lower === 'for' || prev2?.lower === 'in')))) return true;
  if (t.kind === 'number' && isStreetNumber(tokens, i)) return true;
  // Phone numbers and codes: "1800 412 760", "call the SES on 132 500", "Triple Zero (000)".
  if (t.kind === 'number' && (inPhoneNumber(tokens, i) || LEADING_ZERO.test(t.text))) return true;
  // Emergency numbers: "a 999 call", "dialled 911".
  if (EMERGENCY.has(t.text) && ((next && EMERGENCY_AFTER.has(next.lower)) || (prev && /^(?:dial|dialled|dialed|dialling|dialing|call|called|calling|ring|rang)$/.test(prev.lower)))) return true;
  // Ratios: "1 in 4", "one in five"; "from 38.1 in 2021" is a figure of a year (a ratio's first
  // number before a year-like second is a small whole one: "1 in 2000").
  if (next?.lower === 'in' && (next2?.kind === 'number') && !(isYearNumeral(next2) && !/^[1-9]$/.test(t.text))) return true;
  if (prev?.lower === 'in' && prev2?.kind === 'number') return true;
  return false;
}

const DAY_JOINS = new Set(['and', 'or', 'to', '&', '-', '–']);
const isDayNumeral = (t: FigureToken | undefined): boolean => !!t && t.kind === 'number' && /^(?:[1-9]|[12]\d|3[01])$/.test(t.text);

/**
 * The other day of a list or span of one month's days: "6" in "on 6 and 7 October", "7" in "on Oct.
 * 6 and 7," (what follows is not a counted word), "12" in "March 10-12". A day, not a figure.
 */
function dayOfList(tokens: FigureToken[], i: number): boolean {
  if (!isDayNumeral(tokens[i])) return false;
  const join = tokens[i + 1];
  if (join && DAY_JOINS.has(join.lower) && isDayNumeral(tokens[i + 2]) && isMonth(tokens[i + 3])) return true;
  const back = tokens[i - 1];
  if (!back || !DAY_JOINS.has(back.lower) || !isDayNumeral(tokens[i - 2])) return false;
  const month = tokens[i - 3]?.text === '.' ? tokens[i - 4] : tokens[i - 3];
  if (!isMonth(month)) return false;
  const next = tokens[i + 1];
  return !next || next.kind === 'symbol' || next.text[0] !== next.lower[0];
}

/** Words that end a street's name: "Fairview Road", "W. Third St.", "Church Street". */
const STREET_WORDS = new Set(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr',
  'way', 'place', 'pl', 'court', 'square', 'sq', 'terrace', 'crescent', 'close', 'parkway', 'pkwy']);
/** A compass point before a street's name: "315 W. Third St.", "12 North Quay Road". */
const STREET_COMPASS = new Set(['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west']);
/** Most name words between a house number and its street word ("Martin Luther King Jr"). */
const STREET_NAME_WORDS = 3;

const capitalised = (t: FigureToken | undefined): boolean => !!t && t.kind === 'word' && t.text[0] !== t.lower[0];

/**
 * A house number: "1200 Fairview Road, Harlow", "315 W. Third St.", "88 Church Street". The street's
 * name is capitalised and ends in a street word; a lower-case plural after it makes the number a
 * count of what the street names ("40 Main Street businesses").
 */
function isStreetNumber(tokens: FigureToken[], i: number): boolean {
  if (!/^\d{1,5}$/.test(tokens[i].text)) return false;
  let k = i + 1;
  if (capitalised(tokens[k]) && STREET_COMPASS.has(tokens[k].lower)) { k++; if (tokens[k]?.text === '.' && !tokens[k].spaced) k++; }
  let names = 0;
  while (capitalised(tokens[k]) && !STREET_WORDS.has(tokens[k].lower) && names < STREET_NAME_WORDS) { k++; names++; }
  if (names === 0 || !capitalised(tokens[k]) || !STREET_WORDS.has(tokens[k].lower)) return false;
  k++;
  if (tokens[k]?.text === '.' && !tokens[k].spaced) k++;
  const after = tokens[k];
  return !(after && after.kind === 'word' && after.text[0] === after.lower[0] && after.lower.endsWith('s'));
}

/** A group of a phone number: two to four digits, no comma or point. */
const PHONE_GROUP = /^\d{2,4}$/;
/** "000", "0800": a quantity is never written with a leading zero (but "0" and "0.5" are). */
const LEADING_ZERO = /^0\d+$/;

/** Two numerals one space apart, each a phone number's group. */
function phoneJoined(a: FigureToken, b: FigureToken): boolean {
  return a.kind === 'number' && b.kind === 'number' && b.start - a.end === 1 && PHONE_GROUP.test(a.text) && PHONE_GROUP.test(b.text);
}

/**
 * Whether the numeral at tokens[i] is a group of a phone number written in spaced groups: three
 * groups or more ("1800 412 760"), or two not opening with a year ("132 500"; not "in 2021 500 people").
 */
function inPhoneNumber(tokens: FigureToken[], i: number): boolean {
  let first = i;
  while (first > 0 && i - first < 4 && phoneJoined(tokens[first - 1], tokens[first])) first--;
  let last = i;
  while (last + 1 < tokens.length && last - i < 4 && phoneJoined(tokens[last], tokens[last + 1])) last++;
  if (last === first) return false;
  return last - first >= 2 || !isYearNumeral(tokens[first]);
}

/** "1 in 4" / "one in five" written in words. */
export function isRatioWord(tokens: FigureToken[], first: number, next: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[next];
  return after?.lower === 'in' || (before?.lower === 'in' && (tokens[first - 2]?.lower === 'one' || tokens[first - 2]?.kind === 'number'));
}

/** Words that "one-" makes an adjective of, not a count: "a one-off payment", "a one-time fee". */
const ONE_HYPHENED = new Set(['off', 'time', 'way', 'sided', 'stop', 'shot', 'party', 'liner', 'size', 'piece', 'horse', 'track', 'touch']);

/** "one-off", "one-time", "one-way": "one" hyphened into an adjective that counts nothing. */
export function isOneAdjective(tokens: FigureToken[], first: number): boolean {
  const hyphen = tokens[first + 1];
  const word = tokens[first + 2];
  return tokens[first]?.lower === 'one' && hyphen?.text === '-' && !hyphen.spaced && !!word && !word.spaced && ONE_HYPHENED.has(word.lower);
}

/** A bare number right after "at"/"by"/"until" with nothing counted is a clock hour ("at 9"). */
export function isBareHour(tokens: FigureToken[], first: number, value: number): boolean {
  const prev = tokens[first - 1];
  // "19 premises, up from 14": where a change started, a count, not an hour.
  if (prev?.lower === 'from' && CHANGE_BEFORE_FROM.has(tokens[first - 2]?.lower ?? '')) return false;
  // "from 36 to 21", "to 21 from 36", "to 24 a day": the other end of the change is no hour of the
  // clock, or the number is a rate; the change is in a count.
  if (prev?.lower === 'to' && (noHourAt(tokens, first - 2, 'from') || rateAfter(tokens, first + 1) || noHourAt(tokens, first + 2, 'from', first + 1))) return false;
  return !!prev && /^(?:at|by|until|till|from|before|after|since|to)$/.test(prev.lower) && Number.isInteger(value) && value <= 24;
}

/**
 * Whether tokens[at] is a bare numeral that cannot be an hour of the clock (above 24, or with a fraction
 * not of minutes), with `link` ("from") right before it, or right after it when `after` is given.
 */
function noHourAt(tokens: FigureToken[], at: number, link: string, after?: number): boolean {
  const t = tokens[at];
  if (t?.kind !== 'number' || !/^\d{2,3}$/.test(t.text) || Number(t.text) <= 24) return false;
  return after !== undefined ? tokens[after]?.lower === link : tokens[at - 1]?.lower === link;
}

/** "24 a day", "12 per week": a number told as a rate per day, week, month or year is no hour. */
function rateAfter(tokens: FigureToken[], at: number): boolean {
  const a = tokens[at]?.lower;
  return (a === 'a' || a === 'per' || a === 'each') && RATE_PERIODS.has(tokens[at + 1]?.lower ?? '');
}

const RATE_PERIODS = new Set(['day', 'week', 'month', 'year']);

/** Words right before "from" that make the number after it a change's start ("up from 14"). */
const CHANGE_BEFORE_FROM = new Set(['up', 'down', 'rising', 'falling', 'rose', 'fell', 'increased', 'decreased', 'dropped', 'climbed']);

/** One person named by what they are: "the man, 41," / "the runner who died was 44". */
export const PERSON_NOUNS = new Set([
  'man', 'woman', 'boy', 'girl', 'teenager', 'teen', 'child', 'victim', 'runner', 'driver', 'rider', 'cyclist',
  'passenger', 'pilot', 'father', 'mother', 'son', 'daughter', 'husband', 'wife', 'worker', 'officer', 'student',
  'patient', 'suspect', 'hiker', 'swimmer', 'spectator', 'player', 'defendant', 'deceased',
]);

/** How far back "was 44" looks for the person it is said of ("the runner who died was 44"). */
const AGE_SUBJECT_REACH = 4;

/**
 * A person's age: after "aged", in an apposition after a name or a person noun ("Jane Doe, 52, said", "The man,
 * 41, collapsed"), or said of a person noun just before "was"/"is" at the end of a clause ("the
 * runner who died was 44 and from Jackson"); "the total was 44" is not an age.
 */
export function isApposedAge(tokens: FigureToken[], i: number, value: number): boolean {
  if (!Number.isInteger(value) || value <= 0 || value >= 120) return false;
  const prev = tokens[i - 1];
  const before = tokens[i - 2];
  const next = tokens[i + 1];
  // "The man who died, aged 78, was found …": "aged" says what the number is.
  if (prev?.lower === 'aged') return true;
  if (prev?.text === ',' && next?.text === ',' && !!before && before.kind === 'word' &&
    (before.text[0] !== before.lower[0] || PERSON_NOUNS.has(before.lower))) return true;
  // "a man (74) injured in a cornfield", "the woman (68)": a police or council release's age in
  // brackets right after the person it is of.
  if (prev?.text === '(' && next?.text === ')' && !!before && before.kind === 'word' && PERSON_NOUNS.has(before.lower)) return true;
  if (!prev || (prev.lower !== 'was' && prev.lower !== 'is')) return false;
  if (next && !(next.text === ',' || next.text === '.' || next.text === ';' || next.lower === 'and' || next.lower === 'when')) return false;
  for (let k = i - 2; k >= Math.max(0, i - 2 - AGE_SUBJECT_REACH); k--) {
    const t = tokens[k];
    if (t.kind !== 'word') break;
    if (PERSON_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** Bounds an age is told with: "under 16", "over 80". */
const AGE_BOUNDS = new Set(['under', 'over']);
/** Verbs that tell what a partitive count of people were: "Six of the injured were under 16". */
const PARTITIVE_VERBS = new Set(['were', 'are']);
/** Tokens at most between a partitive's "of" and its verb ("Six of the 41 people hurt were"). */
const PARTITIVE_REACH = 6;

/**
 * "Six of the injured were under 16", "Nine of the patients were aged over 75", "aged under 16": a
 * bare bound after "aged", or ending the clause of a partitive count of people ("N of the …"), tells
 * the age of those counted, not a second count of them. `first` is the number's token, `next` the one after it.
 */
export function isBoundAge(tokens: FigureToken[], first: number, next: number, value: number): boolean {
  if (!Number.isInteger(value) || value <= 0 || value >= 120 || !AGE_BOUNDS.has(tokens[first - 1]?.lower ?? '')) return false;
  const verb = tokens[first - 2];
  if (verb?.lower === 'aged') return true;
  if (!verb || !PARTITIVE_VERBS.has(verb.lower)) return false;
  const after = tokens[next];
  if (after && !(CLAUSE_END.has(after.text) || after.lower === 'and')) return false;
  for (let k = first - 3; k >= Math.max(1, first - 3 - PARTITIVE_REACH); k--) {
    const t = tokens[k];
    if (t.kind === 'symbol') return false;
    if (t.lower === 'of') {
      const count = tokens[k - 1];
      return count.kind === 'number' || isNumberWord(count.lower);
    }
  }
  return false;
}

/** Contractions and pronoun–verb pairs with which a person tells their own or another's age ("I'm 67", "she is seventy"). */
const AGE_TELLERS = new Set(["i'm", "he's", "she's"]);
const AGE_PRONOUNS = new Set(['i', 'he', 'she']);
const AGE_VERBS = new Set(['am', 'is', 'was']);

/**
 * "I'm sixty-seven, I …", "He's seventy", "Tom Ashworth is fifty-two and …": a person pronoun or a
 * full name and "am"/"is"/"'s" before a bare number that ends its clause tell an age, as transcripts
 * and quotations give it ("it's ten" does not: no person).
 * `first` is the number's first token, `next` the token after it.
 */
export function isToldAge(tokens: FigureToken[], first: number, next: number, value: number): boolean {
  if (!Number.isInteger(value) || value <= 0 || value >= 120) return false;
  const after = tokens[next];
  if (after && !(CLAUSE_END.has(after.text) || after.lower === 'and' || after.lower === 'when')) return false;
  const prev = tokens[first - 1];
  if (!prev || prev.kind !== 'word') return false;
  const said = prev.lower.replace('\u2019', "'");
  if (AGE_TELLERS.has(said)) return true;
  if (!AGE_VERBS.has(said)) return false;
  return AGE_PRONOUNS.has(tokens[first - 2]?.lower ?? '') || (said !== 'am' && (isFullName(tokens, first - 2) || namedWho(tokens, first - 2)));
}

/** Units of length, rain and height written after a number that a place's name stands before ("Sha Tin 398 millimetres", "Mount Kenya 5,199 metres"). */
const MEASURE_AFTER_NAME: ReadonlySet<string> = new Set(['millimetres', 'millimeters', 'mm', 'centimetres', 'centimeters', 'cm', 'metres', 'meters',
  'kilometres', 'kilometers', 'km', 'inches', 'feet', 'ft', 'miles']);

/** "I met Ines Bravo, who is sixty-seven, …": "who" set off by a comma right after a capitalised name. */
function namedWho(tokens: FigureToken[], who: number): boolean {
  const name = tokens[who - 2];
  return tokens[who]?.lower === 'who' && tokens[who - 1]?.text === ',' && name !== undefined && name.kind === 'word' && CAPITALISED.test(name.text);
}

/**
 * "Tom Ashworth is fifty-two and lives in Preston": a given name and a capitalised surname right
 * before "is"/"was" name the person whose age the number tells (a place or a firm has no given name).
 */
function isFullName(tokens: FigureToken[], surname: number): boolean {
  const last = tokens[surname];
  const given = tokens[surname - 1];
  if (!last || !given || last.kind !== 'word' || given.kind !== 'word') return false;
  return CAPITALISED.test(last.text) && CAPITALISED.test(given.text) && isGivenName(given.lower);
}
/** A word in title case ("Ashworth"), made once: the bundler rebuilds a \p{…} literal at every call. */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const CLAUSE_END = new Set([',', '.', ';', '!', '?', '—', '–']);
