// The sources' times indexed by what can make two of them one moment or one event, so that checking
// a time meets only the source times that can match it instead of every time of every source.
//
// Clock times (findings/times.ts, linkOf): two times are linked only by counts of one class beside
// both (snapshot, figures), by one measure beside both (figures), by both opening their story
// (onset), by one action on one thing told beside both (event), by opening ranges of one length
// (range), or by sharing at least two words of their clauses (words). A source time that shares
// none of these with the checked time cannot link to it, so it is never a candidate. Keep this in
// step with linkOf: a new kind of link needs its key here.
//
// Dates (findings/times.ts, checkDate): compared only within a window of days; dates are indexed by
// their day of the year; a date told with its weekday also by its clause's words, as clock times are
// (findings/plannedDays.ts and findings/weekdays.ts). Every date with a year is also indexed by its
// year (findings/years.ts holds a draft's year to the sources' years one digit off).
import type { TimeClaim } from '../types';
import type { ArticleClaims, Lookup, TimeRef } from './corpus';
import { addToRuns, dropRuns, type Run, runPath, runsExcept } from './runs';

/** Slack, in days, for leap years: a date's day of the year moves by one with the year it is read in. */
const LEAP_SLACK = 2;

interface Indexed {
  claims: ArticleClaims;
  /** Order in which sources came in: candidates are handed out in the corpus's own order. */
  seq: number;
}

/** Keys under which a clock time is found: figure classes beside it, onset, and its clause's words. */
function clockKeys(t: TimeRef): { keys: Set<string>; words: ReadonlySet<string> } {
  const keys = new Set<string>();
  for (const f of t.figures) if (f.cls !== null) keys.add('f:' + f.cls);
  for (const f of t.sentenceFigures) if (f.cls !== null) keys.add('m:' + f.cls);
  if (t.onset) keys.add('onset');
  for (const e of t.events) keys.add('e:' + e);
  const slip = swapKey(t.time);
  if (slip !== null) keys.add(slip);
  // A range's start, by the range's length: "from 7am to 7pm" meets "from 8am to 8pm" (alignment/timeRanges.ts).
  if (t.range !== undefined) keys.add('r:' + t.range);
  return { keys, words: t.near };
}

/**
 * "04:05" and "04:50" both file under "s:4:05": an exact time of the wall clock by its hour and its
 * minute's two digits in order, so a time meets the one with its minute digits swapped (findings/times.ts).
 */
export function swapKey(t: TimeClaim): string | null {
  const local = t.localMinutes;
  if (t.qualifier !== 'exact' || local === undefined) return null;
  const wall = ((local % 1440) + 1440) % 1440;
  const m = wall % 60;
  const tens = Math.floor(m / 10);
  const ones = m % 10;
  if (tens === ones) return null;
  return `s:${Math.floor(wall / 60)}:${Math.min(tens, ones)}${Math.max(tens, ones)}`;
}

/** A date told by its weekday is also found by its clause's words (findings/plannedDays.ts), as clock times are. */
function byWords(t: TimeRef): boolean {
  return t.time.weekday !== undefined;
}

/** Day of the year (read in a common year) of a date whose day and month are known. */
function dayOfYear(t: TimeClaim): number | null {
  const { month, day } = t.date;
  if (month === undefined || day === undefined) return null;
  return Date.UTC(2001, month - 1, day) / 86400000;
}

/** The keys (dayOfYear) of a date's day of the month in each other month that has it. */
function sameDayOtherMonths(t: TimeClaim): number[] {
  const { month, day } = t.date;
  const out: number[] = [];
  if (month === undefined || day === undefined) return out;
  for (let m = 1; m <= 12; m++) {
    if (m === month || new Date(Date.UTC(2001, m - 1, day)).getUTCMonth() !== m - 1) continue;
    out.push(Date.UTC(2001, m - 1, day) / 86400000);
  }
  return out;
}

export class TimeIndex {
  private readonly articles = new Map<string, Indexed>();
  private next = 0;
  // Postings hold one run of times per source, so a look-up skips the checked article's own run
  // whole (a source with thousands of times is checked in linear time).
  private readonly clocks = new Map<string, TimeRun[]>();
  private readonly words = new Map<string, TimeRun[]>();
  private readonly dates = new Map<number, TimeRun[]>();
  /** Dates without a day and month: always candidates (the check skips them itself). */
  private readonly undated = new Map<'', TimeRun[]>();
  /** Dates by their year, when they have one. */
  private readonly years = new Map<number, TimeRun[]>();

