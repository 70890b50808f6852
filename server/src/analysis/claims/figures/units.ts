// What a number counts: a percentage (and of what), money, a duration, or a thing ("users",
// "people", "line workers"), read from the words right after the number.
import type { FigureUnit } from '../../types';
import { isNumberWord } from './numbers';
import type { FigureToken } from './tokens';
import { wordTable } from '../../wordTable';
import { sterlingAt } from './sterling';
import { metresAt } from './metres';
import { temperatureAt } from './temperature';

export interface UnitRead {
  unit: FigureUnit;
  measure?: string;
  counted: string | null;
  of?: string | null;
  /** Token index just past the words that belong to the figure's text. */
  next: number;
}

/** Time units for durations, by every spelling, to the measure name. */
const DURATIONS: Record<string, string> = wordTable({
  second: 'second', seconds: 'second', secs: 'second',
  minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', fortnight: 'week', fortnights: 'week', month: 'month',
  months: 'month', year: 'year', years: 'year', decade: 'year', decades: 'year',
});
/** How many of the measure a word means when it is not the measure itself ("a fortnight"). */
export const DURATION_FACTOR: Record<string, number> = wordTable({ fortnight: 2, fortnights: 2, decade: 10, decades: 10 });

/** A nation's word before "dollars": "US dollars", "Australian dollars". */
const NATIONAL_DOLLARS: Record<string, string> = wordTable({
  us: 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', singapore: 'SGD', taiwan: 'TWD',
  namibian: 'NAD', jamaican: 'JMD', fijian: 'FJD',
});
/** A place of two words before "dollars": "Hong Kong dollars", "New Zealand dollars" (as "HK$", "NZ$" are read). */
const PLACE_DOLLARS: Record<string, string> = wordTable({ 'hong kong': 'HKD', 'new zealand': 'NZD' });
const CURRENCY_WORDS: Record<string, string> = wordTable({
  dollars: 'USD', dollar: 'USD', usd: 'USD', euros: 'EUR', euro: 'EUR', eur: 'EUR', gbp: 'GBP', sterling: 'GBP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupees: 'INR', rupee: 'INR', francs: 'CHF', pesos: 'MXN', rand: 'ZAR',
  inr: 'INR',
  // Scandinavian crowns, one measure: a story tells money in one of them ("kroner", "kronor", "NOK").
  kroner: 'KR', krone: 'KR', kronor: 'KR', krona: 'KR', kronur: 'KR', nok: 'KR', sek: 'KR', dkk: 'KR', isk: 'KR',
  // Currencies named after the number in news from elsewhere ("40 million ringgit"); not "won", "real"
  // or "dong", which are words too, nor yet the naira (figures/index.ts, CURRENCY_SYMBOLS).
  cedis: 'GHS', cedi: 'GHS', ringgit: 'MYR', baht: 'THB', rupiah: 'IDR', reais: 'BRL', zloty: 'PLN', zlotys: 'PLN',
  'złoty': 'PLN', 'złotys': 'PLN', 'zł': 'PLN', forint: 'HUF', forints: 'HUF', hryvnia: 'UAH', hryvnias: 'UAH', hryvnas: 'UAH',
  roubles: 'RUB', rouble: 'RUB', rubles: 'RUB', dirhams: 'AED', riyals: 'SAR', shekels: 'ILS', shekel: 'ILS', kwacha: 'ZMW',
  taka: 'BDT', lira: 'TRY', liras: 'TRY', tenge: 'KZT', lari: 'GEL', manat: 'AZN', manats: 'AZN',
});

/**
 * Whether a word after a number names its currency ("52 million dollars", "ten pounds"): quotations
 * compare "$52 million" and "fifty-two million dollars" as one sum (alignment/numberWords.ts).
 */
export function isCurrencyWord(lower: string): boolean {
  return CURRENCY_WORDS[lower] !== undefined || lower === 'pounds' || lower === 'pound';
}

/** "crowns" are money only after a scale or a nation ("180 million crowns", "9.8 billion Norwegian crowns"), not "won two crowns". */
const CROWN_SCALES = new Set(['thousand', 'million', 'billion', 'trillion', 'bn', 'm', 'mn', 'mln']);
const CROWN_NATIONS = new Set(['norwegian', 'swedish', 'danish', 'icelandic', 'czech']);

function crownsAt(tokens: FigureToken[], j: number, k: number): UnitRead | null {
  const u = tokens[k];
  const nation = CROWN_NATIONS.has(u.lower) ? 1 : 0;
  const w = tokens[k + nation]?.lower;
  if (w !== 'crowns' && w !== 'crown' && !(nation && CURRENCY_WORDS[w ?? ''] === 'KR')) return null;
  return nation || (k === j && CROWN_SCALES.has(tokens[j - 1]?.lower ?? '')) ? { unit: 'money', measure: 'KR', counted: null, next: k + nation + 1 } : null;
}

/**
 * "2.5 million soles", "40,000 Peruvian soles": Peru's currency is a word for other things too (the
 * soles of shoes, the fish), so it is money only after a scale or the nation, as crowns are.
 */
function solesAt(tokens: FigureToken[], j: number, k: number): UnitRead | null {
  const nation = tokens[k].lower === 'peruvian' ? 1 : 0;
  if (tokens[k + nation]?.lower !== 'soles') return null;
  return nation || (k === j && CROWN_SCALES.has(tokens[j - 1]?.lower ?? '')) ? { unit: 'money', measure: 'PEN', counted: null, next: k + nation + 1 } : null;
}

/**
 * Currency codes written in capitals before or after a number ("CZK 240 million", "5,000 CHF"), past
 * those the word tables already read (USD, EUR, GBP, the Scandinavian crowns, …). Only in capitals:
 * "try", "won" and "cad" are words too. The Czech crown keeps its code (a bare "crowns" may be another nation's).
 */
