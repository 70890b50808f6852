// Name-shaped runs of capitalised words, and the tests that tell a person's name from an
// organisation, a place or a capitalised common word.
import type { Token } from './tokens';
import { adjacent } from './tokens';
import { remembering } from '../../local';
import { isGivenName } from './givenNames';
import { familyNameFirst } from './nameOrder';
import { mapped } from '../../mapped';
import {
  ADVERBS, COMMON_VERBS, DETERMINERS, FIRST_NAMES, HONORIFICS, MONTHS_AND_DAYS, NOT_FIRST, OFFICE_TITLES,
  ORG_WORDS, PARTICLES, PLACES, ROLE_NOUNS, SPEECH_VERBS, WEAK_SPEECH_VERBS, isRoleWord,
} from './lexicon';

/** A run of name words inside one sentence's tokens: [first, last] inclusive. */
export interface NameRun {
  first: number;
  last: number;
  /** Index of a title token directly before the run ("Sen.", "President", "Mr."), or -1. */
  title: number;
}

// Patterns made once: the bundler writes a literal with \p{…} as `new RegExp(…)`, built again at every call.
const SHORT_HONORIFIC = /^(mr|mrs|ms|dr)$/;
const SHORT_HONORIFIC_CASED = /^(Mr|Mrs|Ms|Dr)$/;
const NOT_LETTERS = /[^\p{L}]/gu;
const DOTTED_CAPITALS = /^(?:\p{Lu}\.){2,}$/u;
const INITIAL = /^\p{Lu}\.$/u;
const HYPHENED_PARTICLE = /^(al|el|bin|ibn)-\p{Lu}/u;
const LOWER_PAST = /^\p{Ll}+ed$/u;
/** The first word of each place: other runs need not be joined to be looked up. */
const PLACE_FIRST_WORDS = new Set([...PLACES].map((p) => p.split('_')[0]));

export function isTitle(t: Token): boolean {
  if (t.kind !== 'word' || !t.cap || t.possessive) return false;
  // British "Mr Amorim" has no period; "MS" (all capitals) is not "Ms".
  if (t.lower.length <= 3 && SHORT_HONORIFIC.test(t.lower)) return SHORT_HONORIFIC_CASED.test(t.text);
  return HONORIFICS.has(t.lower) || OFFICE_TITLES.has(t.lower);
}

export function isHonorific(t: Token): boolean {
  return HONORIFICS.has(t.lower);
}

/** A capitalised word that can be part of a name: not an acronym, not a lone letter like "X". */
export function isNameWord(t: Token): boolean {
  if (t.kind !== 'word' || !t.cap) return false;
  // Most words are ASCII letters alone ("Musk", "CEO"): read in place, with the same answers as below.
  const text = t.text;
  let lower = false;
  let k = 0;
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) lower = true;
    else if (!(c >= 65 && c <= 90)) break;
  }
  if (k === text.length) return text.length > 1 && (lower || text.length < 3);
  const letters = t.text.replace(NOT_LETTERS, '');
  if (letters.length === 0) return false;
  if (t.text.length === 1) return false; // "X", "I", "A"
  if (DOTTED_CAPITALS.test(t.text)) return false; // "U.S.", "D.C.": an abbreviation, not initials
  if (INITIAL.test(t.text)) return true; // initial "J."
  const upper = letters === letters.toUpperCase();
  if (upper && letters.length >= 3) return false; // "CEO", "NYU", "TELEGRAM"
  return true;
}

/**
 * Runs found per sentence's tokens: the people stage asks for each sentence in each of its three
 * passes. For an article analysed once (a source), only the text read last's are kept: a WeakMap
 * by every token array ever read left an entry per sentence of every source, an ephemeron every
 * collection of the young generation traces, and the people stage ran about a fifth slower with it.
 * While an article is edited (local.ts remembering), its unchanged sentences keep their token
 * arrays from one analysis to the next, and their runs are kept with them in the WeakMap.
 */
let runsPlain = '';
let runsOfText = new Map<Token[], KnownRuns>();
const runsOfTokens = new WeakMap<Token[], KnownRuns>();

/** A sentence's runs, and once asked for, the same runs trimmed (two passes trim every run). */
interface KnownRuns {
  runs: readonly NameRun[];
  trimmed: readonly (NameRun | null)[] | undefined;
}

