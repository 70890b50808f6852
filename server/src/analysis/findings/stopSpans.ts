// How long something stood still: "The halt lasted three and a half hours", "the plant was shut for
// 210 minutes", "some three hours and 40 minutes after the outage began", "That's two hours with no
// trains". A story about one stoppage tells one span of it, whatever words each outlet puts round it;
// two sources that each tell one span of their story's stoppage tell the same quantity
// (findings/figures.ts holds them to each other, as it holds their delays: findings/delays.ts).
import type { ArticleAnalysis, Figure } from '../types';

/** A word of something stopped, shut or cut off, in the clause before the span. */
const STOPPED = /\b(?:halt|halted|halting|suspension|suspended|shutdown|shut|shutting|outage|closure|closed|frozen|froze|freeze|freezing|stoppage|stopped|blackout|standstill|interruption|interrupted|offline)\b/i;
/** Right before the span: how long it lasted ("lasted", "for", "of"), maybe with a hedge before the number. */
const SPAN_BEFORE = /\b(?:lasted|lasting|for|of)[\s*_]+(?:(?:about|around|roughly|nearly|almost|some|more than|over|just over|just under)\s+)?$/i;
/** Right after the span: since the stoppage began ("after the halt began") or what it went without ("with no trading"). */
const SPAN_AFTER = /^[\s*_]*(?:(?:after|since)\s+(?:the\s+|a\s+|its\s+)?(?:halt|suspension|shutdown|outage|closure|stoppage|freeze|blackout|interruption)\s+(?:began|started|begun|hit|struck)\b|with\s+no\b|without\b)/i;
/** Characters read before the span for its clause's word of stopping and its "lasted"/"for". */
const BEFORE_REACH = 64;
/** Characters read after it. */
const AFTER_REACH = 48;

/** The span's clause before it: back to the sentence's start or BEFORE_REACH characters, whichever is nearer. */
function clauseBefore(plain: string, start: number, sentenceStart: number): string {
  const from = Math.max(sentenceStart, start - BEFORE_REACH);
  const before = plain.slice(from, start);
  // A full stop, a semicolon or a line break ends the clause: its words are another sentence's.
  let cut = -1;
  for (let i = before.length - 1; i >= 0 && cut < 0; i--) if (before[i] === ';' || before[i] === '\n' || before[i] === '\r') cut = i;
  return before.slice(cut + 1);
}

/** Whether a duration is told as how long something stood still, in the words right beside it. */
export function toldAsStopSpan(article: ArticleAnalysis, f: Figure): boolean {
  if (f.unit !== 'duration' || f.range) return false;
  const plain = article.text.plain;
  const sentence = article.text.sentences[f.sentence];
  if (!sentence) return false;
  if (SPAN_AFTER.test(plain.slice(f.span.end, Math.min(sentence.span.end, f.span.end + AFTER_REACH)))) return true;
  const before = clauseBefore(plain, f.span.start, sentence.span.start);
  return SPAN_BEFORE.test(before) && STOPPED.test(before);
}

/** Minutes in one unit of each measure of a span told in hours or minutes. */
const MINUTES: Readonly<Record<string, number>> = { hour: 60, minute: 1 };

/** The span in minutes, or null for a measure of days, weeks or seconds (no stoppage this rule reads). */
function minutesOf(f: Figure): number | null {
  const per = f.measure === undefined ? undefined : MINUTES[f.measure];
  return per === undefined ? null : f.value * per;
}

/**
 * Whether `f` is told as how long something stood still, in hours or minutes, and every other span
 * its article tells so is the same length ("three and a half hours, or 210 minutes"): one stoppage
 * told. An article that tells two stoppages of different lengths tells no sole one.
 */
export function soleStopSpan(article: ArticleAnalysis, f: Figure): boolean {
  const minutes = minutesOf(f);
  if (minutes === null || !toldAsStopSpan(article, f)) return false;
  for (const h of article.figures) {
    if (h === f || h.unit !== 'duration' || !toldAsStopSpan(article, h)) continue;
    const other = minutesOf(h);
    if (other === null || Math.abs(other - minutes) > 1e-9) return false;
  }
  return true;
}