export const ISO_CURRENCIES: Record<string, string> = wordTable({
  chf: 'CHF', czk: 'CZK', isk: 'KR', pln: 'PLN', huf: 'HUF', aud: 'AUD', cad: 'CAD', nzd: 'NZD', hkd: 'HKD', sgd: 'SGD',
  zar: 'ZAR', mxn: 'MXN', brl: 'BRL', krw: 'KRW', twd: 'TWD', thb: 'THB', idr: 'IDR', myr: 'MYR', ngn: 'NGN',
  egp: 'EGP', kes: 'KES', ils: 'ILS', uah: 'UAH', ars: 'ARS', clp: 'CLP', cop: 'COP', pen: 'PEN',
  // Not TRY, RUB, SAR, MAD, PHP, RON or NPR: in capitals they are also words, search and rescue, a
  // language, a fuel's grade or a broadcaster.
  vnd: 'VND', aed: 'AED', qar: 'QAR', pkr: 'PKR', bdt: 'BDT', lkr: 'LKR', ghs: 'GHS', zmw: 'ZMW', tzs: 'TZS', ugx: 'UGX',
  etb: 'ETB', kzt: 'KZT', bgn: 'BGN',
});

/** Measuring units written after a number, attached or not ("55mph", "230-kV", "97 degrees"). */
const MEASURES = new Set([
  'mph', 'kph', 'km', 'kmh', 'kg', 'kv', 'kw', 'kwh', 'mw', 'mwh', 'gw', 'gwh', 'ft', 'mi', 'mm', 'cm', 'lb', 'lbs',
  'mb', 'gb', 'tb', 'ghz', 'mhz', 'hz', 'sq', 'ha', 'acres', 'acre', 'miles', 'mile', 'metres', 'meters', 'metre',
  'meter', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'feet', 'foot', 'inches', 'inch', 'tonnes', 'tons',
  'tonne', 'ton', 'litres', 'liters', 'gallons', 'barrels', 'degrees', 'degree', 'knots', 'volts', 'watts', 'megawatts',
  'gigawatts', 'kilowatts', 'points', 'magnitude',
  // Shipping containers in twenty-foot equivalent units ("11,600 TEU"), as ports and shipping lines count them.
  'teu', 'teus',
]);

/**
 * Units read only when written onto the number ("5,150mAh", "200MP"): spaced, "MP" is as likely a
 * member of parliament.
 */
const ATTACHED_MEASURES = new Set(['mah', 'mp']);

/** Words that end a noun phrase: the counted thing is before them, or there is none. */
const STOP = new Set([
  'of', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'nor', 'as', 'than',
  'that', 'this', 'these', 'those', 'who', 'whom', 'which', 'what', 'when', 'where', 'while', 'whose', 'was', 'were',
  'is', 'are', 'be', 'been', 'being', 'am', 'had', 'has', 'have', 'having', 'do', 'does', 'did', 'will', 'would',
  'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'said', 'says', 'say', 'told', 'it', 'its', 'he', 'she',
  'they', 'them', 'their', 'his', 'her', 'we', 'our', 'you', 'your', 'i', 'me', 'my', 'us', 'him', 'not', 'no', 'so',
  'if', 'then', 'there', 'here', 'also', 'just', 'only', 'still', 'now', 'ago', 'later', 'earlier', 'each', 'per',
  'every', 'into', 'onto', 'over', 'under', 'after', 'before', 'since', 'until', 'during', 'about', 'around', 'up',
  'down', 'out', 'off', 'more', 'less', 'fewer', 'most', 'least', 'all', 'both', 'either', 'neither', 'some', 'any',
  'other', 'another', 'such', 'via', 'across', 'against', 'among', 'between', 'through', 'toward', 'towards', 'without',
  'within', 'because', 'though', 'although', 'whether', 'yet', 'again', 'too', 'very', 'even', 'ever', 'already',
  'percent', 'cent', 'times', 'plus', 'minus', 'or so', 'apiece', 'each', 'total', 'altogether', 'overall',
]);

/** Modifiers that may sit between a number and the thing counted ("20,000 more users"). */
const MODIFIERS = new Set([
  'more', 'other', 'additional', 'extra', 'new', 'further', 'separate', 'different', 'major', 'minor', 'active',
  'daily', 'monthly', 'weekly', 'registered', 'affected', 'confirmed', 'reported', 'estimated', 'total', 'unique',
  'individual', 'full', 'straight', 'consecutive', 'local', 'foreign', 'young', 'old', 'older', 'elderly', 'injured',
  'displaced', 'missing', 'dead', 'known', 'paying', 'former', 'current', 'small', 'large', 'big', 'key', 'main',
  'international', 'domestic', 'public', 'private', 'armed', 'retired', 'senior', 'junior', 'frontline', 'fellow',
  'aging', 'ageing', 'farmed', 'wild', 'damaged', 'stranded', 'trapped', 'evacuated', 'infected', 'hospitalised', 'hospitalized',
]);

/** Plural nouns that do not end in "s", and their singular. */
const IRREGULAR: Record<string, string> = wordTable({
  people: 'person', persons: 'person', men: 'man', women: 'woman', children: 'child', police: 'police',
  staff: 'staff', personnel: 'personnel', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose',
  cattle: 'cattle', sheep: 'sheep', fish: 'fish', aircraft: 'aircraft', deer: 'deer', crew: 'crew',
  // Fish and game whose plural is the singular ("61,000 salmon", "400 moose").
  salmon: 'salmon', trout: 'trout', cod: 'cod', herring: 'herring', mackerel: 'mackerel', halibut: 'halibut',
  haddock: 'haddock', tuna: 'tuna', moose: 'moose', bison: 'bison', swine: 'swine',
  troops: 'troop', lives: 'life', wives: 'wife', knives: 'knife', halves: 'half', shelves: 'shelf', leaves: 'leaf',
  data: 'data', media: 'media', criteria: 'criterion', phenomena: 'phenomenon', series: 'series', species: 'species',
});

