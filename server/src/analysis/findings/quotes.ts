// Quotation findings: the same speaker's words told differently (quote-mismatch), the same words
// credited to someone else (attribution-conflict), and a draft quoting what no source has.
import type { ClaimComparison, Evidence, Span, SpeakerRef } from '../types';
import type { QuoteRef } from '../alignment/corpus';
import type { QuoteAlignment, QuoteWord } from '../alignment/quotes';
import { alignQuotes, differingSpan } from '../alignment/quotes';
import { spelledAs, spellingAt, wordSpans } from '../alignment/textWords';
import { asNumeral } from '../alignment/numberWords';
import { hasSpellingVariant } from '../alignment/spellingVariants';
import { sameSpeaker } from '../alignment/speakers';
import type { Check } from './check';
import { evidence } from './check';
import { against, quoted } from './messages';
import { DETERMINERS } from '../claims/people/lexicon';
import { creditStretch, PRONOUN_AFTER_QUOTE, PRONOUN_OPENING } from './credit';
import { foldAccents } from '../claims/people/tokens';
import { releaseAndAir } from './releaseAndAir';

/** Shortest run of matching words that makes two quotations the same quotation. */
const MIN_MATCHED = 5;
/** Sources that must agree with a draft's quotation, and outnumber those that differ, for it to be flagged against the others. */
const MAJORITY = 2;
/** Share of the disputed words a source crediting the draft's speaker must take for its credit to count. */
const SHARED_CREDIT = 0.8;
/** Words a draft quotation needs before "no source has it" means something. */
const MIN_UNSOURCED_WORDS = 4;

interface Compared {
  ref: QuoteRef;
  a: QuoteWord[];
  b: QuoteWord[];
  alignment: QuoteAlignment;
  /** Words this quotation adds after the other closed its sentence (addedPastClose). */
  added?: Span;
}

/** What closes a sentence inside the quotation marks: "…but we will be back.”" */
const CLOSES_SENTENCE = /^\s*[.!?]/;
/** Only blanks between two words: the same phrase goes on. */
const BLANKS = /^\s+$/;

function pieceOf(quote: QuoteRef['quote'], w: QuoteWord): Span | undefined {
  return quote.pieces.find((p) => p.start <= w.start && w.end <= p.end);
}

/**
 * "…but we will be back.” / "…but we will be back stronger,”: the other quotation ends its sentence
 * where this one goes on with a word or two in the same phrase. The other quotation is not an
 * excerpt cut short (it closed the sentence): the words were added. Their span, or null.
 */
function addedPastClose(mine: QuoteRef, c: Compared): Span | null {
  const { alignment: al, a, b } = c;
  const tail = a.length - al.aEnd;
  if (al.edits > 0 || al.matched < MIN_MATCHED || al.bEnd !== b.length || tail < 1 || tail > MAX_END_CHANGE || al.aEnd < 1) return null;
  const lastMatched = a[al.aEnd - 1];
  const first = a[al.aEnd];
  const piece = pieceOf(mine.quote, lastMatched);
  if (first.wildBefore || !piece || a[a.length - 1].end > piece.end) return null;
  if (!BLANKS.test(mine.article.text.original.slice(lastMatched.end, first.start))) return null;
  const theirLast = b[b.length - 1];
  const theirPiece = pieceOf(c.ref.quote, theirLast);
  if (!theirPiece || !CLOSES_SENTENCE.test(c.ref.article.text.original.slice(theirLast.end, theirPiece.end + 1))) return null;
  return { start: first.start, end: a[a.length - 1].end };
}

/** Share of the shorter quotation the aligned words must cover for two quotations to be one. */
const MIN_COVER = 0.6;
/** Words at most left over at one end that are read as a changed word, not as a longer excerpt. */
const MAX_END_CHANGE = 2;

/**
 * Words changed at an end of the alignment: both quotations go on past it, and one of them by only
 * a word or two ("…gave us cause for alarm" / "…gave us cause for concern. It is…").
 */
function endChange(c: Compared, side: 'a' | 'b' = 'a'): Span | null {
  const { alignment: al, a, b } = c;
  const words = side === 'a' ? a : b;
  const tailA = a.length - al.aEnd;
  const tailB = b.length - al.bEnd;
  if (tailA >= 1 && tailB >= 1 && Math.min(tailA, tailB) <= MAX_END_CHANGE && !a[al.aEnd].wildBefore && !b[al.bEnd].wildBefore) {
    const from = side === 'a' ? al.aEnd : al.bEnd;
    // The changed words: as many as the shorter side has left, never across a piece break.
    let n = 1;
    while (n < Math.min(tailA, tailB) && !words[from + n].wildBefore) n++;
    return { start: words[from].start, end: words[from + n - 1].end };
  }
  const headA = al.aStart;
  const headB = al.bStart;
  if (headA >= 1 && headB >= 1 && Math.min(headA, headB) <= MAX_END_CHANGE && !a[headA].wildBefore && !b[headB].wildBefore) {
    const to = side === 'a' ? headA : headB;
    let n = 1;
    while (n < Math.min(headA, headB) && !words[to - n].wildBefore) n++;
    return { start: words[to - n].start, end: words[to - 1].end };
  }
  return null;
}

/** Verbs a writer drops when weaving a quotation's opening into a sentence ("crews found “people [were] pinned …”"). */
const WOVEN_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'had', 'have', 'has', 'been']);

/** A quotation that opens in lower case: woven into the writer's own sentence ("said crews found “people pinned …”"). */
function opensLowerCase(q: QuoteRef): boolean {
  const w = q.words[0];
  const c = w ? q.article.text.original[w.start] : undefined;
  return c !== undefined && c !== c.toUpperCase();
}

/**
 * "crews found “people pinned against the barrier …”" / "“People were pinned against the barrier …”":
 * a woven quotation whose only difference is an auxiliary dropped right after its first word is the
 * other quotation fitted to the writer's sentence. The alignment with that gap free, or null.
 */
