// What a claim is about: the content words of its sentence, weighted so that words every article
// uses ("outage", the company's name) count for less than the words that tell claims apart.
import type { ArticleAnalysis, Span } from '../types';
import { contentTokens, contentWordFor } from './words';
import { addContentWordsIn, contentTokensIn, contentWindow, eachWordToCount } from './sentenceWords';
import { DistinctWords, WordSet } from './wordSet';

/** Stamps of vocabulary states: a norm cached under one stamp is never read under another state. */
let stamps = 0;

/** Sentences counted so far, by every vocabulary: a word's entry marks the last sentence that counted it. */
let sentenceStamps = 0;

/** A word's sentence frequency, with the last sentence that counted it (so a sentence counts it once). */
interface WordCount {
  n: number;
  sentence: number;
}

/** Sentence frequencies of words across the sources; kept current as sources come and go. */
export class Vocabulary {
  /** Counts by word, in the order first met (a word whose count falls to 0 leaves, and comes back last). */
  private readonly documentFrequency = new Map<string, WordCount>();
  private sentences = 0;
  /** Changes whenever the counts do: weights and norms worked out under another stamp are stale. */
  private stamp = ++stamps;
  /** Weights worked out under the current stamp (a keystroke weighs the same words hundreds of times). */
  private readonly weights = new Map<string, number>();

  /** Counts an article's sentences in (`sign` 1) or out (`sign` -1). */
  count(article: ArticleAnalysis, sign: 1 | -1): void {
    this.stamp = ++stamps;
    this.weights.clear();
    // Each word once per sentence, in the order first met: a word's entry remembers the sentence
    // that counted it last, so a repeat is found by the one look-up that finds the count.
    const counts = this.documentFrequency;
    let sentence = 0;
    // The words are handed over as the sentence is read (no list of them is made; see eachWordToCount).
    const tally = (w: string): void => {
      const entry = counts.get(w);
      if (entry === undefined) {
        if (sign > 0) counts.set(w, { n: 1, sentence });
        return;
      }
      if (entry.sentence === sentence) return;
      entry.sentence = sentence;
      entry.n += sign;
      if (entry.n <= 0) counts.delete(w);
    };
    const plain = article.text.plain;
    for (const s of article.text.sentences) {
      this.sentences += sign;
      sentence = ++sentenceStamps;
      eachWordToCount(plain, s.span, tally);
    }
  }

  /** The counts, for a stored copy of the corpus's statistics (CorpusStats in corpus.ts). */
  exportCounts(): { sentences: number; words: string[]; counts: number[] } {
    return { sentences: this.sentences, words: [...this.documentFrequency.keys()], counts: Array.from(this.documentFrequency.values(), (e) => e.n) };
  }

  /** A vocabulary holding stored counts (exportCounts of another), as if its articles were counted in. */
  static fromCounts(sentences: number, words: readonly string[], counts: readonly number[]): Vocabulary {
    const v = new Vocabulary();
    v.sentences = sentences;
    for (let i = 0; i < words.length; i++) v.documentFrequency.set(words[i], { n: counts[i], sentence: 0 });
    return v;
  }

  weight(word: string): number {
    let x = this.weights.get(word);
    if (x === undefined) {
      const df = this.documentFrequency.get(word)?.n ?? 0;
      x = Math.log((this.sentences + 2) / (df + 0.5));
      this.weights.set(word, x);
    }
    return x;
  }

  /**
   * Sum of the squared weights of a set's words, in its order (the sum similarity() works out for
   * it); kept on a WordSet until the counts change, since one claim is compared with hundreds.
   */
  private norm(a: ReadonlySet<string>): number {
    if (a instanceof WordSet && a.normStamp === this.stamp) return a.norm!;
    let sum = 0;
    for (const w of a) { const x = this.weight(w); sum += x * x; }
    if (a instanceof WordSet) { a.normStamp = this.stamp; a.norm = sum; }
    return sum;
  }

