// Two-word phrases told beside a clock time: "a firm offer at 1300 GMT" / "confirmed a firm offer at
// 1.30pm". Two lower-case content words side by side name one thing more surely than the same two
// words apart; with a third word shared, two times told with such a phrase are one event.
import type { Span } from '../types';
import type { TimeRef } from './corpus';
import { clauseAround } from './context';
import { contentTokens } from './words';
import { claimMemo } from './claimMemo';

/** Content words looked at on each side of the time, as the near words are. */
const REACH_WORDS = 6;

/**
 * "firm offer": pairs of content words next to each other (only white space between), both written
 * in lower case, within the clause around the time and at most REACH_WORDS content words from it.
 */
export function phrasesNear(plain: string, clause: Span, at: Span): string[] {
  const tokens = contentTokens(plain, clause.start, clause.end);
  let first = 0;
  while (first < tokens.length && tokens[first].end <= at.start) first++;
  const from = Math.max(0, first - REACH_WORDS);
  let last = first;
  while (last < tokens.length && tokens[last].start < at.end) last++;
  const to = Math.min(tokens.length, last + REACH_WORDS);
  const out: string[] = [];
  for (let i = from; i + 1 < to; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (a.end > at.start && a.start < at.end) continue;
    if (b.end > at.start && b.start < at.end) continue;
    if (!/^\s+$/.test(plain.slice(a.end, b.start))) continue;
    if (!lower(plain, a.start) || !lower(plain, b.start)) continue;
    out.push(`${a.word} ${b.word}`);
  }
  return out;
}

function lower(plain: string, at: number): boolean {
  const c = plain.charCodeAt(at);
  return c >= 97 && c <= 122;
}

/** Each time's phrases, worked out when first asked (only times that share three words are), kept on the claim (claimMemo.ts). */
function phrasesOf(t: TimeRef): string[] {
  const memo = claimMemo(t);
  let p = memo.phrases;
  if (!p) {
    const text = t.article.text;
    const s = text.sentences[t.time.sentence];
    p = s ? phrasesNear(text.plain, clauseAround(text.plain, s.span, t.time.span), t.time.span) : [];
    memo.phrases = p;
  }
  return p;
}

/** Whether two clock times are told with one phrase (see phrasesNear). */
export function samePhrase(a: TimeRef, b: TimeRef): boolean {
  const pb = phrasesOf(b);
  return pb.length > 0 && phrasesOf(a).some((p) => pb.includes(p));
}