/** Words ending in "s" that are not plural nouns. */
const NOT_PLURAL = new Set([
  'was', 'is', 'has', 'as', 'its', 'this', 'thus', 'his', 'hers', 'yours', 'ours', 'theirs', 'us', 'yes', 'always',
  'perhaps', 'across', 'unless', 'besides', 'whereas', 'plus', 'minus', 'less', 'various', 'numerous', 'previous',
  'serious', 'famous', 'nervous', 'obvious', 'dangerous', 'anonymous', 'enormous', 'tremendous', 'continuous', 'bus',
  'news', 'gas', 'bonus', 'census', 'status', 'virus', 'campus', 'focus', 'crisis', 'analysis', 'basis', 'thesis',
  'chaos', 'lens', 'alias', 'atlas', 'canvas', 'christmas', 'physics', 'politics', 'economics', 'sometimes', 'afterwards',
  'upwards', 'downwards', 'nowadays', 'overseas', 'means', 'whereas', 'does', 'goes', 'says', 'gets', 'makes', 'takes',
]);

/** Speeds: the distance unit before "per hour" / "an hour", or the fused form, to one name. */
const SPEEDS: Record<string, string> = wordTable({
  mile: 'mph', miles: 'mph', mph: 'mph', km: 'km/h', kilometre: 'km/h', kilometres: 'km/h', kilometer: 'km/h',
  kilometers: 'km/h', kph: 'km/h', kmh: 'km/h', knots: 'knot', knot: 'knot',
});

/** The speeds' names (SPEEDS' values): "km/h", "mph", "knot". */
const SPEED_NAMES: ReadonlySet<string> = new Set(Object.values(SPEEDS));
/** Words a speed's unit is written with besides its distance ("per hour", "an hour", "km/h"). */
const SPEED_HOUR_WORDS: ReadonlySet<string> = new Set(['per', 'an', 'a', 'hour', 'hr', 'h']);

/**
 * Whether a word of a figure's text is part of how its speed unit is written ("km" and "h" of
 * "31 km/h", "kilometres" and "hour" of "31 kilometres an hour"): the unit, not a word that says
 * which speed. False for any figure that is not a speed.
 */
export function speedUnitWord(counted: string | null, word: string): boolean {
  if (counted === null || !SPEED_NAMES.has(counted)) return false;
  const w = word.toLowerCase();
  return SPEEDS[w] !== undefined || SPEED_HOUR_WORDS.has(w);
}

/** "55 miles per hour", "90 km an hour", "40mph": the speed unit and the token after it. */
function speedAt(tokens: FigureToken[], k: number): { counted: string; next: number } | null {
  const u = tokens[k];
  const speed = u ? SPEEDS[u.lower] : undefined;
  if (!speed) return null;
  const a = tokens[k + 1];
  const b = tokens[k + 2];
  if ((a?.lower === 'per' || a?.lower === 'an' || a?.lower === 'a') && (b?.lower === 'hour' || b?.lower === 'hr')) return { counted: SPEEDS[u.lower], next: k + 3 };
  if (a?.text === '/' && !a.spaced && (b?.lower === 'h' || b?.lower === 'hr')) return { counted: SPEEDS[u.lower], next: k + 3 };
  return /^(?:mph|kph|kmh|knots?)$/.test(u.lower) ? { counted: speed, next: k + 1 } : null;
}

/** A distance unit squared ("square kilometres", "sq mi", "km²"), by its name. */
const SQUARED: Record<string, string> = wordTable({
  km: 'km²', kilometre: 'km²', kilometres: 'km²', kilometer: 'km²', kilometers: 'km²',
  mi: 'sq mi', mile: 'sq mi', miles: 'sq mi', m: 'm²', metre: 'm²', metres: 'm²', meter: 'm²', meters: 'm²',
});
/** Land measures whose plurals do not read as plurals ("stremmata", the Greek tenth of a hectare; "dunams"). */
const AREAS: Record<string, string> = wordTable({
  stremma: 'stremma', stremmata: 'stremma', stremmas: 'stremma', dunam: 'dunam', dunams: 'dunam', dunum: 'dunam', dunums: 'dunam',
});

/** "48 square kilometres", "12 sq km", "40 km²", "42,000 stremmata": an area and the token after it. */
function areaAt(tokens: FigureToken[], k: number): { counted: string; next: number } | null {
  const u = tokens[k];
  if (u.kind !== 'word') return null;
  if (u.lower === 'square' || u.lower === 'sq') {
    let j = k + 1;
    if (tokens[j]?.text === '.' && !tokens[j].spaced) j++;
    const squared = SQUARED[tokens[j]?.lower ?? ''];
    return squared ? { counted: squared, next: j + 1 } : null;
  }
  const after = tokens[k + 1];
  if ((u.lower === 'km' || u.lower === 'mi') && after && !after.spaced && (after.text === '²' || after.text === '2')) return { counted: SQUARED[u.lower], next: k + 2 };
  const area = AREAS[u.lower];
  return area ? { counted: area, next: k + 1 } : null;
}

/** A length cubed ("cubic feet", "cu ft", "m³"), by its name. */
const CUBED: Record<string, string> = wordTable({
  foot: 'ft³', feet: 'ft³', ft: 'ft³', metre: 'm³', metres: 'm³', meter: 'm³', meters: 'm³', m: 'm³',
});
export const ACRE_FOOT = 'acre-ft';
/** Flows written as one word: "3,400 cfs" (cubic feet a second), "96 cumecs" (cubic metres a second). */
const FLOWS: Record<string, string> = wordTable({ cfs: 'ft³/s', cumecs: 'm³/s', cumec: 'm³/s' });

/** A flow's units ("cubic metres per second", "cu ft/s", "cumecs"). */
const FLOW_UNITS: ReadonlySet<string> = new Set(Object.values(FLOWS));
/** The words a flow's unit is written in. */
export const FLOW_UNIT_WORDS: readonly string[] = ['cubic', 'cu', 'per', 'a', 'each', 'second', 'seconds', 'sec', 's', ...Object.keys(CUBED)];