  /** Summed squared weights of the words of `a` (in a's order) that `b` also has. */
  private sharedSquares(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
    if (a instanceof WordSet) return this.sharedIn(a.list, b);
    let shared = 0;
    for (const w of a) if (b.has(w)) { const x = this.weight(w); shared += x * x; }
    return shared;
  }

  /**
   * Summed squared weights of `words` (in their order) that `b` also has. For a WordSet `a`, any
   * list of a's words in a's order that keeps every word `b` has gives sharedSquares(a, b) exactly.
   */
  sharedIn(words: readonly string[], b: ReadonlySet<string>): number {
    let shared = 0;
    for (let i = 0; i < words.length; i++) if (b.has(words[i])) { const x = this.weight(words[i]); shared += x * x; }
    return shared;
  }

  /** Weighted cosine of two word sets: 0 (nothing shared) … 1 (the same words). */
  similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
    if (a.size === 0 || b.size === 0) return 0;
    // The same sums, in the same order, as one pass over a then one over b would make.
    return this.cosine(a, b, this.sharedSquares(a, b));
  }

  /** similarity(a, b) of two non-empty sets, given their sharedSquares worked out already. */
  cosine(a: ReadonlySet<string>, b: ReadonlySet<string>, shared: number): number {
    const wa = this.norm(a);
    const wb = this.norm(b);
    return wa > 0 && wb > 0 ? shared / Math.sqrt(wa * wb) : 0;
  }

  /** Weighted share of the smaller set that the other also has: 0 … 1. */
  overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
    if (a.size === 0 || b.size === 0) return 0;
    const shared = this.sharedSquares(a, b);
    const least = Math.min(this.norm(a), this.norm(b));
    return least > 0 ? shared / least : 0;
  }

  /** How many words two sets share, and their summed weight. */
  shared(a: ReadonlySet<string>, b: ReadonlySet<string>): { count: number; weight: number } {
    let count = 0;
    let weight = 0;
    for (const w of a) if (b.has(w)) { count++; weight += this.weight(w); }
    return { count, weight };
  }
}

/** Longer than this, a "sentence" is a table, a list or a pasted dump, not prose. */
const LONG_SENTENCE = 1000;
/** In such a sentence a claim's context is the text this many characters either side of it. */
const LONG_SENTENCE_REACH = 500;

/**
 * The part of a sentence that tells about a claim: the whole sentence, or in a very long one the
 * text around the claim. Keeps every per-claim look at its sentence bounded, so a 1 MB line with
 * thousands of figures is checked in linear time, not quadratic.
 */
export function sentenceScope(sentence: Span, claim: Span): Span {
  if (sentence.end - sentence.start <= LONG_SENTENCE) return sentence;
  return {
    start: Math.max(sentence.start, Math.min(claim.start, sentence.end) - LONG_SENTENCE_REACH),
    end: Math.min(sentence.end, Math.max(claim.end, sentence.start) + LONG_SENTENCE_REACH),
  };
}

type ContentToken = { word: string; start: number; end: number };

/** A long sentence read once: its content tokens and clause breaks, searched per claim. */
interface LongSentence {
  tokens: ContentToken[];
  breaks: Span[];
}

/** Long sentences of the text read last (claims are looked at one article at a time). */
let longText = '';
let longSentences = new Map<string, LongSentence>();

function longSentence(plain: string, sentence: Span): LongSentence {
  if (plain !== longText) longSentences = new Map();
  longText = plain; // the same object from now on: later checks compare references, not text
  const key = `${sentence.start}:${sentence.end}`;
  let found = longSentences.get(key);
  if (!found) {
    const breaks: Span[] = [];
    const body = plain.slice(sentence.start, sentence.end);
    for (const b of clauseBreaks(body)) breaks.push({ start: sentence.start + b.start, end: sentence.start + b.end });
    found = { tokens: contentTokens(plain, sentence.start, sentence.end), breaks };
    longSentences.set(key, found);
  }
  return found;
}