function wovenFit(c: Compared, aWoven: boolean, bWoven: boolean): Compared | null {
  if (!aWoven && !bWoven) return null;
  const ops = c.alignment.ops;
  const first = ops[0];
  const gap = ops[1];
  if (!first || first.op !== 'match' || !gap || gap.op === 'match' || gap.op === 'change' || gap.free) return null;
  for (let k = 2; k < ops.length; k++) {
    const o = ops[k];
    if (o.op === 'change' || ((o.op === 'onlyA' || o.op === 'onlyB') && !o.free)) return null;
  }
  const dropped = gap.op === 'onlyB' ? aWoven && first.a === 0 && c.b[gap.b] : bWoven && first.b === 0 && c.a[gap.a];
  if (!dropped || !WOVEN_AUXILIARIES.has(dropped.norm)) return null;
  const freed = ops.map((o, k) => (k === 1 && o.op !== 'match' && o.op !== 'change' ? { ...o, free: true } : o));
  return { ...c, alignment: { ...c.alignment, ops: freed, edits: c.alignment.edits - 1 } };
}

/** An excerpt one side took whole from the other: no word changed, most of one side covered. */
function faithful(c: Compared): boolean {
  const { alignment: al, a, b } = c;
  if (al.edits > 0 || al.matched < 2) return false;
  if (al.matched >= MIN_MATCHED && endChange(c)) return false;
  return al.matched >= 0.8 * a.length || al.matched >= 0.8 * b.length;
}

/** The same passage with words changed, added or dropped, framed by agreeing words. */
function misquoted(c: Compared): boolean {
  const { alignment: al, a, b } = c;
  if (al.matched < MIN_MATCHED || al.matched < MIN_COVER * Math.min(stretchLength(a, al.aStart, al.aEnd), stretchLength(b, al.bStart, al.bEnd))) return false;
  if (al.edits === 0) return endChange(c) !== null;
  if (al.edits > Math.max(3, 0.3 * al.matched)) return false;
  const ops = al.ops;
  const firstEdit = ops.findIndex((o) => o.op !== 'match' && !('free' in o && o.free));
  let lastEdit = -1;
  for (let k = ops.length - 1; k >= 0; k--) { const o = ops[k]; if (o.op !== 'match' && !('free' in o && o.free)) { lastEdit = k; break; } }
  const before = ops.slice(0, firstEdit).filter((o) => o.op === 'match').length;
  const after = ops.slice(lastEdit + 1).filter((o) => o.op === 'match').length;
  // Framed by agreeing words, or by where one of the quotations itself begins or ends, or by a word
  // or two left over there that are themselves changed ("month after month" / "year after year").
  const opens = Math.min(al.aStart, al.bStart) <= MAX_END_CHANGE;
  const closes = Math.min(a.length - al.aEnd, b.length - al.bEnd) <= MAX_END_CHANGE;
  return (before >= 2 || (before >= 1 && opens)) && (after >= 2 || (after >= 1 && closes));
}

/**
 * How many words of a quotation lie in the stretch [from, to) is aligned in, to the breaks either side
 * ("…,” she said. She urged keepers, “…”; an ellipsis): the pieces of a quotation told apart may come
 * from two places of the source, so each is held to the words it matches on its own.
 */
function stretchLength(words: QuoteWord[], from: number, to: number): number {
  let start = Math.min(from, words.length - 1);
  while (start > 0 && !words[start].wildBefore) start--;
  let end = Math.max(to, start + 1);
  while (end < words.length && !words[end].wildBefore) end++;
  return end - start;
}

/**
 * The fewest matched words with which an alignment can count: faithful() needs 2 and 80% of one
 * side, misquoted() 5 and MIN_COVER of the shorter side. Keep in step with both.
 */
function usable(n: number, m: number): number {
  return Math.max(2, Math.min(0.8, MIN_COVER) * Math.min(n, m));
}

/** usable() for quotations broken into stretches, whose misquotes are covered stretch by stretch. */
function usableInStretches(n: number, m: number): number {
  return Math.max(2, Math.min(0.8 * Math.min(n, m), MIN_MATCHED));
}

/** Whether a quotation's words are broken by a piece break or an ellipsis. */
function broken(words: readonly QuoteWord[]): boolean {
  for (let i = 1; i < words.length; i++) if (words[i].wildBefore) return true;
  return false;
}

/** A word of direct speech and the same word told back in indirect speech, one tense back. */
const BACKSHIFT: ReadonlyMap<string, string> = new Map([
  ['will', 'would'], ['is', 'was'], ['am', 'was'], ['are', 'were'], ['can', 'could'], ['has', 'had'],
  ['have', 'had'], ['may', 'might'], ['shall', 'should'],
]);
/** What puts a transcript's sentence into indirect speech before the words: "in her words, …", "she said the …". */
const RETELLING_CUE = /\b(?:said|says|told|tells|in\s+(?:his|her|its|their)\s+(?:own\s+)?words|according\s+to)\b/i;

/**
 * "The judge said no because, in her words, the risk that evidence would be destroyed was real" in a
 * reporter's transcript turn, against the judge's “…evidence will be destroyed…”: the turn retells
 * someone's words in indirect speech, each changed word only put one tense back. Not a misquote.
 */
function backshiftedRetelling(mine: QuoteRef, c: Compared): boolean {
  const turnIsMine = mine.quote.transcript === true;
  if (!turnIsMine && c.ref.quote.transcript !== true) return false;
  const turn = turnIsMine ? mine : c.ref;
  let changes = 0;
  for (const o of c.alignment.ops) {
    if (o.op === 'match' || ('free' in o && o.free)) continue;
    if (o.op !== 'change') return false;
    const [direct, told] = turnIsMine ? [c.b[o.b], c.a[o.a]] : [c.a[o.a], c.b[o.b]];
    if (!direct || !told || BACKSHIFT.get(direct.norm.toLowerCase()) !== told.norm.toLowerCase()) return false;
    changes++;
  }
  if (changes === 0) return false;
  // The cue sits in the turn's own sentence before the words, inside the turn (what the check keys it on).
  const first = (turnIsMine ? c.a[c.alignment.aStart] : c.b[c.alignment.bStart]);
  if (!first) return false;
  const sentence = turn.article.text.sentences.find((x) => x.span.start <= first.start && first.start < x.span.end);
  const from = Math.max(sentence?.span.start ?? first.start, turn.quote.span.start);
  return RETELLING_CUE.test(turn.article.text.plain.slice(from, first.start));
}