/** Whether a figure's unit is a flow (claims read by cubicAt). */
export function isFlow(counted: string | null): boolean {
  return counted !== null && FLOW_UNITS.has(counted);
}

/**
 * "3,400 cubic feet per second", "3,600 cu ft/s", "102 m³/s", "24.4 million cubic metres": a volume,
 * or a flow when "per second", "a second" or "/s" follows; a volume is not its length ("62 feet").
 */
function cubicAt(tokens: FigureToken[], k: number): { counted: string; next: number } | null {
  const u = tokens[k];
  if (u.kind !== 'word') return null;
  const flow = FLOWS[u.lower];
  if (flow) return { counted: flow, next: k + 1 };
  // "19,800 acre-feet of water": a reservoir's volume, not its area.
  const hyphen = tokens[k + 1];
  const foot = tokens[k + 2]?.lower;
  if (u.lower === 'acre' && hyphen?.text === '-' && !hyphen.spaced && (foot === 'feet' || foot === 'foot')) return { counted: ACRE_FOOT, next: k + 3 };
  let volume: string | undefined;
  let j: number;
  if (u.lower === 'cubic' || u.lower === 'cu') {
    j = k + 1;
    if (tokens[j]?.text === '.' && !tokens[j].spaced) j++;
    volume = CUBED[tokens[j]?.lower ?? ''];
    j++;
    if (tokens[j]?.text === '.' && !tokens[j].spaced) j++;
  } else {
    const sign = tokens[k + 1];
    if (!sign || sign.spaced || (sign.text !== '³' && sign.text !== '3') || (u.lower !== 'm' && u.lower !== 'ft')) return null;
    volume = CUBED[u.lower];
    j = k + 2;
  }
  if (!volume) return null;
  const a = tokens[j];
  const b = tokens[j + 1];
  const second = (w: FigureToken | undefined) => !!w && (w.lower === 'second' || w.lower === 'sec' || w.lower === 's');
  if (a && b && a.text === '/' && !a.spaced && second(b)) return { counted: volume + '/s', next: j + 2 };
  if (a && b && (a.lower === 'per' || a.lower === 'a' || a.lower === 'each') && second(b)) return { counted: volume + '/s', next: j + 2 };
  return { counted: volume, next: j };
}

/** Singular of a plural noun, lower case: "outages" → "outage", "companies" → "company". */
export function lemma(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

function isPlural(t: FigureToken): boolean {
  if (t.kind !== 'word') return false;
  const w = t.lower;
  if (IRREGULAR[w] && w !== 'data' && w !== 'media') return true;
  if (w.length < 3 || NOT_PLURAL.has(w) || STOP.has(w)) return false;
  return w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && !w.endsWith("'s") && !w.endsWith('’s');
}

/** The lemma of a plural noun at token k ("children" → "child"), or null. */
export function pluralNounAt(tokens: FigureToken[], k: number): string | null {
  const t = tokens[k];
  return t && isPlural(t) && !CASUALTY.has(t.lower) ? lemma(t.text) : null;
}

/** A word that can stand in a noun phrase: not a function word, not a verb form we can see. */
function nounish(t: FigureToken | undefined): boolean {
  if (!t || t.kind !== 'word' || STOP.has(t.lower)) return false;
  if (t.text.includes('.')) return false; // "a.m", "U.S"
  return true;
}

/** Adjectives that stand for people after a number: "17 dead and 88 injured". */
const CASUALTY = new Set(['dead', 'killed', 'injured', 'wounded', 'hurt', 'missing', 'displaced', 'homeless', 'evacuated',
  'stranded', 'trapped', 'hospitalised', 'hospitalized', 'rescued', 'arrested', 'detained']);

/** The counted thing: the first plural within a short noun phrase ("three major outages"). */
function countedNoun(tokens: FigureToken[], j: number, single: boolean): { counted: string; next: number } | null {
  const noun = headNoun(tokens, j, single);
  if (noun) return noun;
  const t = tokens[j];
  return t && t.kind === 'word' && CASUALTY.has(t.lower) ? { counted: 'person', next: j + 1 } : null;
}

/** Made once: the bundler turns a `\p{…}` literal into a RegExp construction where it stands. */
const LOWER_START = /^\p{Ll}/u;

/**
 * Heads that only say what a thing is written on: "171 ballot papers" are ballots, "40 voting slips"
 * votes' slips, "300 application forms" applications. The noun before them is what is counted.
 */
const CARRIER_HEADS = new Set(['paper', 'slip', 'form']);

/** The lemma of the plural at k, or of the noun before it when that plural is only a carrier. */
function countedOf(tokens: FigureToken[], j: number, k: number): string {
  const head = lemma(tokens[k].text);
  const before = tokens[k - 1];
  if (k > j && CARRIER_HEADS.has(head) && before && nounish(before) && startsLower(before.text) &&
    !MODIFIERS.has(before.lower) && !/(?:ed|ly)$/.test(before.lower)) return lemma(before.text);
  return head;
}

/** Words a noun phrase may hold before its plural, and capitalised words of a name besides ("38 Glenarrow Mountain Rescue Team volunteers"). */
const HEAD_REACH = 4;
const NAME_REACH = 7;

function headNoun(tokens: FigureToken[], j: number, single: boolean): { counted: string; next: number } | null {
  let named = 0;
  for (let k = j; k < j + HEAD_REACH + named && k < j + NAME_REACH && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'symbol' && t.text === '-' && !t.spaced && k > j) continue; // "line-workers"
    if (!nounish(t)) return null;
    if (isPlural(t)) return { counted: countedOf(tokens, j, k), next: k + 1 };
    if (single && k === j && !t.text.endsWith('ly') && startsLower(t.text)) {
      // "one user", "a $25 credit": a singular noun counts once; a compound ("one line worker") reads on.
      const after = tokens[k + 1];
      if (after && nounish(after) && isPlural(after)) continue;
      if (after && after.kind === 'word' && nounish(after) && startsLower(after.text) && !endsEdIngLy(after.lower) && !MODIFIERS.has(t.lower)) {
        return { counted: after.lower, next: k + 2 };
      }
      return { counted: t.lower, next: k + 1 };
    }
    // A capitalised word ("40,000 X users"), a known modifier, or a noun modifier ("line") may lead;
    // so may the second half of a hyphenated modifier ("water-dropping planes", "state-owned banks").
    const hyphened = k > j && tokens[k - 1].text === '-' && !tokens[k - 1].spaced && !t.spaced;
    const capital = t.text[0] !== t.lower[0];
    // "1,200 extra purchasing clerks", "40 teaching assistants": a gerund naming the kind of the plural
    // noun right after it modifies it, as a noun does.
    const gerund = k > j && t.lower.endsWith('ing') && startsLower(t.text) && tokens[k + 1] !== undefined && nounish(tokens[k + 1]) &&
      isPlural(tokens[k + 1]) && startsLower(tokens[k + 1].text) && !endsEdIngLy(tokens[k + 1].lower);
    const lead = capital || MODIFIERS.has(t.lower) || !endsEdIngLy(t.lower) || hyphened || gerund;
    if (!lead) return null;
    // A name's further words ("Mountain Rescue Team") widen the reach: the name is one modifier.
    if (capital && k > j && tokens[k - 1].text[0] !== tokens[k - 1].lower[0]) named++;
  }
  return null;
}

