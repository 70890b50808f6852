// What the quote stage knows about an article: tokens per sentence and which tokens name a person.
import type { ArticleText, Person } from '../../types';
import type { Token } from '../people/tokens';
import { sentenceTokensOf } from '../people/tokens';
import type { FoundVenue } from './venue';

export interface ArticleContext {
  text: ArticleText;
  people: Person[];
  /**
   * A sentence's tokens (undefined past the last sentence). Made when first asked for: the stage
   * reads about a quarter of a draft's sentences, and every sentence's tokens, moved into place after
   * an edit near the top, were most of what a keystroke's analysis allocated.
   */
  tokens: (si: number) => Token[];
  /** The mention a token that starts at `offset` starts or continues, if any. */
  mentionAt: (offset: number) => Mention | undefined;
  /**
   * Per sentence, whether it reads as a headline and the venues found in it, once asked (index.ts).
   * Kept here, not in WeakMaps by context: V8's scavenges hold a WeakMap's values as if strong, so
   * every keystroke's venues (and the text they are cut from) outlived the next scavenge.
   */
  headlines?: Map<number, boolean>;
  venues?: Map<number, FoundVenue[]>;
}

interface Mention {
  key: string;
  start: number;
  end: number;
}

export function articleContext(text: ArticleText, people: Person[]): ArticleContext {
  const spans: Mention[] = [];
  for (const p of people) for (const m of p.mentions) spans.push({ key: p.key, start: m.start, end: m.end });
  spans.sort((a, b) => a.start - b.start);
  const made: Token[][] = [];
  const mentions = new Map<number, Mention>();
  const tokens = (si: number): Token[] => {
    let found = made[si];
    if (found === undefined && si >= 0 && si < text.sentences.length) {
      found = made[si] = sentenceTokensOf(text.plain, text.sentences[si], si);
      // Token starts in a mention, as one pass over every sentence's tokens in order would find
      // them: before a token, that pass has passed every span up to the first one ending after it.
      let k = 0;
      for (const t of found) {
        while (k < spans.length && spans[k].end <= t.start) k++;
        if (k < spans.length && spans[k].start <= t.start && t.end <= spans[k].end) mentions.set(t.start, spans[k]);
      }
    }
    return found;
  };
  const mentionAt = (offset: number): Mention | undefined => {
    // Only a sentence's tokens can be in a mention: make those of the sentence holding `offset`.
    const si = sentenceAt(text, offset);
    if (si >= 0) tokens(si);
    return mentions.get(offset);
  };
  return { text, people, tokens, mentionAt };
}

/** The person key a token belongs to, if it is part of a name. */
export function personAt(ctx: ArticleContext, t: Token | undefined): string | null {
  if (!t) return null;
  return ctx.mentionAt(t.start)?.key ?? null;
}

/** Index of the first token of the mention containing tokens[i]. */
export function mentionStart(ctx: ArticleContext, tokens: Token[], i: number): number {
  const m = ctx.mentionAt(tokens[i].start);
  if (!m) return i;
  let k = i;
  while (k > 0 && ctx.mentionAt(tokens[k - 1].start) === m) k--;
  return k;
}

/** Index of the last token of the mention containing tokens[i]. */
export function mentionEnd(ctx: ArticleContext, tokens: Token[], i: number): number {
  const m = ctx.mentionAt(tokens[i].start);
  if (!m) return i;
  let k = i;
  while (k + 1 < tokens.length && ctx.mentionAt(tokens[k + 1].start) === m) k++;
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
