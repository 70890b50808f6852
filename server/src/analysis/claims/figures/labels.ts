// Counts in a fact box or bulletin line: "Relief camps opened: 27", "(c) Houses damaged: 1,412",
// "- Deaths: 14". The label before the colon says what is counted.
import type { ArticleText, Figure } from '../../types';
import { lemma } from './units';

/** A line's label up to the colon right before the number: an optional list marker, then one to five words. */
const LABEL = /^[ \t]*(?:\(?[a-z0-9]{1,2}[.)][ \t]+|[-•*][ \t]+)?([A-Za-z][A-Za-z'’ -]{0,48}):[ \t]*$/;
/** Farthest a label's line may start before its number: a short line, looked at in bounded time. */
const REACH = 64;

/** A word opening with a capital letter: in a row label after its first word, a name's. */
const CAPITAL = /^\p{Lu}/u;

/** Words that end the noun part of a label: "People in camps" counts people. */
const STOP = new Set(['in', 'at', 'on', 'of', 'for', 'from', 'to', 'by', 'with', 'under', 'per']);

/** Gives a bare count the thing its line's label names, and takes the label into its span. */
export function labelledCounts(text: ArticleText, figures: Figure[]): void {
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    if (f.unit !== 'count' || f.counted !== null || f.inWords || f.qualifier !== 'exact') continue;
    const sentence = text.sentences[f.sentence];
    if (!sentence) continue;
    const line = lineStart(text.plain, Math.max(sentence.span.start, f.span.start - REACH), f.span.start, sentence.span.start);
    const fact = line < 0 ? null : LABEL.exec(text.plain.slice(line, f.span.start));
    const row = fact ? null : tableLabel(text, f);
    const m = fact ?? row;
    if (!m) continue;
    // Each match is of the text from its line's start up to the count.
    const from = f.span.start - m.input.length;
    const words = m[1].trim().split(/[ \t]+/);
    if (words.length > 5) continue;
    let head: string | null = null;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const lower = w.toLowerCase();
      if (STOP.has(lower)) break;
      // "| United States | 187,400 |": a capital after the first word is a name's, not a counted noun.
      if (row && i > 0 && CAPITAL.test(w)) { head = null; break; }
      // The first plural noun: "camps" in "Relief camps opened", "deaths" in "Deaths".
      if (lower.length > 3 && lemma(lower) !== lower) { head = lemma(lower); break; }
    }
    // "| Market | Vehicles recalled |" over "| Germany | 64,300 |": a row labelled by a name counts
    // what its column's header names.
    if (!head && row) head = columnNoun(text, f);
    if (!head) continue;
    const start = from + m[0].indexOf(m[1]);
    figures[k] = { ...f, counted: head, span: { start, end: f.span.end }, text: text.original.slice(start, f.span.end) };
  }
}