function knownRuns(plain: string, tokens: Token[]): KnownRuns {
  let kept: Map<Token[], KnownRuns> | WeakMap<Token[], KnownRuns> = runsOfTokens;
  if (!remembering()) {
    if (plain !== runsPlain) runsOfText = new Map();
    // Held even when equal: a new string of the same text would otherwise be compared whole at every call.
    runsPlain = plain;
    kept = runsOfText;
  }
  let known = kept.get(tokens);
  if (!known) {
    known = { runs: scanRuns(plain, tokens), trimmed: undefined };
    kept.set(tokens, known);
  }
  return known;
}

/** Runs of adjacent name words (particles allowed inside), split at titles. */
export function findRuns(plain: string, tokens: Token[]): readonly NameRun[] {
  return knownRuns(plain, tokens).runs;
}

/** trimRun of each of findRuns's runs, in the same order, remembered with them. */
export function trimmedRuns(plain: string, tokens: Token[]): readonly (NameRun | null)[] {
  const known = knownRuns(plain, tokens);
  return (known.trimmed ??= mapped(known.runs, (run) => trimRun(tokens, run)));
}

function scanRuns(plain: string, tokens: Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // Neither a title nor a name word: most tokens (lower case, punctuation, numbers).
    if (!t.cap) { i++; continue; }
    if (isTitle(t)) {
      // "Prime Minister", "Vice President": the whole title chain precedes the name.
      let j = i;
      while (j + 1 < tokens.length && isTitle(tokens[j + 1]) && adjacent(plain, tokens[j], tokens[j + 1])) j++;
      if (j + 1 < tokens.length && isNameWord(tokens[j + 1]) && !isTitle(tokens[j + 1]) && adjacent(plain, tokens[j], tokens[j + 1])) {
        const last = extendRun(plain, tokens, j + 1);
        runs.push({ first: j + 1, last, title: j });
        i = last + 1;
        continue;
      }
      i = j + 1;
      continue;
    }
    if (isNameWord(t)) {
      const last = extendRun(plain, tokens, i);
      runs.push({ first: i, last, title: -1 });
      i = last + 1;
      continue;
    }
    i++;
  }
  return runs;
}

function extendRun(plain: string, tokens: Token[], first: number): number {
  let last = first;
  for (;;) {
    const cur = tokens[last];
    if (cur.possessive) break;
    const next = tokens[last + 1];
    if (!next || !adjacent(plain, cur, next)) break;
    if (isTitle(next)) break;
    if (isNameWord(next)) { last++; continue; }
    // Particles only between name words: "von der Leyen", "bin Salman".
    if (next.kind === 'word' && PARTICLES.has(next.lower)) {
      let k = last + 1;
      while (tokens[k + 1] && PARTICLES.has(tokens[k + 1].lower) && adjacent(plain, tokens[k], tokens[k + 1])) k++;
      const after = tokens[k + 1];
      if (after && isNameWord(after) && adjacent(plain, tokens[k], after)) { last = k + 1; continue; }
    }
    // "al-Assad": a lower-case particle joined by a hyphen.
    if (next.kind === 'word' && HYPHENED_PARTICLE.test(next.text)) { last++; continue; }
    break;
  }
  return last;
}

/** Drops capitalised sentence openers and adjectives glued to a name ("Meanwhile Musk", "Democratic Arizona"). */
export function trimRun(tokens: Token[], run: NameRun): NameRun | null {
  let first = run.first;
  // Openers and role nouns glued on by capitalisation: "Meanwhile Musk", "Striker Leo Marchetti".
  while (first <= run.last && (NOT_FIRST.has(tokens[first].lower) || (isRoleWord(tokens[first].lower) && run.last - first >= 2))) first++;
  let last = run.last;
  while (last >= first && (PARTICLES.has(tokens[last].lower) || isSuffix(tokens[last].text))) {
    if (isSuffix(tokens[last].text) && last > first) { last--; continue; }
    if (PARTICLES.has(tokens[last].lower)) { last--; continue; }
    break;
  }
  if (first > last) return null;
  first = portfolioStart(tokens, first, last);
  first = afterPortfolio(tokens, run.first) ? portfolioNameStart(tokens, first, last) : givenNameStart(tokens, first, last);
  return { first, last, title: first === run.first ? run.title : -1 };
}

/** Words that name a government portfolio ("Secretary for Transport", "Minister of Health"). */
const PORTFOLIOS = new Set([
  'transport', 'transportation', 'health', 'education', 'finance', 'justice', 'defence', 'defense', 'housing',
  'energy', 'environment', 'agriculture', 'culture', 'trade', 'labour', 'labor', 'employment', 'economy',
  'infrastructure', 'communities', 'security', 'immigration', 'tourism', 'sport', 'sports', 'planning',
  'fisheries', 'industry', 'interior', 'treasury', 'welfare', 'children', 'equalities',
]);

