// A figure told as the sum of several things: "the two mills together employ 3,450 people", "a
// combined 3,450 workers", "3,450 people between them". One of the parts told on its own ("the
// Kestrel mill employs about 2,300") is smaller than the sum, and another quantity, however alike the
// words ("employ … people"); never one figure misreported.
import type { ArticleText, Figure } from '../types';

/** Words that say the figure adds several things up. */
const SUM_WORDS = new Set(['together', 'combined', 'jointly']);
/** Words read before the figure, and after it, within its clause. */
const BEFORE_WORDS = 6;
const AFTER_WORDS = 4;
/** Characters read each side (enough for the words above). */
const REACH = 80;
/** One word, or a clause mark that ends the reading. */
const TOKEN = /[\p{L}]+|[;:!?()]/gu;
const CLAUSE_END = /^[;:!?()]$/;

function wordsOf(text: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push(m[0].toLowerCase());
  return out;
}

/** Words that tell a figure per party: "Croatia and Italy each offered two", "two apiece". */
const EACH_WORDS = new Set(['each', 'apiece']);

/**
 * A table's or fact box's total line: a first cell that only says "Total" ("| **Total** | **358 kg**
 * |", blanked to spaces; "Grand total\t1,204"; "Total: 96"), set apart from the cells after it by a
 * tab, two spaces or a colon. Its figures add up the rows above, each of which is one part.
 */
const TOTAL_CELL = /^[ \t]*(?:grand[ \t]+)?totals?(?:\t|[ \t]*:|[ \t]{2})/i;

/** Whether the figure stands in a total line's cells (after its "Total" cell). */
function inTotalLine(text: ArticleText, sentence: { span: { start: number; end: number } }, f: Figure): boolean {
  const head = TOTAL_CELL.exec(text.plain.slice(sentence.span.start, Math.min(sentence.span.end, sentence.span.start + 40)));
  return head !== null && sentence.span.start + head[0].length <= f.span.start;
}

/** The words right around the figure in its clause: what it is said with. */
function toldWith(text: ArticleText, f: Figure): 'sum' | 'each' | null {
  const sentence = text.sentences[f.sentence];
  if (!sentence) return null;
  if (inTotalLine(text, sentence, f)) return 'sum';
  const before = wordsOf(text.plain.slice(Math.max(sentence.span.start, f.span.start - REACH), f.span.start));
  for (let k = before.length - 1, n = 0; k >= 0 && n < BEFORE_WORDS; k--, n++) {
    const w = before[k];
    if (CLAUSE_END.test(w)) break;
    if (SUM_WORDS.has(w)) return 'sum';
    if (EACH_WORDS.has(w)) return 'each';
  }
  const after = wordsOf(text.plain.slice(f.span.end, Math.min(sentence.span.end, f.span.end + REACH)));
  for (let k = 0; k < after.length && k < AFTER_WORDS; k++) {
    const w = after[k];
    if (CLAUSE_END.test(w)) break;
    if (SUM_WORDS.has(w) || (w === 'between' && after[k + 1] === 'them')) return 'sum';
    if (EACH_WORDS.has(w)) return 'each';
  }
  return null;
}

/** Whether the words right around the figure, in its clause, tell it as a sum of several things. */
export function toldAsSum(text: ArticleText, f: Figure): boolean {
  return toldWith(text, f) === 'sum';
}

/** Characters read back from a figure for addedToNamed (a name's last word, "and", blanks). */
const ADDED_REACH = 40;

/**
 * "Halvorsen Freight and 14 partner firms", "the Dean plus nine others": a count added to something
 * named right before it, so the count leaves that one out. Read back from the figure, within its sentence.
 */