/**
 * "One of the injured, Tam Oduya, told me she saw the roof lift" in a reporter's transcript turn,
 * against a source's “I saw the roof lift” credited to Tam Oduya: the turn is the reporter's, but the
 * sentence retells another person's words in indirect speech, naming that person before the cue. The
 * words are that person's, not the turn speaker's: no conflict of credit. `turn` is one side of `c`
 * (the quotation checked, or the source's), `other` the speaker key of the other side.
 */
function retoldInTurn(turn: QuoteRef, c: Compared, other: string): boolean {
  if (turn.quote.transcript !== true) return false;
  const first = turn === c.ref ? c.b[c.alignment.bStart] : c.a[c.alignment.aStart];
  if (!first) return false;
  const plain = turn.article.text.plain;
  const sentence = turn.article.text.sentences.find((x) => x.span.start <= first.start && first.start < x.span.end);
  const from = Math.max(sentence?.span.start ?? first.start, turn.quote.span.start);
  const before = plain.slice(from, first.start);
  const cue = RETELLING_CUE.exec(before);
  if (!cue) return false;
  const name = surname(other);
  // A person's key drops accents ("echeverria"): the text read in the same form ("Echeverría").
  const named = foldAccents(before.slice(0, cue.index).toLowerCase());
  const namesOther = (text: string) => {
    const at = text.indexOf(name);
    return name.length > 1 && at >= 0 && !LETTER.test(text[at - 1] ?? '') && !LETTER.test(text[at + name.length] ?? '');
  };
  if (namesOther(named)) return true;
  // "Hanbada's chief executive, Ana Cho, has apologised. He said the company …": a "he"/"she" opening
  // the retelling stands for the person the turn's sentence before named.
  if (!LONE_PRONOUN.test(named) || !sentence) return false;
  const sentences = turn.article.text.sentences;
  const previous = sentences[sentences.indexOf(sentence) - 1];
  return !!previous && previous.paragraph === sentence.paragraph && namesOther(foldAccents(plain.slice(previous.span.start, previous.span.end).toLowerCase()));
}
/** The words before a retelling cue that are only a pronoun for someone named before: "He said", "she told". */
const LONE_PRONOUN = /^[\s]*(?:he|she)[\s]*$/;
/** Any letter: a surname found inside a longer word is not the name. */
const LETTER = /\p{L}/u;

/** Agreeing words at most after the last change for two quotations that then go on apart to have parted ways. */
const PARTING_FRAME = 2;
/** Words each quotation must go on with, past what the alignment takes, for the two to have parted ways. */
const PARTING_TAIL = 3;

/**
 * "…never designed for it. That's not safe. We need beds…" in a guest's transcript turn, against the
 * statement's “…never designed for it. This is not safe, and everyone…”: a speaker on air who says a
 * line of their statement again, then goes on in other words, says it anew. Where a word or two
 * changes right before the two part ways (at most two agreeing words after the change, then each
 * going on with words of its own in the same passage), the turn is the speaker's new telling, not a
 * misquote of the statement. Only a transcript turn: a change inside a written quotation that still
 * goes on alike is a misquote wherever it stands.
 */
function partedInTurn(mine: QuoteRef, c: Compared): boolean {
  if (mine.quote.transcript !== true && c.ref.quote.transcript !== true) return false;
  const { alignment: al, a, b } = c;
  if (al.edits === 0) return false;
  let after = 0;
  for (let k = al.ops.length - 1; k >= 0; k--) {
    const o = al.ops[k];
    if (o.op === 'match') { after++; continue; }
    if ('free' in o && o.free) continue;
    break;
  }
  if (after > PARTING_FRAME) return false;
  const goesOn = (words: QuoteWord[], from: number) => {
    if (words.length - from < PARTING_TAIL) return false;
    for (let k = from; k < from + PARTING_TAIL; k++) if (words[k].wildBefore) return false;
    return true;
  };
  return goesOn(a, al.aEnd) && goesOn(b, al.bEnd);
}

/** Words a misquote credited to someone else must match around its one changed word (a saying, not a phrase two people use). */
const MISCREDIT_WORDS = 6;