/**
 * "Cabinet Secretary for Transport Llŷr Bowen": a portfolio after "<office> for/of" runs on into the
 * name when the given name is one no list knows. Its words are dropped while two name words remain.
 */
function portfolioStart(tokens: Token[], first: number, last: number): number {
  const linker = tokens[first - 1];
  const office = tokens[first - 2];
  if (!linker || !office || (linker.lower !== 'for' && linker.lower !== 'of') || linker.cap) return first;
  if (!OFFICE_TITLES.has(office.lower) && !OFFICE_ENDS.has(office.lower)) return first;
  let k = first;
  while (last - k >= 2 && PORTFOLIOS.has(tokens[k].lower)) k++;
  return k;
}

/**
 * "… Minister for Climate Crisis and Civil Protection Nikos Charalambidis": the capitalised words of a
 * department run on into the name. A given name after words that are none, followed by one or two
 * more name words, starts the name.
 */
function givenNameStart(tokens: Token[], first: number, last: number): number {
  if (last - first < 2 || isGivenName(tokens[first].lower)) return first;
  for (let k = Math.max(first + 1, last - 2); k < last; k++) {
    if (!isGivenName(tokens[k].lower)) continue;
    for (let j = first + 1; j < k; j++) if (isGivenName(tokens[j].lower)) return first;
    return k;
  }
  return first;
}

/** Words that join the capitalised words of a portfolio ("Secretary for Health and Social Care"). */
const PORTFOLIO_JOINS = new Set(['for', 'of', 'and', '&']);

/**
 * The run goes on from a title's portfolio: "Secretary for Health and Social Care Alasdair Reid",
 * the run starting after a join, and capitalised words and joins back to "for"/"of" after a title.
 */
function afterPortfolio(tokens: Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before || before.kind !== 'word' || !PORTFOLIO_JOINS.has(before.lower)) return false;
  for (let k = first - 1; k >= 1 && first - k <= 10; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if ((t.lower === 'for' || t.lower === 'of') && (isTitle(tokens[k - 1]) || OFFICE_ENDS.has(tokens[k - 1].lower))) return true;
    if (!t.cap && !PORTFOLIO_JOINS.has(t.lower)) return false;
  }
  return false;
}

/**
 * After a portfolio a department word can also be a given name ("Care", "Grace"): the name is the
 * earliest given name from which only given names lead to the surname ("Care Alasdair Reid" → Alasdair).
 */
function portfolioNameStart(tokens: Token[], first: number, last: number): number {
  for (let k = first + 1; k < last; k++) {
    let given = true;
    for (let j = k; j < last && given; j++) given = isGivenName(tokens[j].lower);
    if (given) return k;
  }
  return givenNameStart(tokens, first, last);
}

/** A word of a title or role in capitals: "Executive", "Officer", "Chief" (a function made once, not a closure per run). */
function isRoleOrTitle(w: string): boolean {
  return ROLE_NOUNS.has(w) || OFFICE_TITLES.has(w) || HONORIFICS.has(w) || w === 'chief' || w === 'deputy' || w === 'acting';
}

/** Words that close a title and are no one's surname: "Medical Officer", "Foreign Minister", "Chief Executive". */
const OFFICE_ENDS = new Set(['officer', 'executive', 'secretary', 'minister', 'director', 'commissioner', 'adviser', 'advisor', 'administrator', 'superintendent', 'spokesperson', 'spokesman', 'spokeswoman']);

/**
 * Words that close the name of a department, no one's surname: "General Manager, Corporate
 * Communications", "Director, Public Affairs", "Head, Human Resources".
 */
const DEPARTMENT_ENDS = new Set(['affairs', 'resources', 'logistics', 'marketing', 'procurement', 'compliance']);

/** A department's last word: one of the list, or a plural noun in "-tions"/"-sions" ("Relations", "Operations", "Admissions"). */
function isDepartmentEnd(lower: string): boolean {
  return DEPARTMENT_ENDS.has(lower) || (lower.length >= 8 && (lower.endsWith('tions') || lower.endsWith('sions')));
}

/** Words naming a kind of storm before its given name ("Storm" alone is also a given name). */
const STORM_WORDS = new Set(['cyclone', 'hurricane', 'typhoon', 'superstorm', 'supertyphoon']);

/** A generational suffix: "Jr.", "Sr", "III" (three characters at most, so longer words skip the pattern). */
function isSuffix(text: string): boolean {
  return text.length <= 3 && /^(jr\.?|sr\.?|ii|iii|iv)$/i.test(text);
}

