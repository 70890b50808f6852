// "A similar slip in 2012 cost £1.8m to clear": a figure told in the same stretch of its clause as
// "in 2012" is that year's quantity, and the story's own figures ("repairs will cost £4.5m") are
// another one, however alike the words. Scans by hand over one sentence: linear.
import type { ArticleAnalysis, Figure } from '../types';

/** Words that open a new stretch of a clause: what comes after them is told of their own subject. */
const STRETCH_WORDS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'which', 'who', 'when', 'as']);
/** Marks that close a stretch of a clause. */
const STRETCH_MARKS = ',;:()[]–—"“”';

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
/** Made once: a `\p{L}` literal in a function is rebuilt by the bundle on every call. */
const LETTER = /\p{L}/u;
/** Non-ASCII code units read so far: 1 a letter, 2 not (the pattern is asked once per unit). */
const nonAsciiLetter = new Uint8Array(65536);
/** Whether `c` (one code unit) is a letter, as LETTER reads it: by its code, the pattern asked once per non-ASCII unit. */
const isLetter = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let known = nonAsciiLetter[code];
  if (known === 0) nonAsciiLetter[code] = known = LETTER.test(c) ? 1 : 2;
  return known === 1;
};

/** Words and marks of a slice of text, with their offsets. */
function pieces(plain: string, from: number, to: number): Piece[] {
  const out: Piece[] = [];
  let i = from;
  while (i < to) {
    const c = plain[i];
    if (isLetter(c) || isDigit(c)) {
      const start = i;
      while (i < to && (isLetter(plain[i]) || isDigit(plain[i]))) i++;
      out.push({ text: plain.slice(start, i), start, end: i });
    } else {
      if (STRETCH_MARKS.includes(c)) out.push({ text: c, start: i, end: i + 1 });
      i++;
    }
  }
  return out;
}

/** A year of the last two centuries written alone ("2012", not "2012-13", "2012.5" or "12,012"). */
function yearAt(plain: string, p: Piece): number | null {
  if (!/^(?:19|20)\d\d$/.test(p.text)) return null;
  const before = plain[p.start - 1];
  const after = plain[p.end];
  if (before === ',' || before === '.' || before === '£' || before === '$' || before === '€') return null;
  if ((after === '-' || after === '–' || after === '/' || after === '.' || after === ',' || after === '%') && isDigit(plain[p.end + 1])) return null;
  if (after === '%') return null;
  return Number(p.text);
}

/** Quick test that a sentence may write a year at all. */
const YEAR_CUE = /\b(?:19|20)\d\d\b/;

/** What a figure's sentence says of years: the year the figure is told of, if any, and whether it writes any year. */
export interface FigureYears {
  told: number | null;
  /** The sentence writes a year out (of this figure or of something else). */
  named: boolean;
}

const NO_YEARS: FigureYears = { told: null, named: false };

/**
 * The years of each figure, by index. A figure is told of a year by "in"/"during" and the year in
 * its stretch of the clause (between commas, dashes, brackets, semicolons and "and", "but", "which",
 * …) with no other figure between them, or by a sentence that opens on "In 2012," and names no other.
 */
export function toldYears(article: ArticleAnalysis): FigureYears[] {
  const { figures, text } = article;
  const out: FigureYears[] = figures.map(() => NO_YEARS);
  for (let i = 0; i < figures.length;) {
    let j = i;
    while (j < figures.length && figures[j].sentence === figures[i].sentence) j++;
    const sentence = text.sentences[figures[i].sentence];
    if (sentence && YEAR_CUE.test(text.plain.slice(sentence.span.start, sentence.span.end))) {
      const all = pieces(text.plain, sentence.span.start, sentence.span.end);
      const written = all.filter((p) => yearAt(text.plain, p) !== null);
      const years = yearsIn(text.plain, all);
      for (let k = i; k < j; k++) {
        const span = figures[k].span;
        const named = written.some((p) => p.start < span.start || p.start >= span.end);
        if (named) out[k] = { told: yearOf(figures, k, i, j, all, years), named };
      }
    }
    i = j;
  }
  return out;
}

interface Piece { text: string; start: number; end: number }
interface Year { year: number; at: number; opener: boolean }

function yearsIn(plain: string, all: Piece[]): Year[] {
  const years: Year[] = [];
  for (let k = 1; k < all.length; k++) {
    const prep = all[k - 1].text.toLowerCase();
    if (prep !== 'in' && prep !== 'during') continue;
    const year = yearAt(plain, all[k]);
    if (year !== null) years.push({ year, at: all[k].start, opener: k === 1 && all[2]?.text === ',' });
  }
  return years;
}

/** The year figure k (of the sentence's figures first..end-1) is told of, or null. */
function yearOf(figures: readonly Figure[], k: number, first: number, end: number, all: Piece[], years: Year[]): number | null {
  const span = figures[k].span;
  const own = years.filter((y) => y.at < span.start || y.at >= span.end);
  if (own.length === 0) return null;
  if (own.length === 1 && own[0].opener && own[0].at < span.start) return own[0].year;
  // The stretch of the clause the figure stands in.
  let from = -1;
  let to = Infinity;
  for (const p of all) {
    if (!STRETCH_MARKS.includes(p.text) && !STRETCH_WORDS.has(p.text.toLowerCase())) continue;
    if (p.end <= span.start) from = p.end;
    else if (p.start >= span.end) { to = p.start; break; }
  }
  let best: { year: number; distance: number } | null = null;
  for (const y of own) {
    if (y.at < from || y.at >= to) continue;
    // No other figure between the year and this one (figures stand in the order of the text).
    if (y.at < span.start ? k > first && figures[k - 1].span.start >= y.at : k + 1 < end && figures[k + 1].span.end <= y.at) continue;
    const distance = y.at < span.start ? span.start - y.at : y.at - span.end;
    if (!best || distance < best.distance) best = { year: y.year, distance };
  }
  return best ? best.year : null;
}

/**
 * The year an article's story is dated: its dateline's, else the year of the first full date it
 * writes out ("Tuesday 3 March 2026"); null when it dates itself by neither (the years it names in
 * passing, "last breached in 2009", say nothing of when its story is).
 */
export function storyYearOf(article: ArticleAnalysis): number | null {
  if (article.dateline?.year !== undefined) return article.dateline.year;
  for (const t of article.times) {
    const { year, month, day } = t.date;
    if (year !== undefined && month !== undefined && day !== undefined && t.text.includes(String(year))) return year;
  }
  return null;
}
