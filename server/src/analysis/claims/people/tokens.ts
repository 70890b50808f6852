// Word tokens of one sentence: enough structure to find names, speech verbs and appositions
// without a tagger. Hand-written scanner, linear in the text.
import type { Sentence, Span } from '../../types';
import { localAt, remembering, type Shift } from '../../local';
import { isAsciiLetter } from '../../text/codes';
import { hashUnit, sharedLower, sharedWord, sharedWordHashed } from '../../text/wordStrings';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** The token as written (a possessive "’s" is left out; a title's period is kept: "Sen."). */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** First letter is upper case: "Musk", "CyberSheath", "JD". */
  cap: boolean;
  /** Followed by a possessive "’s"/"'s", or a plural possessive "s’" ("Hamas’"). */
  possessive: boolean;
  /** Offset just past the possessive ending, or `end` when there is none. */
  after: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'lt', 'sgt', 'prof', 'st', 'jr', 'sr',
  'rev', 'hon', 'supt', 'insp', 'det', 'cpl', 'maj', 'adm', 'pres', 'cllr', 'atty', 'amb', 'messrs',
]);

/**
 * Given names written short before the rest of a name ("Ma. Teresa Cruz" for María, "Wm. Hale"):
 * their period is kept, as a title's is, only where another capitalised word follows in the sentence
 * ("… founder Jack Ma." ends its sentence on a surname).
 */
export const SHORT_GIVEN_NAMES: ReadonlySet<string> = new Set(['ma', 'wm', 'chas', 'jas', 'thos', 'geo', 'jos', 'benj', 'robt', 'saml']);

/** A capital letter after the blanks from `at`, before `end`. */
function capitalAfter(plain: string, at: number, end: number): boolean {
  let k = at;
  while (k < end && (plain.charCodeAt(k) === 32 || plain.charCodeAt(k) === 9)) k++;
  return k > at && k < end && CAPITAL.test(plain.charAt(k));
}

const LETTER = /\p{L}|\p{M}/u;
// Patterns made once: the bundler writes a literal with \p{…} as `new RegExp(…)`, built again at every call.
const ONE_CAPITAL = /^\p{Lu}$/u;
const CAPITAL = /\p{Lu}/u;
/** Non-ASCII code units read so far: 1 a letter or mark, 2 not (the pattern is asked once per unit). */
const nonAsciiLetter = new Uint8Array(65536);
/** Whether the UTF-16 code unit `code` is a letter (or mark), as /\p{L}|\p{M}/u reads it alone. */
const isLetterCode = (code: number): boolean => {
  if (code < 128) return isAsciiLetter(code);
  let known = nonAsciiLetter[code];
  if (known === 0) nonAsciiLetter[code] = known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
};
const isLetter = (c: string): boolean => isLetterCode(c.charCodeAt(0));
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;
/** ’ or ' */
const isApostropheCode = (code: number): boolean => code === 0x2019 || code === 39;
/** - or ‐ */
const isHyphenCode = (code: number): boolean => code === 45 || code === 0x2010;

/** Tokens of one sentence; remembered while the article is edited (local.ts). */
export function sentenceTokensOf(plain: string, sentence: Sentence, index: number): Token[] {
  const { start, end } = sentence.span;
  // Nothing remembered (a source): no closure and place for local() at each of the stages that ask.
  if (!remembering()) return textTokens(plain, start, end);
  // Made afresh, not from textTokens's cache: the memo moves its arrays in place, so none may be
  // shared with another article's memo (two open drafts of the same text).
  tokenPlain = plain;
  return localAt('tokens', plain, start, end, index, sentence.paragraph, tokenizeSpan, sentence.span, '', movedTokens, shiftTokens);
}

/**
 * sentenceTokensOf's computation, one function for every sentence (no closure per sentence): the
 * text is the one sentenceTokensOf was called with just before (the memo computes at once, and
 * tokenize asks for no tokens itself).
 */
let tokenPlain = '';
const tokenizeSpan = (span: Span): Token[] => tokenize(tokenPlain, span.start, span.end);

/** movedTokens in place: nothing keeps a sentence's tokens past the analysis and check that asked for them. */
export function shiftTokens(tokens: Token[], shift: Shift): void {
  const d = shift.offset;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    t.start += d;
    t.end += d;
    t.after += d;
  }
}

/** Tokens moved as local.ts's moved() moves them (the same keys in the same order): a keystroke moves every token after it. */
export function movedTokens(tokens: Token[], shift: Shift): Token[] {
  const d = shift.offset;
  const out = new Array<Token>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    out[i] = { kind: t.kind, text: t.text, lower: t.lower, start: t.start + d, end: t.end + d, cap: t.cap, possessive: t.possessive, after: t.after + d };
  }
  return out;
}

