// Word tokens of one sentence: enough structure to find names, speech verbs and appositions
// without a tagger. Hand-written scanner, linear in the text.
import type { Sentence } from '../../types';
import { local } from '../../local';

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

const LETTER = /\p{L}|\p{M}/u;
const isLetter = (c: string): boolean => {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(c);
};
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isApostrophe = (c: string): boolean => c === '’' || c === "'";
const isHyphen = (c: string): boolean => c === '-' || c === '‐';

/** Tokens of one sentence; remembered while the article is edited (local.ts). */
export function sentenceTokensOf(plain: string, sentence: Sentence, index: number): Token[] {
  const { start, end } = sentence.span;
  return local('tokens', plain, sentence.span, { sentence: index, paragraph: sentence.paragraph }, () => tokenize(plain, start, end));
}

/** Tokens of plain[start, end). */
export function tokenize(plain: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = plain[i];
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0') { i++; continue; }
    if (isLetter(c)) {
      // "U.S.", "U.K.", "D.C.": letters with periods are one abbreviation, not initials of a name.
      const dotted = dottedLetters(plain, i, end);
      if (dotted > i) {
        const text = plain.slice(i, dotted);
        out.push({ kind: 'word', text, lower: text.toLowerCase(), start: i, end: dotted, cap: true, possessive: false, after: dotted });
        i = dotted;
        continue;
      }
      let j = i + 1;
      for (;;) {
        if (j >= end) break;
        const d = plain[j];
        if (isLetter(d) || isDigit(d)) { j++; continue; }
        // Inner hyphen or apostrophe followed by a letter: "Okonjo-Iweala", "O’Brien", "We’re".
        if ((isHyphen(d) || isApostrophe(d)) && j + 1 < end && isLetter(plain[j + 1])) {
          // "Musk’s" ends the word: the possessive is not part of the name.
          if (isApostrophe(d) && (plain[j + 1] === 's' || plain[j + 1] === 'S') && (j + 2 >= end || !isLetter(plain[j + 2]))) break;
          j++;
          continue;
        }
        break;
      }
      let text = plain.slice(i, j);
      let wordEnd = j;
      let possessive = false;
      let after = j;
      if (j < end && isApostrophe(plain[j])) {
        if (j + 1 < end && (plain[j + 1] === 's' || plain[j + 1] === 'S') && (j + 2 >= end || !isLetter(plain[j + 2]))) {
          possessive = true;
          after = j + 2;
        } else if (/s$/i.test(text) && (j + 1 >= end || !isLetter(plain[j + 1])) && plain[j] === '’' && text.length > 1) {
          // "Hamas’ surprise": a plural possessive, unless it closes a single-quoted phrase (left to quotes).
          possessive = true;
          after = j + 1;
        }
      }
      // Keep the period of a title or an initial: "Sen.", "Dr.", "J."
      if (!possessive && j < end && plain[j] === '.' && (ABBREVIATIONS.has(text.toLowerCase()) || /^\p{Lu}$/u.test(text))) {
        wordEnd = j + 1;
        text = plain.slice(i, wordEnd);
        after = wordEnd;
      }
      const first = text[0];
      out.push({
        kind: 'word', text, lower: text.toLowerCase(), start: i, end: wordEnd,
        cap: first !== first.toLowerCase(), possessive, after,
      });
      i = after;
      continue;
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < end && (isDigit(plain[j]) || ((plain[j] === ',' || plain[j] === '.') && j + 1 < end && isDigit(plain[j + 1])))) j++;
      out.push({ kind: 'number', text: plain.slice(i, j), lower: plain.slice(i, j), start: i, end: j, cap: false, possessive: false, after: j });
      i = j;
      continue;
    }
    out.push({ kind: 'punct', text: c, lower: c, start: i, end: i + 1, cap: false, possessive: false, after: i + 1 });
    i++;
  }
  return out;
}

/** End of a run of two or more capital letters each with its period ("U.S."), or `i` when there is none. */
function dottedLetters(plain: string, i: number, end: number): number {
  let j = i;
  let n = 0;
  while (j + 1 < end && /\p{Lu}/u.test(plain[j]) && plain[j + 1] === '.' && !(j + 2 < end && isLetter(plain[j + 2]) && plain[j + 2] !== plain[j + 2].toUpperCase())) {
    j += 2;
    n++;
  }
  return n >= 2 ? j : i;
}

/** True when only white space (no punctuation) lies between two tokens. */
export function adjacent(plain: string, a: Token, b: Token): boolean {
  if (a.possessive) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = plain[i];
    if (c !== ' ' && c !== '\u00a0' && c !== '\t' && c !== '\n' && c !== '\r') return false;
  }
  return a.end < b.start;
}
