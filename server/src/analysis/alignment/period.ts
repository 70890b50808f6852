// A change told over a stated stretch of time: "had gained 41% in the 12 months before the bid",
// "rose 6% over the past year", "a 12-month gain of 41%", "up 9% so far this year". Such a rise is
// a different quantity from a percentage told of no stretch at all (a bid's premium to a price, a
// day's move), however alike the words around them ("shares", the company's name) are.
import type { ArticleText, Figure } from '../types';

/**
 * Right after the figure: "in/over/during (the) (past/last/previous) (N) days/weeks/months/years",
 * "over the period", "this year", "so far this year", "year to date". A calendar stretch ("in the
 * first quarter", "in the year to March", "in the 13 weeks to 27 September") is left out: results
 * stories tell every figure of it so.
 * Optional groups in a row over a bounded slice: linear-time.
 */
const PERIOD_AFTER = new RegExp(String.raw`^\s*(?:` +
  String.raw`(?:in|over|during|across|within)\s+(?:the\s+|a\s+)?(?:(?:past|last|previous|preceding|latest|same)\s+)?` +
  String.raw`(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)[\s-]+)?(?:days?|weeks?|months?|years?|decades?|period)\b(?!\s+(?:to|ended|ending|through)\s)` +
  String.raw`|(?:so\s+far\s+)?this\s+year\b|year[\s-]+to[\s-]+date\b)`, 'i');

/**
 * Right before the figure: "a 12-month gain of", "a two-year rise of". Not a stretch that names the
 * thing a share is of another act on ("accept a three-year pay deal by 52.6%", "the two-year deal, by").
 */
const PERIOD_BEFORE = /\b(?:\d+|two|three|four|five|six|ten|twelve)-(?:day|week|month|year)\b[^.,;:!?\d]{0,30}$/i;
const BY_BEFORE = /\bby\s*$/i;

/** Characters read either side of the figure. */
const REACH = 60;

/** Whether a percentage is a change over a stated stretch of time (see above). */
export function overPeriod(text: ArticleText, f: Figure): boolean {
  if (f.unit !== 'percent') return false;
  const sentence = text.sentences[f.sentence];
  if (!sentence) return false;
  const plain = text.plain;
  if (PERIOD_AFTER.test(plain.slice(f.span.end, Math.min(sentence.span.end, f.span.end + REACH)))) return true;
  const before = plain.slice(Math.max(sentence.span.start, f.span.start - REACH), f.span.start);
  return PERIOD_BEFORE.test(before) && !BY_BEFORE.test(before);
}

/**
 * Right after a count: "in seven days", "over the past week", "during the fortnight", "across three
 * months": a stretch of more than one day. Optional groups in a row over a bounded slice: linear-time.
 */
const DAYS_AFTER = new RegExp(String.raw`^\s*(?:in|over|during|across|within)\s+(?:the\s+|a\s+)?(?:(?:past|last|previous|preceding|whole|entire)\s+)?` +
  String.raw`(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen)[\s-]+(?:days|weeks|months)|week|fortnight|month)\b`, 'i');

/** Whether a figure is told over a stretch of several days right after it ("36 sightings in seven days"). */
export function overDays(text: ArticleText, f: Figure): boolean {
  const sentence = text.sentences[f.sentence];
  if (!sentence) return false;
  return DAYS_AFTER.test(text.plain.slice(f.span.end, Math.min(sentence.span.end, f.span.end + REACH)));
}
