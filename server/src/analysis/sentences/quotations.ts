// Quotations that run over several sentences must stay in one Sentence, so the splitter needs to
// know where each quotation opens and closes. One pass per paragraph; a quotation that never closes
// (or runs implausibly long) protects nothing, so a stray mark cannot swallow the article.
import type { Span } from '../types';

/** Longest quotation kept whole; beyond this we split inside it as if it were not quoted. */
export const MAX_QUOTATION = 1500;

const OPEN_BEFORE = '([{—–-/';

/** [opening mark, closing mark] index pairs inside `para`, sorted, never overlapping. */
export function quotations(plain: string, para: Span): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  let kind = 0; // the opening mark's code
  for (let i = para.start; i < para.end; i++) {
    const code = plain.charCodeAt(i);
    // Only “ ” and " matter: every other character is passed by its code, without a string for it.
    if (code !== 0x201c && code !== 0x201d && code !== 34) continue;
    if (code === 0x201c /* “ */) {
      open = i; // an earlier “ without its ” was a stray mark
      kind = code;
    } else if (code === 0x201d /* ” */) {
      if (open >= 0 && kind === 0x201c) {
        if (i - open <= MAX_QUOTATION) out.push([open, i]);
        open = -1;
      }
      // A ” with nothing open is a wrong-way opening mark or a stray: it protects nothing.
    } else {
      // "
      if (open >= 0 && kind === 34) {
        if (i - open <= MAX_QUOTATION) out.push([open, i]);
        open = -1;
      } else if (open < 0) {
        const before = i > para.start ? plain[i - 1] : ' ';
        const after = i + 1 < para.end ? plain[i + 1] : ' ';
        if ((/\s/.test(before) || OPEN_BEFORE.includes(before)) && !/\s/.test(after)) {
          open = i;
          kind = code;
        }
      }
    }
  }
  return out;
}
