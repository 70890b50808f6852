// "Police said two men were arrested": a count of people arrested, detained or charged is too small
// for the unsourced-figure rule (small numbers are told in many ways), but when no source uses the
// word at all, what the draft adds is a fact of its own, not another wording of the sources'.
import type { FigureRef } from '../alignment/corpus';
import type { Check } from './check';

/** Right after the counted people: what was done to them, told as done. Literal alternatives: linear-time. */
const ACTION = /^\s*(?:who\s+)?(?:were|was|have been|had been|has been)\s+(arrested|detained|charged)\b/i;
/** Every form a source may tell the same action in. */
const FORMS: Readonly<Record<string, readonly string[]>> = {
  arrested: ['arrest', 'arrests', 'arrested', 'arresting'],
  detained: ['detain', 'detains', 'detained', 'detaining', 'detention'],
  charged: ['charge', 'charges', 'charged', 'charging'],
};
/** Characters after the figure read for the action. */
const REACH = 40;

/**
 * Right before the count of places: the declaration made over them ("declared a state of calamity in
 * four provinces", "a state of emergency across three counties"). Literal alternatives: linear-time.
 */
const DECLARED_OVER = /\bstate[ \t]+of[ \t]+(calamity|emergency|disaster)[ \t]+(?:in|over|across|for|covering)[ \t]+(?:the[ \t]+|all[ \t]+)?$/i;
/** Characters before the figure read for the declaration. */
const DECLARED_REACH = 48;

/**
 * A draft's count of people arrested, detained or charged, or of places a state of calamity or
 * emergency was declared over, in a corpus whose sources never tell that deed.
 */
export function untoldAction(check: Check, f: FigureRef): boolean {
  if (!check.isDraft || f.inQuote || f.figure.unit !== 'count' || !f.figure.counted) return false;
  const { plain, sentences } = f.article.text;
  const sentence = sentences[f.figure.sentence];
  if (!sentence) return false;
  const declared = DECLARED_OVER.exec(plain.slice(Math.max(sentence.span.start, f.figure.span.start - DECLARED_REACH), f.figure.span.start));
  if (declared) {
    const phrase = new RegExp(`\\bstate\\s+of\\s+${declared[1].toLowerCase()}\\b`, 'i');
    for (const o of check.corpus.sourcesWithWord(declared[1].toLowerCase(), check.article.path)) if (phrase.test(o.article.text.plain)) return false;
    return true;
  }
  const m = ACTION.exec(plain.slice(f.figure.span.end, Math.min(sentence.span.end, f.figure.span.end + REACH)));
  if (!m) return false;
  for (const form of FORMS[m[1].toLowerCase()]) {
    const word = new RegExp(`\\b${form}\\b`, 'i');
    for (const o of check.corpus.sourcesWithWord(form, check.article.path)) if (word.test(o.article.text.plain)) return false;
  }
  return true;
}
