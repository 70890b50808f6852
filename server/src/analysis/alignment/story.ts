// Which articles tell the same story. A newsroom's workspace holds the sources of many stories, and
// a claim of one story must never be held against a claim of another whose key happens to meet it
// ("10 a.m. PDT" at a phone launch against "9:30 a.m." at a sentencing). Two reports of one story
// name the same people, places and organisations; two stories rarely share two such names. So an
// article's story words are the capitalised words it uses as names (left out: words common in any
// news, from a fixed list, never from the workspace, which may hold one story only), and two
// articles are strangers only when both name enough to judge and they share at most one. In doubt
// (a two-paragraph flash, a draft just begun) they are the same story: the gate removes clear
// strangers, it does not guess.
//
// The gate works where candidates are found: a check's corpus is a view of the sources of the
// article's own story (storyCorpus), so every look-up (the claim-key indexes, and the all-pairs path
// of an exhaustive corpus), and with them majority rules, a third source's side and an unsourced
// claim's support, meet only that story.
import type { ArticleAnalysis, CalendarDate } from '../types';
import type { ArticleClaims, Corpus, FigureRef, QuoteRef, StatementRef, TimeRef } from './corpus';
import { foldAccents } from '../claims/people/tokens';
import { storyDateline } from '../claims/times/dateline';
import { ADVERBS, DETERMINERS, FAMILY_NAME_FIRST, FUNCTION_WORDS, MONTHS_AND_DAYS, NOT_FIRST, PREPOSITIONS } from '../claims/people/lexicon';

/** Both articles name at least this many story words before they can be called strangers. */
export const STORY_WORDS_TO_JUDGE = 8;
/** Articles that share this many story words are the same story (unless dated far apart: DAYS_APART). */
export const SHARED_FOR_SAME_STORY = 2;
/** Articles that share this many story words are the same story whatever their dates (a follow-up weeks on). */
export const SHARED_DESPITE_DATES = 5;
/** Two articles dated more days apart than this, sharing few story words, tell two stories. */
export const DAYS_APART = 31;
/** Story words that are no word: an article's own date ("@2026-11-13", "@-11-13" without a year), kept with its words. */
const DATE_MARK = '@';

