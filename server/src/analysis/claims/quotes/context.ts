// What the quote stage knows about an article: tokens per sentence and which tokens name a person.
import type { ArticleText, Person } from '../../types';
import type { Token } from '../people/tokens';
import { sentenceTokensOf } from '../people/tokens';

export interface ArticleContext {
  text: ArticleText;
  people: Person[];
  tokens: Token[][];
  /** Person key for a token that starts or continues a mention, by token start offset. */
  mentionAt: Map<number, { key: string; start: number; end: number }>;
}

export function articleContext(text: ArticleText, people: Person[]): ArticleContext {
  const tokens = text.sentences.map((s, i) => sentenceTokensOf(text.plain, s, i));
  const spans: Array<{ key: string; start: number; end: number }> = [];
  for (const p of people) for (const m of p.mentions) spans.push({ key: p.key, start: m.start, end: m.end });
  spans.sort((a, b) => a.start - b.start);
  const mentionAt = new Map<number, { key: string; start: number; end: number }>();
  for (const sentence of tokens) {
    let k = 0;
    for (const t of sentence) {
      while (k < spans.length && spans[k].end <= t.start) k++;
      if (k < spans.length && spans[k].start <= t.start && t.end <= spans[k].end) mentionAt.set(t.start, spans[k]);
    }
  }
  return { text, people, tokens, mentionAt };
}

/** The person key a token belongs to, if it is part of a name. */
export function personAt(ctx: ArticleContext, t: Token | undefined): string | null {
  if (!t) return null;
  return ctx.mentionAt.get(t.start)?.key ?? null;
}

/** Index of the first token of the mention containing tokens[i]. */
export function mentionStart(ctx: ArticleContext, tokens: Token[], i: number): number {
  const m = ctx.mentionAt.get(tokens[i].start);
  if (!m) return i;
  let k = i;
  while (k > 0 && ctx.mentionAt.get(tokens[k - 1].start) === m) k--;
  return k;
}

/** Index of the last token of the mention containing tokens[i]. */
export function mentionEnd(ctx: ArticleContext, tokens: Token[], i: number): number {
  const m = ctx.mentionAt.get(tokens[i].start);
  if (!m) return i;
  let k = i;
  while (k + 1 < tokens.length && ctx.mentionAt.get(tokens[k + 1].start) === m) k++;
  return k;
}

/** Index of the token at or after an offset in a sentence's tokens (tokens.length if none). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Index of the sentence containing an offset, or -1. */
export function sentenceAt(text: ArticleText, offset: number): number {
  let lo = 0;
  let hi = text.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = text.sentences[mid].span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