/** The "of …" after a percentage: "56% of the issues" → "issue". */
function percentOf(tokens: FigureToken[], j: number): { of: string; next: number } | null {
  if (tokens[j]?.lower !== 'of') return null;
  let k = j + 1;
  const det = tokens[k]?.lower;
  if (det === 'the' || det === 'its' || det === 'their' || det === 'his' || det === 'her' || det === 'all' || det === 'our' || det === 'those' || det === 'these') k++;
  let head: FigureToken | null = null;
  let end = k;
  for (let n = 0; n < 3 && k + n < tokens.length; n++) {
    const t = tokens[k + n];
    if (!nounish(t) || isNumberWord(t.lower) || endsEdIngLy(t.lower) && n > 0) break;
    // "a third of the roughly 9,400 people", "half of the first 100 days": a word just before a number
    // is the number's qualifier or modifier, not the whole; a whole told with its count is no noun's
    // share here ("of the 9,400 people" is not read either).
    const after = tokens[k + n + 1];
    if (after && (after.kind === 'number' || isNumberWord(after.lower))) return null;
    // "of its subscriber base", "of the customer base": the people are the base.
    if (head && (t.lower === 'base' || t.lower === 'bases')) { end = k + n + 1; break; }
    head = t;
    end = k + n + 1;
    if (isPlural(t)) break;
  }
  return head ? { of: lemma(head.text), next: end } : null;
}

/** Fractions in words that news uses for shares: "a fifth of", "two-thirds of", "half of". */
const FRACTIONS: Record<string, number> = wordTable({ half: 2, third: 3, quarter: 4, fifth: 5, tenth: 10 });
const MULTIPLES: Record<string, Record<string, number>> = wordTable({ two: wordTable({ thirds: 3, fifths: 5 }), three: wordTable({ quarters: 4, fifths: 5 }) });

/** Every word a fraction read by readFraction opens with, other than "a", or goes on with after "a". */
export function fractionWords(): string[] {
  return ['half', 'one', ...Object.keys(MULTIPLES), ...Object.keys(FRACTIONS)];
}

/**
 * A share told as a fraction of something: "a fifth of its subscribers" (20%), "two-thirds of the
 * members", "half of the homes". Read only before "of" and a noun, so "a quarter of an hour", "a
 * third of a million" and "half his salary" are left alone.
 */
export function readFraction(tokens: FigureToken[], i: number): { value: number; of: string; next: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  // Every fraction opens with one of these words (MULTIPLES holds "two" and "three"): others leave at once.
  const w = t.lower;
  if (w !== 'half' && w !== 'a' && w !== 'one' && w !== 'two' && w !== 'three') return null;
  let value = 0;
  let k = i + 1;
  if (t.lower === 'half') value = 50;
  else if ((t.lower === 'a' || t.lower === 'one') && FRACTIONS[tokens[k]?.lower ?? ''] && tokens[k].lower !== 'half') {
    value = 100 / FRACTIONS[tokens[k].lower];
    k++;
  } else if (MULTIPLES[t.lower]) {
    if (tokens[k]?.text === '-' && !tokens[k].spaced) k++;
    const n = MULTIPLES[t.lower][tokens[k]?.lower ?? ''];
    if (!n) return null;
    value = (100 * (t.lower === 'two' ? 2 : 3)) / n;
    k++;
  } else return null;
  const of = percentOf(tokens, k);
  if (!of || DURATIONS[of.of] || tokens[k + 1]?.lower === 'a' || tokens[k + 1]?.lower === 'an') return null;
  return { value, of: of.of, next: of.next };
}

/** Small numbers a share "in ten" is told with, and the wholes it is told of. */
const SHARE_PARTS: Record<string, number> = wordTable({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 });
const SHARE_WHOLES: Record<string, number> = wordTable({ three: 3, four: 4, five: 5, ten: 10, hundred: 100, '10': 10, '100': 100 });

/**
 * "– roughly four in ten –", "…, or one in every three.": a share set off after the count it describes,
 * or told of a whole ("seven in ten of its tenants"), as a percentage.
 */
