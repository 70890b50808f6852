// How late something is: "the opening has slipped by 14 months", "a delay of sixteen months", "14 months
// later than the March date", "Delay: 14 months", "two years behind schedule". A story about one
// project's slip tells one delay, whatever words each outlet puts round it; two sources that each tell
// one delay of their story tell the same quantity (findings/figures.ts holds them to each other).
import type { ArticleAnalysis, Figure } from '../types';

/** Right before the duration: a word of delay, and "of"/"by" or a label's colon ("Delay:"). Anchored at the end; short: linear. */
const DELAY_BEFORE = /\b(?:delay|delayed|slipped|slips|slip|pushed back|put back|postponed|set back)(?:\s+(?:of|by))?[\s*_:]*(?:(?:about|around|roughly|nearly|almost|some|more than|over)\s+)?$/i;
/** Right after it: late against a plan ("later than", "late", "behind schedule"); a bare "later" is a sequence ("Two years later, …"). */
const DELAY_AFTER = /^[\s*_]*(?:later than|late\b|behind schedule|behind the schedule|behind plan|overdue|of delay)/i;
/** Characters read either side of the duration. */
const DELAY_REACH = 32;

/** Whether the duration is told as how late something is, in the words right beside it. */
export function toldAsDelay(plain: string, f: Figure): boolean {
  if (f.unit !== 'duration') return false;
  if (DELAY_BEFORE.test(plain.slice(Math.max(0, f.span.start - DELAY_REACH), f.span.start))) return true;
  return DELAY_AFTER.test(plain.slice(f.span.end, f.span.end + DELAY_REACH));
}

/** Whether `f` is told as a delay and every duration its article tells as a delay has its number (one delay told). */
export function soleDelay(article: ArticleAnalysis, f: Figure): boolean {
  const plain = article.text.plain;
  if (!toldAsDelay(plain, f)) return false;
  for (const h of article.figures) if (h !== f && h.unit === 'duration' && (h.value !== f.value || h.measure !== f.measure) && toldAsDelay(plain, h)) return false;
  return true;
}
