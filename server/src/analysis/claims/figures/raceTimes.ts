// "won in 2:05:41", "| 2:06:12 |", "a personal best of 2:18:30": hours, minutes and seconds written
// with colons and no a.m./p.m. or zone are how long a race or a journey took, a duration in seconds
// (so "2:05:14" against "2:05:41" is a figure misreported). A clock time with seconds is told with
// "at", a meridiem or a zone ("at 9:15:30", "9:15:30 a.m.", "14:02:11 GMT") and stays out.
import type { ArticleText, Figure } from '../../types';

const HMS = /(?<![\p{L}\p{N}:.,/])(\d):([0-5]\d):([0-5]\d)(?![\p{N}]|[:.,/]\p{N})/gu;
/** A meridiem, a zone or "local time" after the numbers: a clock time. */
const CLOCK_AFTER = /^[ \u00a0]{0,2}(?:[aApP]\.?[mM](?![\p{L}])|(?:GMT|UTC|[A-Z]{2,4}T)(?![\p{L}])|local|hrs|o['’]clock)/u;
/** "at 9:15:30", "from 2:05:41", "until …", "by …": a moment, not a span of time. */
const CLOCK_BEFORE = /(?:^|[^\p{L}])(?:at|from|until|till|by|before|after|since|around)[ \u00a0]{1,2}$/iu;

/**
 * "halfway in 59:58", "split 59:58", "| 59:58 |": minutes and seconds past 24 minutes cannot be a time
 * of day, and after "in", "split", "clocked" or in a table cell they are how long a stretch took (a
 * split, a lap, a 10 km time). Other "mm:ss" (a score "27:25" told bare) is left alone.
 */
const MS = /(?<![\p{L}\p{N}:.,/])([2-5]\d):([0-5]\d)(?![\p{N}]|[:.,/]\p{N})/gu;
/** Lowest minutes of a split read: below it the numbers could be a clock time ("23:45"). */
const MS_MINUTES = 25;
/** Right before a split, as written: "in", "split", "clocked", a colon after a label ("10 km split: 28:25"), or a table cell's bar; bold or italic marks may stand between. */
const MS_CUE = /(?:(?:^|[^\p{L}])(?:in|split|splits|clocked|timed)[ \u00a0:*_]{1,4}|\|[ \u00a0*_]{1,4})$/iu;
/** Characters read before a split for its cue. */
const MS_CUE_REACH = 16;

/** Every h:mm:ss duration of the article's body, in order, merged into `figures` (kept in span order). */
export function raceTimes(text: ArticleText, figures: Figure[]): void {
  const found: Figure[] = [];
  text.sentences.forEach((sentence, index) => {
    const { start, end } = sentence.span;
    const slice = text.plain.slice(start, end);
    if (!slice.includes(':')) return;
    HMS.lastIndex = 0;
    for (let m = HMS.exec(slice); m; m = HMS.exec(slice)) {
      const at = start + m.index;
      const to = at + m[0].length;
      if (CLOCK_AFTER.test(text.plain.slice(to, to + 12)) || CLOCK_BEFORE.test(text.plain.slice(Math.max(start, at - 10), at))) continue;
      const value = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
      found.push({
        kind: 'figure', span: { start: at, end: to }, text: text.original.slice(at, to), value, interval: { low: value, high: value },
        qualifier: 'exact', unit: 'duration', measure: 'second', counted: 'second', sentence: index, inWords: false,
      });
    }
    MS.lastIndex = 0;
    for (let m = MS.exec(slice); m; m = MS.exec(slice)) {
      const at = start + m.index;
      const to = at + m[0].length;
      const minutes = Number(m[1]);
      if (minutes < MS_MINUTES || !MS_CUE.test(text.original.slice(Math.max(start, at - MS_CUE_REACH), at))) continue;
      const value = minutes * 60 + Number(m[2]);
      found.push({
        kind: 'figure', span: { start: at, end: to }, text: text.original.slice(at, to), value, interval: { low: value, high: value },
        qualifier: 'exact', unit: 'duration', measure: 'second', counted: 'second', sentence: index, inWords: false,
      });
    }
  });
  if (found.length === 0) return;
  figures.push(...found.filter((f) => !figures.some((g) => g.span.start < f.span.end && f.span.start < g.span.end)));
  figures.sort((a, b) => a.span.start - b.span.start);
}