const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Capitalised words common in any news (lower case, accents folded): days and months, time zones,
 * titles and offices, generic institutions, sentence openers, page furniture, wire agencies and
 * outlet words, the greetings of a live blog or a call ("Good morning", "Thanks, Eleni") and the labels of a
 * call's or a news conference's furniture ("OPERATOR:", "MODERATOR:"), currency codes ("EUR 200,000" is money, as "GMT" is a clock's zone), the scales of a
 * temperature ("degrees Celsius"), the acronyms of the measures every country's statisticians publish
 * ("CPI", "RPI", "HICP", "GDP": a fare rise and an inflation release both cite the CPI), the commonest
 * countries and their peoples' adjectives ("Iceland" and "Icelandic", "Norway" and "Norwegian"), the continents, oceans and mountain ranges that span several (the Andes, the Alps, the Atlantic; and the words of their names: "United States", "United Kingdom"), the states and provinces of
 * the federations whose cities are written with them ("Decatur, Illinois", "Red Deer, Alberta": two stories
 * in one state share it and the city's own name is the story's), the Red Cross and the
 * social networks every story's readers post on. Fixed: a workspace of one story must judge as one of many.
 */
const COMMON_IN_ANY_NEWS = list(`
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec christmas easter
  gmt utc bst est edt cst cdt mst mdt pst pdt akst akdt hst aest aedt acst acdt awst nzst nzdt ist jst kst
  cet cest eet eest wet west sast eat wat hkt sgt pht ict wib msk brt art et ct mt pt am pm time
  mr mrs ms mx miss dr prof sir dame lord lady sen rep gov lt col gen sgt capt cpl supt insp det cllr hon rev
  fr st mt ft jr sr
  president minister prime chief inspector superintendent detective sergeant officer captain judge justice
  mayor councillor commissioner director secretary chairman chairwoman chair spokesman spokeswoman
  spokesperson deputy assistant senior general premier governor senator chancellor constable commander
  executive manager head leader professor doctor ceo cfo coo cto managing statistician
  police fire service services department ministry council government court hospital university agency
  office authority commission board national state city county federal district regional region local
  international royal central public news
  the a an but and or if he she it they we i you his her its their our my in on at by for of to from with
  as this that these those there here some more most many much any all no not so yet when where while
  after before then also however meanwhile earlier later now today tonight yesterday tomorrow what who why
  how which one two three four five six seven eight nine ten first second third last next new
  updated published posted by source read more photo image share advertisement breaking live update draft
  editor note notes q transcript statement press release report reports reporting copyright rights
  reserved email follow watch listen video
  reuters ap afp associated bloomberg bbc cnn upi dpa ani pti red cross crescent
  facebook twitter instagram whatsapp youtube tiktok telegram
  uk us usa eu un united states kingdom
  usd eur gbp jpy chf cny rmb aud cad nzd hkd sgd inr zar sek nok dkk pln czk huf rub uah brl mxn krw twd thb
  myr idr php vnd pkr bdt ngn kes ghs egp aed sar qar ils zmw zwg
  celsius fahrenheit kelvin
  cpi cpih rpi rpix hicp ppi pce gdp gnp gni
  good morning afternoon evening night hello hi welcome thanks thank please sorry congratulations luck goodbye bye cheers
  operator moderator host
  courier ledger wire newswire radio herald gazette times post tribune journal chronicle daily weekly editors
  reporter correspondent presenter communications immediate media contacts contact tv fm ltd limited co
  inc plc llc llp group
  street road lane avenue drive square place close crescent terrace way park bridge school college people
  north south east west northern southern eastern western
  british english scottish welsh irish european american canadian australian french german spanish italian
  dutch chinese japanese indian russian african asian
  icelandic norwegian swedish danish finnish polish greek turkish ukrainian korean pakistani bangladeshi
  indonesian filipino vietnamese thai malaysian singaporean mexican brazilian argentine argentinian chilean
  colombian peruvian nigerian kenyan ghanaian egyptian ethiopian israeli iranian iraqi syrian lebanese
  jordanian qatari portuguese belgian swiss austrian
  atlantic pacific arctic antarctic mediterranean baltic caribbean
  britain england scotland wales ireland europe africa asia america americas oceania andes alps himalayas
  france germany spain italy portugal netherlands belgium switzerland austria poland sweden norway denmark
  finland iceland greece turkey russia ukraine china japan korea india pakistan bangladesh indonesia
  philippines vietnam thailand malaysia singapore australia zealand canada mexico brazil argentina chile
  colombia peru nigeria kenya ghana egypt ethiopia israel iran iraq syria lebanon jordan qatar
  alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
  illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
  missouri montana nebraska nevada hampshire jersey york carolina dakota ohio oklahoma oregon pennsylvania
  tennessee texas utah vermont virginia washington wisconsin wyoming
  alberta columbia manitoba brunswick newfoundland labrador scotia ontario quebec saskatchewan yukon nunavut
  queensland tasmania
`);

/**
 * Words for a kind of building, institution or body that close its name ("City Hall", "Charbury
 * Community Hall", "Riverside Infirmary", "Ashcombe Trust", "Hollins Bank"), and the words of a portfolio in titles
 * ("Foreign Affairs", "Public Relations"), the fields a body is named for ("Museum of Fine Arts",
 * "Academy of Sciences", "Stock Exchange"), and the words that rank a court or a service in every
 * country ("High Court", "Crown Court", "Civil Service"). Also the field a public body works in
 * ("Fire and Rescue Service", "Health and Safety Executive", "Transport Directorate", "Bureau of
 * Meteorology", "Rail Accident Investigation Branch"), the kind of a river, lake, valley or mountain ("River Tolley", "Mount Sarvo"), a row or a quay
 * ("Harbour Row", "Castle Quay", as a street or a road), a utility's or an operator's network ("Southern Power
 * Networks", "Northvale Gas Networks", "the Airspace Network Manager": every region has its grid), the kind and the family of a party or an alliance ("Civic
 * Alliance", "Progressive Alliance", "the Greens": parties of the same family stand in many
 * countries, and an alliance of midwives or of fishermen is still an alliance), a regulator's field
 * ("Financial Conduct Authority", "Competition Commission", "Prudential Regulation Authority"), the
 * same kinds in the languages of the wires' Latin America and Europe ("Empresa Metropolitana",
 * "Universidad", "Calle", "Avenida", "Rua"), and the
 * riverside or lakeside a street or camp is named for ("Riverside Drive"). Every town has a hall, a
 * station, a river and a fire and rescue service, and every government a minister of some affairs:
 * the kind says nothing about which story. What names the place is the word beside it, which stays a story word. A surname after an honorific ("Ms
 * Hall") stays one, and so does a word of a name the people's finder found (addNameWords).
 */
const KINDS_OF_PLACE = list(`
  hall halls house centre center community infirmary clinic surgery institute building tower station library
  museum gallery theatre theater church chapel cathedral mosque temple synagogue academy arena stadium
  airport harbour harbor hotel market prison jail terminal depot plant factory mill farm estate castle palace
  trust foundation society association club union arts sciences exchange securities bank banks
  high supreme crown magistrates civil
  affairs relations
  directorate bureau committee cabinet
  health safety rescue transport traffic transit environment emergency emergencies disaster response
  operations resources education energy justice defence defense housing finance financial monetary capital
  statistics standards regulation research business marine weather meteorological meteorology
  conduct competition markets prudential investor
  metropolitan metropolitana metropolitano municipal municipalidad nacional empresa consorcio universidad
  universidade universite ministerio calle avenida plaza rua praca
  accident accidents investigation investigations
  river lake bay sea coast creek falls valley ridge hill hills mount mountain plains island islands point
  row quay wharf
  network networks
  alliance coalition party front movement bloc league congress caucus
  labour labor conservative conservatives liberal liberals democrat democrats democratic republican republicans
  socialist socialists social green greens progressive progressives civic unionist unionists nationalist
  nationalists independent independents
  riverside lakeside waterside seaside hillside bayside quayside harbourside parkside
`);

/** Honorifics before a surname: "Ms Hall" is a person, whose name is a story word though "City Hall" is not. */
const SURNAME_HONORIFICS = list('mr mrs ms mx miss dr prof');

/** Whether the word at `start` follows an honorific ("Ms Hall", "Dr. House"): a few characters back at most. */
function afterHonorific(plain: string, start: number): boolean {
  let j = start - 1;
  if (j < 0 || plain.charCodeAt(j) !== 32) return false;
  j--;
  if (j >= 0 && plain.charCodeAt(j) === 46) j--;
  const end = j + 1;
  while (j >= 0 && end - j <= 5 && isLetter(plain.charCodeAt(j))) j--;
  if (j >= 0 && isLetter(plain.charCodeAt(j))) return false;
  return end - j > 2 && SURNAME_HONORIFICS.has(plain.slice(j + 1, end).toLowerCase());
}

/** Words before "by" that open a credit ("Reporting by", "editing by", "Photographs by"). */
const CREDITS = list(`
  reporting reported editing edited writing written compiled produced additional photo photos photograph
  photographs photography pictures images image graphics illustration illustrations video
`);

/** The most capitalised words a credit names before it is taken to have ended (two writers, initials aside). */
const CREDIT_WORDS = 6;

/** What ends a credit's names: a comma, semicolon, colon, bracket, bar, dash, digit or line's end. */
function endsCredit(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 41 || code === 124 || code === 10 || code === 13 ||
    code === 0x2013 || code === 0x2014 || (code >= 48 && code <= 57);
}

/** Whether the word at `start` opens its line, markup aside ("By …", "**By …**", "_By …_"). */
function atLineStart(plain: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && skippedBefore(plain.charCodeAt(j))) j--;
  return j < 0 || plain.charCodeAt(j) === 10 || plain.charCodeAt(j) === 13;
}

