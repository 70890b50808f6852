// "One cubic hectometre (hm³) equals one million cubic metres", "1 nautical mile = 1.852 km": a note
// to editors defining a unit tells no figure of the story, neither the one nor what it equals.
import type { FigureToken } from './tokens';

/** Most tokens a bracketed symbol after the unit may hold ("(hm³)", "(1 hm3)"). */
const BRACKET_TOKENS = 5;

/** The verb of a unit's definition at tokens[k]: the index after it, or -1. */
function definingVerbEnd(tokens: FigureToken[], k: number): number {
  const t = tokens[k];
  if (!t) return -1;
  if (t.text === '=' || t.lower === 'equals') return k + 1;
  // "is equal to", "is equivalent to"
  if (t.lower === 'is' && (tokens[k + 1]?.lower === 'equal' || tokens[k + 1]?.lower === 'equivalent') && tokens[k + 2]?.lower === 'to') return k + 3;
  return -1;
}

/**
 * True when the figure read at tokens[first, next) is one of a unit ("One cubic hectometre", "1 hm³")
 * opening its sentence, and its sentence goes on, after an optional bracketed symbol, with "equals",
 * "=", "is equal to" or "is equivalent to": the sentence defines the unit.
 */
export function definesUnit(tokens: FigureToken[], first: number, next: number, value: number, counted: string | null): boolean {
  if (value !== 1 || !counted) return false;
  for (let k = 0; k < first; k++) if (tokens[k].kind !== 'symbol') return false;
  let k = next;
  if (tokens[k]?.text === '(') {
    const stop = Math.min(tokens.length, k + 1 + BRACKET_TOKENS);
    let close = -1;
    for (let j = k + 1; j < stop; j++) if (tokens[j].text === ')') { close = j; break; }
    if (close < 0) return false;
    k = close + 1;
  }
  return definingVerbEnd(tokens, k) >= 0;
}
