// Words and letter case for quick fixes: edits keep a sentence's capitalisation and compare words the
// way quotations are compared (case, curly apostrophes and hyphens do not count).

export interface Word {
  norm: string;
  start: number;
  end: number;
}

/** The words of `text` with offsets (plus `offset`), in order. */
export function wordsOf(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ norm: m[0].toLowerCase().replace(/’/g, "'").replace(/-/g, ''), start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

/** Runs of white space (line breaks included) become one space. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True when `offset` begins a sentence: start of a paragraph, or after ". ", "? ", "! ", a heading mark. */
export function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  // Opening marks before the words belong to the same sentence start.
  while (i >= 0 && /[“‘"'(\[]/.test(text[i])) i--;
  let sawSpace = false;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) { i--; sawSpace = true; }
  if (i < 0 || text[i] === '\n' || text[i] === '\r') return true;
  if (/[#>*-]/.test(text[i])) return /^[\s#>*-]*$/.test(lineBefore(text, i + 1));
  if (!sawSpace) return false;
  while (i >= 0 && /[”’"')\]]/.test(text[i])) i--;
  return i >= 0 && /[.!?:]/.test(text[i]) && !/\b(?:[ap]\.m|[A-Z])\.$/.test(text.slice(Math.max(0, i - 4), i + 1));
}

function lineBefore(text: string, offset: number): string {
  const nl = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1));
  return text.slice(nl + 1, offset);
}

/** Lower-case words that open figures and times; anything else (names, months) keeps its case. */
const COMMON_OPENERS = new Set([
  'about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'just', 'more', 'over', 'above', 'upwards',
  'at', 'no', 'up', 'as', 'fewer', 'less', 'under', 'below', 'past', 'after', 'until', 'before', 'by', 'an', 'a', 'the',
  'estimated', 'close', 'least', 'only', 'exactly', 'precisely', 'well', 'tens', 'hundreds', 'thousands', 'millions', 'dozens', 'several',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'half', 'quarter', 'third', 'dozen', 'early', 'late', 'mid',
  'shortly', 'midnight', 'noon', 'last', 'this', 'next',
]);

/**
 * `replacement` cased for where it goes: a capital at the start of a sentence, lower case mid-
 * sentence for an ordinary opening word ("About 1,200" → "about 1,200"). Names keep their case.
 * The words being replaced say best whether a sentence starts there ("About 40" does, "about 40"
 * does not); only when they open with a number is the text before them read.
 */
export function caseFor(text: string, offset: number, replacement: string): string {
  const first = /^\p{L}+/u.exec(replacement)?.[0];
  if (!first) return replacement;
  const current = /^\p{L}+/u.exec(text.slice(offset, offset + 40))?.[0];
  const ordinary = (w: string) => COMMON_OPENERS.has(w.toLowerCase());
  let sentenceStart: boolean;
  if (current && ordinary(current)) sentenceStart = current[0] !== current[0].toLowerCase();
  else sentenceStart = startsSentence(text, offset);
  if (sentenceStart) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  if (ordinary(first) && first[0] !== first[0].toLowerCase() && first.slice(1) === first.slice(1).toLowerCase()) {
    return replacement.charAt(0).toLowerCase() + replacement.slice(1);
  }
  return replacement;
}