/** First index whose `key` is ≥ offset, in a list sorted by it. */
function firstFrom<T>(list: readonly T[], offset: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]) < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Content words of the sentence around a claim, leaving out the claim's own words. */
export function claimContext(article: ArticleAnalysis, sentence: number, claim: Span): WordSet {
  const s = article.text.sentences[sentence];
  if (!s) return WordSet.EMPTY;
  const plain = article.text.plain;
  const scope = sentenceScope(s.span, claim);
  if (scope === s.span) {
    // The words before the claim, then those after it, each once (as a Set of both lists would hold them).
    const out = new DistinctWords();
    addContentWordsIn(out, plain, s.span, s.span.start, Math.max(s.span.start, claim.start));
    addContentWordsIn(out, plain, s.span, Math.min(s.span.end, claim.end), s.span.end);
    return out.toWordSet();
  }
  const { tokens } = longSentence(plain, s.span);
  const out = new DistinctWords();
  for (let i = firstFrom(tokens, scope.start, (t) => t.start); i < tokens.length && tokens[i].end <= scope.end; i++) {
    if (tokens[i].end <= claim.start || tokens[i].start >= claim.end) out.add(tokens[i].word);
  }
  return out.toWordSet();
}

/**
 * Claim spans of one article, for asking "does another claim cover this offset?" in O(log n):
 * sorted by start, with the two largest ends (by different spans) of every prefix.
 */
export class ClaimSpans {
  private readonly spans: Span[];
  private readonly top: Span[];
  private readonly second: (Span | undefined)[];

