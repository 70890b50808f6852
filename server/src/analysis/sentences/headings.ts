// Lines that are not reporting: headlines, bylines, datelines and page clutter. Claims found in them
// (names in "READ: …" teasers, dates in "Updated …" lines) would only make false findings.
import { isLower, isUpper } from './abbreviations';

const MAX_HEADLINE_WORDS = 30;

/** Teaser and widget prefixes: "READ: …", "WATCH: …". */
const CLUTTER_PREFIXES = ['read', 'read more', 'also read', 'related', 'watch', 'listen', 'see also', 'recommended', 'more', 'trending', 'advertisement', 'sponsored'];

/** Page furniture, compared lower-case without final punctuation. */
const CLUTTER_LINES = new Set([
  'advertisement', 'share this article', 'share this story', 'share', 'subscribe', 'leave a reply',
  'leave a comment', 'join us on telegram', 'skip to content', 'skip advertisement', 'story continues below advertisement',
  'continue reading', 'sign up', 'sign in', 'log in', 'print', 'comments', 'most read', 'top stories',
]);

const CLUTTER_STARTS = [
  'follow us on', 'follow our coverage', 'subscribe to', 'sign up for', 'sign up to', 'click here', 'share this',
  'your email address will not be published', 'you can also highlight the text', 'join us on', 'download our app',
  'download the app', 'copyright ©', '©', 'all rights reserved', 'this article was originally published',
  'we use cookies', 'get our newsletter',
];

/** Longer than the longest of CLUTTER_STARTS: enough of a sentence to test its start. */
const CLUTTER_HEAD = Math.max(64, ...CLUTTER_STARTS.map((x) => x.length));
/** Lower case never shortens a text, so a longer line is none of CLUTTER_LINES. */
const LONGEST_CLUTTER_LINE = Math.max(...[...CLUTTER_LINES].map((x) => x.length));

const BYLINE_JOINERS = new Set(['and', 'de', 'del', 'da', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'al', 'el', 'in', 'for', '&', '|', '-', '–', '—', 'and/or']);

/** True for a clutter sentence: teaser prefixes, widgets, all-caps lines. */
export function isClutter(text: string): boolean {
  const t = text.trim();
  const head = Math.min(t.length, CLUTTER_HEAD);
  // The prefixes and starts are read from the first CLUTTER_HEAD characters, lower-cased (not the
  // whole sentence). When those are all ASCII (most sentences) they are compared in place: lower-casing
  // a copy of them cost more than the rest of the test.
  let ascii = 0;
  while (ascii < head && t.charCodeAt(ascii) < 128) ascii++;
  if (ascii < head) return clutterByCopy(t);
  const colon = firstColon(t);
  if (colon > 0 && colon <= 12 && CLUTTER_PREFIXES.includes(t.slice(0, colon).toLowerCase().trim())) return true;
  if (isClutterLine(t)) return true;
  const starts = STARTS_BY_FIRST.get(String.fromCharCode(asciiLower(t.charCodeAt(0))));
  if (starts) for (const s of starts) if (startsLowered(t, s)) return true;
  return isAllCaps(t) && !STAMP_OPENING.test(t);
}

/** isClutter on a lower-cased copy of the head: any text (exported for the tests of the in-place path). */
export function clutterByCopy(t: string): boolean {
  const lower = (t.length > CLUTTER_HEAD ? t.slice(0, CLUTTER_HEAD) : t).toLowerCase();
  const colon = lower.indexOf(':');
  if (colon > 0 && colon <= 12 && CLUTTER_PREFIXES.includes(lower.slice(0, colon).trim())) return true;
  if (isClutterLine(t)) return true;
  const starts = STARTS_BY_FIRST.get(lower.charAt(0));
  if (starts) for (const s of starts) if (lower.startsWith(s)) return true;
  return isAllCaps(t) && !STAMP_OPENING.test(t);
}

/** t.indexOf(':') where it is at most 12, else -1 (the prefix test reads no further: not the whole sentence). */
function firstColon(t: string): number {
  const reach = Math.min(t.length, 13);
  for (let i = 0; i < reach; i++) if (t.charCodeAt(i) === 58) return i;
  return -1;
}

/** One of CLUTTER_LINES, whole (final punctuation and white space are the same in either case, so they are stripped first). */
function isClutterLine(t: string): boolean {
  // Most sentences: longer than any such line once their end marks are off, and no white space at
  // either end to trim (ASCII read by code), so not copied to find so.
  let e = t.length;
  while (e > 0 && '.!?:;,'.includes(t.charAt(e - 1))) e--;
  if (e > LONGEST_CLUTTER_LINE && isAsciiNonSpace(t.charCodeAt(0)) && isAsciiNonSpace(t.charCodeAt(e - 1))) return false;
  const line = stripEndPunctuation(t);
  return line.length <= LONGEST_CLUTTER_LINE && CLUTTER_LINES.has(line.toLowerCase());
}