/**
 * Words that close the name of a newspaper or a broadcaster ("the Hallam Chronicle", "Tarrow Valley
 * Radio", "Kelso FM"). An outlet, like a wire agency, covers many stories: the words of its name say
 * which outlet spoke, not which story, so a word an article writes only inside such a name ("told the
 * Brayford Gazette") is no story word of it. The same word used otherwise ("Brayford council") stays one.
 */
const OUTLET_ENDS = list(`
  chronicle herald gazette tribune journal courier ledger post times echo telegraph observer examiner argus
  advertiser sentinel dispatch enquirer inquirer bulletin clarion radio fm tv television news newswire wire
`);

/**
 * Words that close the name of a law or a rule-book ("the Market Abuse Regulation", "the Data
 * Protection Act", "the Highway Code"). A law binds every company and every town: a listed company's
 * release cites the same regulation whatever it announces, so a word an article writes only inside
 * such a name says which law, not which story (as a word written only inside an outlet's name).
 */
const LAW_ENDS = list('regulation regulations directive act code treaty convention');

/**
 * Words that close the name of an index ("the Consumer Prices Index", "the Retail Prices Index", "the
 * Bridge Condition Index"). An index is a measure published for a whole country or trade and cited in
 * many of its stories (a rail fare rise and a month's inflation figures both quote the price index),
 * so a word an article writes only inside such a name, and the acronym of that name ("CPI"), says
 * which measure, not which story (as a word written only inside a law's name).
 */
const MEASURE_ENDS = list('index indices indexes');

/** The most letters of an acronym read from a body's name (scanStoryWords). */
const ACRONYM_LETTERS = 6;

/** Wire agencies a questioner may ask for ("JO TATE (Reuters):"). */
const WIRES = list('reuters ap afp bloomberg bbc cnn upi dpa ani pti');

/** The most capitalised words of a questioner's name, and the most characters of the outlet in brackets after it. */
const QUESTIONER_WORDS = 4;
const QUESTIONER_OUTLET = 80;

/**
 * The words of the names a transcript gives its questioners with their outlets ("RHONA SWAN (Clydeside
 * Post): …", "Ian Galt (Kelpie FM):", at a line's start). A reporter at a news conference asks about many
 * stories, as a byline's writer writes them: her name says who asked, not what the story is.
 */
function questionerWords(plain: string): Set<string> {
  const out = new Set<string>();
  let from = 0;
  while (from < plain.length) {
    let end = plain.indexOf('\n', from);
    if (end < 0) end = plain.length;
    readQuestioner(plain, from, end, out);
    from = end + 1;
  }
  return out;
}

