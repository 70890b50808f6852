// "€40,000 for the win and a €50,000 record bonus, €100,000 in all" in a draft, where the sources tell
// the €40,000 and the €50,000 and "a total of €90,000": a total the writer adds up from the parts told
// before it in its sentence, each of which a source states, that is not their sum, is the sum got
// wrong. The sources' statement of the true sum is what it disagrees with; told in its own words
// ("in all", "a total of") it would otherwise meet no source figure and be flagged as unsourced.
import type { FigureRef } from '../alignment/corpus';
import { equalValues, figureClass } from '../alignment/figures';
import type { ArticleAnalysis, Figure } from '../types';
import type { Check } from './check';

/** Right after a figure: it is the total of what was told before it ("€100,000 in all", "… altogether"). */
const TOTAL_AFTER = /^[ \t]{1,2}(?:in[ \t]+(?:all|total)|altogether|all[ \t]+told|combined)(?![\p{L}])/iu;
/** Right before a figure: "a total of", "totalling", "for a combined". */
const TOTAL_BEFORE = /(?:^|[^\p{L}])(?:a[ \t]+total[ \t]+of|totall?ing|a[ \t]+combined|in[ \t]+total)[ \t]{1,2}$/iu;
/** Characters read each side of the figure. */
const TOTAL_REACH = 24;
/** Most parts a total is added up from. */
const MAX_PARTS = 6;

/** Whether the draft tells its figure as a total ("€100,000 in all", "a total of 310"). */
function toldAsTotal(f: FigureRef): boolean {
  const plain = f.article.text.plain;
  const { start, end } = f.figure.span;
  // Within the figure's sentence: what the incremental check keys the figure on.
  const sentence = f.article.text.sentences[f.figure.sentence]?.span ?? { start, end };
  return TOTAL_AFTER.test(plain.slice(end, Math.min(sentence.end, end + TOTAL_REACH))) ||
    TOTAL_BEFORE.test(plain.slice(Math.max(sentence.start, start - TOTAL_REACH), start));
}

/**
 * Whether a source (not the draft) states this figure's number in its class, exactly; a part told
 * "about" (`rounded`) may be stated either way.
 */
function sourceStates(check: Check, cls: string, figure: Figure, rounded: boolean): boolean {
  for (const h of check.corpus.figureCandidates({ cls, figure }, 0, 1, check.article.path)) {
    if (h.article.path !== check.article.path && h.cls === cls && !h.inQuote && toldAs(h.figure, rounded) && equalValues(h.figure.value, figure.value)) return true;
  }
  return false;
}

/** A figure told exactly, or, where the parts are rounded, told "about" its number too. */
function toldAs(figure: Figure, rounded: boolean): boolean {
  return figure.qualifier === 'exact' || (rounded && figure.qualifier === 'about');
}

/** Whether the figure stands inside a quotation of the article (a transcript's turns are the record, not quotations). */
function quoted(article: ArticleAnalysis, figure: Figure): boolean {
  for (const q of article.quotes) {
    if (q.transcript) continue;
    for (const p of q.pieces) if (p.start <= figure.span.start && figure.span.end <= p.end) return true;
  }
  return false;
}

/**
 * The figures of f's class told before it in its sentence, backwards; where the sentence tells only
 * one, those of the sentence right before in its paragraph too ("Hydro puts its bill at C$48 million.
 * The city puts its cleanup at C$22 million, for a combined C$80 million"). Null when one cannot be a
 * part (a range, told loosely, quoted) or there are too many.
 * The article's own figures, not the check's claims: the incremental check checks one claim at a time
 * (findings/index.ts, CLAIM_CHECKS); the total's sentence is in its key, the sentence before is read
 * into it (totalReads).
 */
function partsBefore(f: FigureRef): Figure[] | null {
  const figures = f.article.figures;
  const sentences = f.article.text.sentences;
  const own = f.figure.sentence;
  const parts: Figure[] = [];
  let i = f.index - 1;
  for (const sentence of [own, own - 1]) {
    if (sentence !== own && (parts.length !== 1 || sentences[sentence]?.paragraph !== sentences[own]?.paragraph)) break;
    for (; i >= 0 && figures[i].sentence === sentence; i--) {
      const r = figures[i];
      if (figureClass(r) !== f.cls) continue;
      // "about $120 million … and about $45 million …, a combined $185 million": rounded parts add up
      // to a rounded sum, which the sources tell "about" too.
      if (!toldAs(r, true) || r.range || quoted(f.article, r)) return null;
      parts.push(r);
      if (parts.length > MAX_PARTS) return null;
    }
  }
  return parts;
}

/** A number told with no noun of its own ("31 people on Monday and 12 on Tuesday"). */
const BARE_NUMBER = /^\d[\d,]*$/;

/**
 * A part told as a bare number borrows its class from the part before it, which sources may give
 * another noun ("12 arrests", "12 on Tuesday"): any source's statement of its number states it.
 */
function bareNumber(r: Figure): boolean {
  return r.qualifier === 'exact' && BARE_NUMBER.test(r.text);
}

/** A draft's figure misaddedTotal may read as a total: exact, unquoted, a sum or a count, told as a total. */
function mayBeTotal(f: FigureRef): boolean {
  const figure = f.figure;
  return !f.inQuote && f.cls !== null && figure.qualifier === 'exact' && !figure.range && (figure.unit === 'money' || figure.unit === 'count') && toldAsTotal(f);
}

/**
 * What a total's check reads of its article beyond its sentence, for the incremental check's key
 * (findings/figures.ts articleReads): the parts taken from the sentence before, if any.
 */
export function totalReads(f: FigureRef): string {
  if (f.article.role !== 'draft' || !mayBeTotal(f)) return '';
  const parts = partsBefore(f);
  return parts === null ? '' : parts.filter((r) => r.sentence !== f.figure.sentence).map((r) => `|t${r.value}`).join('');
}

/**
 * The source figures a draft's total is held against: the figures of its class told before it in its
 * sentence (two or more, exact, each stated by a source) add up to another number, which sources state
 * exactly in that class (one figure a source). Else none.
 */
export function misaddedTotal(check: Check, f: FigureRef): FigureRef[] {
  const figure = f.figure;
  if (!check.isDraft || !f.cls || !mayBeTotal(f)) return [];
  const parts = partsBefore(f);
  if (parts === null) return [];
  if (parts.length < 2) return [];
  const cls = f.cls;
  const sum = parts.reduce((x, r) => x + r.value, 0);
  if (equalValues(sum, figure.value) || check.corpus.hasValue(figure)) return [];
  const rounded = parts.some((r) => r.qualifier !== 'exact');
  if (!parts.every((r) => sourceStates(check, cls, r, rounded) || (bareNumber(r) && check.corpus.hasValue(r)))) return [];
  const probe: Pick<FigureRef, 'cls' | 'figure'> = { cls: f.cls, figure: { ...figure, value: sum, interval: { low: sum, high: sum } } };
  const out: FigureRef[] = [];
  const seen = new Set<string>();
  for (const h of check.corpus.figureCandidates(probe, 0, 1, check.article.path)) {
    if (h.article.path === check.article.path || seen.has(h.article.path) || h.cls !== f.cls || h.inQuote || !toldAs(h.figure, rounded) || !equalValues(h.figure.value, sum)) continue;
    // A rounded sum the draft's total falls within is that sum rounded otherwise, not misadded.
    if (h.figure.interval.low <= figure.value && figure.value <= h.figure.interval.high) continue;
    seen.add(h.article.path);
    out.push(h);
  }
  return out;
}
