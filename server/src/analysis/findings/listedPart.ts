// A part given as the whole: a source lists a count for each part ("three primary schools (310
// pupils) and the secondary (190)", "520 pupils, 310 of them at primary level"), and a draft tells the
// one part's count of all the parts ("closed three primary schools and a secondary, keeping 310 pupils
// at home"). The source's number is the part's, no support for the draft's whole.
import type { FigureRef } from '../alignment/corpus';

/** Before a count: an opening bracket right after what it is the count of ("three primary schools ("). */
const OPEN_BEFORE = /\(\s*$/;
/** After a bracketed count: its bracket closes and another part is listed ("…) and the secondary (190)"). */
const LISTED_AFTER = /^[^()\n]{0,24}\)\s*,?\s*and\s/i;
/** After a count: a part of a group told before it ("410 of them at elementary level"). */
const PARTITIVE_AFTER = /^\s*of\s+(?:them|those|these|whom)\s+([^,;.()\n]{1,48})/i;
/** Where the words naming a part begin, read back from its bracket. */
const LABEL_START = /[,;:.()\n]|\band\b/gi;
/** Characters read back from the bracket for the part's name. */
const LABEL_REACH = 48;
/** Words that name no part: articles, numbers in words, small words. */
const NOT_PART_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'one', 'two', 'three', 'four', 'five', 'six',
  'seven', 'eight', 'nine', 'ten', 'all', 'both', 'level', 'at', 'in', 'of', 'from', 'were', 'was', 'are', 'is']);

/** The words naming the part a source's count is told of, or null when it is not told as a listed part. */
export function partWords(g: FigureRef): string[] | null {
  const { plain, sentences } = g.article.text;
  const s = sentences[g.figure.sentence];
  if (!s) return null;
  const after = plain.slice(g.figure.span.end, Math.min(s.span.end, g.figure.span.end + 60));
  const partitive = PARTITIVE_AFTER.exec(after);
  let label: string | null = partitive ? partitive[1] : null;
  if (!label) {
    const before = plain.slice(Math.max(s.span.start, g.figure.span.start - LABEL_REACH), g.figure.span.start);
    if (!OPEN_BEFORE.test(before) || !LISTED_AFTER.test(after)) return null;
    const name = before.replace(OPEN_BEFORE, '');
    let from = 0;
    for (const m of name.matchAll(LABEL_START)) from = m.index + m[0].length;
    label = name.slice(from);
  }
  const words = label.toLowerCase().split(/[^a-z-]+/).filter((w) => w.length >= 4 && !NOT_PART_WORDS.has(w));
  return words.length > 0 ? words : null;
}

/** Characters read after a part's word in the draft for the "and" that joins another part. */
const JOIN_REACH = 28;
/** Up to two more words of the part's name, then "and": "primary schools and", "elementary and". */
const JOINED = /^(?:[ \t]+[a-z-]+){0,2}[ \t]+and[ \t]/i;
/** Characters either side of the draft's figure read for the part's words told with it ("310 primary pupils"). */
const BESIDE = 24;

/**
 * The draft's figure f has g's number, and f's sentence names g's part joined to another ("three
 * primary schools and a secondary") while f itself is not told with the part's words: f is the
 * whole, and g's number, a part's, does not support it.
 */
export function partGivenAsWhole(f: FigureRef, g: FigureRef): boolean {
  const words = partWords(g);
  if (!words) return false;
  const { plain, sentences } = f.article.text;
  const s = sentences[f.figure.sentence];
  if (!s) return false;
  const sentence = plain.slice(s.span.start, s.span.end).toLowerCase();
  const beside = plain.slice(Math.max(s.span.start, f.figure.span.start - BESIDE), Math.min(s.span.end, f.figure.span.end + BESIDE)).toLowerCase();
  for (const w of words) {
    if (beside.includes(w)) return false;
    const at = sentence.indexOf(w);
    if (at >= 0 && JOINED.test(sentence.slice(at + w.length, at + w.length + JOIN_REACH))) return true;
  }
  return false;
}

