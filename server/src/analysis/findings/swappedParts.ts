// Two parts' counts swapped: a source tells "61 of them on the Pacific side … and 51 on the Atlantic
// side", and a draft tells "51 of them on the Pacific side". The draft's number is the source's, but of
// the other named part; the source's count of the part the draft names is what it disagrees with.
// Without this the source's 51 (of the Atlantic side) was the draft's support.
import type { FigureRef } from '../alignment/corpus';
import type { ArticleAnalysis, Figure } from '../types';
import type { Check } from './check';
import { equalValues } from '../alignment/figures';

/** Characters after a count read for the part it is told of. */
const PART_REACH = 60;
/** Where the words of a count's part end: a clause mark, "and", a bracket. */
const PART_END = /[,;:.()\n]|[ \t]and[ \t]|[ \t]but[ \t]/;
/** A capitalised word: a named part ("Pacific", "North Quay"). */
const NAME = /\p{Lu}[\p{Ll}'’-]+/gu;

/** The capitalised words told right after a count, within its clause: the part it names. */
function namedPart(article: ArticleAnalysis, figure: Figure): Set<string> {
  const { plain, sentences } = article.text;
  const end = sentences[figure.sentence]?.span.end ?? figure.span.end;
  let words = plain.slice(figure.span.end, Math.min(end, figure.span.end + PART_REACH));
  const stop = PART_END.exec(words);
  if (stop) words = words.slice(0, stop.index);
  const out = new Set<string>();
  NAME.lastIndex = 0;
  for (let m = NAME.exec(words); m; m = NAME.exec(words)) {
    const w = m[0].toLowerCase();
    if (!CALENDAR_WORDS.has(w)) out.add(w);
  }
  return out;
}

/** Days and months: a count's moment, not its part. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Most characters between two parts' counts listed together ("61 of them on the Pacific side near Balboa and 51"). */
const LISTED_REACH = 80;

/** Whether a and b (one article's) are listed together: one right after the other's part, joined by "and". */
function listedTogether(a: FigureRef, b: FigureRef): boolean {
  const [x, y] = a.figure.span.start < b.figure.span.start ? [a, b] : [b, a];
  if (x.figure.sentence !== y.figure.sentence || Math.abs(x.index - y.index) !== 1) return false;
  const between = x.article.text.plain.slice(x.figure.span.end, y.figure.span.start);
  return between.length <= LISTED_REACH && /[ \t]and[ \t]+$/.test(between);
}

function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

/**
 * The source counts a draft's count is held against as a swapped part: in a source, two counts listed
 * together ("… and …"), the draft's number told of another named part, and another number told of the part the draft
 * names (a capitalised word of it); one a source. None where the source tells the draft's number of
 * its part anywhere.
 */
export function swappedPartSources(check: Check, f: FigureRef): FigureRef[] {
  if (!check.isDraft || f.inQuote || f.cls === null || !f.cls.startsWith('count:') || f.figure.qualifier !== 'exact' || f.figure.range) return [];
  const own = namedPart(f.article, f.figure);
  if (own.size === 0) return [];
  const bySource = new Map<string, FigureRef[]>();
  for (const g of check.corpus.figuresOfClass(f.cls, check.article.path)) {
    if (g.inQuote || g.figure.qualifier !== 'exact' || g.figure.range) continue;
    const list = bySource.get(g.article.path) ?? [];
    list.push(g);
    bySource.set(g.article.path, list);
  }
  const out: FigureRef[] = [];
  for (const figures of bySource.values()) {
    const parts = figures.map((g) => ({ g, part: namedPart(g.article, g.figure) }));
    // The source tells the draft's number of the draft's part: no swap there.
    if (parts.some(({ g, part }) => equalValues(g.figure.value, f.figure.value) && shares(part, own))) continue;
    const swapped = parts.find(({ g, part }) => !equalValues(g.figure.value, f.figure.value) && shares(part, own) &&
      parts.some((o) => o.g !== g && listedTogether(g, o.g) && equalValues(o.g.figure.value, f.figure.value) && o.part.size > 0 && !shares(o.part, own)));
    if (swapped) out.push(swapped.g);
  }
  return out;
}