/** Adds to `out` the name's words of the line plain[from, to) when it opens with a questioner's label (questionerWords). */
function readQuestioner(plain: string, from: number, to: number, out: Set<string>): void {
  let i = from;
  while (i < to && (plain.charCodeAt(i) === 32 || plain.charCodeAt(i) === 9 || plain.charCodeAt(i) === 0xa0)) i++;
  const keys: string[] = [];
  while (i < to && keys.length < QUESTIONER_WORDS && isUpper(plain.charCodeAt(i))) {
    const start = i;
    while (i < to && isLetter(plain.charCodeAt(i))) i++;
    i = nameEnd(plain, start, i, to);
    keys.push(foldAccents(plain.slice(start, i).toLowerCase()));
    if (i + 1 < to && plain.charCodeAt(i) === 32 && isUpper(plain.charCodeAt(i + 1))) i++;
  }
  if (keys.length === 0) return;
  while (i < to && plain.charCodeAt(i) === 32) i++;
  if (i >= to || plain.charCodeAt(i) !== 40) return;
  // The outlet's closing bracket, looked for a bounded way along the line only (linear on any text).
  let close = i + 1;
  const stop = Math.min(to, i + QUESTIONER_OUTLET + 1);
  while (close < stop && plain.charCodeAt(close) !== 41) close++;
  if (close >= stop) return;
  const outlet = plain.slice(i + 1, close).toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
  if (outlet.length === 0) return;
  const first = outlet[0];
  const last = outlet[outlet.length - 1];
  if (!OUTLET_ENDS.has(first) && !OUTLET_ENDS.has(last) && !WIRES.has(first)) return;
  let j = close + 1;
  while (j < to && (plain.charCodeAt(j) === 32 || plain.charCodeAt(j) === 42 || plain.charCodeAt(j) === 95)) j++;
  if (j >= to || plain.charCodeAt(j) !== 58) return;
  for (const k of keys) if (!common(k)) out.add(k);
}

/** Whether plain[from, to) is one or two blanks: two capitalised words there are one name. */
function blanksOnly(plain: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let k = from; k < to; k++) if (plain.charCodeAt(k) !== 32 && plain.charCodeAt(k) !== 9 && plain.charCodeAt(k) !== 0xa0) return false;
  return true;
}

/** Function words, adverbs and sentence openers the people's lexicon lists ("About", "According", "Despite"). */
const PLAIN_WORDS: readonly ReadonlySet<string>[] = [NOT_FIRST, FUNCTION_WORDS, PREPOSITIONS, DETERMINERS, ADVERBS, MONTHS_AND_DAYS];

/** Whether a word (lower case, accents folded) is common in any news. */
function common(key: string): boolean {
  if (COMMON_IN_ANY_NEWS.has(key)) return true;
  for (const words of PLAIN_WORDS) if (words.has(key)) return true;
  return false;
}

/**
 * Where the word before ends a sentence, a line or a quotation's opening, or is a pictograph that opens
 * a live blog's entry as a bullet does ("👋 Good morning", "⚠️ Warning", "✅ Done"): a capital there
 * proves nothing. Pictographs: the symbols and dingbats of U+2190–U+2BFF, the emoji beyond the BMP
 * (surrogates), and the variation selector and joiner written after or inside them.
 */
function opensSentence(code: number): boolean {
  return (code >= 0xd800 && code <= 0xdfff) || (code >= 0x2190 && code <= 0x2bff) || code === 0xfe0f || code === 0x200d || code === 10 || code === 13 || code === 46 || code === 33 || code === 63 || code === 58 || code === 59 ||
    code === 34 || code === 39 || code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 ||
    code === 45 || code === 0x2013 || code === 0x2014 || code === 124 || code === 0x2022 || code === 41 || code === 93 ||
    (code >= 48 && code <= 57);
}

/** Characters skipped looking back for what opens a word: spaces, and markup left as spaces or not. */
function skippedBefore(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 42 || code === 95 || code === 35 || code === 62 || code === 91 || code === 40;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return code >= 0xc0 && LETTER.test(String.fromCharCode(code));
}

function isUpper(code: number): boolean {
  if (code < 0x80) return code >= 65 && code <= 90;
  return UPPER.test(String.fromCharCode(code));
}

/**
 * The story words of a text: each word (a run of letters, two or more) written with a capital and
 * never in lower case in the text, not common in any news, and written with a capital inside a
 * sentence at least once or at a sentence's start twice or more (a name is; "Editing by …" is not).
 */
export function storyWordsOf(plain: string): ReadonlySet<string> {
  return scanStoryWords(plain).words;
}