export function checkQuotes(check: Check): void {
  for (const q of check.self.quotes) {
    if (q.words.length === 0) continue;
    const mine = check.speaker(q.quote.speaker?.key, check.article);
    const agrees: Compared[] = [];
    const misquotes: Compared[] = [];
    const otherSpeakers: Compared[] = [];
    const wordsOnly: Compared[] = [];
    // In label order, so a message names the same source however the index was filled.
    const candidates = [...check.corpus.quoteCandidates(q.words, check.article.path)]
      .sort((x, y) => x.article.label.localeCompare(y.article.label) || x.article.path.localeCompare(y.article.path) || x.index - y.index);
    for (const r of candidates) {
      if (r.article.path === check.article.path) continue;
      const least = broken(q.words) || broken(r.words) ? usableInStretches : usable;
      const { a, b, alignment } = alignQuotes(q.words, r.words, check.corpus.exhaustive ? undefined : least);
      if (!alignment) continue;
      const aligned: Compared = { ref: r, a, b, alignment };
      const c = alignment.edits === 1 ? wovenFit(aligned, opensLowerCase(q), opensLowerCase(r)) ?? aligned : aligned;
      const theirs = check.speaker(r.quote.speaker?.key, r.article);
      const same = faithful(c);
      const added = same ? addedPastClose(q, c) : null;
      if (added) {
        if (sameSpeaker(mine, theirs)) misquotes.push({ ...c, added });
      } else if (same) {
        // Two sources disagree on the credit only when each names its speaker: by name, or by a
        // "she said" that can stand for no one but the person just named, and then of another
        // surname ("Jo Hale" / "Jo A. Hale" may be one person named two ways).
        // A draft's credit is held to a source's sure credit only: a "she said" read as someone named
        // paragraphs before may stand for a person the source names in between but was not read as one.
        const bothNamed = q.quote.speaker?.via === 'named' && r.quote.speaker?.via === 'named';
        const credit = check.isDraft ? surelyCredited(q) && surelyCredited(r)
          : bothNamed || (surelyCredited(q) && surelyCredited(r) && !!mine && !!theirs && twoPeople(q, r, mine, theirs));
        if (mine && theirs && mine !== theirs && alignment.matched >= 4 && credit && !eitherOfSurname(q, mine, theirs) && !eitherOfSurname(r, theirs, mine)) {
          // A turn retelling the other side's speaker ("Tam Oduya told me she saw …") credits them too.
          if (!retoldInTurn(q, c, theirs) && !retoldInTurn(r, c, mine)) otherSpeakers.push(c);
        }
        else if (sameSpeaker(mine, theirs)) agrees.push(c);
        // The draft's words in a source whose credit of someone else is unsure: the source carries the
        // words (it settles a misquote of them), as one naming no speaker does, but not the credit.
        else if (check.isDraft && !surelyCredited(r)) wordsOnly.push(c);
      } else if (misquoted(c) && !backshiftedRetelling(q, c) && !partedInTurn(q, c) && !releaseAndAir(q, r)) {
        if (sameSpeaker(mine, theirs)) misquotes.push(c);
        // “… left that valley …”, said the mayor / “… left that town …” in the fire chief's labelled
        // turn: one word put for another, and the words credited by name to another person, is a
        // misquote and a misattribution at once, one finding of each in every source involved. A word
        // added or dropped ("losing … and that every one") is how a reporter retells someone's words.
        else if (!check.isDraft && mine && theirs && alignment.edits === 1 && alignment.matched >= MISCREDIT_WORDS &&
          alignment.ops.some((o) => o.op === 'change') && q.quote.speaker?.via === 'named' && r.quote.speaker?.via === 'named') { misquotes.push(c); otherSpeakers.push(c); }
        // A draft's one word changed in words a named source credits to another person: the draft's misquote
        // is held against the sources of its own speaker; the credit, against that source (a draft's rule
        // of credit: its speaker named, or surely the one its pronoun stands for). Not between two people
        // of one surname: there a name read short ("Ragna Dahl" taken for the Dahl met before) is the
        // likelier story than a miscredit.
        else if (check.isDraft && mine && theirs && alignment.edits === 1 && alignment.matched >= MISCREDIT_WORDS &&
          alignment.ops.some((o) => o.op === 'change') && surelyCredited(q) && r.quote.speaker?.via === 'named' &&
          surname(mine) !== surname(theirs)) otherSpeakers.push(c);
      }
    }
    const comparisons: ClaimComparison[] = [];
    const byPath = new Set<string>();
    const push = (c: Compared, relation: ClaimComparison['relation']) => {
      if (byPath.has(c.ref.article.path)) return;
      byPath.add(c.ref.article.path);
      comparisons.push({ label: c.ref.article.label, path: c.ref.article.path, relation, span: c.ref.quote.span, text: c.ref.quote.text, value: speakerName(check, c.ref) });
    };
    agrees.forEach((c) => push(c, 'agrees'));
    misquotes.forEach((c) => push(c, 'conflicts'));
    otherSpeakers.forEach((c) => push(c, 'conflicts'));
    check.view('quote', q.quote.span, speakerName(check, q), comparisons);

    const supported = agrees.length > 0 || wordsOnly.length > 0;
    // A source that carries the very words a misquote changes settles it; one that agrees with
    // another part of the quotation does not ("…not gloomy,” she said. “We've assumed…").
    // A draft on the side of two or more sources that carry those words, against fewer that change
    // them, is flagged against the fewer, as the sources on each side are (the majority rule). A
    // transcript on its side is one more source there: the editor still learns that a source differs.
    const standing = check.isDraft ? misquotes.filter((c) => {
      const settling = agrees.filter((a) => covers(a, c)).concat(wordsOnly.filter((a) => covers(a, c)));
      if (settling.length === 0) return true;
      return settling.length >= MAJORITY && settling.length > misquotes.length;
    }) : misquotes;
    if (standing.length > 0) reportMismatch(check, q, standing);
    // Only a source that names the draft's speaker outweighs one that names another: a source that
    // does not say who spoke agrees with the words, not with the credit. A draft whose credit two or
    // more sources give to the same words, against fewer that give them to someone else, is flagged
    // against the fewer (the majority rule, as for the words). A draft on the side of one source,
    // against two or more that outnumber it, is flagged against those, as a clock time is.
    const credited = agrees.filter((c) => check.speaker(c.ref.quote.speaker?.key, c.ref.article) !== null);
    // A source that changes a word elsewhere in the quotation ("It shows" / "It proves") still credits
    // the draft's speaker with the words they share: it counts among the voices on who said them.
    const creditedToo = credited.length === 0 ? credited
      : credited.concat(misquotes.filter((c) => check.speaker(c.ref.quote.speaker?.key, c.ref.article) !== null));
    const creditsStanding = !check.isDraft || credited.length === 0 ? otherSpeakers
      : otherSpeakers.filter((c) => {
        const mineToo = creditedToo.filter((a) => sharesWords(a, c));
        return outvoted(mineToo, otherSpeakers) || outvoted(otherSpeakers.filter((o) => sharesWords(o, c)), mineToo);
      });
    if (creditsStanding.length > 0) reportSpeaker(check, q, mine, creditsStanding);
    if (check.isDraft && !supported && misquotes.length === 0 && otherSpeakers.length === 0) checkUnsourced(check, q);
  }
}

/**
 * Whether the faithful alignment `a` takes the same words of the draft's quotation that `c` credits to
 * someone else: most of the fewer of the two. A source crediting the draft's speaker with another
 * piece of the quotation ("“A,” she said. She added that “B”") says nothing of who said B.
 */
function sharesWords(a: Compared, c: Compared): boolean {
  const theirs = new Set<number>();
  for (const o of a.alignment.ops) if (o.op === 'match') theirs.add(a.a[o.a].start);
  let n = 0;
  let shared = 0;
  for (const o of c.alignment.ops) if (o.op === 'match') { n++; if (theirs.has(c.a[o.a].start)) shared++; }
  return n > 0 && shared >= SHARED_CREDIT * Math.min(n, theirs.size);
}