/** A table row's first cell, the count alone in the next: "| Boats seized | 14 |" (pipes in the original, blanked in plain). */
const ROW_BEFORE = /^[ \t]*\|[^|\n]{1,60}\|[ \t]*$/;
const ROW_AFTER = /^[ \t]*(?:\||$)/;
/** The first cell's words, in plain (its pipe and emphasis blanked). */
const CELL_LABEL = /^[ \t]*([A-Za-z][A-Za-z'’ -]{0,48})$/;
/** Characters after the count read for the cell's end. */
const ROW_AFTER_REACH = 8;

/**
 * A table row that labels a count as a fact-box line does ("| Boats seized | 14 |"): its first cell
 * says what is counted, and the count stands alone in the cell after it. The label's match, or null.
 */
function tableLabel(text: ArticleText, f: Figure): RegExpExecArray | null {
  // The row's line: its first pipe stands before the sentence, which starts at the first cell's words.
  const from = text.original.lastIndexOf('\n', f.span.start - 1) + 1;
  if (f.span.start - from > REACH || !ROW_BEFORE.test(text.original.slice(from, f.span.start))) return null;
  const after = text.original.slice(f.span.end, Math.min(text.original.length, f.span.end + ROW_AFTER_REACH));
  if (!ROW_AFTER.test(after.split('\n')[0])) return null;
  return CELL_LABEL.exec(text.plain.slice(from, f.span.start));
}

/** A table's rule line under its header: "|---|:---:|" (bars, dashes, colons and spaces, a dash among them). */
const RULE_CHARS = /^[ \t:|-]*$/;
/** Lines of a table read up from a row to its header, at most. */
const TABLE_LINES = 40;

/**
 * The header cell of the column a table row's figure stands in, read from the table's first line, which
 * the rule line must follow (the cell as written, emphasis and all); else null.
 */
function columnHeader(text: ArticleText, f: Figure): string | null {
  const original = text.original;
  const from = original.lastIndexOf('\n', f.span.start - 1) + 1;
  let column = 0;
  for (let k = from; k < f.span.start; k++) if (original[k] === '|') column++;
  let end = from - 1;
  let rule = -1;
  for (let n = 0; n < TABLE_LINES && end > 0; n++) {
    const start = original.lastIndexOf('\n', end - 1) + 1;
    const line = original.slice(start, end);
    if (!line.trimStart().startsWith('|')) return null;
    if (RULE_CHARS.test(line) && line.includes('-')) { rule = start; break; }
    end = start - 1;
  }
  if (rule <= 0) return null;
  const headerStart = original.lastIndexOf('\n', rule - 2) + 1;
  return original.slice(headerStart, rule - 1).split('|')[column] ?? null;
}

/**
 * The plural noun opening the header of the column a table row's count stands in ("Vehicles recalled"
 * over 187,400); else null.
 */
function columnNoun(text: ArticleText, f: Figure): string | null {
  const cell = columnHeader(text, f);
  if (cell === null) return null;
  const first = cell.replace(/[*_]/g, '').trim().split(/[ \t]+/)[0]?.toLowerCase() ?? '';
  return first.length > 3 && /^[a-z]+$/.test(first) && lemma(first) !== first ? lemma(first) : null;
}

/** Before a figure alone in its cell, back to the cell's opening bar: spaces and emphasis only. */
const CELL_OPENS = /\|[ \t*_]*$/;
/** After it, to the cell's closing bar. */
const CELL_CLOSES = /^[ \t*_]*\|/;
/** Characters read each side of a figure for its cell's bars. */
const CELL_REACH = 8;

/**
 * "| Item | C$ | US$ (at 0.72) |" over "| City cleanup | 22 million | 15.8 million |": a bare number
 * alone in a table cell is a sum in the currency its column's header names by its sign or code
 * (`currencyOf` reads the header's first word: "C$", "€", "EUR"), as "C$22 million" would be.
 */
export function currencyColumns(text: ArticleText, figures: Figure[], currencyOf: (word: string) => string | null): void {
  const original = text.original;
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    if (f.unit !== 'count' || f.counted !== null || f.inWords || f.range) continue;
    if (!CELL_OPENS.test(original.slice(Math.max(0, f.span.start - CELL_REACH), f.span.start)) ||
      !CELL_CLOSES.test(original.slice(f.span.end, f.span.end + CELL_REACH))) continue;
    const cell = columnHeader(text, f);
    const first = cell?.replace(/[*_]/g, '').trim().split(/[ \t]+/)[0];
    const currency = first ? currencyOf(first) : null;
    if (currency) figures[k] = { ...f, unit: 'money', measure: currency };
  }
}

/** Where the line holding `at` starts, if within [floor, at) or at the sentence's start; else -1. */
function lineStart(plain: string, floor: number, at: number, sentenceStart: number): number {
  for (let k = at - 1; k >= floor; k--) if (plain[k] === '\n') return k + 1;
  return floor === sentenceStart ? floor : -1;
}

/** A whole line that is a label and its count ("(e) Relief camps opened: 27, sheltering 3,850 persons"): a fact, not a heading. */
const FACT_LINE = /^[ \t]*(?:\(?[a-z0-9]{1,2}[.)][ \t]+|[-•*][ \t]+)?[A-Za-z][A-Za-z'’ -]{0,48}:[ \t]*\d/;

export function isFactLine(text: ArticleText, sentence: number): boolean {
  const s = text.sentences[sentence];
  return !!s && FACT_LINE.test(text.plain.slice(s.span.start, Math.min(s.span.end, s.span.start + 64)));
}
