// People counted in a stated condition: "two children remain in intensive care", "three patients in
// critical condition", "four men in custody". The condition says which count it is, so two such
// counts on the same day of publication are one quantity, however else they are worded.
import type { ArticleText, Figure } from '../types';

/**
 * Right after the counted noun: an optional "who", a linking verb, "still", then "in" and the
 * condition. Optional groups in a row, no repetition over the same text: linear-time.
 */
const CONDITION = /^\s*(?:of\s+them\s+(?:\([^()\n]{1,30}\)\s+)?)?(?:who\s+)?(?:(?:are|were|remain|remained|remains|is|was)\s+)?(?:still\s+)?in\s+(?:a\s+)?(intensive care|critical condition|serious condition|stable condition|hospital|custody)\b/i;

/**
 * "Nine people were taken to hospital", "four were rushed to Mercy General Hospital", "Fourteen went to
 * Carrow General", "Six of them were taken to hospital": where the people went, told as done ("were", "went"), not as a count still running
 * ("have been"). A hospital's name is up to four capitalised words before "Hospital", "Infirmary" or
 * "General" (as hospitals are called for short); a bounded run: linear-time.
 */
const TAKEN = /^\s*(?:of\s+(?:them|those|these)\s+)?(?:who\s+)?(?:(?:were|was)\s+(?:taken|rushed|brought|flown|admitted)|went)\s+to\s+(?:(?:the|a)\s+)?(?:[A-Z][\w'.-]*\s+){0,4}(?:hospital|Hospital|Infirmary|General)\b/;

/** The condition a count of people is in ("intensive care"), or "taken to hospital", or null. */
export function conditionOf(text: ArticleText, f: Figure): string | null {
  if (f.unit !== 'count' || !f.counted) return null;
  const sentence = text.sentences[f.sentence];
  if (!sentence) return null;
  const after = text.plain.slice(f.span.end, Math.min(sentence.span.end, f.span.end + 60));
  const m = CONDITION.exec(after);
  if (m) return m[1].toLowerCase().replace(/\s+/g, ' ');
  return TAKEN.test(after) ? TAKEN_TO_HOSPITAL : null;
}

/** Not a state people are in but where they went: a draft's count of it is held to the same; sources of one day are held to each other by it only with no word of a count still moving (findings/figures.ts). */
export const TAKEN_TO_HOSPITAL = 'taken to hospital';
