// "The school's pass rate was 99.4%, against 96.9% across the borough": a rate told of one part of a
// whole (a school, a borough, a region) is another quantity than the whole's rate another source
// gives, though the words ("pass rate") are the same. Only percentages: rates and shares are where
// a local paper sets its part beside the national figure.
import type { ArticleText, Figure } from '../types';
import { startingValue } from '../claims/anchors';

/** The kinds of part a local story tells a rate of. */
const PART = String.raw`(?:school|college|academy|borough|county|district|ward|constituency|parish|region)`;

/** "the school's pass rate was", "the borough's": the part's own rate, right before the figure. */
const OWNED_BEFORE = new RegExp(String.raw`\b${PART}(?:'|’)s\s+[^,;:.!?%0-9]{0,40}$`, 'i');

/** "the Sefton average of", "the county average of": a part's average. National words name the whole. */
const AVERAGE_BEFORE = /\bthe\s+([A-Z][\p{L}-]*|borough|county|district|regional|local|school|college)\s+average\s+(?:of\s+|was\s+|is\s+|at\s+)?$/u;
const WHOLE_NAMES: ReadonlySet<string> = new Set(['national', 'nationwide', 'overall', 'uk', 'us', 'eu', 'oecd', 'global', 'world', 'england', 'britain', 'british', 'english', 'european']);

/** "96.9% across the borough", "in the county", "borough-wide": the part right after the figure. */
const PART_AFTER = new RegExp(String.raw`^\s*(?:(?:across|in|for|throughout|at)\s+(?:the\s+|its\s+|their\s+)?${PART}\b|${PART}-wide\b)`, 'i');

/** Whether a percentage's own words tie it to a part of the whole (one school, one borough). */
function toldOfPart(plain: string, from: number, f: Figure): boolean {
  const before = plain.slice(Math.max(from, f.span.start - 48), f.span.start);
  if (OWNED_BEFORE.test(before)) return true;
  const average = AVERAGE_BEFORE.exec(before);
  if (average && !WHOLE_NAMES.has(average[1].toLowerCase())) return true;
  return PART_AFTER.test(plain.slice(f.span.end, f.span.end + 40));
}

/**
 * The percentages of an article told of a part of the whole, by index. A percentage said again
 * ("the Sefton average of 24.8%" … "The 24.8% of entries") is the same part's, as the article told it first.
 */
export function localParts(text: ArticleText, figures: readonly Figure[]): ReadonlySet<number> {
  const out = new Set<number>();
  const values = new Set<number>();
  figures.forEach((f, i) => {
    if (f.unit !== 'percent') return;
    const sentence = text.sentences[f.sentence];
    if (!sentence || !toldOfPart(text.plain, sentence.span.start, f)) return;
    out.add(i);
    values.add(f.value);
  });
  if (values.size > 0) figures.forEach((f, i) => { if (f.unit === 'percent' && values.has(f.value)) out.add(i); });
  // "The 24.8% of entries … is up from 24.1% last year": where a part's rate changed from is the part's too.
  figures.forEach((f, i) => {
    if (i > 0 && f.unit === 'percent' && out.has(i - 1) && figures[i - 1].sentence === f.sentence && startingValue(text, f)) out.add(i);
  });
  return out;
}