export function addedToNamed(text: ArticleText, f: Figure): boolean {
  const sentence = text.sentences[f.sentence];
  if (!sentence || f.unit !== 'count') return false;
  const from = Math.max(sentence.span.start, f.span.start - ADDED_REACH);
  const before = text.plain.slice(from, f.span.start);
  // Read back by hand: the blanks, the joining word, the blanks, the word before it.
  let i = before.length;
  const blanks = () => { const end = i; while (i > 0 && (before[i - 1] === ' ' || before[i - 1] === '\t')) i--; return end - i; };
  if (blanks() === 0) return false;
  if (before.endsWith('plus', i)) return i === 4 || !LETTER.test(before[i - 5]);
  if (before.endsWith('&', i)) i -= 1;
  else if (before.endsWith('and', i) && (i === 3 || !LETTER.test(before[i - 4]))) i -= 3;
  else return false;
  if (blanks() === 0) return false;
  let start = i;
  while (start > 0 && WORD_PART.test(before[start - 1])) start--;
  return start < i && UPPER.test(before[start]);
}

/** The small counts told in words that a list of parts uses ("two from Italy"). */
const SMALL_COUNT = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
/**
 * "Two Canadair planes from Croatia and two from Italy": a count told as one of a list of parts, each
 * from or of a party, right after it in its clause. Not "two of them" (a part of this count), and not
 * where another number comes first ("Five crews, three local and two from abroad": the whole, then its
 * parts).
 */
const LISTED_PART = new RegExp(`^([^.;:!?]{0,40}?)\\band[ \\t]{1,3}(?:\\d[\\d,]*|${SMALL_COUNT})[ \\t]{1,3}(?:more[ \\t]{1,3})?(?:from|in|of(?![ \\t]{1,3}(?:them|those|these|whom|which|us)\\b))[ \\t]`, 'i');
/** A number between the count and its list's "and": the count is the whole its parts follow. */
const NUMBER_BETWEEN = new RegExp(`\\d|\\b(?:${SMALL_COUNT})\\b`, 'i');
/** Characters read after a figure for LISTED_PART. */
const LISTED_REACH = 80;

/** Whether the count is one part of a list told right after it ("Two planes from Croatia and two from Italy"). */
export function listedPart(text: ArticleText, f: Figure): boolean {
  const sentence = text.sentences[f.sentence];
  if (!sentence || f.unit !== 'count') return false;
  const m = LISTED_PART.exec(text.plain.slice(f.span.end, Math.min(sentence.span.end, f.span.end + LISTED_REACH)));
  return m !== null && !NUMBER_BETWEEN.test(m[1]);
}

/**
 * "cut toll revenue by approximately $120 million and the draft limit by approximately $45 million":
 * two amounts in one clause, each after the same preposition, the second with its own subject joined
 * by "and" (words only between them): each is one part of what the two do together.
 */