/** The story words of a text, and how many times each was written with a capital (storyWordsOf). */
function scanStoryWords(plain: string): { words: Set<string>; capitals: Map<string, number>; questioners: Set<string> } {
  const lower = new Set<string>();
  const inside = new Set<string>();
  const opening = new Map<string, number>();
  const capitals = new Map<string, number>();
  let i = 0;
  const n = plain.length;
  // Capitalised words a credit may still name: a byline ("By Ana Ruiz") or a wire's credits
  // ("Reporting by …; editing by …") names who wrote the article, not whom or where it is about, and
  // one writer covers many stories.
  let credit = 0;
  let previous = '';
  // The run of capitalised words read last (one name, "Hallam Vale Travel"), its story words, and
  // how often each word was written inside an outlet's, a law's or an index's name (OUTLET_ENDS, LAW_ENDS, MEASURE_ENDS).
  let runKeys: string[] = [];
  let runLast = '';
  let lastEnd = -1;
  const inOutlet = new Map<string, number>();
  // The initials of the run's words, and whether each was common in any news or a kind: a body named
  // only in such words ("the Financial Conduct Authority") is in many stories, and so is its
  // acronym ("FCA"), which is no story word either; so is an index's ("Consumer Prices Index", "CPI").
  let initials = '';
  let generic = true;
  const genericAcronyms = new Set<string>();
  const closeRun = (): void => {
    const measure = MEASURE_ENDS.has(runLast);
    if (OUTLET_ENDS.has(runLast) || LAW_ENDS.has(runLast) || measure) for (const k of runKeys) inOutlet.set(k, (inOutlet.get(k) ?? 0) + 1);
    if ((generic || measure) && initials.length >= 2 && initials.length <= ACRONYM_LETTERS) genericAcronyms.add(initials);
    runKeys = [];
    runLast = '';
    initials = '';
    generic = true;
  };
  while (i < n) {
    const code = plain.charCodeAt(i);
    if (!isLetter(code)) { if (credit > 0 && endsCredit(code)) credit = 0; i++; continue; }
    const start = i;
    while (i < n && isLetter(plain.charCodeAt(i))) i++;
    if (i - start < 2) continue;
    const capital = isUpper(plain.charCodeAt(start));
    if (capital) i = nameEnd(plain, start, i, n);
    const word = plain.slice(start, i).toLowerCase();
    if (!(capital && runLast !== '' && blanksOnly(plain, lastEnd, start))) closeRun();
    if (capital) runLast = word;
    lastEnd = i;
    const before = previous;
    previous = word;
    if (word === 'by') {
      if (CREDITS.has(before) || atLineStart(plain, start)) credit = CREDIT_WORDS;
      continue;
    }
    if (!capital) {
      // "Additional reporting by Ana Ruiz in Lisbon": the bureau a writer filed from is the credit's too.
      if (credit > 0 && word !== 'and' && word !== 'in') credit = 0;
      lower.add(word);
      continue;
    }
    if (credit > 0) { credit--; generic = false; continue; }
    // "Flight SC31", "the A320", "route M25": letters glued to digits are a code, and two stories'
    // codes share their letters by chance.
    if (i < n && plain.charCodeAt(i) >= 48 && plain.charCodeAt(i) <= 57) { generic = false; continue; }
    const key = foldAccents(word);
    if (!DETERMINERS.has(key) && !PREPOSITIONS.has(key) && !FUNCTION_WORDS.has(key)) initials += key.charAt(0);
    if (common(key) || (KINDS_OF_PLACE.has(key) && !afterHonorific(plain, start))) continue;
    generic = false;
    capitals.set(key, (capitals.get(key) ?? 0) + 1);
    runKeys.push(key);
    let j = start - 1;
    while (j >= 0 && skippedBefore(plain.charCodeAt(j))) j--;
    if (j < 0 || opensSentence(plain.charCodeAt(j))) opening.set(key, (opening.get(key) ?? 0) + 1);
    else inside.add(key);
  }
  closeRun();
  const out = new Set<string>();
  const folded = new Set<string>();
  for (const w of lower) folded.add(foldAccents(w));
  // A word written with a capital only inside outlets', laws' or indexes' names names the outlet, the law or the measure, not the story.
  for (const [w, count] of inOutlet) if (count >= (capitals.get(w) ?? 0)) folded.add(w);
  for (const a of genericAcronyms) folded.add(a);
  for (const w of inside) if (!folded.has(w)) out.add(w);
  for (const [w, count] of opening) if (count >= 2 && !folded.has(w)) out.add(w);
  const questioners = questionerWords(plain);
  for (const w of questioners) out.delete(w);
  return { words: out, capitals, questioners };
}

/** The hyphen-minus, the hyphen and the non-breaking hyphen: what joins the parts of a double-barrelled name. */
function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

/** The most parts a hyphenated name is read with ("Jean-Marie Ferreira-Lund" has two of two). */
const NAME_PARTS = 3;

/**
 * Where the word whose first letter-run is text[start, end) ends: a hyphenated name whose parts each
 * open with a capital, two letters or more, none common in any news ("Ferreira-Lund", "MURPHY-SOLBERG",
 * "Jean-Luc"), is one word, since a double-barrelled surname is one person's and its halves are other
 * people's names ("Ferreira-Lund" is not "Tomas Ferreira"). With a common part ("Vice-President",
 * "Anglo-French"), or a part in lower case ("Hong Kong-based"), the parts are read apart, as before.
 */
function nameEnd(text: string, start: number, end: number, limit: number): number {
  if (end + 1 >= limit || !isHyphen(text.charCodeAt(end)) || end - start < 2 || !isUpper(text.charCodeAt(start)) ||
    common(foldAccents(text.slice(start, end).toLowerCase()))) return end;
  let last = end;
  for (let parts = 1; parts < NAME_PARTS; parts++) {
    const from = last + 1;
    if (from >= limit || !isHyphen(text.charCodeAt(last)) || !isUpper(text.charCodeAt(from))) break;
    let k = from;
    while (k < limit && isLetter(text.charCodeAt(k))) k++;
    if (k - from < 2 || common(foldAccents(text.slice(from, k).toLowerCase()))) return end;
    last = k;
  }
  // More parts than a name has ("Kessler-Rowe-Ames-Tate") are no one name: read apart.
  if (last < limit && isHyphen(text.charCodeAt(last))) return end;
  return last;
}