function isAsciiNonSpace(c: number): boolean {
  return c > 32 && c < 127;
}

function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Whether `t`, lower-cased, starts with `s`; `t`'s first `s.length` units are ASCII. */
function startsLowered(t: string, s: string): boolean {
  if (t.length < s.length) return false;
  for (let k = 0; k < s.length; k++) if (asciiLower(t.charCodeAt(k)) !== s.charCodeAt(k)) return false;
  return true;
}

/** CLUTTER_STARTS by their first character: a sentence is compared only with those that open as it does. */
const STARTS_BY_FIRST = new Map<string, string[]>();
for (const s of CLUTTER_STARTS) {
  const list = STARTS_BY_FIRST.get(s.charAt(0));
  if (list) list.push(s);
  else STARTS_BY_FIRST.set(s.charAt(0), [s]);
}

/** "JOIN US ON TELEGRAM", "BREAKING NEWS": at least two words, no lower-case letter. */
/**
 * A live blog's entry stamp opening the line ("00:47 — PASSED."): the capitals are the entry's
 * emphasis, not a headline, and the stamp dates what the entry tells.
 */
const STAMP_OPENING = /^\d{1,2}[:.]\d{2}\s*[—–-]/;

function isAllCaps(t: string): boolean {
  // Most text has an ASCII lower-case letter within a few characters: found by code, it answers
  // (the loop below would stop there too), without a string per character.
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) break;
    if (c >= 97 && c <= 122) return false;
  }
  let letters = 0;
  let digits = 0;
  for (const ch of t) {
    if (isLower(ch)) return false;
    if (isUpper(ch)) letters++;
    else if (ch >= '0' && ch <= '9') digits++;
  }
  // "256GB: $899 / GBP 849 / EUR 979": capitals that are only units and currency codes beside more
  // digits than letters are a line of figures (a price list), not a headline in capitals.
  return letters >= 6 && digits < letters && /\s/.test(t);
}

/** Longer than this, a line is not a byline; also keeps the end-of-word patterns below off huge words. */
const MAX_BYLINE_CHARS = 400;

/** "By Jane Doe", "By Jane Doe and Sam Lee, Reuters". */
export function isByline(text: string): boolean {
  const trimmed = text.trim();
  // A byline's first word is "By" and another word follows (checked first: few texts open so).
  if (trimmed.length > MAX_BYLINE_CHARS || !/^by\s/i.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length < 2 || words.length > 12 || !/^by$/i.test(words[0])) return false;
  let names = 0;
  for (const raw of words.slice(1)) {
    const w = raw.replace(/[,;:|]+$/, '');
    if (w === '' || BYLINE_JOINERS.has(w.toLowerCase())) continue;
    if (!isUpper(w.charAt(0))) return false;
    names++;
  }
  return names >= 1 && !/[?!]$/.test(text.trim()) && !/[a-z]{2,}\.$/.test(text.trim());
}

/**
 * A whole paragraph that reads as a headline, dateline or label: it does not end like a sentence and
 * is short. `listItem` paragraphs (markdown bullets) are exempt: bullets often drop final stops.
 */
export function isHeadlineParagraph(text: string, listItem: boolean): boolean {
  const t = text.trim();
  if (t === '') return false;
  if (isClutter(t) || isByline(t)) return true;
  if (listItem || endsLikeSentence(t)) return false;
  return wordCount(t) <= MAX_HEADLINE_WORDS;
}

function endsLikeSentence(t: string): boolean {
  const end = withoutTrailingEmoji(t);
  return end > 0 && '.?!…:;”"’\''.includes(t.charAt(end - 1));
}

/** An emoji and what dresses it (variation selector, joiner, skin tone), or a blank between two. */
const EMOJI_PART = /[\p{Extended_Pictographic}\uFE0F\u200D\u{1F3FB}-\u{1F3FF}\s]/u;

/**
 * The length of a paragraph without the emoji that close it: a live blog sets one after its entry's last
 * sentence ("… so far. ☕", "… 97.3% of households that responded. 📊"), which still ends like a sentence.
 */
function withoutTrailingEmoji(t: string): number {
  let e = t.length;
  while (e > 0) {
    const low = t.charCodeAt(e - 1);
    // A character outside the Basic Multilingual Plane is two code units: read it whole.
    const width = low >= 0xdc00 && low <= 0xdfff && e >= 2 ? 2 : 1;
    if (!EMOJI_PART.test(t.slice(e - width, e))) break;
    e -= width;
  }
  return e;
}

function stripEndPunctuation(t: string): string {
  let e = t.length;
  while (e > 0 && '.!?:;,'.includes(t.charAt(e - 1))) e--;
  return t.slice(0, e).trim();
}

function wordCount(t: string): number {
  let n = 0;
  let inWord = false;
  for (const ch of t) {
    const space = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