const PARALLEL_LINK = /^[ \t]{1,3}and[ \t]{1,3}[\p{L}'’ \t-]{1,48}?[ \t](by|to|of|for)[ \t]{1,3}$/u;
/** The preposition right before a figure ("by", "to", "of", "for"), read back over blanks. */
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(by|to|of|for)[ \t]{1,3}$/u;
/** Characters read back from a figure for its preposition. */
const PREPOSITION_REACH = 8;

/** The preposition right before figure f, lower case, or null. */
function prepositionBefore(text: ArticleText, f: Figure): string | null {
  const m = PREPOSITION_BEFORE.exec(text.plain.slice(Math.max(0, f.span.start - PREPOSITION_REACH), f.span.start));
  return m ? m[1].toLowerCase() : null;
}

/** Whether a and b (b later, in one sentence, of one unit) are told in parallel after the same preposition. */
function parallelPair(text: ArticleText, a: Figure, b: Figure): boolean {
  if (a.sentence !== b.sentence || a.unit !== b.unit || a.span.end >= b.span.start || b.span.start - a.span.end > 80) return false;
  const m = PARALLEL_LINK.exec(text.plain.slice(a.span.end, b.span.start));
  return m !== null && m[1].toLowerCase() === prepositionBefore(text, a);
}

/**
 * Whether the figure is one of two amounts told in parallel ("by $120 million and the draft limit by
 * $45 million"), `figures` being its article's figures in text order.
 */
export function parallelPart(text: ArticleText, figures: readonly Figure[], f: Figure): boolean {
  let k = figures.indexOf(f);
  if (k < 0) k = figures.findIndex((x) => x.span.start === f.span.start && x.span.end === f.span.end);
  if (k < 0) return false;
  return (k + 1 < figures.length && parallelPair(text, f, figures[k + 1])) || (k > 0 && parallelPair(text, figures[k - 1], f));
}

/** Number words a breakdown's parts are told in ("two were electrocuted", "and one was crushed"). */
const PART_NUMBERS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/**
 * One further part of a breakdown: after a comma or "and", a number and right after it a verb of its
 * own ("two were electrocuted", "and one was crushed", "3 drowned"). Literal alternatives: linear-time.
 */
const BREAKDOWN_PART = /(?:,|\band)[ \t]+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+(?:were|was|are|is|had|have|has|died|[a-z]{3,}ed)\b/gi;
/** Characters read after a count for the rest of its breakdown, within its clause. */
const BREAKDOWN_REACH = 160;
/** Parts told after the first that make a breakdown (a count and one more may be two things). */
const BREAKDOWN_PARTS = 2;

/**
 * "four people drowned, two were electrocuted in flooded homes and one was crushed": a count that opens
 * a breakdown told in its clause, each further part a number with a verb of its own, is one part of a
 * whole its parts add up to. The total of the breakdown (7 here), or null when the count opens none.
 */
export function breakdownTotal(text: ArticleText, f: Figure): number | null {
  const sentence = text.sentences[f.sentence];
  if (!sentence || f.unit !== 'count' || f.qualifier !== 'exact' || f.range || !Number.isInteger(f.value)) return null;
  let rest = text.plain.slice(f.span.end, Math.min(sentence.span.end, f.span.end + BREAKDOWN_REACH));
  const stop = rest.search(/[;:()]/);
  if (stop >= 0) rest = rest.slice(0, stop);
  let total = f.value;
  let parts = 0;
  BREAKDOWN_PART.lastIndex = 0;
  for (let m = BREAKDOWN_PART.exec(rest); m; m = BREAKDOWN_PART.exec(rest)) {
    const said = m[1].toLowerCase();
    total += PART_NUMBERS[said] ?? Number(said);
    parts++;
  }
  return parts >= BREAKDOWN_PARTS ? total : null;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const WORD_PART = /[\p{L}'’.\-]/u;

/**
 * One figure told as a sum and the other, smaller, not: a part and the whole it is in, two
 * quantities. Two sums, a sum no larger than the other figure, and a sum beside a share told per
 * party ("six aircraft between them" / "each offered two": the sum is told of the same parties, and
 * held to their shares as before) are still held to each other. A count added to something named
 * ("Brandt Haulage and 11 other firms") is likewise not held to a count told without it.
 */
export function partOfSum(a: ArticleText, f: Figure, b: ArticleText, g: Figure, aFigures?: readonly Figure[], bFigures?: readonly Figure[]): boolean {
  // Only a figure larger than the other can be its sum: most pairs end here, unread.
  if (!(f.interval.low > g.interval.high || g.interval.low > f.interval.high)) return false;
  // "Brandt Haulage and 11 other firms" / "12 firms": the count leaves out the one named, the other may not.
  if (addedToNamed(a, f) !== addedToNamed(b, g)) return true;
  // "Two planes from Croatia and two from Italy" / "the four planes": one part of a list and the whole.
  if (listedPart(a, f) !== listedPart(b, g)) return true;
  // "four people drowned, two were electrocuted and one was crushed" / "seven people died": the first
  // part of a breakdown whose parts add up to the other figure is a part of it, no rival.
  if (f.unit === 'count' && g.unit === 'count' && (breakdownTotal(a, f) === g.value || breakdownTotal(b, g) === f.value)) return true;
  // "by $120 million and the draft limit by $45 million" / "about $165 million": one of two parts
  // told in parallel, smaller than the other figure, is no rival of the whole.
  if (aFigures && bFigures) {
    const pa = parallelPart(a, aFigures, f);
    if (pa !== parallelPart(b, bFigures, g)) return pa ? f.interval.high < g.interval.low : g.interval.high < f.interval.low;
  }
  const x = toldWith(a, f);
  const y = toldWith(b, g);
  if ((x === 'sum') === (y === 'sum')) return false;
  const [sum, part, partWith] = x === 'sum' ? [f, g, y] : [g, f, x];
  return partWith !== 'each' && sum.interval.low > part.interval.high;
}