/** The words of a person's name (lower case, accents folded), a hyphenated name as one (nameEnd). */
function nameWords(name: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < name.length) {
    if (!isLetter(name.charCodeAt(i))) { i++; continue; }
    const start = i;
    while (i < name.length && isLetter(name.charCodeAt(i))) i++;
    if (i - start < 2) continue;
    i = nameEnd(name, start, i, name.length);
    out.push(foldAccents(name.slice(start, i).toLowerCase()));
  }
  return out;
}

/** Story words once per analysis (an edited draft is a new analysis). */
const wordsByArticle = new WeakMap<ArticleAnalysis, ReadonlySet<string>>();

/**
 * An article's story words: those of its text, and the words of the people's names the engine found
 * in it (a name told only once at a sentence's start, "Okafor said …", is still a name).
 */
export function storyWords(article: ArticleAnalysis): ReadonlySet<string> {
  let words = wordsByArticle.get(article);
  if (!words) {
    const { words: found, capitals, questioners } = scanStoryWords(article.text.plain);
    for (const p of article.people) addNameWords(p.name, found);
    for (const [given, surnames] of givenNames(article, capitals)) {
      found.delete(given);
      for (const surname of surnames) found.add(`${given}_${surname}`);
    }
    // A questioner's name is a reporter's, however the people's finder read it.
    if (questioners.size > 0) {
      for (const w of [...found]) {
        const cut = w.indexOf('_');
        if (questioners.has(w) || (cut > 0 && (questioners.has(w.slice(0, cut)) || questioners.has(w.slice(cut + 1))))) found.delete(w);
      }
    }
    const dated = dateMark(article);
    if (dated) found.add(dated);
    wordsByArticle.set(article, words = found);
  }
  return words;
}

/**
 * The article's own date as a mark kept among its story words ("@2026-11-13"; "@-11-13" when the
 * dateline gives no year), from its dateline only: the dates a report tells (a census day, a deadline,
 * a draft's slip) say what happened when, not when it was written (claims/times/dateline.ts,
 * storyDateline). Null without a day.
 */
function dateMark(article: ArticleAnalysis): string | null {
  const d = storyDateline(article.text, article.dateline);
  if (!d || d.month === undefined || d.day === undefined) return null;
  return `${DATE_MARK}${d.year ?? ''}-${d.month}-${d.day}`;
}

/** The date a mark holds, or null for a word. */
function markedDate(word: string): CalendarDate | null {
  if (word.charAt(0) !== DATE_MARK) return null;
  const [year, month, day] = word.slice(1).split('-').map((p) => (p === '' ? undefined : Number(p)));
  return month === undefined || day === undefined ? null : { year, month, day };
}

/** The date mark among story words, if any. */
function dateOf(words: ReadonlySet<string>): CalendarDate | null {
  for (const w of words) if (w.charAt(0) === DATE_MARK) return markedDate(w);
  return null;
}

/** Days from 1 January of a leap year to a month and day (no year: a day of any year). */
function dayOfYear(month: number, day: number): number {
  return (Date.UTC(2000, month - 1, day) - Date.UTC(2000, 0, 1)) / 86_400_000;
}

/**
 * Whether two articles' own dates lie more than DAYS_APART days apart: by the calendar when both
 * give the year; else by the day of the year either way round (a wire's "Nov 13" is far from 13 May
 * of any year).
 */
