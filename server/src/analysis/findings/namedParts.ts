// A network's parts told apart by name: "the Harbour line", "the Central line"; "Runway 2" is not read
// (a number, not a name), only a capitalised word right before a part's noun. Two clock times whose
// clauses each name the part they are about, and name different parts, are two moments: "the Central
// line was halted at 7:15am" and "the Western line resumed at 4:10pm" share the words of the network
// (line, between, a terminus) but not the thing that stopped or started.
import type { TimeRef } from '../alignment/corpus';
import type { ArticleAnalysis, TimeClaim } from '../types';

/** Nouns of a network's parts that news names with a word before them. */
const PART_NOUNS: ReadonlySet<string> = new Set(['line', 'route', 'runway', 'terminal', 'tunnel', 'bridge', 'platform', 'pier', 'berth', 'reactor', 'ward']);

/** Capitalised words that open a phrase without naming anything ("The line", "Every route"). */
const NOT_NAMES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'each', 'every', 'one', 'its', 'their', 'our',
  'his', 'her', 'no', 'all', 'both', 'which', 'another', 'any', 'either', 'neither', 'first', 'second', 'third', 'last', 'next', 'main', 'new', 'old']);

/** A capitalised word, one space, and a lowercase word: the candidates for "<Name> <part>". Linear: a name starts only where a word starts. */
const NAMED_PART = /(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]*)[ \u00a0]([a-z]+)\b/gu;

/** Where each part named in a span lies: [offset, name] pairs in text order. */
function namedPartsIn(text: string, from: number, to: number): [number, string][] {
  const out: [number, string][] = [];
  NAMED_PART.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = NAMED_PART.exec(slice); m; m = NAMED_PART.exec(slice)) {
    const name = m[1].toLowerCase();
    if (PART_NOUNS.has(m[2]) && !NOT_NAMES.has(name)) out.push([from + m.index, `${name} ${m[2]}`]);
  }
  return out;
}

/**
 * The part a time's sentence tells it of: the nearest named part before the time ("the Western line
 * at 7:55am", in a sentence that told the Central line first), else the first after it (a timeline's
 * "07:15  Central line suspended"); null when the sentence names none.
 */
export function partOf(r: TimeRef): string | null {
  const sentence = r.article.text.sentences[r.time.sentence];
  if (!sentence) return null;
  const parts = namedPartsIn(r.article.text.plain, sentence.span.start, sentence.span.end);
  let before: string | null = null;
  for (const [at, name] of parts) {
    if (at < r.time.span.start) before = name;
    else if (at >= r.time.span.end) return before ?? name;
  }
  return before;
}

/** Both times are told of a named part of the same kind, and the parts differ: two moments. */
export function otherNamedPart(t: TimeRef, s: TimeRef): boolean {
  const a = partOf(t);
  if (a === null) return false;
  const b = partOf(s);
  return b !== null && a !== b && a.slice(a.lastIndexOf(' ')) === b.slice(b.lastIndexOf(' '));
}

/**
 * A part told by its place in a sequence: "a second runway", "the third terminal", "another pier". Any
 * case ("A second runway reopened at 9:30"); the ordinal and the part's noun, one space apart.
 */
const ORDINAL_PART = /(?<![\p{L}’'-])(first|second|third|fourth|fifth|another)[ \u00a0]([a-z]+)\b/giu;

/**
 * The ordinal part a time's sentence tells it of ("second runway"), the nearest before the time, else
 * the first after it (as partOf reads names); null when the sentence tells none.
 */
function ordinalPartOf(r: TimeRef): string | null {
  const sentence = r.article.text.sentences[r.time.sentence];
  if (!sentence) return null;
  const slice = r.article.text.plain.slice(sentence.span.start, sentence.span.end);
  let before: string | null = null;
  ORDINAL_PART.lastIndex = 0;
  for (let m = ORDINAL_PART.exec(slice); m; m = ORDINAL_PART.exec(slice)) {
    if (!PART_NOUNS.has(m[2])) continue;
    const at = sentence.span.start + m.index;
    const part = `${m[1].toLowerCase()} ${m[2]}`;
    if (at < r.time.span.start) before = part;
    else if (at >= r.time.span.end) return before ?? part;
  }
  return before;
}

/**
 * "A second runway reopened at 9:30 a.m." / "Runway 16R/34L reopened at 6:15 a.m." (or "the first runway
 * reopened at 6:15"): a part told as a later one of its kind ("second", "third", "another") is another
 * part than one told with no ordinal or as the first, and than one told with another ordinal: two
 * moments, though the clauses share every other word. Two times told of the same ordinal part stay linked.
 */
export function otherOrdinalPart(t: TimeRef, s: TimeRef): boolean {
  const a = ordinalPartOf(t);
  const b = ordinalPartOf(s);
  const later = (p: string | null) => p !== null && !p.startsWith('first ');
  return (later(a) || later(b)) && a !== b;
}

/** Directions of travel a road, line or bridge is told apart by ("the northbound lanes", "outbound trains"). */
const DIRECTIONS: ReadonlySet<string> = new Set(['northbound', 'southbound', 'eastbound', 'westbound', 'inbound', 'outbound']);

/** The one direction of travel a time's clause names; null when it names none, or two ("northbound and southbound lanes"). */
export function directionOf(r: TimeRef): string | null {
  let found: string | null = null;
  for (const w of r.near) {
    if (!DIRECTIONS.has(w)) continue;
    if (found !== null && found !== w) return null;
    found = w;
  }
  return found;
}

/**
 * "The northbound lanes reopened at 7:10 p.m." / "the southbound lanes at 9:35 p.m.": the two sides of
 * one road share every other word of their clauses (lanes, reopened, the road's name), but each is its
 * own moment. Both clauses name one direction each, and they differ.
 */
export function otherDirection(t: TimeRef, s: TimeRef): boolean {
  const a = directionOf(t);
  if (a === null) return false;
  const b = directionOf(s);
  return b !== null && a !== b;
}

/** A direction of travel written out, any case. Linear: one alternation of words. */
const DIRECTION_WORD = /\b(northbound|southbound|eastbound|westbound|inbound|outbound)\b/gi;

/**
 * The direction a clock time is told of in its sentence: the nearest named before it ("the southbound
 * lanes at 9:35 p.m.", in a sentence that told the northbound first), else the first after it (a
 * timeline's "9:35 p.m.: southbound lanes reopen"); null when the sentence names none.
 */
export function directionAt(article: ArticleAnalysis, time: TimeClaim): string | null {
  const sentence = article.text.sentences[time.sentence];
  if (!sentence) return null;
  const slice = article.text.plain.slice(sentence.span.start, sentence.span.end);
  let before: string | null = null;
  DIRECTION_WORD.lastIndex = 0;
  for (let m = DIRECTION_WORD.exec(slice); m; m = DIRECTION_WORD.exec(slice)) {
    const at = sentence.span.start + m.index;
    const word = m[1].toLowerCase();
    if (at < time.span.start) before = word;
    else if (at >= time.span.end) return before ?? word;
  }
  return before;
}