export function readShareIn(tokens: FigureToken[], i: number): { value: number; of: string | null; next: number } | null {
  const part = tokens[i];
  const x = part ? (part.kind === 'number' ? Number(part.text) : SHARE_PARTS[part.lower]) : undefined;
  if (x === undefined || !Number.isInteger(x) || x < 1) return null;
  // "nine out of 10 residents", "four out of five homes": the same share said with "out of".
  const outOf = tokens[i + 1]?.lower === 'out' && tokens[i + 2]?.lower === 'of';
  if (!outOf && tokens[i + 1]?.lower !== 'in') return null;
  let k = outOf ? i + 3 : i + 2;
  if (tokens[k]?.lower === 'every') k++;
  const whole = tokens[k];
  const y = whole ? SHARE_WHOLES[whole.lower] : undefined;
  if (y === undefined || x >= y) return null;
  // "seven in ten of its tenants": "of" names the whole the share is of, as after "56%".
  const of = percentOf(tokens, k + 1);
  if (of) return { value: (100 * x) / y, of: of.of, next: of.next };
  // "four out of five homes": a share of the homes, not a count of five (nor "nine out of 10
  // residents" one of ten); a noun of time ("three out of four weeks") is a share of no crowd.
  const noun = outOf && tokens[k + 1]?.spaced ? pluralNounAt(tokens, k + 1) : null;
  if (noun && !DURATIONS[noun]) return { value: (100 * x) / y, of: noun, next: k + 2 };
  if (outOf) return null;
  // Set off on its own ("38 of the 96 – roughly four in ten – were restored"): "one in five residents
  // was affected", "3 in 10 minutes" go on with words and are left alone.
  const after = tokens[k + 1];
  if (after && after.kind !== 'symbol') return null;
  return { value: (100 * x) / y, of: null, next: k + 1 };
}

/** Whose cents: "57.26 US cents" (a currency's price told in its cents, as wires quote the kiwi or the loonie). */
const CENTS_OF: Record<string, string> = wordTable({ us: 'US', nz: 'NZ', australian: 'Australian', canadian: 'Canadian', euro: 'euro' });

/** "US cents", "cents": money counted in cents, a measure of its own (never held against dollars). */
function centsAt(tokens: FigureToken[], k: number): { measure: string; next: number } | null {
  const u = tokens[k];
  if (u.lower === 'cents') return { measure: 'cents', next: k + 1 };
  const whose = CENTS_OF[u.lower];
  if (whose && tokens[k + 1]?.kind === 'word' && tokens[k + 1].lower === 'cents') return { measure: `${whose} cents`, next: k + 2 };
  return null;
}

/** Masses a concentration is told in, by every spelling, to its symbol. */
const CONCENTRATION_MASSES: Record<string, string> = wordTable({
  pg: 'pg', picogram: 'pg', picograms: 'pg', ng: 'ng', nanogram: 'ng', nanograms: 'ng', µg: 'µg', μg: 'µg', ug: 'µg',
  mcg: 'µg', microgram: 'µg', micrograms: 'µg', mg: 'mg', milligram: 'mg', milligrams: 'mg', g: 'g', gram: 'g', grams: 'g',
});
/** Volumes a concentration is told per, to their symbol. */
const CONCENTRATION_VOLUMES: Record<string, string> = wordTable({
  ml: 'ml', millilitre: 'ml', milliliter: 'ml', dl: 'dl', decilitre: 'dl', deciliter: 'dl', l: 'l', litre: 'l', liter: 'l',
});

/**
 * "4.2 ng/mL", "4.2ng/mL", "4.2 nanograms per millilitre", "80 mg per decilitre": a mass per volume,
 * named by its symbols ("ng/ml"; alignment/figures.ts compares them in ng/ml, so micrograms told for
 * nanograms are a thousand times off). Read only with both the mass and the volume.
 */
function concentrationAt(tokens: FigureToken[], k: number): { counted: string; next: number } | null {
  const u = tokens[k];
  const mass = u.kind === 'word' ? CONCENTRATION_MASSES[u.lower] : undefined;
  if (!mass) return null;
  const join = tokens[k + 1];
  const v = tokens[k + 2];
  if (!join || !v || v.kind !== 'word') return null;
  const slash = join.text === '/' && !join.spaced && !v.spaced;
  if (!slash && join.lower !== 'per') return join.lower === 'of' ? substanceConcentration(tokens, k, mass) : null;
  const volume = CONCENTRATION_VOLUMES[v.lower];
  return volume ? { counted: `${mass}/${volume}`, next: k + 3 } : null;
}

/** Most words a substance is named by between the mass and "per" ("of dissolved lead per litre"). */
const SUBSTANCE_WORDS = 3;

/**
 * "310 milligrams of sodium per litre", "5 micrograms of lead per decilitre": the substance named
 * between the mass and the volume is the same concentration as "310 mg/L of sodium" (labs and
 * wires write both). tokens[k] is the mass, tokens[k + 1] "of"; a few words, then "per" and the volume.
 */
function substanceConcentration(tokens: FigureToken[], k: number, mass: string): { counted: string; next: number } | null {
  for (let j = k + 2; j <= k + 1 + SUBSTANCE_WORDS; j++) {
    const w = tokens[j];
    if (!w || w.kind !== 'word' || !w.spaced) return null;
    if (w.lower === 'per' && j > k + 2) {
      const v = tokens[j + 1];
      const volume = v && v.kind === 'word' && v.spaced ? CONCENTRATION_VOLUMES[v.lower] : undefined;
      // The figure ends at its mass: the substance stays a word of its context, which it is aligned by.
      return volume ? { counted: `${mass}/${volume}`, next: k + 1 } : null;
    }
  }
  return null;
}

/** What a venue holds: "a 52,000-capacity ground", "capacity of 52,000", "a 40,000-seat stadium" count one thing. */
export const CAPACITY = 'capacity';
/** Who a place's room is counted in ("can take 600 people", "room for 40 guests"): the capacity's noun, not a kind of it. */
export const HELD_PEOPLE: ReadonlySet<string> = new Set(['person', 'people', 'guest', 'evacuee', 'visitor', 'spectator', 'fan', 'passenger', 'patient', 'resident', 'student', 'pupil', 'child', 'family']);
/** Places whose seats are their capacity ("a 400-seat theatre"), not seats won or held ("a 120-seat majority"). */
const VENUES = new Set(['stadium', 'ground', 'arena', 'venue', 'theatre', 'theater', 'hall', 'auditorium', 'amphitheatre',
  'amphitheater', 'bowl', 'dome', 'park', 'velodrome', 'coliseum', 'colosseum', 'racecourse', 'circuit', 'field']);

