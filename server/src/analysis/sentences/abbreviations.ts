// What a period after a word means. Word lists are closed sets of news abbreviations; the rules
// look at most two words ahead.

/** Titles and short forms always followed by more of the same sentence ("Sen. Ruiz", "vs. Apple"). */
const NEVER_END = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Dr', 'Drs', 'Prof', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs',
  'Lt', 'Gen', 'Col', 'Capt', 'Cmdr', 'Cdr', 'Sgt', 'Maj', 'Adm', 'Cpl', 'Pvt', 'Rev', 'Hon', 'Pres',
  'Supt', 'Atty', 'Det', 'Insp', 'Amb', 'Fr', 'Sra', 'St', 'Ste', 'Mt', 'Ft', 'Pt',
  'vs', 'v', 'cf', 'approx', 'Fig', 'fig', 'Vol', 'vol', 'Dept',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

/** Short forms that end a sentence only before a word that clearly starts one ("Acme Inc. The…"). */
const MAY_END = new Set(['Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd', 'Llc', 'LLC', 'Plc', 'PLC', 'Bros', 'Cos', 'Ave', 'Blvd', 'Rd']);

/**
 * Given names written short before the rest of the name ("Ma. Teresa Cruz" for María, "Wm. Hale",
 * "Jos. Reyes"): like MAY_END, they end a sentence only before a word that clearly starts one
 * ("… founder Jack Ma. He said …").
 */
const GIVEN_NAME_SHORT = new Set(['Ma', 'Wm', 'Chas', 'Jas', 'Thos', 'Geo', 'Jos', 'Benj', 'Robt', 'Saml']);

/** Short forms followed by a number ("No. 3", "pp. 12"). */
const BEFORE_NUMBER = new Set(['No', 'no', 'Nos', 'nos', 'Nr', 'p', 'pp', 'Art', 'art', 'Sec', 'sec', 'Ch', 'ch', 'Ex', 'Tel', 'tel', 'ca', 'c']);

/** Words that follow a clock time and continue its sentence: zones, weekdays, months. */
const TIME_CONTINUATION = new Set(
  [
    'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'akst', 'akdt', 'hst',
    'gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'eest', 'wet', 'west', 'ist', 'jst', 'kst', 'hkt', 'sgt',
    'aest', 'aedt', 'acst', 'awst', 'nzst', 'nzdt', 'msk', 'nst', 'ndt', 'z', 'zulu',
    'eastern', 'central', 'mountain', 'pacific', 'atlantic', 'alaska', 'hawaii', 'greenwich', 'universal',
    'coordinated', 'british', 'local',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ],
);

/** Zone abbreviations that are words as well ("eat", "cat", "art"): a clock time's only in capitals. */
const CAPITAL_ZONES = new Set(['EAT', 'WAT', 'CAT', 'SAST', 'NPT', 'PKT', 'PHT', 'WIB', 'WITA', 'WIT', 'BRT', 'ART', 'CLT', 'CLST', 'COT', 'PET']);
/** The first word of an African zone in words ("East Africa Time", "South African Standard Time"). */
const AFRICAN_REGIONS = new Set(['east', 'west', 'central', 'south']);

/** Capitalised words that usually open a sentence rather than continue a name. */
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My',
  'This', 'That', 'These', 'Those', 'There', 'Here', 'In', 'On', 'At', 'As', 'After', 'Before', 'When',
  'While', 'If', 'But', 'And', 'Or', 'So', 'Yet', 'Still', 'However', 'Meanwhile', 'Some', 'Many', 'Most',
  'Other', 'Others', 'According', 'For', 'By', 'With', 'Since', 'Although', 'Though', 'Despite', 'During',
  'Last', 'Earlier', 'Later', 'Now', 'Then', 'Also', 'Both', 'Each', 'No', 'Not', 'One', 'Two', 'What',
  'Why', 'How', 'Who', 'Where', 'Officials', 'Shares', 'Analysts', 'Experts',
]);

export interface PeriodContext {
  /** The letters (and inner periods) just before the period: "a.m", "U.S", "Mr", "said". */
  word: string;
  /** The next word after the whitespace, opening quotes skipped ("Outages", "ET", "10"). */
  next: string;
  /** The word after `next`, for "10 a.m. Kyiv time" (read only after a.m./p.m.). */
  afterNext: () => string;
  /** The word after that ("2:30 p.m. East Africa Time"), read as afterNext is. */
  third?: () => string;
  /** A closing quote or bracket stood between the period and the space. */
  closed: boolean;
}

/** Whether a single period followed by whitespace ends the sentence. */
export function periodEndsSentence(ctx: PeriodContext): boolean {
  const { word, next, afterNext } = ctx;
  const first = next.charAt(0);
  if (first === '') return true;
  if (isLower(first)) return false;
  if (ctx.closed) return isUpper(first) || !isDigit(first);
  if (isDigit(first) || first === '$' || first === '£' || first === '€') {
    return !(NEVER_END.has(word) || BEFORE_NUMBER.has(word) || MAY_END.has(word) || isMeridiem(word) || isInitialism(word));
  }
  if (isMeridiem(word)) {
    const n = stripPossessive(next).toLowerCase();
    if (TIME_CONTINUATION.has(n)) return false;
    // "2 p.m. EAT", "9 a.m. SAST": zones that are words too in lower case continue only in capitals.
    if (CAPITAL_ZONES.has(stripPossessive(next))) return false;
    const then = afterNext();
    if (/^time$/i.test(then)) return false; // "10 a.m. Kyiv time"
    // "9:30 a.m. Newfoundland Standard Time", "Newfoundland Daylight Time".
    if (n === 'newfoundland' && /^(?:Standard|Daylight)$/.test(then)) return false;
    // "2:30 p.m. East Africa Time", "9 a.m. West African Time": Africa's zones in words.
    if (AFRICAN_REGIONS.has(n) && /^African?$/.test(then) && /^(?:[Tt]ime|Standard)$/.test(ctx.third?.() ?? '')) return false;
    return true;
  }
  if (NEVER_END.has(word)) return false;
  if (MAY_END.has(word) || GIVEN_NAME_SHORT.has(word) || isInitialism(word) || (word.length === 1 && isUpper(word))) {
    return SENTENCE_STARTERS.has(stripPossessive(next));
  }
  // Lower-case dotted forms ("e.g", "i.e") run on.
  if (word.includes('.') && !isUpper(word.charAt(0))) return false;
  return true;
}

/** "a.m", "P.M": the word lower-cased is "a.m" or "p.m" (read by code, no lower-case copy at every period). */
function isMeridiem(word: string): boolean {
  if (word.length !== 3 || word.charCodeAt(1) !== 46) return false;
  const a = word.charCodeAt(0) | 32;
  return (a === 97 || a === 112) && (word.charCodeAt(2) | 32) === 109;
}

/** "U.S", "U.K", "D.C", "Ph.D": letters joined by periods. */
function isInitialism(word: string): boolean {
  return word.includes('.') && isUpper(word.charAt(0));
}

function stripPossessive(word: string): string {
  return word.replace(/['’]s$/, '');
}

export function isLower(c: string): boolean {
  // One ASCII character (most calls): read by its code, as the case mappings below would answer.
  if (c.length === 1) {
    const code = c.charCodeAt(0);
    if (code < 128) return code >= 97 && code <= 122;
  }
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

export function isUpper(c: string): boolean {
  if (c.length === 1) {
    const code = c.charCodeAt(0);
    if (code < 128) return code >= 65 && code <= 90;
  }
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
