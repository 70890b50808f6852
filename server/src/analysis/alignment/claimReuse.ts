// An article being edited has its claims built again at every keystroke (articleClaims). The words
// around each figure and time (its context, the words beside it, what happened at a time) and a
// quotation's words were most of that work, though a keystroke changes one sentence. Those words
// depend only on the text of the claim's sentence (a quotation's: of its pieces), on where the
// claim sits in it and on where the article's figures and times sit in it. So a claim whose
// sentence reads as the sentence of the claim at its place before the edit (or as many places from
// the end), with the claim and the others placed alike in it, takes that claim's words over: the
// very same word sets, which findings/sameKey.ts then compares by identity. The claim itself is
// built afresh around the new article's objects, so offsets are the new ones; a quotation's words,
// which hold offsets, are moved by the shift. A sentence of reported speech with a venue ("…, she
// told Radio Vell") keeps its venues and what was said with them the same way (findStatements):
// they depend on the sentence's text, its speaker and the mentions of people over it. The claims
// equal articleClaims' own (test/unit/incremental/claimReuse.test.ts).
import type { ArticleAnalysis, Quote, Span, Venue } from '../types';
import type { TextChange } from '../text/change';
import type { ClaimSpans } from './context';
import type { QuoteWord } from './quotes';
import type { WordSet } from './wordSet';

/** A figure's or time's words, with the sentence and span they were read around. */
export interface ClaimWords {
  sentence: number;
  at: Span;
  context: WordSet;
  near: WordSet;
  /** A time's events (none for a figure). */
  events: readonly string[];
  /** Who arrived at a clock time, when its clause says (alignment/arrivals.ts). */
  arrival?: string;
  /** A clock time told as a plan (alignment/plannedTimes.ts). */
  planned?: true;
}

/** The article before an edit and how its texts changed since (findings/sameKey.ts's Edit is one). */
export interface EditedText {
  before: ArticleAnalysis;
  plain: TextChange;
  original: TextChange;
}

/** A venue of reported speech and what was said with it (alignment/statements.ts, findStatements). */
export interface SpokenVenue {
  venue: Venue;
  context: ReadonlySet<string>;
}

/**
 * A sentence of reported speech as findStatements read it: the venues it found, and what they
 * depend on beyond the sentence's own text (its tokens, words and venues are read from that text
 * alone): the speaker it was credited to, and where people's mentions overlapping it stand (which
 * tokens are part of a name).
 */
export interface SpokenSentence {
  span: Span;
  speaker: string;
  /** Mentions overlapping the sentence: start and end of each in turn, relative to the sentence's start. */
  mentions: readonly number[];
  found: readonly SpokenVenue[];
}

/** One build of an article's claims: what a later build may take over. */
interface Build {
  article: ArticleAnalysis;
  spans: ClaimSpans;
  figures: (ClaimWords | undefined)[];
  times: (ClaimWords | undefined)[];
  quotes: (QuoteWord[] | undefined)[];
  /** Sentences of reported speech with a venue cue, by sentence index. */
  spoken: (SpokenSentence | undefined)[];
}

/** The claims' words of an article's last build, offered to its next build after an edit. */
export class ClaimCarrier {
  private last: Build | undefined;
  private edit: EditedText | undefined;
  /** The build under way, and the build it takes words from (when the edit is from that build's article). */
  private now: Build | undefined;
  private from: Build | undefined;
  /** Figures, times and quotations whose words the last build took over (for tests). */
  carried = 0;
  /** Sentences of reported speech whose venues the last build took over (for tests). */
  spokenCarried = 0;

  /** The next build is of the article after `edit`; undefined: of an article not known to follow the last. */
  edited(edit: EditedText | undefined): void {
    this.edit = edit;
    this.carried = 0;
    this.spokenCarried = 0;
  }

  /** Starts a build of `article`'s claims, its figures' and times' spans indexed in `spans`. */
  begin(article: ArticleAnalysis, spans: ClaimSpans): void {
    const last = this.last;
    this.from = last && this.edit && this.edit.before === last.article && this.edit.plain.now === article.text.plain &&
      this.edit.original.now === article.text.original ? last : undefined;
    this.now = { article, spans, figures: [], times: [], quotes: [], spoken: [] };
    this.carried = 0;
    this.spokenCarried = 0;
  }

  /** Ends the build: the next one may take its words. */
  end(): void {
    if (this.now) this.last = this.now;
    this.now = this.from = undefined;
    this.edit = undefined;
  }

  /** The words figure or time `index` (of `count`) may take over, read around `at` in `sentence`; undefined: read them. */
  claim(kind: 'figures' | 'times', index: number, count: number, sentence: number, at: Span): ClaimWords | undefined {
    return this.from && this.words(this.from[kind], this.from.article[kind].length, index, count, sentence, at);
  }