function datedApart(a: CalendarDate, b: CalendarDate): boolean {
  if (a.month === undefined || a.day === undefined || b.month === undefined || b.day === undefined) return false;
  if (a.year !== undefined && b.year !== undefined) {
    return Math.abs(Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / 86_400_000 > DAYS_APART;
  }
  const gap = Math.abs(dayOfYear(a.month, a.day) - dayOfYear(b.month, b.day));
  return Math.min(gap, 366 - gap) > DAYS_APART;
}

/** The first letter-run of `text` from `start` to `end` (lower case, accents folded), and where it ends; null when none. */
function firstWord(text: string, start: number, end: number): { key: string; end: number } | null {
  let i = start;
  while (i < end && !isLetter(text.charCodeAt(i))) i++;
  const from = i;
  while (i < end && isLetter(text.charCodeAt(i))) i++;
  if (i > from) i = nameEnd(text, from, i, end);
  return i > from ? { key: foldAccents(text.slice(from, i).toLowerCase()), end: i } : null;
}

/**
 * Given names: words an article writes with a capital only as the first word of a person's name
 * ("Tomas" in "Tomas Ekstrom", every time), never as anyone's last word; each with the last words of
 * the names it opens. Many people share a given name, so a given name alone is no story word: two
 * stories that each name a Tomas or an Ingrid are no nearer for it. The whole name is one
 * ("tomas_ekstrom", a form no word of the text can take), so two reports of one story that name the
 * same Tomas Ekstrom share his surname and his name, as they shared two words before. A word the
 * text also writes otherwise ("Halden" alone, or in "Halden Research") stays a story word.
 */
function givenNames(article: ArticleAnalysis, capitals: ReadonlyMap<string, number>): Map<string, Set<string>> {
  const plain = article.text.plain;
  const asFirst = new Map<string, number>();
  const surnames = new Map<string, Set<string>>();
  const asLast = new Set<string>();
  for (const p of article.people) {
    const words = nameWords(p.name);
    if (words.length < 2) continue;
    const given = words[0];
    const last = words[words.length - 1];
    asLast.add(last);
    let of = surnames.get(given);
    if (!of) surnames.set(given, of = new Set());
    of.add(last);
    for (const m of p.mentions) {
      const first = firstWord(plain, m.start, m.end);
      if (first && firstWord(plain, first.end, m.end)) asFirst.set(first.key, (asFirst.get(first.key) ?? 0) + 1);
    }
  }
  const out = new Map<string, Set<string>>();
  for (const [key, count] of asFirst) {
    const of = surnames.get(key);
    if (!of || asLast.has(key) || FAMILY_NAME_FIRST.has(key) || common(key)) continue;
    if (count >= (capitals.get(key) ?? 0)) out.set(key, of);
  }
  return out;
}

function addNameWords(name: string, into: Set<string>): void {
  let i = 0;
  while (i < name.length) {
    if (!isLetter(name.charCodeAt(i))) { i++; continue; }
    const start = i;
    while (i < name.length && isLetter(name.charCodeAt(i))) i++;
    if (i - start < 2 || !isUpper(name.charCodeAt(start))) continue;
    i = nameEnd(name, start, i, name.length);
    const key = foldAccents(name.slice(start, i).toLowerCase());
    if (!common(key)) into.add(key);
  }
}

/** Whether two articles can tell the same story: unless both name enough and share at most one name. */
export function sameStory(a: ArticleAnalysis, b: ArticleAnalysis): boolean {
  if (a === b || a.path === b.path) return true;
  return sameStoryWords(storyWords(a), storyWords(b));
}

/** sameStory for two articles' story words. */
export function sameStoryWords(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  const xDate = dateOf(x);
  const yDate = dateOf(y);
  if (x.size - (xDate ? 1 : 0) < STORY_WORDS_TO_JUDGE || y.size - (yDate ? 1 : 0) < STORY_WORDS_TO_JUDGE) return true;
  // Two stories of one kind in one region (two eruptions in one country, two strikes in one city)
  // share its places; reports of one story are written days apart at most, and a follow-up weeks on
  // names many of the same people and places. Dated more than a month apart, a few names are the region's.
  const enough = xDate && yDate && datedApart(xDate, yDate) ? SHARED_DESPITE_DATES : SHARED_FOR_SAME_STORY;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const w of small) {
    if (!large.has(w) || w.charAt(0) === DATE_MARK) continue;
    // A person's whole name and surname ("tomas_ekstrom", "ekstrom") are one name shared, not two:
    // one person (a minister, an expert quoted) is named in many stories. The surname counts.
    const cut = w.indexOf('_');
    if (cut > 0 && small.has(w.slice(cut + 1)) && large.has(w.slice(cut + 1))) continue;
    if (++shared >= enough) return true;
  }
  return false;
}

/** Whether two sets of story words are the same words. */
function sameWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const w of a) if (!b.has(w)) return false;
  return true;
}

/** Story words as one string (a stored check says which draft it was made for). */
export function storyStamp(article: ArticleAnalysis): string {
  let stamp = stamps.get(article);
  if (stamp === undefined) stamps.set(article, stamp = [...storyWords(article)].sort().join(' '));
  return stamp;
}

/** storyStamp once per analysis: each check of a draft, and each source a gate met when its verdicts are stored. */
const stamps = new WeakMap<ArticleAnalysis, string>();

/** A verdict a check gave: the source's path, whether it was the same story, and its story words (storyStamp). */
export type Verdict = [path: string, same: boolean, words: string];

/**
 * Whether `article` gives every source of `verdicts` (those a check met) the verdict it had then: a
 * stored check made before a name was typed still holds when none flips. Asked of the sources' story
 * words kept with each verdict (the corpus is the one the check was made against), so a check against
 * part of the corpus need not hold those sources.
 */
export function sameVerdicts(article: ArticleAnalysis, verdicts: readonly Verdict[]): boolean {
  const words = storyWords(article);
  for (const v of verdicts) {
    let theirs = verdictWords.get(v);
    if (!theirs) verdictWords.set(v, theirs = new Set(v[2] === '' ? [] : v[2].split(' ')));
    if (sameStoryWords(words, theirs) !== v[1]) return false;
  }
  return true;
}

/** A verdict's story words read once (a name typed asks the same verdicts again at each keystroke). */
const verdictWords = new WeakMap<Verdict, ReadonlySet<string>>();

let epochs = 0;

/** Corpora holding part of the whole that leave out sources of other stories (partialCorpus.ts). */
const leavingOut = new WeakSet<Corpus>();

/**
 * Marks a corpus holding part of the whole from which another story's sources may be missing: a
 * gate on it never meets them, so it cannot say which of them a change of story words would let in.
 */
export function leavesOutStrangers(corpus: Corpus): void {
  leavingOut.add(corpus);
}

