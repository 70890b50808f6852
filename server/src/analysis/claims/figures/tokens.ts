// Tokens for reading figures: words, numerals and single symbols, each knowing whether white space
// separates it from the token before ("eight-hour" and "56%" are attached; "40,000 users" is not).
// One linear pass; no regex backtracking.

import { isAsciiLetter } from '../../text/codes';
import { sharedLower, sharedWord } from '../../text/wordStrings';
import type { Token } from '../people/tokens';

export type FigureTokenKind = 'word' | 'number' | 'symbol';

export interface FigureToken {
  kind: FigureTokenKind;
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Only white space (or nothing) lies between this token and the previous one. */
  spaced: boolean;
  /** A table cell's gap lies before it: a tab, or two spaces or more on one line (a Markdown table's pipes are blanked to spaces). */
  celled: boolean;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

const LETTER = /\p{L}|\p{M}/u;
/** Non-ASCII code units read so far: 1 a letter or mark, 2 not (the pattern is asked once per unit). */
const nonAsciiLetter = new Uint8Array(65536);

/** Whether the code unit `c` is a letter or mark, as /\p{L}|\p{M}/u reads it alone. */
function isLetter(c: number): boolean {
  if (c < 128) return isAsciiLetter(c);
  let known = nonAsciiLetter[c];
  if (known === 0) nonAsciiLetter[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0xfeff;
}

/** Tokens of plain[start, end). A numeral keeps inner grouping commas and one decimal point. */
export function figureTokens(plain: string, start: number, end: number): FigureToken[] {
  return readFigureTokens(plain, start, end, NO_WORDS);
}

const NO_WORDS: readonly Token[] = [];

/**
 * figureTokens of plain[start, end), reading its words from `words`, the people stage's tokens of
 * that span or of one holding it (people/tokens.ts tokenize, of the sentence): a sentence is
 * tokenised for people whatever it holds, so a word both read the same way is read once. A people
 * token is taken only where the figures' own scan would end at the same place with the same letters:
 * a word of ASCII letters alone (so its lower case is the same: the people stage folds accents, the
 * figures do not), within the span, not followed by an apostrophe or a period (which the figures'
 * word may run on through: "don't", "a.m."). Anything else, and every numeral and symbol, is read
 * as figureTokens reads it.
 */
export function sentenceFigureTokens(plain: string, start: number, end: number, words: readonly Token[]): FigureToken[] {
  return readFigureTokens(plain, start, end, words);
}

function readFigureTokens(plain: string, start: number, end: number, words: readonly Token[]): FigureToken[] {
  const out: FigureToken[] = [];
  let i = start;
  let spaced = true;
  let gap = 0;
  /** The first of `words` not yet passed. */
  let w = 0;
  while (i < end) {
    const c = plain.charCodeAt(i);
    if (isSpace(c)) {
      spaced = true;
      // A line break ends no cell ("Flight\r\n370" is one name wrapped): only spaces and tabs on one line count.
      gap = c === 10 || c === 13 ? -99 : c === 9 ? gap + 2 : gap + 1;
      i++;
      continue;
    }
    let j = i + 1;
    let kind: FigureTokenKind;
    // Digits, or lower-case ASCII letters throughout (most tokens): the text is its own lower case.
    let lowered = c < 128 && !(c >= 65 && c <= 90);
    if (isDigit(c)) {
      kind = 'number';
      let dot = false;
      let grouped = false;
      while (j < end) {
        const d = plain.charCodeAt(j);
        if (isDigit(d)) { j++; continue; }
        // "20,500": a comma followed by exactly three digits; "8.5": one decimal point.
        if (d === 44 && j + 3 < end + 1 && isDigit(plain.charCodeAt(j + 1)) && isDigit(plain.charCodeAt(j + 2)) &&
          isDigit(plain.charCodeAt(j + 3)) && !(j + 4 < end && isDigit(plain.charCodeAt(j + 4))) && !dot) { j += 4; continue; }
        // "4,00,000": South Asian grouping, pairs of digits before the last three.
        if (d === 44 && !dot && j + 3 < end && isDigit(plain.charCodeAt(j + 1)) && isDigit(plain.charCodeAt(j + 2)) &&
          plain.charCodeAt(j + 3) === 44 && indianGrouping(plain, j + 1, end)) { j += 3; continue; }
        if (d === 46 && !dot && j + 1 < end && isDigit(plain.charCodeAt(j + 1))) { dot = true; j++; continue; }
        // "12,15 mln zł", "38,6 million": a decimal comma (most of Europe writes one) before a scale word.
        if (d === 44 && !dot) { const after = decimalCommaEnd(plain, i, j, end); if (after > 0) { j = after; break; } }
        // "1 500 km", "400 000 FCFA": French and international style group thousands with one space.
        // (The group's shape first: it is a few character reads, where the phone cue reads back a stretch of text.)
        if (!dot && spaceGroup(plain, i, j, end) && (grouped || (j - i <= 3 && !phoneBefore(plain, i)))) { grouped = true; j += 4; continue; }
        break;
      }
    } else if (isLetter(c)) {
      kind = 'word';
      while (w < words.length && words[w].start < i) w++;
      const shared = w < words.length && words[w].start === i ? asciiWordEnd(plain, words[w], end) : -1;
      if (shared > 0) {
        const t = words[w];
        out.push({ kind, text: t.text, lower: t.lower, start: i, end: shared, spaced, celled: gap >= 2 });
        spaced = false;
        gap = 0;
        i = shared;
        continue;
      }
      while (j < end) {
        const d = plain.charCodeAt(j);
        if (isLetter(d)) {
          if (d >= 128 || (d >= 65 && d <= 90)) lowered = false;
          j++;
          continue;
        }
        // Inner apostrophe ("don't") and the periods of "a.m." / "U.S." stay inside the word.
        if ((d === 39 || d === 0x2019) && j + 1 < end && isLetter(plain.charCodeAt(j + 1))) { if (d >= 128) lowered = false; j++; continue; }
        if (d === 46 && j + 1 < end && isLetter(plain.charCodeAt(j + 1)) && j - i <= 2) { j++; continue; }
        break;
      }
    } else {
      kind = 'symbol';
    }
    const text = sharedWord(plain, i, j);
    out.push({ kind, text, lower: lowered ? text : sharedLower(text), start: i, end: j, spaced, celled: gap >= 2 });
    spaced = false;
    gap = 0;
    i = j;
  }
  return out;
}

/**
 * Where the figures' scan of a word at t.start ends when it reads the people token `t` exactly (see
 * sentenceFigureTokens), or -1. Both scans take letters while there are letters; a people word of
 * ASCII letters alone (as written: no title's period, no joined hyphen or apostrophe, no digit) ends
 * at a character that is no letter or digit, or at the span's end. The figures' word runs on past it
 * only at an apostrophe or a period before a letter: those are left to the figures' own scan.
 */
function asciiWordEnd(plain: string, t: Token, end: number): number {
  if (t.kind !== 'word') return -1;
  const e = t.end;
  // A token of a longer span than this one may run past its end.
  if (e > end || e - t.start !== t.text.length) return -1;
  for (let k = t.start; k < e; k++) if (!isAsciiLetter(plain.charCodeAt(k))) return -1;
  if (e < end) {
    const d = plain.charCodeAt(e);
    if (d === 39 || d === 0x2019 || d === 46 || isLetter(d)) return -1;
  }
  return e;
}

/** Scale words a decimal comma is read before ("1,5 mln"); not "m", which is also metres ("32,9 m"). */
const DECIMAL_COMMA_SCALES = new Set(['mln', 'mn', 'bn', 'tn', 'million', 'millions', 'billion', 'billions', 'trillion', 'thousand']);
/** Most spaces between the numeral and its scale word. */
const SCALE_GAP = 2;

/**
 * The end of a numeral written with a decimal comma, `plain[from, comma)` being its whole digits
 * and `comma` the comma: one or two digits after it (three would be a thousands group), white
 * space, then a scale word ("12,15 mln zł"). 0 when the comma is not a decimal one.
 */
function decimalCommaEnd(plain: string, from: number, comma: number, end: number): number {
  if (comma - from > 3) return 0;
  for (let k = from; k < comma; k++) if (!isDigit(plain.charCodeAt(k))) return 0;
  let k = comma + 1;
  while (k < end && k - comma <= 3 && isDigit(plain.charCodeAt(k))) k++;
  const digits = k - comma - 1;
  if (digits < 1 || digits > 2) return 0;
  const numeralEnd = k;
  let gap = 0;
  while (k < end && gap <= SCALE_GAP && isSpace(plain.charCodeAt(k))) { k++; gap++; }
  if (gap === 0 || gap > SCALE_GAP) return 0;
  let w = k;
  while (w < end && w - k <= 9 && isAsciiLetter(plain.charCodeAt(w))) w++;
  if (w < end && isLetter(plain.charCodeAt(w))) return 0;
  return DECIMAL_COMMA_SCALES.has(plain.slice(k, w).toLowerCase()) ? numeralEnd : 0;
}

/** One space between digit groups: a plain space, a no-break space or a thin space (never a line break or a table's gap). */
const isGroupSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;

/**
 * At `j` (after the digits of plain[i, j)) a space-grouped thousands part: one group space, then exactly
 * three digits with no digit, comma or decimal part after them. The caller allows it after a first group
 * of one to three plain digits or after an earlier space group, so "2019 300 homes" and "20,500 300"
 * stay two numbers. Nothing numeric may come before the first group ("10:30 500", "3/4 000").
 */
function spaceGroup(plain: string, i: number, j: number, end: number): boolean {
  if (!isGroupSpace(plain.charCodeAt(j)) || j + 4 > end) return false;
  for (let k = j + 1; k <= j + 3; k++) if (!isDigit(plain.charCodeAt(k))) return false;
  const after = j + 4 < end ? plain.charCodeAt(j + 4) : -1;
  if (isDigit(after) || ((after === 44 || after === 46 || after === 58) && j + 5 < end && isDigit(plain.charCodeAt(j + 5)))) return false;
  const before = i > 0 ? plain.charCodeAt(i - 1) : -1;
  return !(before === 44 || before === 46 || before === 58 || before === 47 || before === 45 || isDigit(before));
}

/**
 * Before a numeral at `i`: another group of digits one space back ("1300 552 907"), or words that
 * give a phone number ("the hotline is", "reached on", "call"): spaced groups there are a phone
 * number's, not thousands. Reads at most PHONE_REACH characters back.
 */
function phoneBefore(plain: string, i: number): boolean {
  if (i >= 2 && isGroupSpace(plain.charCodeAt(i - 1)) && isDigit(plain.charCodeAt(i - 2))) return true;
  return PHONE_CUE.test(plain.slice(Math.max(0, i - PHONE_REACH), i));
}
const PHONE_REACH = 32;
const PHONE_CUE = /\b(?:call(?:ed|ing)?|dial(?:l?ed|l?ing)?|hotline|helpline|line|phone|telephone|number|ring|text|fax|tel|whatsapp|reached\s+on|is\s+on)\b[^.\d]{0,12}$/i;

/** From `at`: two-digit groups, then a final three-digit group ("00,000" in "4,00,000"). */
function indianGrouping(plain: string, at: number, end: number): boolean {
  let k = at;
  for (let n = 0; n < 6; n++) {
    if (k + 3 <= end && isDigit(plain.charCodeAt(k)) && isDigit(plain.charCodeAt(k + 1)) && isDigit(plain.charCodeAt(k + 2)) &&
      (k + 3 === end || !isDigit(plain.charCodeAt(k + 3)) && plain.charCodeAt(k + 3) !== 44)) return true;
    if (!(isDigit(plain.charCodeAt(k)) && isDigit(plain.charCodeAt(k + 1)) && plain.charCodeAt(k + 2) === 44)) return false;
    k += 3;
  }
  return false;
}

const GROUP_SPACES = /[ \u00a0\u2009\u202f]/;
const ALL_GROUP_SPACES = /[ \u00a0\u2009\u202f]/g;
const ALL_COMMAS = /,/g;

/** The numeral's value: "20,500" → 20500, "8.5" → 8.5, "12,15" (a decimal comma, read so only before a scale word) → 12.15. */
export function numeralValue(text: string): number {
  // "1 500" (space-grouped thousands) is read without its spaces first; then a comma with three digits
  // after it groups thousands, and one with one or two is a decimal one.
  const t = GROUP_SPACES.test(text) ? text.replace(ALL_GROUP_SPACES, '') : text;
  const comma = t.lastIndexOf(',');
  if (comma < 0) return Number(t);
  if (t.length - comma - 1 < 3) return Number(t.slice(0, comma) + '.' + t.slice(comma + 1));
  return Number(t.replace(ALL_COMMAS, ''));
}
