// A timeline table on two clocks ("| Event | Local (BST) | UTC |") writes its times bare in the cells
// of columns whose header names a zone: "| Recount begins | 02:10 | 01:10 |". In running text a bare
// "02:10" needs a cue to be a clock time (it may be a score or a count), but under a zone's header it
// can be nothing else. The scan reads text without knowing the header, so those cells are read here.
import type { CalendarDate } from '../../types';
import { addDays, isFull, weekdayNumber } from './calendar';
import type { Mention } from './scan';
import type { ZonedCell } from './tableZones';

/** A 24-hour time told with two hour digits, the whole of a token: "02:10", "23:40". */
const CELL_CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A token of a cell and where it starts in the text. */
interface Token { word: string; start: number }

/** The tokens of text[start, end) split on blanks (markup is already blanked to spaces in `plain`). */
function tokensOf(plain: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    while (i < end && (plain[i] === ' ' || plain[i] === '\t' || plain[i] === '\u00a0')) i++;
    const from = i;
    while (i < end && plain[i] !== ' ' && plain[i] !== '\t' && plain[i] !== '\u00a0') i++;
    if (i > from) out.push({ word: plain.slice(from, i), start: from });
  }
  return out;
}

/** A weekday token of a cell, "Fri", "Thu.", "Friday": its number, or undefined. */
function weekdayOf(word: string): number | undefined {
  return weekdayNumber(word.endsWith('.') ? word.slice(0, -1) : word);
}

/**
 * `mentions` with the clock times of zoned table cells that hold a time and nothing else but a
 * weekday ("02:10", "00:40 Fri", "Sat 21:05"), and that weekday, added where the scan left them out.
 * Sorted by start, as the scan's mentions are.
 */
export function withCellTimes(plain: string, mentions: readonly Mention[], cells: readonly ZonedCell[]): readonly Mention[] {
  if (cells.length === 0) return mentions;
  const added: Mention[] = [];
  let k = 0;
  for (const cell of cells) {
    const tokens = tokensOf(plain, cell.start, cell.end);
    if (tokens.length === 0 || tokens.length > 2) continue;
    // Mentions the scan kept in this cell (a time of 13:00 or later, a weekday before a time).
    while (k < mentions.length && mentions[k].end <= cell.start) k++;
    const kept = (start: number, end: number) => {
      for (let j = k; j < mentions.length && mentions[j].start < cell.end; j++) if (mentions[j].start < end && mentions[j].end > start) return true;
      return false;
    };
    let at = tokens.findIndex((t) => CELL_CLOCK.test(t.word));
    if (at < 0) {
      // "| 6:00am Thu |": a time the scan read itself ("6:00am"), with the weekday it left out.
      if (tokens.length !== 2) continue;
      at = weekdayOf(tokens[1].word) !== undefined ? 0 : weekdayOf(tokens[0].word) !== undefined ? 1 : -1;
      if (at < 0 || !keptClock(mentions, k, cell.end, tokens[at].start, tokens[at].start + tokens[at].word.length)) continue;
    }
    const day = tokens.length === 2 ? tokens[1 - at] : null;
    const weekday = day ? weekdayOf(day.word) : undefined;
    if (day && weekday === undefined) continue;
    const clock = tokens[at];
    const clockEnd = clock.start + clock.word.length;
    if (!kept(clock.start, clockEnd)) {
      const m = CELL_CLOCK.exec(clock.word);
      if (!m) continue;
      added.push({ start: clock.start, end: clockEnd, granularity: 'clock', priority: 5, localMinutes: Number(m[1]) * 60 + Number(m[2]), hasMeridiem: true });
    }
    if (day && weekday !== undefined && !kept(day.start, day.start + day.word.length)) {
      const end = day.start + (day.word.endsWith('.') ? day.word.length - 1 : day.word.length);
      added.push({ start: day.start, end, granularity: 'date', priority: 2, weekday, relative: 'weekday', weekdayAbbrev: day.word.length <= 5, date: {} });
    }
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** Whether the scan kept a clock time over text[start, end) of a cell (mentions from index k, before the cell's end). */
function keptClock(mentions: readonly Mention[], k: number, cellEnd: number, start: number, end: number): boolean {
  for (let j = k; j < mentions.length && mentions[j].start < cellEnd; j++) {
    const m = mentions[j];
    if (m.granularity === 'clock' && m.start <= start && m.end >= end) return true;
  }
  return false;
}

/** What datesDownColumn reads and sets of a placed mention. */
interface Dated { m: Mention; date: CalendarDate }

/**
 * A timeline table writes a day only where it changes ("| 00:40 Fri | 23:40 Thu |") and its rows run
 * forward: a time in a zoned column with no day in its cell is on the day of the time above it in the
 * same column, or the next day when it is earlier on the clock (past midnight). Read by "the last day
 * told before it", a UTC column's "23:40 Thu" would put the local column's 02:10 below on Thursday.
 * `placed` is in text order; cells in text order.
 */
export function datesDownColumns(placed: readonly Dated[], cells: readonly ZonedCell[]): void {
  if (cells.length === 0) return;
  const above = new Map<string, Dated>();
  let c = 0;
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i];
    if (p.m.granularity !== 'clock' || p.m.localMinutes === undefined) continue;
    while (c < cells.length && cells[c].end <= p.m.start) c++;
    const cell = cells[c];
    if (!cell || cell.start > p.m.start || cell.table === undefined || cell.column === undefined) continue;
    const key = `${cell.table}:${cell.column}`;
    // A day in the cell stands right before or after its time in text order.
    const inCell = (d: Dated | undefined) => d !== undefined && d.m.granularity === 'date' && d.m.start >= cell.start && d.m.end <= cell.end;
    const ownDay = inCell(placed[i - 1]) ? placed[i - 1] : inCell(placed[i + 1]) ? placed[i + 1] : undefined;
    const prev = above.get(key);
    if (ownDay) {
      if (isFull(ownDay.date)) p.date = { ...ownDay.date };
    } else if (prev && isFull(prev.date) && prev.m.localMinutes !== undefined) {
      p.date = p.m.localMinutes < prev.m.localMinutes ? addDays(prev.date, 1) : { ...prev.date };
    }
    above.set(key, p);
  }
}