/** Sources, not quotations: one article quoting the words twice is one voice. */
function sourcesOf(cs: Compared[]): number {
  return new Set(cs.map((c) => c.ref.article.path)).size;
}

/**
 * Whether the sources crediting the draft's speaker with the disputed words outvote those crediting
 * someone else: two or more, and more than the others.
 */
function outvoted(credited: Compared[], others: Compared[]): boolean {
  const n = sourcesOf(credited);
  return n >= MAJORITY && n > sourcesOf(others);
}

const OPENS_WITH_PRONOUN = /^\s*(?:he|she)\b/i;
/** After a quotation: “…,” she said / he added. */
const QUOTE_THEN_PRONOUN = /^[\s,]*(?:he|she) (?:said|says|added|adds|told)\b/i;
/** After the first piece of an interrupted quotation, its closing mark included: ,” she said. “…”. */
const PIECE_THEN_PRONOUN = /^[,.!?”"’']{0,3}[\s,]*(?:he|she) (?:said|says|added|adds|told)\b/i;

/**
 * The draft names who said it: beside the quotation, or as "he"/"she" for a person named earlier in
 * the same paragraph ("Pelletier also acknowledged the risk. “…,” he said."), or last named in the
 * paragraph before when this one opens with "he"/"she".
 */
/** The last word of a person key. */
function surname(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

/**
 * "Councillor Okoro said …" in an article that names both Ada Okoro and Ben Okoro: the surname alone
 * may stand for either of them, so it credits no one against another article's credit of one person
 * of that surname (`other`). Against a person of another surname it still disputes the credit.
 */
function eitherOfSurname(q: QuoteRef, key: string, other: string): boolean {
  if (key.includes(' ') || surname(other) !== key || other === key) return false;
  let holders = 0;
  for (const p of q.article.people) if (p.key.includes(' ') && surname(p.key) === key) holders++;
  return holders >= 2;
}

/**
 * Whether two sure credits name two people: by their names (otherPeople), unless a "she said" sits in a
 * paragraph naming both of one surname; or because an article of the pair names the two apart (toldApart).
 */
function twoPeople(q: QuoteRef, r: QuoteRef, mine: string, theirs: string): boolean {
  return (otherPeople(mine, theirs) && !otherOfSurnameBeside(q, theirs) && !otherOfSurnameBeside(r, mine)) || toldApart(q, r);
}

/**
 * Two speaker keys that cannot be one person named two ways: another surname, or the same surname
 * with two given names written in full that differ and neither shortens the other ("Meera Sawant" /
 * "Pradeep Sawant": two people; "Jo Hale" / "Jo A. Hale", "Alex Kerr" / "Alexander Kerr" may be one).
 */
export function otherPeople(a: string, b: string): boolean {
  if (surname(a) !== surname(b)) return true;
  // The given name is the word before the surname: a rank or title before it ("sgt") is no name.
  const given = (key: string) => {
    const words = key.split(' ');
    return words.length > 1 ? words[words.length - 2].replace(/\.$/, '') : '';
  };
  const x = given(a);
  const y = given(b);
  return x.length > 2 && y.length > 2 && !x.startsWith(y) && !y.startsWith(x);
}

/**
 * "Josefa Naivalu … leads the FPA; Mereani Naivalu … leads the VDP. … she called the outcome “…”": a
 * "he"/"she" in a paragraph that names both people of one surname may stand for either, so the credit
 * is not sure against the other one. `other` is the other side's speaker key.
 */
function otherOfSurnameBeside(q: QuoteRef, other: string): boolean {
  const speaker = q.quote.speaker;
  if (speaker?.via !== 'pronoun' || surname(speaker.key) !== surname(other)) return false;
  const paragraph = q.article.text.paragraphs.find((p) => p.start <= q.quote.span.start && q.quote.span.start < p.end);
  if (!paragraph) return false;
  const person = q.article.people.find((p) => p.key === other);
  if (person?.mentions.some((m) => m.start >= paragraph.start && m.end <= paragraph.end)) return true;
  // A name the article writes without reading it as a person (in a list, beside a table) names them all the same.
  return q.article.text.plain.slice(paragraph.start, paragraph.end).toLowerCase().includes(other);
}

/**
 * "Deputy Fire Chief Mark Kavanagh says …" and "Ruth Kavanagh of the Weather Network tells …" in one
 * article: two people of one surname that an article of the pair names apart are two people, however a
 * "he said" credits one of them, when the other side names its speaker ("Jo Hale" / "Jo A. Hale" elsewhere
 * may still be one person).
 */
function toldApart(q: QuoteRef, r: QuoteRef): boolean {
  const a = q.quote.speaker?.key;
  const b = r.quote.speaker?.key;
  if (!a || !b || a === b) return false;
  // Two "she said"s of one surname may both be guesses between the two: one side names its speaker.
  if (q.quote.speaker?.via !== 'named' && r.quote.speaker?.via !== 'named') return false;
  return [q.article, r.article].some((article) => article.people.some((p) => p.key === a) && article.people.some((p) => p.key === b));
}

function surelyCredited(q: QuoteRef): boolean {
  const speaker = q.quote.speaker;
  if (!speaker) return false;
  if (speaker.via === 'named') return true;
  if (speaker.via === 'role') return soleHolder(q, speaker);
  if (speaker.via !== 'pronoun') return false;
  const { text, people } = q.article;
  // Everything read here lies in this stretch, which the incremental check keys the quotation on.
  const stretch = creditStretch(text, q.quote.sentence, q.quote.span);
  const person = people.find((p) => p.key === speaker.key);
  if (!stretch || !person) return false;
  const { paragraph, previous } = stretch;
  if (person.mentions.some((m) => m.start >= paragraph.start && m.end <= q.quote.span.start)) return true;
  // "She also pointed to the night. “…,” she added.": a paragraph that opens with "he"/"she" goes on
  // with the person the previous one named last (no one else named in between), as surely.
  // "“…,” she said." as a paragraph of its own goes on the same way.
  // An interrupted quotation ("“…,” he said. “…”") is credited after its first piece.
  const after = (at: number) => text.plain.slice(at, Math.min(paragraph.end, at + PRONOUN_AFTER_QUOTE));
  const opensWithQuote = q.quote.span.start - paragraph.start <= 1 && (QUOTE_THEN_PRONOUN.test(after(q.quote.span.end)) ||
    (q.quote.pieces.length > 1 && PIECE_THEN_PRONOUN.test(after(q.quote.pieces[0].end))));
  if (!previous || !(opensWithQuote || OPENS_WITH_PRONOUN.test(text.plain.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + PRONOUN_OPENING))))) return false;
  let last = -1;
  let lastKey = '';
  for (const p of people) {
    for (const m of p.mentions) if (m.end <= q.quote.span.start && m.start > last) { last = m.start; lastKey = p.key; }
  }
  return lastKey === person.key && last >= previous.start;
}