  /**
   * With `exhaustive`, every look-up returns every time of every other source (for tests).
   * `lookups` is told the key of every look-up (see Corpus's Lookup).
   */
  constructor(private readonly exhaustive = false, private readonly lookups?: (lookup: Lookup) => void) {}

  /**
   * Each look-up key ("c:", "d:", "u") with the path of each source filed under it; "n:" words with
   * each time's index. A key is spelt once and handed out as the same string for all its sources.
   */
  eachPath(fn: (key: string, path: string, time?: number) => void): void {
    // forEach and indexed loops: for-of here allocates an entry and a result per step (run once, unoptimised).
    const each = (prefix: string) => (runs: TimeRun[], k: string | number) => {
      const key = prefix + k;
      for (let i = 0; i < runs.length; i++) fn(key, runPath(runs[i]));
    };
    this.clocks.forEach(each('c:'));
    this.words.forEach((runs, w) => {
      const key = 'n:' + w;
      for (let i = 0; i < runs.length; i++) {
        const r = runs[i];
        if (Array.isArray(r)) for (let j = 0; j < r.length; j++) fn(key, r[j].article.path, r[j].index);
        else fn(key, r.article.path, r.index);
      }
    });
    this.dates.forEach(each('d:'));
    this.undated.forEach((runs) => { for (let i = 0; i < runs.length; i++) fn('u', runPath(runs[i])); });
    this.years.forEach(each('y:'));
  }

  add(claims: ArticleClaims): void {
    this.remove(claims.article.path);
    this.articles.set(claims.article.path, { claims, seq: this.next++ });
    for (const t of claims.times) {
      if (t.time.granularity === 'clock') {
        const { keys, words } = clockKeys(t);
        for (const k of keys) addToRuns(this.clocks, k, t);
        for (const w of words) addToRuns(this.words, w, t);
      } else {
        const d = dayOfYear(t.time);
        if (d === null) addToRuns(this.undated, '', t); else addToRuns(this.dates, d, t);
        if (t.time.date.year !== undefined) addToRuns(this.years, t.time.date.year, t);
        if (byWords(t)) for (const w of t.near) addToRuns(this.words, w, t);
      }
    }
  }

  remove(path: string): void {
    const known = this.articles.get(path);
    if (!known) return;
    this.articles.delete(path);
    // Each key once: the source's run under it goes whole.
    const keys = new Set<string>();
    const words = new Set<string>();
    const days = new Set<number | null>();
    const years = new Set<number>();
    for (const t of known.claims.times) {
      if (t.time.granularity === 'clock') {
        const k = clockKeys(t);
        for (const x of k.keys) keys.add(x);
        for (const w of k.words) words.add(w);
      } else {
        days.add(dayOfYear(t.time));
        if (t.time.date.year !== undefined) years.add(t.time.date.year);
        if (byWords(t)) for (const w of t.near) words.add(w);
      }
    }
    for (const y of years) dropRuns(this.years, y, path);
    for (const k of keys) dropRuns(this.clocks, k, path);
    for (const w of words) dropRuns(this.words, w, path);
    for (const d of days) if (d === null) dropRuns(this.undated, '', path); else dropRuns(this.dates, d, path);
  }

  /**
   * Source clock times that can be the same moment as `t`, grouped by source in the corpus's order,
   * each group in its article's order; `exceptPath` leaves out one article's own.
   */
  clockCandidates(t: TimeRef, exceptPath?: string): TimeRef[][] {
    if (this.exhaustive) return this.everyTime(exceptPath);
    const found = new Set<TimeRef>();
    const { keys, words } = clockKeys(t);
    if (this.lookups) {
      for (const k of keys) this.lookups('c:' + k);
      this.lookups({ words });
    }
    // Plain loops over the runs (no generators): a look-up walks thousands of postings.
    for (const k of keys) {
      const runs = this.clocks.get(k);
      if (!runs) continue;
      for (const r of runs) {
        if (runPath(r) === exceptPath) continue;
        if (Array.isArray(r)) for (const s of r) found.add(s); else found.add(r);
      }
    }
    this.sharingWords(words, exceptPath, found);
    return this.grouped(found, exceptPath);
  }

