// British money told in words and pence: "1.01 billion pounds", "35 million pounds", "412 pence",
// "412p", "6.5p a share". Pence are a measure of their own, as cents are (412p and £4.12 are never
// held against each other); pounds are GBP only where they cannot be a weight.
import type { ArticleText, Figure } from '../../types';
import type { FigureToken } from './tokens';
import { TENS, UNITS } from './numbers';
import type { UnitRead } from './units';

/** Scales before "pounds" that make it money: "35 million pounds" (a weight is told in "pounds of"). */
const MONEY_SCALES = new Set(['thousand', 'million', 'billion', 'trillion', 'bn', 'm', 'mn', 'mln']);
/** "1080p", "720p": video resolutions, not pence. */
const RESOLUTIONS = new Set(['240', '360', '480', '576', '720', '1080', '1440', '2160', '4320']);

/**
 * The sterling unit at token k, right after the number that ends before token j (k is j, or j + 1
 * past a hyphen), or null.
 */
export function sterlingAt(tokens: FigureToken[], j: number, k: number): UnitRead | null {
  const u = tokens[k];
  if (!u || u.kind !== 'word') return null;
  if (u.lower === 'pence') return { unit: 'money', measure: 'pence', counted: null, next: k + 1 };
  // "412p", "6.5p": the letter attached to a numeral.
  if (u.lower === 'p' && k === j && !u.spaced && tokens[j - 1]?.kind === 'number' && !RESOLUTIONS.has(tokens[j - 1].text)) {
    return { unit: 'money', measure: 'pence', counted: null, next: k + 1 };
  }
  if ((u.lower === 'pounds' || u.lower === 'pound') && k === j && u.spaced && MONEY_SCALES.has(tokens[j - 1]?.lower ?? '') && tokens[k + 1]?.lower !== 'of') {
    return { unit: 'money', measure: 'GBP', counted: null, next: k + 1 };
  }
  return null;
}

/** "weighed 750 pounds", "a weight of 750 pounds", "750 pounds (340 kg)": pounds of weight. */
const WEIGHT = /\b(?:weigh\w*|weight|heav(?:y|ier)|lighter|lb|lbs|kg|kilos?|kilograms?|tonnes?|tons?|stones?)\b/i;

/**
 * "a one-off payment of 750 pounds", "seven hundred and fifty pounds in every nurse's pocket": in an
 * article that tells money in sterling elsewhere ("£310m", "35 million pounds", "412p"), a bare count
 * of pounds is sterling too. Not "pounds of" (a weight) and not in a sentence that tells of weight.
 */
export function sterlingPounds(text: ArticleText, figures: Figure[]): void {
  let candidates = false;
  let sterling = false;
  for (const f of figures) {
    if (f.unit === 'count' && f.counted === 'pound') candidates = true;
    else if (f.unit === 'money' && (f.measure === 'GBP' || f.measure === 'pence')) sterling = true;
  }
  if (!candidates || !sterling) return;
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    if (f.unit !== 'count' || f.counted !== 'pound') continue;
    const sentence = text.sentences[f.sentence];
    if (!sentence) continue;
    const after = text.plain.slice(f.span.end, Math.min(sentence.span.end, f.span.end + 4));
    if (/^\s+of\b/i.test(after)) continue;
    if (WEIGHT.test(text.plain.slice(sentence.span.start, sentence.span.end))) continue;
    // A new object: the sentence's figures may be remembered between keystrokes (local.ts).
    const pence = spokenPence(text.plain, f.span.end, sentence.span.end);
    if (pence && Number.isInteger(f.value) && f.qualifier === 'exact') {
      const value = f.value + pence.value / 100;
      figures[k] = { ...f, unit: 'money', measure: 'GBP', counted: null, value, interval: { low: value, high: value },
        span: { start: f.span.start, end: pence.end }, text: text.original.slice(f.span.start, pence.end) };
    } else figures[k] = { ...f, unit: 'money', measure: 'GBP', counted: null };
  }
}

/** A word, then optionally a hyphen and a word (bounded: two words at most). */
const PENCE_WORDS = /^[ \t]+([a-z]+)(?:-([a-z]+))?\b/i;

/**
 * "two pounds twenty", "two pounds fifty": the pence said after the pounds (one to ninety-nine), with
 * where they end; null when no pence follow.
 */
function spokenPence(plain: string, from: number, limit: number): { value: number; end: number } | null {
  const m = PENCE_WORDS.exec(plain.slice(from, Math.min(limit, from + 24)));
  if (!m) return null;
  const first = m[1].toLowerCase();
  const tens = TENS[first];
  let value: number | undefined;
  if (tens !== undefined && m[2] !== undefined) {
    const unit = UNITS[m[2].toLowerCase()];
    value = unit !== undefined && unit > 0 && unit < 10 ? tens + unit : undefined;
  } else if (m[2] === undefined) value = tens ?? (UNITS[first] !== undefined && UNITS[first] > 0 ? UNITS[first] : undefined);
  return value !== undefined && value < 100 ? { value, end: from + m[0].length } : null;
}
