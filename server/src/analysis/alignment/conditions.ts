// People counted in a stated condition: "two children remain in intensive care", "three patients in
// critical condition", "four men in custody". The condition says which count it is, so two such
// counts on the same day of publication are one quantity, however else they are worded.
import type { ArticleText, Figure } from '../types';

/**
 * Right after the counted noun: an optional "who", a linking verb, "still", then "in" and the
 * condition. Optional groups in a row, no repetition over the same text: linear-time.
 */
const CONDITION = /^\s*(?:who\s+)?(?:(?:are|were|remain|remained|remains|is|was)\s+)?(?:still\s+)?in\s+(?:a\s+)?(intensive care|critical condition|serious condition|stable condition|hospital|custody)\b/i;

/** The condition a count of people is in ("intensive care"), or null. */
export function conditionOf(text: ArticleText, f: Figure): string | null {
  if (f.unit !== 'count' || !f.counted) return null;
  const sentence = text.sentences[f.sentence];
  if (!sentence) return null;
  const m = CONDITION.exec(text.plain.slice(f.span.end, Math.min(sentence.span.end, f.span.end + 60)));
  return m ? m[1].toLowerCase().replace(/\s+/g, ' ') : null;
}