  keep(kind: 'figures' | 'times', index: number, words: ClaimWords): void {
    if (this.now) this.now[kind][index] = words;
  }

  /** The words of quotation `index` (of `count`), moved from the quotation before the edit whose pieces read the same; undefined: read them. */
  quote(index: number, count: number, quote: Quote): QuoteWord[] | undefined {
    const from = this.from;
    const edit = this.edit;
    if (!from || !edit) return undefined;
    for (let k = 0; k < 2; k++) {
      const j = candidate(k, index, count, from.article.quotes.length);
      if (j < 0) break;
      const words = from.quotes[j];
      const was = from.article.quotes[j];
      if (!words || !was || was.pieces.length !== quote.pieces.length || quote.pieces.length === 0) continue;
      const shift = quote.pieces[0].start - was.pieces[0].start;
      let same = true;
      for (let p = 0; p < quote.pieces.length && same; p++) {
        const a = quote.pieces[p];
        const b = was.pieces[p];
        same = a.start - b.start === shift && a.end - b.end === shift && edit.original.same(a.start, a.end, shift);
      }
      if (!same) continue;
      this.carried++;
      return shift === 0 ? words : words.map((w) => ({ norm: w.norm, start: w.start + shift, end: w.end + shift, wildBefore: w.wildBefore }));
    }
    return undefined;
  }

  keepQuote(index: number, words: QuoteWord[]): void {
    if (this.now) this.now.quotes[index] = words;
  }

  /**
   * The venues sentence `index` (of `count`, at `span`) tells reported speech in, taken over from the
   * sentence before the edit that reads the same, with the same speaker and the same mentions over it
   * (`mentions` as SpokenSentence holds them); venues moved by the shift. Undefined: read them.
   */
  spoken(index: number, count: number, span: Span, speaker: string, mentions: readonly number[]): readonly SpokenVenue[] | undefined {
    const from = this.from;
    const edit = this.edit;
    if (!from || !edit) return undefined;
    for (let k = 0; k < 2; k++) {
      const j = candidate(k, index, count, from.article.text.sentences.length);
      if (j < 0) break;
      const w = from.spoken[j];
      if (!w || w.speaker !== speaker || !sameNumbers(w.mentions, mentions)) continue;
      const shift = span.start - w.span.start;
      if (span.end - w.span.end !== shift || !edit.plain.same(span.start, span.end, shift)) continue;
      this.spokenCarried++;
      return shift === 0 ? w.found : w.found.map((f) => ({
        venue: { text: f.venue.text, span: { start: f.venue.span.start + shift, end: f.venue.span.end + shift }, words: f.venue.words, type: f.venue.type },
        context: f.context,
      }));
    }
    return undefined;
  }

  keepSpoken(index: number, spoken: SpokenSentence): void {
    if (this.now) this.now.spoken[index] = spoken;
  }

  private words(list: readonly (ClaimWords | undefined)[], countBefore: number, index: number, count: number, sentence: number, at: Span): ClaimWords | undefined {
    for (let k = 0; k < 2; k++) {
      const j = candidate(k, index, count, countBefore);
      if (j < 0) break;
      const w = list[j];
      if (w && this.samePlace(sentence, at, w)) {
        this.carried++;
        // Where it stood, in the same sentence: the very record (nothing changes one once made).
        if (w.sentence === sentence && w.at.start === at.start && w.at.end === at.end) return w;
        // Kept with where it stands now: the next build compares with this article.
        const moved: ClaimWords = { sentence, at, context: w.context, near: w.near, events: w.events };
        if (w.arrival) moved.arrival = w.arrival;
        if (w.planned) moved.planned = w.planned;
        return moved;
      }
    }
    return undefined;
  }

  /** Whether words read around `at` in `sentence` now are those `w` was read as: same sentence text, claim and claims' spans in it, moved alike. */
  private samePlace(sentence: number, at: Span, w: ClaimWords): boolean {
    const now = this.now;
    const from = this.from;
    const edit = this.edit;
    if (!now || !from || !edit) return false;
    const a = now.article.text.sentences[sentence]?.span;
    const b = from.article.text.sentences[w.sentence]?.span;
    if (!a || !b) return false;
    const shift = a.start - b.start;
    return a.end - b.end === shift && at.start - w.at.start === shift && at.end - w.at.end === shift &&
      edit.plain.same(a.start, a.end, shift) && now.spans.sameWithin(from.spans, a.start, a.end, shift);
  }
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The place before an edit a claim at `index` of `count` may have stood: first (k = 0) the same,
 * then (k = 1) as many places from the end; -1 when there is no such other place.
 */
function candidate(k: number, index: number, count: number, countBefore: number): number {
  if (k === 0) return index;
  const fromEnd = index + countBefore - count;
  return fromEnd !== index && fromEnd >= 0 ? fromEnd : -1;
}