  /**
   * Source weekdays ("reopen on Thursday") that share two words of `t`'s clause, and source clock
   * times of an action told beside `t`, grouped as above: a day told by its weekday alone has no day
   * of the year to be looked up by.
   */
  weekdayCandidates(t: TimeRef, exceptPath?: string): TimeRef[][] {
    if (this.exhaustive) return this.everyTime(exceptPath);
    const found = new Set<TimeRef>();
    this.lookups?.({ words: t.near });
    this.sharingWords(t.near, exceptPath, found);
    // Clock times of one action on one thing ("returned its verdicts on Thursday" / "… at 2.47pm on
    // Friday"): findings/clockDay.ts holds a weekday to the day written beside such a clock time.
    for (const e of t.events) {
      this.lookups?.('c:e:' + e);
      const runs = this.clocks.get('e:' + e);
      if (!runs) continue;
      for (const r of runs) {
        if (runPath(r) === exceptPath) continue;
        if (Array.isArray(r)) for (const x of r) found.add(x); else found.add(r);
      }
    }
    return this.grouped(found, exceptPath);
  }

  /** Adds to `found` the source times that share two of `words` (counted over the words' postings). */
  private sharingWords(words: ReadonlySet<string>, exceptPath: string | undefined, found: Set<TimeRef>): void {
    const once = new Set<TimeRef>();
    for (const w of words) {
      const runs = this.words.get(w);
      if (!runs) continue;
      for (const r of runs) {
        if (runPath(r) === exceptPath) continue;
        if (Array.isArray(r)) { for (const s of r) if (once.has(s)) found.add(s); else once.add(s); } else if (once.has(r)) found.add(r); else once.add(r);
      }
    }
  }

  /** Source dates within `days` of `t`'s day (in whatever year either is read), grouped as above. */
  dateCandidates(t: TimeRef, days: number, exceptPath?: string): TimeRef[][] {
    if (this.exhaustive) return this.everyTime(exceptPath);
    const found = new Set<TimeRef>(runsExcept(this.undated.get(''), exceptPath));
    const d = dayOfYear(t.time);
    this.lookups?.('u');
    if (d === null) {
      this.lookups?.('*'); // EVERY_SOURCE
      return this.everyTime(exceptPath);
    }
    const reach = days + LEAP_SLACK;
    if (this.lookups) for (let k = d - reach; k <= d + reach; k++) this.lookups('d:' + k);
    if (this.dates.size <= 2 * reach + 1) {
      for (const [k, runs] of this.dates) if (Math.abs(k - d) <= reach) for (const s of runsExcept(runs, exceptPath)) found.add(s);
    } else {
      for (let k = d - reach; k <= d + reach; k++) for (const s of runsExcept(this.dates.get(k), exceptPath)) found.add(s);
    }
    // The same day of the other months: a month misreported ("Sept. 30" / "June 30"; findings/times.ts).
    for (const k of sameDayOtherMonths(t.time)) {
      if (Math.abs(k - d) <= reach) continue;
      this.lookups?.('d:' + k);
      for (const s of runsExcept(this.dates.get(k), exceptPath)) found.add(s);
    }
    return this.grouped(found, exceptPath);
  }


  /** Source dates told in any of `years` (a date with a day too: "Aug. 10, 2019"), grouped as above. */
  yearCandidates(years: readonly number[], exceptPath?: string): TimeRef[][] {
    if (this.exhaustive) return this.everyTime(exceptPath);
    const found = new Set<TimeRef>();
    for (const y of years) {
      this.lookups?.('y:' + y);
      for (const s of runsExcept(this.years.get(y), exceptPath)) found.add(s);
    }
    return this.grouped(found, exceptPath);
  }

  private grouped(found: Set<TimeRef>, exceptPath: string | undefined): TimeRef[][] {
    const byPath = new Map<string, { seq: number; times: TimeRef[] }>();
    for (const s of found) {
      const path = s.article.path;
      if (path === exceptPath) continue;
      let group = byPath.get(path);
      if (!group) {
        const known = this.articles.get(path);
        if (!known) continue;
        group = { seq: known.seq, times: [] };
        byPath.set(path, group);
      }
      group.times.push(s);
    }
    return [...byPath.values()].sort((a, b) => a.seq - b.seq).map((g) => g.times.sort((a, b) => a.index - b.index));
  }

  private everyTime(exceptPath: string | undefined): TimeRef[][] {
    const out: TimeRef[][] = [];
    for (const [path, known] of this.articles) if (path !== exceptPath) out.push(known.claims.times);
    return out;
  }
}

/** The times of one source under one key (runs.ts). */
type TimeRun = Run<TimeRef>;