/** Why a run can never be a person, whatever the evidence. */
export function rejectReason(tokens: Token[], run: NameRun): string | null {
  // The core words' lower cases (particles left out), read straight from the tokens into an array of
  // their number: every run is asked, and an array grown by push is made two or three times.
  let n = 0;
  for (let i = run.first; i <= run.last; i++) if (!PARTICLES.has(tokens[i].lower)) n++;
  if (n === 0) return 'empty';
  const lowers = new Array<string>(n);
  for (let i = run.first, k = 0; i <= run.last; i++) if (!PARTICLES.has(tokens[i].lower)) lowers[k++] = tokens[i].lower;
  // "Theresa May" is a name; "Monday March", "Tuesday" are dates.
  const named = run.title >= 0 || (FIRST_NAMES.has(lowers[0]) && !MONTHS_AND_DAYS.has(lowers[0]));
  for (let i = 0; i < lowers.length; i++) if (MONTHS_AND_DAYS.has(lowers[i]) && !(named && i > 0)) return 'date';
  if (PLACE_FIRST_WORDS.has(lowers[0]) && PLACES.has(lowers.join('_'))) return 'place';
  // "Executive Officer", "Chief Minister": titles and roles in capitals, no name among them.
  if (lowers.every(isRoleOrTitle)) return 'role';
  // "Chief Veterinary Officer", "Home Secretary": a word of office closing words that are no given name.
  if (lowers.length > 1 && OFFICE_ENDS.has(lowers[lowers.length - 1]) && !isGivenName(lowers[0]) && !FIRST_NAMES.has(lowers[0])) return 'role';
  // "Severe Tropical Cyclone Oren", "Hurricane Tavish", "Tropical Storm Ana": storms take people's names.
  for (let i = 0; i < lowers.length - 1; i++) if (STORM_WORDS.has(lowers[i]) || (lowers[i] === 'tropical' && lowers[i + 1] === 'storm')) return 'storm';
  const lastWord = lowers[lowers.length - 1];
  const firstKnown = FIRST_NAMES.has(lowers[0]);
  // "Park Ji-woo", "Hong Min-jun": a Korean family name before a hyphened given name is a person, though
  // the family name is also a word of places ("Central Park") or organisations.
  const familyFirst = familyNameFirst(lowers);
  if (ORG_WORDS.has(lastWord) && !(firstKnown && lowers.length === 2) && !familyFirst) return 'organisation';
  if (isDepartmentEnd(lastWord)) return 'department';
  for (let i = 0; i < lowers.length - 1; i++) if (ORG_WORDS.has(lowers[i]) && !firstKnown && !familyFirst) return 'organisation';
  // "Recorded Future", "United Airlines": a past participle never opens a name.
  const w0 = lowers[0];
  if (lowers.length > 1 && w0.length >= 5 && w0.endsWith('ed') && !w0.endsWith('eed') && !firstKnown) return 'participle';
  if (w0.endsWith('ing') && w0.length >= 6 && !firstKnown) return 'participle';
  return null;
}

export function isSpeechVerb(t: Token | undefined, strongOnly = false): boolean {
  if (!t || t.kind !== 'word' || t.cap) return false;
  if (!SPEECH_VERBS.has(t.lower)) return false;
  return !strongOnly || !WEAK_SPEECH_VERBS.has(t.lower);
}

/** A word that shows the token before it is the subject of a clause ("Reese expressed", "Musk has"). */
export function isVerbLike(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap) return false;
  if (SPEECH_VERBS.has(t.lower) || COMMON_VERBS.has(t.lower)) return true;
  // Regular past tenses: "expressed", "identified"; not "speed", "hundred".
  const lower = t.lower;
  return lower.length >= 4 && lower.endsWith('ed') && LOWER_PAST.test(lower) && !lower.endsWith('eed') && lower !== 'hundred';
}

/** Index of the first token after `i` that is not an adverb, within the sentence. */
export function skipAdverbs(tokens: Token[], i: number): number {
  let k = i;
  while (k < tokens.length && tokens[k].kind === 'word' && ADVERBS.has(tokens[k].lower)) k++;
  return k;
}

/** The token just before a run, or before its title. */
export function tokenBefore(tokens: Token[], run: NameRun): Token | undefined {
  const at = run.title >= 0 ? run.title : run.first;
  return tokens[at - 1];
}

export function isDeterminer(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && DETERMINERS.has(t.lower);
}