/** "capacity" after a hyphenated number, or "seat"/"seater" before a venue ("52,000-seater stadium"). */
function isCapacityWord(tokens: FigureToken[], k: number): boolean {
  const w = tokens[k].lower;
  if (w === 'capacity') return true;
  return (w === 'seat' || w === 'seater') && VENUES.has(tokens[k + 1]?.lower ?? '');
}

/**
 * "3.5 nautical miles", "a 2-nautical-mile zone": a sea mile (1,852 m) is not a land mile (1,609 m),
 * so "3.5 nautical miles" and "about 4 miles" can both be right.
 */
function nauticalMileAt(tokens: FigureToken[], k: number): UnitRead | null {
  if (tokens[k].lower !== 'nautical') return null;
  let j = k + 1;
  if (tokens[j]?.text === '-' && !tokens[j].spaced) j++;
  const mile = tokens[j]?.lower;
  return mile === 'mile' || mile === 'miles' ? { unit: 'count', counted: NAUTICAL_MILE, next: j + 1 } : null;
}
export const NAUTICAL_MILE = 'nautical mile';

/**
 * "290,000 US gallons", "7,900 U.S. gallons": conversions for American readers name the gallon's
 * nation. A US gallon (3.785 litres) is not the bare "gallons" a British writer means (4.546 litres):
 * it keeps a unit of its own.
 */
function usGallonsAt(tokens: FigureToken[], k: number): UnitRead | null {
  const u = tokens[k];
  if (u.text !== 'US' && u.text !== 'U.S') return null;
  const j = u.text === 'U.S' && tokens[k + 1]?.text === '.' && !tokens[k + 1].spaced ? k + 2 : k + 1;
  const g = tokens[j];
  return g && g.spaced && (g.lower === 'gallons' || g.lower === 'gallon') ? { unit: 'count', counted: US_GALLON, next: j + 1 } : null;
}
export const US_GALLON = 'US gallon';