/**
 * Tokens of the sentences of the text read last, by where they start: people, quotes and the
 * corpus's statements each ask for a sentence's tokens, one stage after another, so one array serves
 * them all (tokens are read-only, as the 'tokens' stage of local.ts hands them out). Only the last
 * text's are kept, so they die young: kept for the last 600 sentences of any text (a WeakMap by
 * sentence, as before), every token outlived a collection of the young generation and was copied
 * into the old one, and the collector's share of the people stage was about a third.
 */
let recentPlain = '';
let recent = new Map<number, { end: number; tokens: Token[] }>();

/** Tokens of plain[start, end), remembered while `plain` is the text read last. */
export function textTokens(plain: string, start: number, end: number): Token[] {
  if (plain !== recentPlain) { recentPlain = plain; recent = new Map(); }
  const known = recent.get(start);
  if (known && known.end === end) return known.tokens;
  const tokens = tokenize(plain, start, end);
  recent.set(start, { end, tokens });
  return tokens;
}

/** Tokens of plain[start, end). Reads code units (no one-character strings), as the pattern-free scanner it always was. */
/** Letters NFD leaves whole, spelt as English-language outlets spell them ("Sølvberg" as "Solvberg"). */
const PLAIN_LETTER: Record<string, string> = { 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'æ': 'ae', 'ß': 'ss', 'ı': 'i', 'œ': 'oe' };
const PLAIN_LETTERS = /[łøđðþæßıœ]/g;

/**
 * "Hélène" and "Helene", "Sánchez" and "Sanchez", "Sølvberg" and "Solvberg" are one name: outlets
 * differ in keeping accents, so a name's lower case drops them (a person's key and every lookup of it
 * read this form).
 */
export function foldAccents(lower: string): string {
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) >= 0xc0) return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(PLAIN_LETTERS, (c) => PLAIN_LETTER[c]);
  }
  return lower;
}

export function tokenize(plain: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let postNominal = false;
  let i = start;
  while (i < end) {
    const c = plain.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0) { i++; continue; }
    if (isLetterCode(c)) {
      // "U.S.", "U.K.", "D.C.": letters with periods are one abbreviation, not initials of a name.
      // Most words: no period right after the first letter (dottedLetters's own first test, made here).
      const dotted = i + 1 < end && plain.charCodeAt(i + 1) === 46 ? dottedLetters(plain, i, end) : i;
      if (dotted > i) {
        const text = sharedWord(plain, i, dotted);
        out.push({ kind: 'word', text, lower: sharedLower(text), start: i, end: dotted, cap: true, possessive: false, after: dotted });
        i = dotted;
        continue;
      }
      let j = i + 1;
      // Lower-case ASCII throughout (most words): the text is its own lower case.
      let lowered = c >= 97 && c <= 122;
      let accented = c >= 0xc0;
      // The word's hash for sharedWordHashed, made as its units are read.
      let h = hashUnit(0, c);
      for (;;) {
        if (j >= end) break;
        const d = plain.charCodeAt(j);
        if (isLetterCode(d) || isDigitCode(d)) {
          if (d >= 128 || (d >= 65 && d <= 90)) lowered = false;
          if (d >= 0xc0) accented = true;
          h = hashUnit(h, d);
          j++;
          continue;
        }
        // Inner hyphen or apostrophe followed by a letter: "Okonjo-Iweala", "O’Brien", "We’re".
        if ((isHyphenCode(d) || isApostropheCode(d)) && j + 1 < end && isLetterCode(plain.charCodeAt(j + 1))) {
          // "Musk’s" ends the word: the possessive is not part of the name.
          if (isApostropheCode(d) && isEssCode(plain.charCodeAt(j + 1)) && (j + 2 >= end || !isLetterCode(plain.charCodeAt(j + 2)))) break;
          if (d >= 128) lowered = false;
          h = hashUnit(h, d);
          j++;
          continue;
        }
        break;
      }
      let text = sharedWordHashed(plain, i, j, h);
      let wordEnd = j;
      let possessive = false;
      let after = j;
      if (j < end && isApostropheCode(plain.charCodeAt(j))) {
        if (j + 1 < end && isEssCode(plain.charCodeAt(j + 1)) && (j + 2 >= end || !isLetterCode(plain.charCodeAt(j + 2)))) {
          possessive = true;
          after = j + 2;
        } else if (isEssCode(plain.charCodeAt(j - 1)) && (j + 1 >= end || !isLetterCode(plain.charCodeAt(j + 1))) && plain.charCodeAt(j) === 0x2019 && text.length > 1) {
          // "Hamas’ surprise": a plural possessive, unless it closes a single-quoted phrase (left to quotes).
          possessive = true;
          after = j + 1;
        }
      }
      let lower = lowered ? text : accented ? foldAccents(sharedLower(text)) : sharedLower(text);
      // Keep the period of a title or an initial: "Sen.", "Dr.", "J."
      if (!possessive && j < end && plain.charCodeAt(j) === 46 && (ABBREVIATIONS.has(lower) || ONE_CAPITAL.test(text) || (SHORT_GIVEN_NAMES.has(lower) && capitalAfter(plain, j + 1, end)))) {
        wordEnd = j + 1;
        text = sharedWord(plain, i, wordEnd);
        lower = sharedLower(text);
        after = wordEnd;
      }
      out.push({ kind: 'word', text, lower, start: i, end: wordEnd, cap: capital(c, text), possessive, after });
      // Every post-nominal begins with an ASCII capital: most short words are not looked up.
      if (c >= 65 && c <= 90 && text.length <= 3 && POST_NOMINALS.has(text)) postNominal = true;
      i = after;
      continue;
    }
    if (isDigitCode(c)) {
      let j = i + 1;
      for (;;) {
        if (j >= end) break;
        const d = plain.charCodeAt(j);
        if (isDigitCode(d) || ((d === 44 || d === 46) && j + 1 < end && isDigitCode(plain.charCodeAt(j + 1)))) { j++; continue; }
        break;
      }
      const text = sharedWord(plain, i, j);
      out.push({ kind: 'number', text, lower: text, start: i, end: j, cap: false, possessive: false, after: j });
      i = j;
      continue;
    }
    const p = c < 256 ? plain[i] : punctuation(c);
    out.push({ kind: 'punct', text: p, lower: p, start: i, end: i + 1, cap: false, possessive: false, after: i + 1 });
    i++;
  }
  return postNominal ? withoutPostNominals(out) : out;
}

