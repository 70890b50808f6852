// Pairs quotation marks inside one paragraph. Straight and curly double marks; a closing mark used as
// the opener is accepted when a closer follows; an unclosed quote is dropped at the paragraph end (or at
// a line that ends a sentence), so it never swallows the text after it.
import type { Span } from '../../types';

export interface MarkPair {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark (of a continued quotation, the paragraph's last character). */
  close: number;
  /** Left open at the paragraph's end, as the next paragraph opens with a mark: the quotation goes on there. */
  continued?: boolean;
}

const SPACE = /\s/;
const OPEN_CONTEXT = '([{—–-/:';
const CLOSE_CONTEXT = '.,;:!?)]}—–…';

function straightOpens(plain: string, i: number, start: number): boolean {
  return i === start || SPACE.test(plain[i - 1]) || OPEN_CONTEXT.includes(plain[i - 1]);
}

function straightCloses(plain: string, i: number, end: number): boolean {
  return i + 1 >= end || SPACE.test(plain[i + 1]) || CLOSE_CONTEXT.includes(plain[i + 1]) || plain[i + 1] === '”';
}

/** A line break that ends a finished line: a quote left open there is unbalanced, not wrapped. */
function isHardBreak(plain: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (plain[k] === ' ' || plain[k] === '\t' || plain[k] === '\r')) k--;
  return k >= 0 && '.!?:'.includes(plain[k]);
}

/** A line break: \n, or a lone \r (old Mac files); the \r of \r\n is not one on its own. */
function isBreak(plain: string, i: number): boolean {
  const c = plain[i];
  return c === '\n' || (c === '\r' && plain[i + 1] !== '\n');
}

/**
 * The quotations of a paragraph. `continues`: the next paragraph opens with a quotation mark, so a
 * quotation left open at this paragraph's end goes on there (“… ¶ “…”: one speaker's words run over
 * paragraphs with no closing mark until the last) and closes here.
 */
export function pairMarks(plain: string, paragraph: Span, continues = false): MarkPair[] {
  const marks: number[] = [];
  // By code unit (“ ” " \n \r), no one-character string per character of the paragraph.
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = plain.charCodeAt(i);
    if (c === 0x201c || c === 0x201d || c === 34 || c === 10 || (c === 13 && plain.charCodeAt(i + 1) !== 10)) marks.push(i);
  }
  const out: MarkPair[] = [];
  let open = -1;
  for (let m = 0; m < marks.length; m++) {
    const i = marks[m];
    const c = plain[i];
    if (isBreak(plain, i)) {
      if (open >= 0 && isHardBreak(plain, i)) open = -1;
      continue;
    }
    if (open < 0) {
      if (c === '“') open = i;
      else if (c === '"') {
        if (straightOpens(plain, i, paragraph.start) || !straightCloses(plain, i, paragraph.end)) open = i;
      } else if (closerFollows(plain, marks, m)) {
        // `targeted” in a massive cyber attack.”`: a closing mark typed as the opener.
        open = i;
      }
      continue;
    }
    if (c === '“') { open = i; continue; } // the earlier quote never closed: drop it
    out.push({ open, close: i });
    open = -1;
  }
  if (open >= 0 && continues && opensSpeech(plain, paragraph, open)) {
    let last = paragraph.end - 1;
    while (last > open && SPACE.test(plain[last])) last--;
    if (last > open + 1) out.push({ open, close: last, continued: true });
  }
  return out;
}

/** Made once: the bundler turns a `\p{…}` literal into a RegExp construction where it stands. */
const UPPER = /\p{Lu}/u;

/**
 * A quotation that opens a speech, not a phrase: at the paragraph's start or after a sentence's end
 * or a colon, with a capital ("… said: “We …"); an unclosed “a betrayal is a slip, not a speech.
 */
function opensSpeech(plain: string, paragraph: Span, open: number): boolean {
  let k = open - 1;
  while (k >= paragraph.start && SPACE.test(plain[k])) k--;
  if (k >= paragraph.start && !'.!?:'.includes(plain[k])) return false;
  let i = open + 1;
  while (i < paragraph.end && SPACE.test(plain[i])) i++;
  return UPPER.test(plain[i] ?? '');
}

/** Whether the paragraph after `paragraph` opens with a quotation mark. */
export function opensWithMark(plain: string, next: Span | undefined): boolean {
  if (!next) return false;
  let i = next.start;
  while (i < next.end && SPACE.test(plain[i])) i++;
  return plain[i] === '“' || plain[i] === '"';
}

/** The next mark in the paragraph (before a hard line break) is a closing one. */
function closerFollows(plain: string, marks: number[], m: number): boolean {
  for (let k = m + 1; k < marks.length; k++) {
    const c = plain[marks[k]];
    if (isBreak(plain, marks[k])) { if (isHardBreak(plain, marks[k])) return false; continue; }
    if (c === '”') return true;
    if (c === '"') return !straightOpens(plain, marks[k], 0) || straightCloses(plain, marks[k], plain.length);
    return false;
  }
  return false;
}

/** The quoted words between two marks: white space and a trailing comma trimmed. */
export function pieceOf(plain: string, pair: MarkPair): Span {
  let s = pair.open + 1;
  let e = pair.close;
  while (s < e && SPACE.test(plain[s])) s++;
  while (e > s && (SPACE.test(plain[e - 1]) || plain[e - 1] === ',')) e--;
  return { start: s, end: e };
}

/**
 * "'Our priority is the passengers,' he said.": the British and wire habit of single marks around
 * speech, in a paragraph with no double mark. A pair opens with ' or ‘ at the paragraph's start or
 * after a space or an opening bracket, before a capital; it closes with ' or ’ right after a comma or a
 * sentence's end mark, before a space or the paragraph's end. An apostrophe ("don't", "the crews'
 * pay") has a letter before it and never closes. Every pair is returned: the caller leaves scare
 * quotes of a few words alone.
 */
export function pairSingleMarks(plain: string, paragraph: Span): MarkPair[] {
  const out: MarkPair[] = [];
  let open = -1;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = plain[i];
    if (c === '"' || c === '“' || c === '”') return [];
    if (c !== "'" && c !== '‘' && c !== '’') continue;
    if (open < 0) {
      if (c !== '’' && (i === paragraph.start || SPACE.test(plain[i - 1]) || plain[i - 1] === '(') && UPPER.test(plain[i + 1] ?? '')) open = i;
      continue;
    }
    if (c === '‘' || !',.!?'.includes(plain[i - 1]) || !(i + 1 >= paragraph.end || SPACE.test(plain[i + 1]))) continue;
    out.push({ open, close: i });
    open = -1;
  }
  return out;
}