/**
 * In a count's sentence after it, a part of it told next: "212 patients were being treated, most of
 * them at the stadium", "… , 40 of whom were children". A bounded slice, one pass: linear.
 */
const PART_OF_IT_AFTER = /,\s*(?:most|many|some|all|half|several|(?:nearly|almost)\s+all|the\s+majority)\s+of\s+(?:them|those|whom)\b/i;
/** Characters read after a count for the part told of it. */
const PART_OF_IT_REACH = 100;

/** The words of r's sentence right after it, up to `reach` characters. */
function wordsAfter(r: FigureRef, reach: number): string {
  const s = r.article.text.sentences[r.figure.sentence];
  return s ? r.article.text.plain.slice(r.figure.span.end, Math.min(s.span.end, r.figure.span.end + reach)) : '';
}

/** A count told as a part of a group told before it: "389 patients, 212 of them at the stadium". */
export function toldAsPart(g: FigureRef): boolean {
  return PARTITIVE_AFTER.test(wordsAfter(g, 60));
}

/**
 * A count told as a whole with a part of its own after it ("212 patients were being treated across
 * the city, most of them at the stadium"). Where a source tells the same number as a part of a group
 * (toldAsPart), the draft gives that part as the whole, and no source's same number supports it.
 */
export function toldAsWholeWithPart(f: FigureRef): boolean {
  const own = wordsAfter(f, PART_OF_IT_REACH);
  return !PARTITIVE_AFTER.test(own) && PART_OF_IT_AFTER.test(own);
}

/** Right before a count: "including" (a part of the count told before it in the sentence). */
const INCLUDING_BEFORE = /\bincluding[ \t]+$/i;
/** After a part's count: its counted word (unless the figure holds it), then "in"/"at" and the part's words ("pupils in primary schools"). */
const PART_PLACE_AFTER = /^(?:[ \t]+[a-z-]+)?[ \t]+(?:in|at)[ \t]+([a-z- \t]{3,40})/i;
/** Characters read before a count for "including". */
const INCLUDING_REACH = 12;

/**
 * "Some 3.2 million pupils were without classes, including 1.7 million pupils in primary schools" /
 * "3.2 million pupils …, 1.7 million of them in primary schools": a source's count told as a part of
 * the count before it, with the part's words after it. A draft that tells the number with none of
 * those words beside it ("leaving 1.7 million pupils without lessons") gives the part as the whole,
 * and the source's number is no support for it.
 */
export function includedPartAsWhole(f: FigureRef, g: FigureRef): boolean {
  const { plain, sentences } = g.article.text;
  const s = sentences[g.figure.sentence];
  if (!s) return false;
  const after = plain.slice(g.figure.span.end, Math.min(s.span.end, g.figure.span.end + 60));
  let label: string | null = null;
  const partitive = PARTITIVE_AFTER.exec(after);
  if (partitive) label = partitive[1];
  else if (INCLUDING_BEFORE.test(plain.slice(Math.max(s.span.start, g.figure.span.start - INCLUDING_REACH), g.figure.span.start))) {
    const place = PART_PLACE_AFTER.exec(after);
    if (place) label = place[1];
  }
  if (!label) return false;
  const words = label.toLowerCase().split(/[^a-z-]+/).filter((w) => w.length >= 4 && !NOT_PART_WORDS.has(w));
  if (words.length === 0) return false;
  const fs = f.article.text.sentences[f.figure.sentence];
  if (!fs) return false;
  const fp = f.article.text.plain;
  const beside = fp.slice(Math.max(fs.span.start, f.figure.span.start - BESIDE), Math.min(fs.span.end, f.figure.span.end + BESIDE)).toLowerCase();
  return !words.some((w) => beside.includes(w));
}

