// A timeline table that gives each moment on two clocks ("| Local | UTC | What happened |") names the
// zone of a column once, in its header cell: the times in that column are on that clock, though no
// zone is written beside them. Without this a UTC column is read on the story's local clock and every
// row disagrees with itself by the offset.
import type { Zone } from './zones';
import { offsetZone, zoneFor } from './zones';

/** A body cell of a column whose header names a zone. Offsets into the original text. */
export interface ZonedCell {
  start: number;
  end: number;
  zone: Zone;
  /** Where the table's header row starts, and the cell's column in it (0 first): cells of one column share both. */
  table?: number;
  column?: number;
}

/** A header cell that is a zone, alone or with a word or two: "UTC", "Time (GMT)", "GMT time". */
const HEADER_ZONE = /^(?:[A-Za-z]+[ \u00a0]+){0,2}\(?([A-Z]{2,4})\)?(?:[ \u00a0]+[a-z]+)?$/;
/** A zone with the places on its clock in brackets after it: "ACST (Darwin)", "EDT (New York/Boston)". */
const HEADER_ZONE_PLACES = /^([A-Z]{2,4})[ \u00a0]+\([A-Z][^()|]{0,40}\)$/;
/**
 * A place's clock with its zone and that zone's offset in brackets: "Bali (WITA, UTC+8)", "Sydney
 * (AEDT, UTC+11)"; the offset names the clock when the abbreviation is one the engine does not know.
 */
const HEADER_ZONE_OFFSET = /^(?:[A-Za-z]+[ \u00a0]+){0,2}\(([A-Z]{2,5}),[ \u00a0]*(?:UTC|GMT)([+\u2212\u2013-][0-9:]{1,5})\)$/;
/** The characters of a table's rule line under its header: "|---|:---:|". */
const RULE_CHARS = /^[ \t|:-]*$/;
/** One cell of a rule line: three dashes at least, between bars (tested cell by cell, so linear). */
const RULE_CELL = /^[ \t]*:?-{3,}:?[ \t]*$/;
/** The bars that open and close a row. */
const OUTER_BARS = /^\||\|$/g;

/** A rule line: bars, and between them cells of three dashes or more (colons for alignment). */
function isRuleLine(line: string): boolean {
  if (!RULE_CHARS.test(line) || !line.includes('|')) return false;
  const cells = line.trim().replace(OUTER_BARS, '').split('|');
  return cells.every((c) => RULE_CELL.test(c));
}

/** A header cell of another clock column: "Local", "Local (UTC+1)", "Time", "Oslo time". */
const CLOCK_HEADER = /\b(?:local|time|clock)\b|\b(?:UTC|GMT)[+\u2212-]\d/i;

interface Cell { start: number; end: number }

/** The cells of a table row, between its unescaped bars. */
function cellsOf(text: string, start: number, end: number): Cell[] {
  const out: Cell[] = [];
  let i = start;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] !== '|') return out;
  let from = i + 1;
  for (let j = i + 1; j < end; j++) {
    if (text[j] === '|' && text[j - 1] !== '\\') { out.push({ start: from, end: j }); from = j + 1; }
  }
  return out;
}

/** Every body cell under a header cell that names a zone, in text order. */
export function zonedTableCells(original: string): ZonedCell[] {
  const out: ZonedCell[] = [];
  if (original.indexOf('|') < 0) return out;
  const lines: Cell[] = [];
  for (let s = 0; s <= original.length;) {
    let e = original.indexOf('\n', s);
    if (e < 0) e = original.length;
    lines.push({ start: s, end: e > s && original[e - 1] === '\r' ? e - 1 : e });
    s = e + 1;
  }
  for (let k = 0; k + 1 < lines.length; k++) {
    const rule = lines[k + 1];
    if (!isRuleLine(original.slice(rule.start, rule.end))) continue;
    const header = cellsOf(original, lines[k].start, lines[k].end);
    const zones = header.map((c) => {
      const head = original.slice(c.start, c.end).trim().replace(/\*/g, '');
      const withOffset = HEADER_ZONE_OFFSET.exec(head);
      if (withOffset) return zoneFor(withOffset[1]) ?? offsetZone(withOffset[2]) ?? null;
      const m = HEADER_ZONE.exec(head) ?? HEADER_ZONE_PLACES.exec(head);
      // "Paris time", "UK time": a clock the zone words name, as a header of its own.
      return m ? zoneFor(m[1]) ?? null : zoneFor(head) ?? null;
    });
    // Only a table on two clocks: a lone "Time (CEST)" column is the story's clock, read as a label is.
    const clocks = header.filter((c, i) => zones[i] !== null || CLOCK_HEADER.test(original.slice(c.start, c.end))).length;
    if (!zones.some((z) => z !== null) || clocks < 2) continue;
    let row = k + 2;
    for (; row < lines.length; row++) {
      const cells = cellsOf(original, lines[row].start, lines[row].end);
      if (cells.length === 0) break;
      const table = lines[k].start;
      cells.forEach((c, i) => { const zone = zones[i]; if (zone) out.push({ start: c.start, end: c.end, zone, table, column: i }); });
    }
    k = row - 1;
  }
  return out;
}