/**
 * "…,” said the finance minister": a role names its speaker surely only when one person of the
 * article holds it, every word of it ("Finance Minister Ruth Hale" earlier; not two ministers, and
 * not "the minister" for a "Health Minister" when a "Finance Minister" is named too).
 */
function soleHolder(q: QuoteRef, speaker: SpeakerRef): boolean {
  const words = q.article.text.plain.slice(speaker.span.start, speaker.span.end).toLowerCase().split(/[\s’']+/)
    .filter((w) => w !== '' && !DETERMINERS.has(w));
  if (words.length === 0) return false;
  const holders = q.article.people.filter((p) => {
    const held = new Set(p.roles.flatMap((r) => r.toLowerCase().split(/[\s’']+/)));
    return words.every((w) => held.has(w));
  });
  return holders.length === 1 && holders[0].key === speaker.key;
}

/** Whether the faithful alignment `a` takes, word for word, the words of A that `c` finds changed. */
function covers(a: Compared, c: Compared): boolean {
  const span = differingSpan(c.a, c.alignment, 'a', c.b) ?? endChange(c) ?? c.added;
  if (!span) return true;
  const matched = new Set<number>();
  for (const o of a.alignment.ops) if (o.op === 'match') matched.add(a.a[o.a].start);
  const inside = c.a.filter((w) => w.start >= span.start && w.end <= span.end);
  return inside.length > 0 && inside.every((w) => matched.has(w.start));
}

/**
 * The pieces of a quotation (with their marks) that hold the words another article credits to someone
 * else: “A,” she said. “B.” — when only B is disputed, the finding is on B.
 */
function matchedPieces(q: QuoteRef, c: Compared, side: 'a' | 'b' = 'a'): Span {
  let start = Infinity;
  let end = -Infinity;
  const words = side === 'a' ? c.a : c.b;
  for (const o of c.alignment.ops) {
    if (o.op !== 'match') continue;
    const w = words[side === 'a' ? o.a : o.b];
    if (w) { start = Math.min(start, w.start); end = Math.max(end, w.end); }
  }
  if (start > end) return q.quote.span;
  const pieces = q.quote.pieces.filter((p) => p.end > start && p.start < end);
  if (pieces.length === 0) return q.quote.span;
  const all = q.quote.pieces;
  // The quotation's own ends keep its marks and closing comma; an inner piece takes the mark beside it.
  const held = {
    start: pieces[0] === all[0] ? q.quote.span.start : Math.max(q.quote.span.start, pieces[0].start - 1),
    end: pieces[pieces.length - 1] === all[all.length - 1] ? q.quote.span.end : Math.min(q.quote.span.end, pieces[pieces.length - 1].end + 1),
  };
  return withinSentences(q, held, start, end);
}

/**
 * A transcript's turn runs over many sentences with no marks to split it: the finding keeps to the
 * sentences that hold the disputed words, not the rest of the answer. (Sentences never split a
 * quotation in marks, so a marked quotation keeps its pieces.)
 */
function withinSentences(q: QuoteRef, held: Span, start: number, end: number): Span {
  let from = -1;
  let to = -1;
  for (const { span } of q.article.text.sentences) {
    if (span.end <= start) continue;
    if (span.start >= end) break;
    if (from < 0) from = span.start;
    to = span.end;
  }
  if (from < 0) return held;
  return { start: Math.max(held.start, from), end: Math.min(held.end, to) };
}

function speakerName(check: Check, q: QuoteRef): string {
  const key = q.quote.speaker?.key;
  if (!key) return 'speaker unknown';
  const canonical = check.speaker(key, q.article) ?? key;
  const person = q.article.people.find((p) => p.key === canonical || p.key === key);
  return person?.name ?? titleCase(canonical);
}

/**
 * A word's first letter: a letter with no letter before it (`\b` reads "ø" as a word's edge and
 * wrote "SØLvberg"). Made once: the bundler turns a `\p{…}` literal into a RegExp construction where it stands.
 */
const WORD_START = /(?<!\p{L})\p{L}/gu;

export function titleCase(key: string): string {
  return key.replace(WORD_START, (c) => c.toUpperCase());
}

/** The other side's words around where they differ, so the message shows the difference. */
function theirWindow(c: Compared): Span {
  const closing = c.b[c.b.length - 1];
  const span = differingSpan(c.a, c.alignment, 'b', c.b) ?? endChange(c, 'b') ?? (c.added && closing ? { start: closing.start, end: closing.end } : null);
  const words = c.b;
  if (!span) return c.ref.quote.span;
  let first = words.findIndex((w) => w.end > span.start);
  let last = words.length - 1 - [...words].reverse().findIndex((w) => w.start < span.end);
  first = Math.max(0, first - 3);
  last = Math.min(words.length - 1, last + 3);
  return { start: words[first].start, end: words[last].end };
}

/** A mark that closes a sentence: between two changes, they lie in two sentences of the quotation. */
const SENTENCE_CLOSE = /[.!?]/;

/**
 * One finding per sentence of the quotation where sources change its words: “A. B,” where one source
 * has another word in A and another a different word in B is two misquotes, each against its own
 * sources (a finding over both would stand for neither). Changes within one sentence are one finding.
 */
function reportMismatch(check: Check, q: QuoteRef, misquotes: Compared[]): void {
  const placed: { span: Span; c: Compared }[] = [];
  const loose: Compared[] = [];
  for (const c of misquotes) {
    const s = differingSpan(c.a, c.alignment, 'a', c.b) ?? endChange(c) ?? c.added ?? null;
    if (s) placed.push({ span: s, c }); else loose.push(c);
  }
  placed.sort((x, y) => x.span.start - y.span.start);
  const plain = check.article.text.plain;
  const groups: { span: Span | null; cs: Compared[] }[] = [];
  for (const { span, c } of placed) {
    const g = groups[groups.length - 1];
    if (g?.span && (span.start < g.span.end || !SENTENCE_CLOSE.test(plain.slice(g.span.end, span.start)))) {
      g.span = { start: g.span.start, end: Math.max(g.span.end, span.end) };
      g.cs.push(c);
    } else groups.push({ span, cs: [c] });
  }
  if (groups.length === 0) groups.push({ span: null, cs: [] });
  groups[0].cs.push(...loose);
  for (const g of groups) {
    // In the sources' order, as the comparisons were made (a message names the same source first).
    g.cs.sort((x, y) => misquotes.indexOf(x) - misquotes.indexOf(y));
    const ev: Evidence[] = g.cs.map((c) => evidence(c.ref.article, theirWindow(c)));
    check.add('quote-mismatch', 'warning', g.span ?? q.quote.span, `quote differs from ${against(ev)}`, ev);
  }
}

function reportSpeaker(check: Check, q: QuoteRef, mine: string | null, others: Compared[]): void {
  const ev: Evidence[] = others.map((c) => ({ ...evidence(c.ref.article, matchedPieces(c.ref, c, 'b')), speaker: speakerName(check, c.ref) }));
  const who = speakerName(check, others[0].ref);
  const speaker = q.quote.speaker;
  const written = speaker ? check.article.text.original.slice(speaker.span.start, speaker.span.end) : '';
  const name = speakerName(check, q);
  // "he" alone says little in a message: name the person it stands for.
  // A transcript's label in capitals ("MARTA OLIVERAS") reads as the name it stands for.
  const label = written !== '' && written === written.toUpperCase();
  const here = !speaker ? mine ?? 'someone else' : speaker.via === 'named' ? (label ? name : written || name) : `${name} (“${written}”)`;
  const attribution = speaker && written ? { part: 'speaker' as const, span: speaker.span, text: written } : undefined;
  // “A. B,” she said, where a source credits A and B to another person in two quotations of its own:
  // the words in dispute are all those the others carry, so the squiggle may reach the name.
  let held = toMatchedSentence(q, matchedPieces(q, others[0]), others[0]);
  for (const c of others.slice(1)) {
    const more = toMatchedSentence(q, matchedPieces(q, c), c);
    held = { start: Math.min(held.start, more.start), end: Math.max(held.end, more.end) };
  }
  check.add('attribution-conflict', 'warning', withSpeaker(check, held, speaker, q.quote.pieces),
    `quote attributed to ${here} here, but to ${who} in ${against(ev)}`, ev, attribution);
}

/** A sentence's end inside a quotation, before the next sentence's first letter. */
const INNER_SENTENCE_END = /[.!?]['"’”]?[ \t]{1,3}(?=['"‘“]?\p{Lu})/u;

/**
 * "“The lift failed at noon. I thank the crews for their work,” she said", where the other source
 * carries only the first sentence: the credit in dispute is of the words both carry, so the finding
 * ends with the sentence that holds the last of them, not at the quotation's close.
 */
function toMatchedSentence(q: QuoteRef, span: Span, c: Compared): Span {
  let last = -Infinity;
  for (const o of c.alignment.ops) if (o.op === 'match') { const w = c.a[o.a]; if (w) last = Math.max(last, w.end); }
  if (last < span.start || last >= span.end) return span;
  const m = INNER_SENTENCE_END.exec(q.article.text.plain.slice(last, span.end));
  return m ? { start: span.start, end: last + m.index + 1 } : span;
}

/** Characters between a quotation and the name that credits it, at most, for one squiggle over both (an apposition and a verb phrase: "Ana Ruiz, who ran the count, had the last word: “…”"). */
const SPEAKER_REACH = 100;

/**
 * What disagrees is who said it: the squiggle takes in the words that credit the quotation ("…,"
 * said Lena Ortiz) with the quoted words, when they stand beside each other in one sentence; a
 * speaker named further off or in another sentence (a transcript's label, "Ortiz said. “…”") leaves
 * the quotation alone, as that name may credit another quotation too.
 */
function withSpeaker(check: Check, span: Span, speaker: SpeakerRef | null, pieces: readonly Span[]): Span {
  if (!speaker || speaker.span.end <= speaker.span.start) return span;
  const { plain } = check.article.text;
  const named = speaker.via === 'pronoun' ? namedJustBefore(check, span, speaker) : null;
  if (named) return quotedBetween(plain, pieces, named.end, span.start) ? span : { start: named.start, end: Math.max(span.end, speaker.span.end) };
  // “A. B,” she said, where only A is in dispute: a squiggle reaching the name would mark B too.
  const after = speaker.span.start >= span.end;
  if (after ? quotedBetween(plain, pieces, span.end, speaker.span.start) : quotedBetween(plain, pieces, speaker.span.end, span.start)) return span;
  const from = Math.min(span.start, speaker.span.start);
  const to = Math.max(span.end, speaker.span.end);
  const sentences = check.article.text.sentences;
  const si = sentences.findIndex((s) => s.span.start <= from && from < s.span.end);
  const sentence = sentences[si];
  if (sentence && introduces(check, si, speaker, span)) return { start: from, end: Math.max(span.end, speaker.span.end) };
  if (to - from - (span.end - span.start) - (speaker.span.end - speaker.span.start) > SPEAKER_REACH) return span;
  return sentence && to <= sentence.span.end ? { start: from, end: to } : span;
}

/** A letter or digit: a quoted word, where marks, commas and spaces are not. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether quoted words (of the quotation's pieces) lie between `from` and `to`. */
function quotedBetween(plain: string, pieces: readonly Span[], from: number, to: number): boolean {
  for (const p of pieces) {
    const start = Math.max(p.start, from);
    const end = Math.min(p.end, to);
    if (start < end && WORD_CHARACTER.test(plain.slice(start, end))) return true;
  }
  return false;
}

/** Characters at most of the sentence that names a pronoun's person, for one squiggle over it and the quotation. */
const NAMED_BEFORE_REACH = 160;

/**
 * "Faulds was also critical of how the morning began. “…,” he said.": the person "he" stands for,
 * named in the sentence right before the quotation's, in its paragraph, is who the article credits;
 * the squiggle takes in that name with the quotation. The mention, or null.
 */
function namedJustBefore(check: Check, span: Span, speaker: SpeakerRef): Span | null {
  const { sentences } = check.article.text;
  const si = sentences.findIndex((s) => s.span.start <= span.start && span.start < s.span.end);
  const before = si > 0 ? sentences[si - 1] : undefined;
  if (!before || before.paragraph !== sentences[si].paragraph || before.span.end - before.span.start > NAMED_BEFORE_REACH) return null;
  const person = check.article.people.find((p) => p.key === speaker.key);
  const mention = person?.mentions.find((m) => m.start >= before.span.start && m.end <= before.span.end);
  if (!mention) return null;
  // A claim of its own between the name and the quotation ("Mayor Delia Farrant, 58, …") keeps the
  // squiggle off that stretch: it would mark the claim as disputed too.
  const between = (x: Span) => x.end > mention.start && x.start < span.start;
  const { figures, times, quotes } = check.article;
  if (figures.some((f) => between(f.span)) || times.some((t) => between(t.span)) || quotes.some((q) => q.span.end <= span.start && between(q.span))) return null;
  return mention;
}

/**
 * "Dana Rhee, chair of the board, said:" as a line of its own, and the quotation opening the next
 * paragraph: the line credits that quotation alone, so the squiggle takes in both (a release's way).
 */
function introduces(check: Check, si: number, speaker: SpeakerRef, span: Span): boolean {
  const { sentences } = check.article.text;
  const line = sentences[si];
  const next = sentences[si + 1];
  if (!next || next.paragraph === line.paragraph || speaker.span.start >= span.start) return false;
  if (!(next.span.start <= span.start && span.start < next.span.end)) return false;
  const { plain } = check.article.text;
  let k = line.span.end - 1;
  while (k > line.span.start && /\s/.test(plain[k])) k--;
  if (plain[k] !== ':') return false;
  // Nothing but space and the opening mark between the line and the quoted words.
  for (let j = line.span.end; j < span.start; j++) if (!/[\s“"‘']/.test(plain[j])) return false;
  return true;
}

function checkUnsourced(check: Check, q: QuoteRef): void {
  if (q.words.length < MIN_UNSOURCED_WORDS) return;
  if (carriedBySource(check, q.words)) return;
  check.add('unsourced-claim', 'info', q.quote.span, `no source has this quotation: ${quoted(q.quote.text)}`, []);
}

/**
 * Answers of carriedBySource per corpus, while the corpus stays the same: the search reads the
 * running text of every source with the quotation's rarest word, and typing near a quotation asks
 * it again on each keystroke.
 */
const carriedMemo = new WeakMap<object, { generation: number; answers: Map<string, boolean> }>();
const CARRIED_KEPT = 2000;

const ORDINAL_NUMERAL = /^\d+(?:st|nd|rd|th)$/;

/** Whether a source carries these quoted words, with or without quotation marks. */
function carriedBySource(check: Check, words: QuoteWord[]): boolean {
  const corpus = check.corpus;
  let memo = carriedMemo.get(corpus);
  if (!memo || memo.generation !== corpus.generation) carriedMemo.set(corpus, memo = { generation: corpus.generation, answers: new Map() });
  // What the search reads of the words: their spelling and where words may be missing.
  let key = check.article.path.length + ':' + check.article.path;
  for (const w of words) key += (w.wildBefore ? '|*' : '|') + w.norm.length + ':' + w.norm;
  const known = memo.answers.get(key);
  if (known !== undefined) return known;
  // Before saying no source has it, look through the sources' running text too: a source may
  // carry the words without quotation marks.
  // Not an ordinal (asNumeral): the source may spell it out ("94th" / "ninety-fourth").
  // Nor a word another house style spells otherwise ("subsidised"): the source may spell it its own way.
  const rare = [...words].filter((w) => w.norm.length >= 4 && !ORDINAL_NUMERAL.test(w.norm) && !hasSpellingVariant(w.norm))
    .sort((x, y) => corpus.vocabulary.weight(y.norm) - corpus.vocabulary.weight(x.norm))[0];
  let found = false;
  // Only sources whose text has the rarest word can cover it (alignment/textWords.ts).
  for (const o of rare ? corpus.sourcesWithWord(rare.norm, check.article.path) : check.others()) {
    if (rare && !o.article.text.plain.toLowerCase().includes(rare.norm)) continue;
    if (coveredBy(words, o, rare?.norm ?? null)) { found = true; break; }
  }
  if (memo.answers.size >= CARRIED_KEPT) memo.answers.clear();
  memo.answers.set(key, found);
  return found;
}

/** Whether a window of the source's running text holds most of the words (read in place, nothing kept). */
function coveredBy(words: QuoteWord[], o: { article: { text: { original: string } } }, rare: string | null): boolean {
  const text = o.article.text.original;
  const spans = wordSpans(text);
  // Align against windows around the rarest word (or every window, when there is none).
  const n = words.length;
  const starts: number[] = [];
  if (rare) { for (let i = 0; i < spans.count; i++) if (spelledAs(text, spans.starts[i], spans.ends[i], rare)) starts.push(Math.max(0, i - 2 * n)); }
  else for (let i = 0; i < spans.count; i += 2 * n) starts.push(i);
  // The windows, read before anything else reuses the span arrays.
  const windows = starts.map((start) => {
    const out: QuoteWord[] = [];
    for (let i = start; i < Math.min(start + 4 * n + 1, spans.count); i++) {
      out.push({ norm: asNumeral(spellingAt(text, spans.starts[i], spans.ends[i])), start: spans.starts[i], end: spans.ends[i], wildBefore: false });
    }
    return out;
  });
  for (const window of windows) {
    const { alignment } = alignQuotes(words, window);
    if (alignment !== null && alignment.matched >= 0.6 * n) return true;
  }
  return false;
}
