// Statements with a venue: a quotation "told Fox News", or reported speech ("In an interview with
// the BBC, she said the plan had failed"). Two articles that put the same statement in different
// venues disagree about attribution.
import type { ArticleAnalysis, Span, Venue } from '../types';
import { sentenceTokensOf } from '../claims/people/tokens';
import { findVenues, isOffAir, mayHaveVenue } from '../claims/quotes/venue';
import type { QuoteRef, StatementRef } from './corpus';
import type { ClaimCarrier, SpokenVenue } from './claimReuse';
import { ownCopy } from '../ownCopy';
import { contentTokens, contentWords } from './words';
import { WordSet } from './wordSet';

const PRONOUN = /\b(?:he|she)\b/i;

function venueWords(v: Venue): string[] {
  return contentWords(v.text);
}

/**
 * Statements of one article: its quotations that name a venue, and reported speech with one.
 * `carry`: the article is being edited; a sentence of reported speech that reads as it did before the
 * edit, credited to the same speaker with the same mentions over it, takes its venues over
 * (alignment/claimReuse.ts): the same statements, without its tokens and venues read again.
 */
export function findStatements(article: ArticleAnalysis, quotes: QuoteRef[], lazy = false, carry?: ClaimCarrier): StatementRef[] {
  // A source's statements are indexed by speaker only: what was said is read when first compared.
  const contextOf = lazy ? lazyStatementContext : statementContext;
  const { text } = article;
  const out: StatementRef[] = [];
  const quotedSentences = new Set<number>();
  for (const q of quotes) {
    quotedSentences.add(q.quote.sentence);
    const v = q.quote.venue;
    if (!v || (v.type === 'other' && !isOffAir(v))) continue;
    const s = text.sentences[q.quote.sentence];
    // The piece of the quotation nearest the venue, with its marks: not every piece of a long run.
    const piece = nearestPiece(q.quote.pieces, v.span);
    // A transcript's turn took its venue from the sign-on, far away: the turn alone is the statement.
    const start = q.quote.transcript ? piece.start : Math.min(Math.max(q.quote.span.start, piece.start - 1), v.span.start);
    const end = q.quote.transcript ? piece.end : Math.max(Math.min(q.quote.span.end, piece.end + 1), v.span.end);
    out.push({
      article, speaker: q.quote.speaker?.key ?? null, venue: v, span: { start, end }, quote: q,
      context: contextOf(article, s ? s.span : q.quote.span, v, q.quote.speaker?.key ?? null),
    });
  }
  const mentions = article.people.flatMap((p) => p.mentions.map((m) => ({ key: p.key, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
  const sentences = text.sentences;
  // Mentions that start before the sentence being read (sentences come in order: it only moves on).
  let next = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    while (next > 0 && mentions[next - 1].start >= s.span.start) next--;
    while (next < mentions.length && mentions[next].start < s.span.start) next++;
    if (s.isHeading || quotedSentences.has(si)) continue;
    // Who would have said it does not depend on the venue: a sentence with no one is skipped before
    // its cue is searched and its tokens made (most of a source's sentences name no one).
    const speaker = sentenceSpeaker(text.plain, s.span, mentions, next);
    if (!speaker) continue;
    if (!mayHaveVenue(text.plain, s.span.start, s.span.end)) continue; // no cue: no venue, and no need for its tokens
    const over = carry ? mentionsOver(mentions, s.span) : undefined;
    let found = over && carry?.spoken(si, sentences.length, s.span, speaker, over);
    if (!found) {
      const tokens = sentenceTokensOf(text.plain, s, si); // the analysis's own, while the article is edited
      const isPerson = (i: number) => mentions.some((m) => tokens[i] && tokens[i].start >= m.start && tokens[i].end <= m.end);
      const venues: SpokenVenue[] = [];
      for (const f of findVenues(text.plain, tokens, isPerson)) {
        const v = f.venue;
        if (v.type === 'other' || v.words.length === 0) continue;
        // Kept while the sentence is unchanged: its own copy of the words, not a slice of this keystroke's text.
        if (carry) v.text = ownCopy(v.text);
        venues.push({ venue: v, context: contextOf(article, s.span, v, speaker) });
      }
      found = venues;
    }
    if (over) carry?.keepSpoken(si, { span: s.span, speaker, mentions: over, found });
    for (const f of found) out.push({ article, speaker, venue: f.venue, span: s.span, quote: null, context: f.context });
  }
  return out;
}

/** Where the mentions overlapping `span` stand, relative to its start: start and end of each in turn. */
function mentionsOver(mentions: readonly { start: number; end: number }[], span: Span): number[] {
  const out: number[] = [];
  for (const m of mentions) {
    if (m.start >= span.end) break; // sorted by where they start
    if (m.end > span.start) out.push(m.start - span.start, m.end - span.start);
  }
  return out;
}

/**
 * Who: the first person named in the sentence, else for "he"/"she" the last person named before it, else null.
 * `next`: the first of the mentions (sorted by where they start) that starts at or after the sentence's start.
 */
function sentenceSpeaker(plain: string, span: { start: number; end: number }, mentions: readonly { key: string; start: number; end: number }[], next: number): string | null {
  // A mention starting before the sentence is never in it: the first one in it starts at `next` or later.
  for (let i = next; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start >= span.end) break; // sorted by where they start: none further on is in or before it
    if (m.end <= span.end) return m.key; // starts in it (start >= span.start) and ends in it
  }
  // The last mention, in order of start, that ends by the sentence's start. Such a mention starts before
  // the sentence (an empty one at its start is in it, found above), so it is before `next`.
  for (let i = next - 1; i >= 0; i--) {
    if (mentions[i].end <= span.start) return PRONOUN.test(plain.slice(span.start, span.end)) ? mentions[i].key : null;
  }
  return null;
}

/** The piece a venue belongs to: the last one before it ("“A,” she told the BBC. “B.”"), else the first. */
function nearestPiece(pieces: readonly { start: number; end: number }[], at: { start: number; end: number }): { start: number; end: number } {
  let best = pieces[0];
  for (const p of pieces) if (p.end <= at.start) best = p;
  return best;
}

/** What was said: the sentence's content words without the venue's or the speaker's names. */
function statementContext(article: ArticleAnalysis, span: { start: number; end: number }, v: Venue, speaker: string | null): Set<string> {
  const drop = new Set([...venueWords(v), ...(speaker ? contentWords(speaker) : [])]);
  return new Set(contentWords(article.text.plain, span.start, span.end).filter((w) => !drop.has(w)));
}

/** statementContext's words, read when first asked for (the same words in the same order, so the same sums). */
function lazyStatementContext(article: ArticleAnalysis, span: { start: number; end: number }, v: Venue, speaker: string | null): ReadonlySet<string> {
  return WordSet.lazy(() => WordSet.of(statementContext(article, span, v, speaker)));
}

/** Small words an outlet's initials leave out: "Press Trust of India" is PTI. */
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', '&']);

/** Whether venue `a` is one word in capitals ("PTI", "ABC") that spells the initials of `b`'s name. */
function initialsOf(a: Venue, b: Venue): boolean {
  if (a.words.length !== 1 || b.words.length < 2) return false;
  const acronym = a.words[0];
  // Written in capitals ("PTI"), not a one-word name ("Reuters").
  if (acronym.length < 2 || acronym.length > 6 || !a.text.includes(acronym.toUpperCase())) return false;
  let initials = '';
  for (const w of b.words) if (!INITIALS_SKIP.has(w)) initials += w[0];
  return initials === acronym;
}

/** Venues that cannot both be right: no shared name ("Sky News" / "the BBC"), or "Fox News" vs
 *  "Fox Business Network". "Fox News" and "Fox News Business" may be the same channel. */
export function venuesConflict(a: Venue, b: Venue): boolean {
  // A note to clients or a call with analysts reaches no outlet: the same words told to a newspaper are credited wrongly.
  if ((isOffAir(a) && b.type === 'outlet' && b.words.length > 0) || (isOffAir(b) && a.type === 'outlet' && a.words.length > 0)) return true;
  if (a.type === 'other' || b.type === 'other' || a.words.length === 0 || b.words.length === 0) return false;
  // A post and an interview can carry the same words: only venues of one kind are compared.
  if (a.type !== b.type) return false;
  // "told PTI" / "told the Press Trust of India": one outlet, by its initials and by name.
  if (initialsOf(a, b) || initialsOf(b, a)) return false;
  const wa = new Set(a.words);
  const wb = new Set(b.words);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  if (shared === wa.size || shared === wb.size) return false;
  return shared < 2;
}

/** Characters at an article's top read for its own outlet's name: a masthead line, a wire dateline's "(Cairn Press)". */
const MASTHEAD_REACH = 320;
/**
 * The content words of each article's top, with where they stand, kept with the text they were read
 * from: an article's analysis lives on while it is edited, so a changed top is read again. Kept on
 * the article under a symbol property that is not enumerable (as alignment/corpus.ts files its
 * times), not in a WeakMap by article: V8's scavenges hold a WeakMap's values as strong, and the top,
 * cut from the text, kept every keystroke's whole text alive through the next scavenge.
 */
const MASTHEAD = Symbol('masthead');

interface Masthead { top: string; tokens: ReadonlyArray<{ word: string; start: number; end: number }> }

type WithMasthead = ArticleAnalysis & { [MASTHEAD]?: Masthead };

/**
 * "Vogel told Kestrel Press by telephone" in a story whose dateline reads "(Kestrel Press)", "told the
 * Courier" under a "The Riverton Courier" masthead: the outlet is the article's own, which spoke to the
 * speaker itself. A speaker gives the same line to every reporter who calls, so two outlets that each
 * tell of their own interview do not dispute whom it was said to. Every word of the venue's name must
 * stand in the article's top, outside the venue itself.
 */
export function namesOwnOutlet(st: StatementRef): boolean {
  const v = st.venue;
  if (v.type !== 'outlet' || v.words.length === 0) return false;
  const plain = st.article.text.plain;
  const text = plain.slice(0, MASTHEAD_REACH);
  let kept = (st.article as WithMasthead)[MASTHEAD];
  if (!kept || kept.top !== text) {
    kept = { top: text, tokens: contentTokens(plain, 0, text.length) };
    Object.defineProperty(st.article, MASTHEAD, { value: kept, writable: true, configurable: true, enumerable: false });
  }
  const words = new Set<string>();
  for (const t of kept.tokens) if (t.end <= v.span.start || t.start >= v.span.end) words.add(t.word);
  return venueWords(v).every((w) => words.has(w));
}

/** Right after a venue, or before it, the interview told as a call: "told the Courier by phone", "in a telephone interview with …". */
const BY_PHONE_AFTER = /^[ \t]*(?:,[ \t]*)?(?:by|over the|on the)\s+(?:tele)?phone\b/i;
const BY_PHONE_BEFORE = /\b(?:tele)?phone\s+(?:interview|call)\s+(?:with|to)\s+$/i;
/** Characters either side of the venue read for them. */
const PHONE_REACH = 32;

/** "told the Courier by phone": a call, one of as many as the speaker takes. */
export function toldByPhone(st: StatementRef): boolean {
  const plain = st.article.text.plain;
  const v = st.venue.span;
  return BY_PHONE_AFTER.test(plain.slice(v.end, v.end + PHONE_REACH)) || BY_PHONE_BEFORE.test(plain.slice(Math.max(0, v.start - PHONE_REACH), v.start));
}

/**
 * What the statement check reads of a statement's article beyond the statement's own words (the
 * masthead's outlet, the words beside the venue), for the incremental key: "O" when the article names
 * the venue as its own, "P" when told as a call.
 */
export function interviewMark(st: StatementRef): string {
  return (namesOwnOutlet(st) ? 'O' : '-') + (toldByPhone(st) ? 'P' : '-');
}
