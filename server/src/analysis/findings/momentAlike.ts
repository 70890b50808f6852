// Whether an article tells a given moment at a clock time of its own, in words of a given clause
// (findings/times.ts, linkOf): asked of the article under review too, so the question is one the
// incremental check can ask again (Check.read, with the class below; findings/figures.ts stillStates).
import type { ArticleAnalysis, TimeClaim } from '../types';
import { nearContext } from '../alignment/context';

/** The class under which Check.read records the question: this mark, the clock ('u' UTC, 'l' the wall), then the clause's words. */
export const MOMENT_READ = 'moment-alike:';

/** Words of the clause a clock time of the article must share with the other clause. */
export const MOMENT_WORDS = 2;

/** The read's class for a moment on one clock and a clause's words (sorted, so one question has one class). */
export function momentClass(utc: boolean, words: Iterable<string>): string {
  return `${MOMENT_READ}${utc ? 'u' : 'l'}:${[...words].sort().join(' ')}`;
}

/**
 * Whether `article` tells the minute `minutes` (UTC when `utc`, else on the wall clock, read when the
 * moment has no UTC reading) at a clock time of its own whose clause shares MOMENT_WORDS words or
 * more with `words`.
 */
export function tellsMomentAlike(article: ArticleAnalysis, utc: boolean, minutes: number, words: ReadonlySet<string>): boolean {
  for (const x of article.times) {
    if (x.granularity !== 'clock' || (utc ? x.utcMinutes : x.localMinutes) !== minutes) continue;
    let shared = 0;
    for (const w of nearContext(article, x.sentence, x.span)) if (words.has(w) && ++shared >= MOMENT_WORDS) return true;
  }
  return false;
}

/** The same question, as Check.read recorded it (stillStates). */
export function tellsMomentAlikeRead(article: ArticleAnalysis, cls: string, minutes: number): boolean {
  const rest = cls.slice(MOMENT_READ.length);
  const words = new Set(rest.slice(2).split(' ').filter((w) => w.length > 0));
  return tellsMomentAlike(article, rest[0] === 'u', minutes, words);
}

/** The reading of a moment the question is asked on: UTC where it has one, else its wall clock; null when neither. */
export function momentReading(t: TimeClaim): { utc: boolean; minutes: number } | null {
  if (t.utcMinutes !== undefined) return { utc: true, minutes: t.utcMinutes };
  return t.localMinutes !== undefined ? { utc: false, minutes: t.localMinutes } : null;
}

/** The class under which Check.read records whether an article tells a wall-clock minute exactly (findings/times.ts minuteSlip). */
export const MINUTE_READ = 'minute-told';

/** Each article's wall-clock minutes told exactly at clock times (tellsMinute), read once per analysis. */
const TOLD_MINUTES = new WeakMap<ArticleAnalysis, ReadonlySet<number>>();

/**
 * Whether `article` tells the wall-clock minute `minutes` (minutes after local midnight) exactly at a
 * clock time of its own ("08:21 First crews arrive"): a moment it knows as one of its own.
 */
export function tellsMinute(article: ArticleAnalysis, minutes: number): boolean {
  let told = TOLD_MINUTES.get(article);
  if (!told) {
    const out = new Set<number>();
    for (const x of article.times) if (x.granularity === 'clock' && x.qualifier === 'exact' && x.localMinutes !== undefined) out.add(((x.localMinutes % 1440) + 1440) % 1440);
    TOLD_MINUTES.set(article, told = out);
  }
  return told.has(((minutes % 1440) + 1440) % 1440);
}

/** The class under which Check.read records whether an article tells a minute to an odd minute (findings/times.ts ownMinuteElsewhere): this mark, then the clock ('u' UTC, 'l' the wall). */
export const ODD_MINUTE_READ = 'odd-minute:';

/** The read's class for a minute on one clock. */
export function oddMinuteClass(utc: boolean): string {
  return `${ODD_MINUTE_READ}${utc ? 'u' : 'l'}`;
}

/**
 * Whether `article` tells the minute `minutes` (UTC when `utc`, else on the wall clock) at a clock time
 * of its own told to an odd minute ("09:40", not "9:00" or "9:45"), exactly or loosely ("by 8:31"): a
 * moment the article places. A round minute may be any moment of a story, so it places none.
 */
export function tellsOddMinute(article: ArticleAnalysis, utc: boolean, minutes: number): boolean {
  for (const x of article.times) {
    if (x.granularity !== 'clock' || (x.qualifier !== 'exact' && x.qualifier !== 'about')) continue;
    if (x.localMinutes === undefined || x.localMinutes % 15 === 0) continue;
    if ((utc ? x.utcMinutes : x.localMinutes) === minutes) return true;
  }
  return false;
}

/** The same question, as Check.read recorded it (stillStates). */
export function tellsOddMinuteRead(article: ArticleAnalysis, cls: string, minutes: number): boolean {
  return tellsOddMinute(article, cls.slice(ODD_MINUTE_READ.length) === 'u', minutes);
}