  constructor(spans: readonly Span[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    const tops: Span[] = [];
    const seconds: (Span | undefined)[] = [];
    let top: Span | undefined;
    let second: Span | undefined;
    for (const s of this.spans) {
      if (!top || s.end > top.end) { if (s !== top) second = top; top = s; } else if (s !== top && (!second || s.end > second.end)) second = s;
      tops.push(top);
      seconds.push(second);
    }
    // Copies of exactly their length (a list grown by push has up to half again as many slots):
    // a source's figures and times keep its spans for the corpus's life.
    this.top = tops.slice();
    this.second = seconds.slice();
  }

  /** Whether a span other than `except` (by identity) has start ≤ offset < end. */
  covers(offset: number, except: Span): boolean {
    const k = firstFrom(this.spans, offset + 1, (s) => s.start) - 1;
    if (k < 0) return false;
    const best = this.top[k] === except ? this.second[k] : this.top[k];
    return best !== undefined && best.end > offset;
  }

  /**
   * Whether the spans starting in [start, end) are those `before` has starting in [start - shift,
   * end - shift), each moved by `shift`, and no span of either reaches in from before it: covers()
   * then answers alike for every offset in the stretch (claimReuse.ts).
   */
  sameWithin(before: ClaimSpans, start: number, end: number, shift: number): boolean {
    const a = this.from(start);
    const b = before.from(start - shift);
    if (a < 0 || b < 0) return false;
    const x = this.spans;
    const y = before.spans;
    let i = a;
    let j = b;
    for (; i < x.length && x[i].start < end; i++, j++) {
      if (j >= y.length || x[i].start - y[j].start !== shift || x[i].end - y[j].end !== shift) return false;
    }
    return j >= y.length || y[j].start >= end - shift;
  }

  /** The first span starting at or after `offset`, or -1 when a span starting before it reaches past it. */
  private from(offset: number): number {
    const k = firstFrom(this.spans, offset, (s) => s.start);
    return k > 0 && this.top[k - 1].end > offset ? -1 : k;
  }
}

/** Content words within the clause around a claim this many words either side. */
const NEAR_WORDS = 6;

/** Most characters a bracket right after a claim may hold to be read as its restatement ("(5.6 miles)"). */
const RESTATED_REACH = 40;

/** After a restating bracket, words that go on telling where a distance runs ("from", "north of", "away"). */
const WHERE_FROM = new Set(['from', 'of', 'away', 'off', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast',
  'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'inland', 'offshore', 'upstream', 'downstream']);

const WORD_CHAR = /[a-z-]/;

/**
 * "about 9 km (5.6 miles) from the Svinesund crossing": a bracket right after a claim that opens with
 * another claim restates it in other units, and where the words after it go on telling where the
 * distance runs they are still the claim's own ("(22.5 km) detour via …" or "(10.8 miles), the
 * tunnel …" are left as they were read). The bracket's span, or null (a hand scan over a bounded stretch).
 */
function restatedAfter(plain: string, claim: Span, end: number, index: ClaimSpans): Span | null {
  let i = claim.end;
  while (i < end && plain[i] === ' ') i++;
  if (plain[i] !== '(') return null;
  const open = i;
  i++;
  while (i < end && plain[i] === ' ') i++;
  if (i >= end || !index.covers(i, claim)) return null;
  const stop = Math.min(end, open + RESTATED_REACH);
  for (let k = i; k < stop; k++) {
    if (plain[k] === '(') return null;
    if (plain[k] !== ')') continue;
    let w = k + 1;
    while (w < end && plain[w] === ' ') w++;
    let e = w;
    while (e < end && e - w < 12 && WORD_CHAR.test(plain[e])) e++;
    return WHERE_FROM.has(plain.slice(w, e)) ? { start: open, end: k + 1 } : null;
  }
  return null;
}

/** A stretch of time counted from the event before: "five minutes later", "two hours earlier". */
const OFFSET_UNIT = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/i;
const OFFSET_AFTER = /^[ \u00a0]+(?:later|earlier|afterwards)\b/i;

/**
 * "Its beacon went off at 23:47 and the last contact came two minutes later": a stretch counted from
 * the event before measures the gap up to its own part's event, so its words are that part's only,
 * from the last joint before it to the stretch itself ("the last contact came"). The words of the
 * event it is counted from, and those after it, name another gap ("the beacon went off five minutes
 * later, and the last contact …"). Other claims keep their clause.
 */
function offsetPart(plain: string, clause: Span, claim: Span): Span {
  if (claim.end > clause.end || !OFFSET_UNIT.test(plain.slice(claim.start, claim.end)) || !OFFSET_AFTER.test(plain.slice(claim.end, claim.end + 12))) return clause;
  return { start: lastJoint(plain, clause.start, claim.start), end: claim.end };
}

const ASCII_LETTER = /[A-Za-z]/;

/** Just after the last joint in plain[from, to): a comma, a semicolon or the word "and"; else `from`. */
function lastJoint(plain: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = plain[i];
    if (c === ',' || c === ';') return i + 1;
    if ((c === 'd' || c === 'D') && i - 2 >= from && plain.slice(i - 2, i + 1).toLowerCase() === 'and' &&
      !ASCII_LETTER.test(plain[i - 3] ?? ' ') && !ASCII_LETTER.test(plain[i + 1] ?? ' ')) return i + 1;
  }
  return from;
}

/**
 * Content words near a claim: up to NEAR_WORDS on each side within its sentence, not crossing
 * another claim's words. A long sentence about many things says little about one figure in it.
 */
export function nearContext(article: ArticleAnalysis, sentence: number, claim: Span, others: readonly Span[] | ClaimSpans = [], ownClause = false, limit?: Span): WordSet {
  const s = article.text.sentences[sentence];
  if (!s) return WordSet.EMPTY;
  const plain = article.text.plain;
  const whole = clauseAround(plain, s.span, claim);
  const clause = offsetPart(plain, within(ownClause ? ownPart(plain, whole, claim) : whole, limit), claim);
  const index = others instanceof ClaimSpans ? others : new ClaimSpans(others);
  const blocked = (t: { start: number }) => index.covers(t.start, claim);
  const out = new DistinctWords();
  if (sentenceScope(s.span, claim) !== s.span) {
    // A long sentence: walk its tokens outward from the claim (no more than NEAR_WORDS each way).
    const { tokens } = longSentence(plain, s.span);
    let n = 0;
    const aside = ownClause ? appositionBefore(plain, clause.start, claim.start) : null;
    for (let i = firstFrom(tokens, claim.start + 1, (t) => t.end) - 1; i >= 0 && tokens[i].start >= clause.start && n < NEAR_WORDS; i--) {
      if (aside && tokens[i].start > aside.start && tokens[i].start < aside.end) continue;
      if (blocked(tokens[i])) break;
      out.add(tokens[i].word); n++;
    }
    n = 0;
    const restated = restatedAfter(plain, claim, clause.end, index);
    for (let i = firstFrom(tokens, claim.end, (t) => t.start); i < tokens.length && tokens[i].end <= clause.end && n < NEAR_WORDS; i++) {
      if (restated && tokens[i].start < restated.end) continue;
      if (blocked(tokens[i])) break;
      out.add(tokens[i].word); n++;
    }
    addDepth(plain, claim, s.span.end, out);
    return out.toWordSet();
  }
  const beforeStart = clause.start;
  const beforeEnd = Math.max(clause.start, claim.start);
  const afterStart = Math.min(clause.end, claim.end);
  const afterEnd = clause.end;
  // The windows' tokens read in place from the sentence's words; tokenised on their own only where that would differ.
  const wb = contentWindow(plain, s.span, beforeStart, beforeEnd);
  let n = 0;
  // A clock time's clause reads past an apposition before its verb: "the stadium on the hill, 4 km east
  // of the town, was cleared by 9:40 p.m." is about the stadium, not the town.
  const aside = ownClause ? appositionBefore(plain, beforeStart, beforeEnd) : null;
  const aloof = (at: number) => aside !== null && at > aside.start && at < aside.end;
  if (wb) {
    for (let k = wb.to - 1; k >= wb.from && n < NEAR_WORDS; k--) {
      const at = wb.starts[k] + wb.offset;
      if (aloof(at)) continue;
      if (index.covers(at, claim)) break;
      out.add(wb.words[k]); n++;
    }
  } else {
    const before = contentTokensIn(plain, s.span, beforeStart, beforeEnd);
    for (let i = before.length - 1; i >= 0 && n < NEAR_WORDS; i--) { if (aloof(before[i].start)) continue; if (blocked(before[i])) break; out.add(before[i].word); n++; }
  }
  n = 0;
  const restated = restatedAfter(plain, claim, afterEnd, index);
  const inBracket = (at: number) => restated !== null && at < restated.end;
  const wa = contentWindow(plain, s.span, afterStart, afterEnd);
  if (wa) {
    for (let k = wa.from; k < wa.to && n < NEAR_WORDS; k++) {
      const at = wa.starts[k] + wa.offset;
      if (inBracket(at)) continue;
      if (index.covers(at, claim)) break;
      out.add(wa.words[k]); n++;
    }
  } else {
    const after = contentTokensIn(plain, s.span, afterStart, afterEnd);
    for (let i = 0; i < after.length && n < NEAR_WORDS; i++) { if (inBracket(after[i].start)) continue; if (blocked(after[i])) break; out.add(after[i].word); n++; }
  }
  addDepth(plain, claim, s.span.end, out);
  return out.toWordSet();
}

/** A length's unit at the end of a claim: "32 km", "ten kilometres", "600 feet". */
const LENGTH_UNIT_END = /(?:^|[\s\d])(?:km|kilomet(?:re|er)s?|mi|miles?|m|metres?|meters?|ft|feet|foot)$/i;
/**
 * Right after a length, words that say it is how far down something lies: "32 km down,", "600 feet
 * deep", "2 km underground", "40 metres below the surface" (not "5 km down the road": a way along it).
 */
const DEPTH_AFTER = /^[ \t]+(?:deep\b|underground\b|down(?=[ \t]*(?:[,.;:)\u2013\u2014]|$))|(?:below|beneath|under)[ \t]+(?:the[ \t]+)?(?:surface|ground|sea ?floor|seabed|sea))/i;
/** The content word "depth" stands for (stemmed as near words are). */
const DEPTH_WORD = contentWordFor('depth');

/**
 * "about thirty-two kilometres down" is the depth another source tells as "a depth of 22 km": a length
 * told as how far down carries the word "depth" among its near words, as if the writer had used it.
 */
function addDepth(plain: string, claim: Span, sentenceEnd: number, out: DistinctWords): void {
  if (DEPTH_WORD === null || claim.end - claim.start > 60 || !LENGTH_UNIT_END.test(plain.slice(claim.start, claim.end))) return;
  // Read within the claim's sentence only: an unchanged sentence's words are taken over after an edit elsewhere.
  if (DEPTH_AFTER.test(plain.slice(claim.end, Math.min(sentenceEnd, claim.end + 32)))) out.add(DEPTH_WORD);
}

/** Longest apposition set off by commas that a clause's words read past (characters). */
const APPOSITION_CHARS = 80;
/** A capital letter: an apposition with one names something. */
const CAPITAL = /\p{Lu}/u;
/** What follows an apposition's closing comma: the verb of the clause it interrupts. */
const AFTER_APPOSITION = /^,[ \u00a0]+(?:was|were|is|are|had|has|have)\b/i;

/**
 * "the stadium on Harle Hill, 4 km (2.5 miles) east of the town centre, was cleared by …": the stretch
 * between the last two commas before a time, when the second is followed by the clause's verb and no
 * word in it is capitalised, describes the subject and tells nothing of what happened. Its span (the two commas), or null. Reads
 * back from the claim a bounded stretch only.
 */
function appositionBefore(plain: string, from: number, to: number): Span | null {
  const start = Math.max(from, to - 2 * APPOSITION_CHARS);
  let close = -1;
  for (let i = to - 1; i >= start; i--) {
    if (plain[i] !== ',') continue;
    if (AFTER_APPOSITION.test(plain.slice(i, i + 12))) { close = i; break; }
  }
  if (close < 0) return null;
  for (let i = close - 1; i >= Math.max(from, close - APPOSITION_CHARS); i--) {
    // A name set off so ("A second farm, Craigton Mains near Tore, was confirmed …") says which one: kept.
    if (plain[i] === ',') return CAPITAL.test(plain.slice(i, close)) ? null : { start: i, end: close };
    // A full stop ends it ("3.7" does not).
    if (plain[i] === ';' || (plain[i] === '.' && (plain[i + 1] === ' ' || plain[i + 1] === '\n'))) return null;
  }
  return null;
}

/**
 * "and" opening a clause with a subject of its own: "… at 22:15 and an engineer went to the block",
 * "… at 06:48, and crews were at the scene". The subject is one or two words (not a verb or an
 * auxiliary: "and worked alongside" goes on with the same subject), then a finite verb.
 */
const AND_CLAUSE = /\band\s+(?:then\s+)?(?:(?:a|an|the|his|her|their|its|our|my|some|several|two|three|four|five)\s+)?(?:(?!(?:was|were|had|has|have|is|are|did|do|does|not|then|also|later|soon)\b)(?![a-z]+(?:ed|ly)\b)[a-z][a-z'-]*\s+){1,2}(?:was|were|had|has|have|is|are|went|came|arrived|reached|found|said|says|[a-z]+ed)\b/gi;
/** Words a clause must have before such an "and" for it to join two clauses ("Police and fire crews arrived" is one subject). */
const AND_CLAUSE_WORDS = 3;
/**
 * "between" and a name or a number of at most three words right before an "and": the first end of a
 * stretch ("between Rato", "between Port Ellen", "between 8"). Not "between the two depots", which
 * needs no "and" to end it.
 */
const BETWEEN_BEFORE = /\b[Bb]etween[ \t\u00a0]+[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*[ \t\u00a0]+(?:[\p{L}\p{N}'’.-]+[ \t\u00a0]+){0,2}$/u;
/** Characters read before an "and" for BETWEEN_BEFORE. */
const BETWEEN_REACH = 60;

/**
 * An attribution set off by a comma and ending its stretch: ", the fire service says,", ", police
 * said in a statement". ", Kestermann confirmed a firm offer" goes on with what was confirmed.
 */
const ATTRIBUTION = /,\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}'-]+\s+){0,3}?(?:says|said|say|added)(?=\s*(?:[,.;:!?)]|$|in\s|on\s))/giu;
/** Letters every match of ATTRIBUTION holds ("sai", "say", "added"), folded by the same flags: found nowhere, it has no match. */
const SPEECH_LETTERS = /sa[iy]|added/iu;

/** Words, as runs of letters (made once: the bundler would build a \p{…} literal again at every call). */
const LETTER_RUNS = /\p{L}+/gu;

/**
 * The part of a clause that tells what happened at the claim: short of an "and" that joins a clause
 * with its own subject (what that subject did is another moment's doing), and of an attribution
 * (who says so is not what happened). The clause itself when it has neither.
 */
export function ownPart(plain: string, clause: Span, claim: Span): Span {
  const body = plain.slice(clause.start, clause.end);
  let start = clause.start;
  let end = clause.end;
  AND_CLAUSE.lastIndex = 0;
  for (let m = AND_CLAUSE.exec(body); m; m = AND_CLAUSE.exec(body)) {
    const at = clause.start + m.index;
    if ((plain.slice(start, at).match(LETTER_RUNS)?.length ?? 0) < AND_CLAUSE_WORDS) continue;
    // "The line between Rato and Saldanha stayed shut": the "and" of "between … and …" joins the two
    // ends of one stretch, not two clauses.
    if (BETWEEN_BEFORE.test(plain.slice(Math.max(start, at - BETWEEN_REACH), at))) continue;
    if (at >= claim.end) { end = at; break; }
    if (at + 3 <= claim.start) start = at + 3;
  }
  // Most clauses hold no speech verb of the pattern's: its letters are looked for first (a third of the pattern's time).
  if (!SPEECH_LETTERS.test(body)) return { start, end };
  ATTRIBUTION.lastIndex = 0;
  for (let m = ATTRIBUTION.exec(body); m; m = ATTRIBUTION.exec(body)) {
    const at = clause.start + m.index;
    if (at >= claim.end) { end = Math.min(end, at); break; }
    if (at + m[0].length <= claim.start) start = Math.max(start, at + m[0].length);
  }
  return { start, end };
}

/** A span cut to a limit (the limit is around the claim, so the two overlap). */
export function within(span: Span, limit: Span | undefined): Span {
  return limit ? { start: Math.max(span.start, limit.start), end: Math.min(span.end, limit.end) } : span;
}

/** Words other than "and" that make the stretch between two clock times a clause of its own. */
const OWN_CLAUSE_WORDS = 2;

/**
 * "detected at 2.17am, and that a major incident was declared at 4.30am", "By 3.05am we had cut the
 * network off, and at 4.30am we declared …": another clock time of the sentence after an "and" tells
 * its own moment, so a time's words stop at the last "and" before the next clock time, and start
 * after the last "and" since the clock time before. Not a range or a list of times ("between 9am and
 * 11am", "at 6am and again at 10am" keeps its words): the stretch must hold words of its own.
 * `before` and `after` are the nearest other clock times of the sentence, so each stretch between
 * two times is read at most twice and a sentence of many times stays linear.
 */
export function clockClauseLimit(plain: string, claim: Span, before: Span | undefined, after: Span | undefined): Span | undefined {
  let start = -Infinity;
  let end = Infinity;
  if (before) {
    const and = lastAnd(plain, before.end, claim.start);
    if (and >= 0) start = and + 3;
  }
  if (after) {
    const and = lastAnd(plain, claim.end, after.start);
    if (and >= 0) end = and;
  }
  return start === -Infinity && end === Infinity ? undefined : { start: Math.max(0, start), end: Math.min(plain.length, end) };
}

/** Offset of the last whole word "and" in plain[from, to) when the stretch has other words of its own, or -1. */
function lastAnd(plain: string, from: number, to: number): number {
  let and = -1;
  let words = 0;
  for (let i = from; i < to;) {
    if (!/[A-Za-z]/.test(plain[i])) { i++; continue; }
    let j = i;
    while (j < to && /[A-Za-z'’]/.test(plain[j])) j++;
    if (j - i === 3 && plain.slice(i, j).toLowerCase() === 'and') and = i;
    else words++;
    i = j;
  }
  return and >= 0 && words >= OWN_CLAUSE_WORDS ? and : -1;
}

const CLAUSE_BREAK = /;|, (?:while|whereas|but|although|though)\b|, with (?:an?|the) |[—–] /g;

/** The clause of a sentence that holds the claim: split at ";", ", while", ", but", dashes. */
export function clauseAround(plain: string, whole: Span, claim: Span): Span {
  const sentence = sentenceScope(whole, claim);
  let start = sentence.start;
  let end = sentence.end;
  if (sentence !== whole) {
    // A long sentence: its breaks are found once; the nearest either side of the claim count.
    const { breaks } = longSentence(plain, whole);
    const before = firstFrom(breaks, claim.start + 1, (b) => b.end) - 1;
    if (before >= 0 && breaks[before].start >= sentence.start) start = breaks[before].end;
    const after = breaks[firstFrom(breaks, claim.end, (b) => b.start)];
    if (after && after.end <= sentence.end) end = after.start;
    return { start, end };
  }
  const body = plain.slice(sentence.start, sentence.end);
  for (const b of clauseBreaks(body)) {
    const at = sentence.start + b.start;
    if (sentence.start + b.end <= claim.start) start = sentence.start + b.end;
    else if (at >= claim.end) { end = at; break; }
  }
  return { start, end };
}

/** Most words after a dash, to the next break or the sentence's end, that set off a detail of the clause before. */
const DASH_TAIL_WORDS = 3;

/**
 * CLAUSE_BREAK's matches in `body`, offsets into it. A dash before a short tail ("Town Hall, Harlow
 * – capacity 400.", "… 40 homes – a record") sets off a detail of what comes before, not a clause of
 * its own, and is no break.
 */
function clauseBreaks(body: string): Span[] {
  const found: Span[] = [];
  // The one global pattern, from its start (no pattern made per call: clauseAround runs per figure).
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(body); m; m = CLAUSE_BREAK.exec(body)) found.push({ start: m.index, end: m.index + m[0].length });
  // "2:30 p.m. EAT (11:30 GMT; 12:30 in London): Results announced.": a semicolon inside brackets
  // parts the items of an aside (a time's conversions, a list), not the sentence's clauses.
  if (found.length > 0 && body.includes('(')) dropBracketedSemicolons(body, found);
  // Dashes before a short tail dropped in place, each read to the next break found.
  let kept = 0;
  for (let k = 0; k < found.length; k++) {
    const b = found[k];
    const tail = isDash(body.charCodeAt(b.start)) && wordsUpTo(body, b.end, found[k + 1]?.start ?? body.length, DASH_TAIL_WORDS + 1) <= DASH_TAIL_WORDS;
    if (!tail) found[kept++] = b;
  }
  found.length = kept;
  return found;
}

/** Drops from `found` (in text order) the semicolons that stand inside an open bracket: one pass over body. */
function dropBracketedSemicolons(body: string, found: Span[]): void {
  let depth = 0;
  let k = 0;
  let kept = 0;
  for (let i = 0; i < body.length && k < found.length; i++) {
    while (k < found.length && found[k].start < i) found[kept++] = found[k++];
    if (k < found.length && found[k].start === i) {
      if (!(depth > 0 && body.charCodeAt(i) === 59)) found[kept++] = found[k];
      k++;
    }
    const c = body.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
  }
  while (k < found.length) found[kept++] = found[k++];
  found.length = kept;
}

const isDash = (c: number): boolean => c === 0x2014 || c === 0x2013;
/** One letter or digit (made once, as LETTER_RUNS is). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Runs of letters or digits in body[from, to), counted up to `most`. */
function wordsUpTo(body: string, from: number, to: number, most: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to && n < most; i++) {
    const c = body.charCodeAt(i);
    const word = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_OR_DIGIT.test(body.charAt(i));
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}