/** Reads the unit that follows the number ending just before token j. `single`: the number is one. */
export function readUnit(tokens: FigureToken[], j: number, single: boolean): UnitRead | 'not-a-figure' {
  const t = tokens[j];
  const plain: UnitRead = { unit: 'count', counted: null, next: j };
  if (!t) return plain;
  // Percentages: "56%", "14 percent", "2.4 per cent", "14-percent".
  let k = j;
  if (t.text === '-' && !t.spaced && tokens[j + 1] && !tokens[j + 1].spaced) k = j + 1;
  const u = tokens[k];
  if (!u) return plain;
  if (u.text === '%' || u.lower === 'percent' || u.lower === 'pct' || (u.lower === 'per' && tokens[k + 1]?.lower === 'cent')) {
    let next = u.lower === 'per' ? k + 2 : k + 1;
    if (tokens[next]?.lower === 'points' && tokens[next - 1]?.lower !== '%') {
      return { unit: 'count', counted: 'percentage point', next: next + 1 };
    }
    const of = percentOf(tokens, next);
    // "at 85% capacity", "97 per cent full": a share of what the place holds, as "85% of capacity".
    const after = tokens[next];
    if (!of && after?.kind === 'word' && after.spaced && (after.lower === 'capacity' || after.lower === 'full') && tokens[next + 1]?.text !== '-') {
      return { unit: 'percent', counted: null, of: CAPACITY, next: after.lower === 'capacity' ? next + 1 : next };
    }
    return { unit: 'percent', counted: null, of: of?.of ?? null, next: of ? of.next : next };
  }
  if (u.lower === 'percentage' && tokens[k + 1]?.lower === 'points') return { unit: 'count', counted: 'percentage point', next: k + 2 };
  // "312 mm (12.3 in)": alone in brackets after its number, "in" is the inch a conversion is told in.
  if (u.lower === 'in' && k === j && u.spaced && tokens[k + 1]?.text === ')' && tokens[j - 1]?.kind === 'number' && tokens[j - 2]?.text === '(') {
    return { unit: 'count', counted: 'inch', next: k + 1 };
  }
  // Attached letters: "55mph" is a measure, "3rd" an ordinal, "10am" a time, "1990s" a decade.
  const speed = speedAt(tokens, k);
  if (speed) return { unit: 'count', counted: speed.counted, next: speed.next };
  const area = areaAt(tokens, k);
  if (area) return { unit: 'count', counted: area.counted, next: area.next };
  const cubic = cubicAt(tokens, k);
  if (cubic) return { unit: 'count', counted: cubic.counted, next: cubic.next };
  const concentration = concentrationAt(tokens, k);
  if (concentration) return { unit: 'count', counted: concentration.counted, next: concentration.next };
  const sterling = sterlingAt(tokens, j, k);
  if (sterling) return sterling;
  const temperature = temperatureAt(tokens, j, k);
  if (temperature) return temperature;
  if (u.kind === 'word' && !u.spaced && k === j) {
    if (/^(?:st|nd|rd|th|am|pm|a\.m|p\.m|s|h|hrs?|gmt|utc|bst|et)$/.test(u.lower) && !MEASURES.has(u.lower)) return 'not-a-figure';
    if (MEASURES.has(u.lower) || ATTACHED_MEASURES.has(u.lower)) return { unit: 'count', counted: u.lower, next: k + 1 };
    if (metresAt(tokens, k)) return { unit: 'count', counted: 'metre', next: k + 1 };
    return 'not-a-figure';
  }
  // "6,065 m (19,898 ft)": an "m" set apart, with the length it converts to right after (metres.ts).
  if (u.kind === 'word' && u.lower === 'm' && k === j && metresAt(tokens, k)) return { unit: 'count', counted: 'metre', next: k + 1 };
  if (u.kind !== 'word') return plain;
  // "fifty-two thousand US dollars", "40 million Australian dollars": the nation names the dollar.
  const national = NATIONAL_DOLLARS[u.lower];
  if (national && (tokens[k + 1]?.lower === 'dollars' || tokens[k + 1]?.lower === 'dollar') && tokens[k + 1].spaced) {
    return { unit: 'money', measure: national, counted: null, next: k + 2 };
  }
  // "two point three billion Hong Kong dollars": the place's two words name the dollar.
  const second = tokens[k + 1];
  const place = second && second.kind === 'word' && second.spaced ? PLACE_DOLLARS[`${u.lower} ${second.lower}`] : undefined;
  if (place && (tokens[k + 2]?.lower === 'dollars' || tokens[k + 2]?.lower === 'dollar') && tokens[k + 2].spaced) {
    return { unit: 'money', measure: place, counted: null, next: k + 3 };
  }
  const usGallon = usGallonsAt(tokens, k);
  if (usGallon) return usGallon;
  const currency = CURRENCY_WORDS[u.lower] ?? (u.text === u.text.toUpperCase() ? ISO_CURRENCIES[u.lower] : undefined);
  if (currency && (u.lower !== 'sterling' && u.lower !== 'rand' || k === j)) {
    return { unit: 'money', measure: currency, counted: null, next: k + 1 };
  }
  const crowns = crownsAt(tokens, j, k) ?? solesAt(tokens, j, k);
  if (crowns) return crowns;
  const cents = centsAt(tokens, k);
  if (cents) return { unit: 'money', measure: cents.measure, counted: null, next: cents.next };
  const duration = DURATIONS[u.lower];
  if (duration) {
    // "52 years old", "a 52-year-old": an age, not how long something lasted.
    const after = tokens[k + 1];
    // "the 29-year-old's argument": the possessive is the age's owner, still an age.
    const isOld = (t: FigureToken | undefined) => !!t && (t.lower === 'old' || t.lower === "old's" || t.lower === 'old’s');
    const old = isOld(after) || (after?.text === '-' && isOld(tokens[k + 2]));
    if (old) return { unit: 'count', counted: 'year-old', next: isOld(after) ? k + 2 : k + 3 };
    return { unit: 'duration', measure: duration, counted: duration, next: k + 1 };
  }
  if (MEASURES.has(u.lower)) return { unit: 'count', counted: u.lower === 'points' ? 'point' : lemma(u.lower), next: k + 1 };
  // "211 L", "262,000 L": litres by their symbol (a capital, as SI writes it; a lower-case "l" is too like a one).
  if (u.text === 'L') return { unit: 'count', counted: 'litre', next: k + 1 };
  const nautical = nauticalMileAt(tokens, k);
  if (nautical) return nautical;
  // "a 25-basis-point cut", "a 0.5-percentage-point rise": the two-word unit hyphenated as a modifier.
  if (k !== j && (u.lower === 'basis' || u.lower === 'percentage') && tokens[k + 1]?.text === '-' && !tokens[k + 1].spaced &&
    (tokens[k + 2]?.lower === 'point' || tokens[k + 2]?.lower === 'points') && !tokens[k + 2].spaced) {
    return { unit: 'count', counted: u.lower === 'basis' ? 'point' : 'percentage point', next: k + 3 };
  }
  // "a 52,000-capacity stadium", "a 9,000-seat arena": what a place holds, however it is named after.
  if (k !== j && isCapacityWord(tokens, k)) return { unit: 'count', counted: CAPACITY, next: k + 1 };
  if (k !== j) {
    // "230-kV", "eight-member": a hyphenated modifier; its noun follows.
    const noun = countedNoun(tokens, k + 1, true);
    // "a 17-turbine wind farm", "a 300-bed hospital": the number counts the word it is hyphened to,
    // not the noun after (one wind farm, not 17); "a 100-strong crowd" counts the crowd.
    if (noun && isHyphenedCount(u)) return { unit: 'count', counted: lemma(u.lower), next: noun.next };
    if (noun) return { unit: 'count', counted: noun.counted, next: noun.next };
    // "the 60-member Assembly", "a 15-nation Council": a name after the modifier is the one thing,
    // the hyphened noun what the number counts.
    const name = tokens[k + 1];
    if (isHyphenedCount(u) && name?.kind === 'word' && name.spaced && name.text[0] !== name.lower[0]) {
      return { unit: 'count', counted: lemma(u.lower), next: k + 1 };
    }
    return { unit: 'count', counted: null, next: j };
  }
  const noun = countedNoun(tokens, j, single);
  return noun ? { unit: 'count', counted: noun.counted, next: noun.next } : plain;
}

/** Words hyphened to a number that say how, not what, it counts: "100-strong", "40-odd", "10-fold", "three-time". */
const HYPHENED_NOT_COUNTED = new Set(['strong', 'odd', 'plus', 'fold', 'way', 'time', 'times', 'something', 'ish', 'figure', 'digit', 'off']);

/** A lower-case noun hyphened to a number before another noun ("17-turbine"), the thing the number counts. */
function isHyphenedCount(u: FigureToken): boolean {
  // ("bed" and "shed" end as a participle does, but are too short to be one.)
  return u.kind === 'word' && startsLower(u.text) && nounish(u) && (u.lower.length <= 4 || !endsEdIngLy(u.lower)) &&
    !HYPHENED_NOT_COUNTED.has(u.lower) && !isPlural(u);
}

/** /(?:ed|ing|ly)$/.test(w) without a pattern object per call: a participle or an adverb. */
function endsEdIngLy(w: string): boolean {
  return w.endsWith('ed') || w.endsWith('ing') || w.endsWith('ly');
}

/** LOWER_START.test(w), ASCII read by its code (a-z are ASCII's only \p{Ll}). */
function startsLower(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(w);
}