/**
 * Letters after a name that say what the person is, not who: "Richard Okonjo KC", "Jo Park MP",
 * "Ann Lee OBE". Matched as written, in capitals.
 */
const POST_NOMINALS: ReadonlySet<string> = new Set([
  'KC', 'QC', 'SC', 'MP', 'MSP', 'MLA', 'MEP', 'TD', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'JP', 'FRS', 'PhD',
]);

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * "Helen Amadi KC told the jury", "said Helen Amadi KC." and "Helen Amadi" are one speaker: letters
 * closing a name of two capitalised words or more are left out of the sentence's tokens, so the name
 * ends where the bare name does and what follows it (a verb, an apposition) is read beside it. Not
 * before another capitalised word: "Labour MP Nadia Ferrant" names the role.
 */
function withoutPostNominals(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    const a = tokens[k - 1];
    const b = tokens[k - 2];
    // "a Labour Party MP", "the Green Party MEP": capitals after an article are a party's name, and the letters its member.
    const article = tokens[k - 3];
    const afterArticle = article !== undefined && article.kind === 'word' && !article.cap && ARTICLES.has(article.lower);
    const closesName = t.kind === 'word' && POST_NOMINALS.has(t.text) && !t.possessive &&
      a !== undefined && b !== undefined && a.kind === 'word' && b.kind === 'word' && a.cap && b.cap && !a.possessive && !b.possessive &&
      !(next !== undefined && next.kind === 'word' && next.cap) && !afterArticle;
    if (!closesName) out.push(t);
  }
  return out;
}

/** One string per punctuation mark outside Latin-1 (“ ” — ’), made once: V8 keeps only Latin-1 characters as one string each. */
const punctuationText = new Map<number, string>();
function punctuation(code: number): string {
  let text = punctuationText.get(code);
  if (text === undefined) punctuationText.set(code, text = String.fromCharCode(code));
  return text;
}

/** s or S */
function isEssCode(code: number): boolean {
  return code === 115 || code === 83;
}

/** First letter is upper case (the first code unit differs from its lower case), ASCII read in place. */
function capital(code: number, text: string): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  const first = text[0];
  return first !== first.toLowerCase();
}

/** End of a run of two or more capital letters each with its period ("U.S."), or `i` when there is none. */
function dottedLetters(plain: string, i: number, end: number): number {
  // Most words: no period right after the first letter, or a first letter that is not a capital.
  if (i + 1 >= end || plain.charCodeAt(i + 1) !== 46) return i;
  const c = plain.charCodeAt(i);
  if (c < 128 && !(c >= 65 && c <= 90)) return i;
  let j = i;
  let n = 0;
  while (j + 1 < end && CAPITAL.test(plain[j]) && plain[j + 1] === '.' && !(j + 2 < end && isLetter(plain[j + 2]) && plain[j + 2] !== plain[j + 2].toUpperCase())) {
    j += 2;
    n++;
  }
  return n >= 2 ? j : i;
}

/** True when only white space (no punctuation) lies between two tokens. */
export function adjacent(plain: string, a: Token, b: Token): boolean {
  if (a.possessive) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = plain.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return a.end < b.start;
}