/**
 * One article's gate on one corpus generation: the verdicts it gave (same story or not) for each
 * source a look-up met, and the view of the corpus that leaves out the strangers. An edit of the
 * article that changes its story words asks every remembered verdict again: while none changes, what
 * was checked through the gate stays right, and `epoch` stays; when one does, `epoch` changes (the
 * incremental check then forgets its results).
 */
export class StoryGate {
  readonly view: Corpus;
  epoch = ++epochs;
  private readonly verdicts = new Map<string, boolean>();

  constructor(readonly corpus: Corpus, public article: ArticleAnalysis, readonly generation: number) {
    this.view = gated(corpus, (a) => this.kept(a));
  }

  /**
   * Whether the verdicts cover every source the check's look-ups could hand out: not on a part of the
   * corpus that left out other stories' sources (a look-up never met them, so no verdict was given).
   */
  get whole(): boolean {
    return !leavingOut.has(this.corpus);
  }

  /** The verdicts given so far: each source's path a look-up met, and whether it was the same story. */
  met(): Verdict[] {
    const out: Verdict[] = [];
    for (const [path, same] of this.verdicts) {
      const source = this.corpus.get(path)?.article;
      if (source) out.push([path, same, storyStamp(source)]);
    }
    return out;
  }

  /** Whether a source's claims reach the article's check. */
  kept(source: ArticleAnalysis): boolean {
    let same = this.verdicts.get(source.path);
    if (same === undefined) this.verdicts.set(source.path, same = sameStory(this.article, source));
    return same;
  }

  /** The article after an edit: the same gate, its verdicts asked again when its story words changed. */
  edited(article: ArticleAnalysis): void {
    const before = this.article;
    this.article = article;
    if (before === article || sameWords(storyWords(before), storyWords(article))) return;
    // Sources left out as strangers were never met: any of them may be the story now.
    let changed = !this.whole;
    for (const [path, same] of this.verdicts) {
      const source = this.corpus.get(path)?.article;
      const now = source ? sameStory(article, source) : true;
      if (now !== same) { changed = true; this.verdicts.set(path, now); }
    }
    if (changed) this.epoch = ++epochs;
  }
}

const gates = new WeakMap<Corpus, Map<string, StoryGate>>();

/**
 * The gate of `article` (by path) on the corpus as it is now: made once per corpus generation and
 * kept over the article's edits, so the check of each claim, and each keystroke, asks it again for free.
 */
export function storyGate(corpus: Corpus, article: ArticleAnalysis): StoryGate {
  let byPath = gates.get(corpus);
  if (!byPath) gates.set(corpus, byPath = new Map());
  let gate = byPath.get(article.path);
  if (!gate || gate.generation !== corpus.generation) byPath.set(article.path, gate = new StoryGate(corpus, article, corpus.generation));
  else gate.edited(article);
  return gate;
}

/** The corpus a check of `article` reads: its own story's sources only. */
export function storyCorpus(corpus: Corpus, article: ArticleAnalysis): Corpus {
  return storyGate(corpus, article).view;
}

/**
 * A view of `corpus` whose look-ups hand out only the claims of sources `kept` lets through. It
 * inherits everything else (the statistics, the speakers' directory, the generation) from the corpus.
 */
function gated(corpus: Corpus, keep: (source: ArticleAnalysis) => boolean): Corpus {
  const kept = <T extends { article: ArticleAnalysis }>(x: T): boolean => keep(x.article);
  const view = Object.create(corpus) as Corpus;
  view.all = function* () { for (const c of corpus.all()) if (kept(c)) yield c; };
  view.get = (path: string): ArticleClaims | undefined => {
    const c = corpus.get(path);
    return c && kept(c) ? c : undefined;
  };
  view.figuresOfClass = function* (cls: string, exceptPath?: string) { for (const f of corpus.figuresOfClass(cls, exceptPath)) if (kept(f)) yield f; };
  view.figureCandidates = (f, tolerance, maxRatio, exceptPath): FigureRef[] => [...corpus.figureCandidates(f, tolerance, maxRatio, exceptPath)].filter(kept);
  view.sourcesWithWord = (word: string, exceptPath?: string): ArticleClaims[] => [...corpus.sourcesWithWord(word, exceptPath)].filter(kept);
  const bySource = (groups: TimeRef[][]): TimeRef[][] => groups.filter((g) => g.length === 0 || kept(g[0]));
  view.clockCandidates = (t, exceptPath) => bySource(corpus.clockCandidates(t, exceptPath));
  view.dateCandidates = (t, days, exceptPath) => bySource(corpus.dateCandidates(t, days, exceptPath));
  view.yearCandidates = (years, exceptPath) => bySource(corpus.yearCandidates(years, exceptPath));
  view.weekdayCandidates = (t, exceptPath) => bySource(corpus.weekdayCandidates(t, exceptPath));
  view.quoteCandidates = (words, exceptPath): Set<QuoteRef> => {
    const out = new Set<QuoteRef>();
    for (const q of corpus.quoteCandidates(words, exceptPath)) if (kept(q)) out.add(q);
    return out;
  };
  view.statementsOf = function* (speaker: string, exceptPath?: string): IterableIterator<StatementRef> {
    for (const s of corpus.statementsOf(speaker, exceptPath)) if (kept(s)) yield s;
  };
  return view;
}
