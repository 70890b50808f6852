// Re-checking an article while it is edited. Every check looks at one claim of the article at a
// time, and what it finds for that claim depends only on the claim as alignment reads it (its
// figure, time or quotation, its sentence's and clause's words, the time a figure is anchored to,
// the figures beside a time), on a few things of the article (its label, role and people, the
// paragraph a quotation stands in) and on the sources. So each claim's result is remembered under a
// key that spells all of that out with offsets taken relative to the claim, and a keystroke
// re-checks only the claims whose key changed; the others are moved into place. Ids, which number
// repeated findings in order, and the final order are worked out afresh each time, the same way
// checkArticle does. The result equals checkArticle's (test/unit/incremental/check.test.ts proves it
// on random edits); only the time differs.
import { PathMemos } from '../pathMemos';
import { ownCopy } from '../ownCopy';
import type { ArticleAnalysis, ClaimView, DocumentReview, Finding, Span } from '../types';
import type { Corpus } from '../alignment/corpus';
import { sameVerdicts, storyGate, storyStamp, type StoryGate, type Verdict } from '../alignment/story';
import { WordSet } from '../alignment/wordSet';
import { ClaimCarrier } from '../alignment/claimReuse';
import { Check, type ArticleRead, type CheckOptions } from './check';
import { articleReads, stillStates, type FigurePlan } from './figures';
import { FigurePlans } from './figurePlans';
import { findingId } from './ids';
import { creditStretch } from './credit';
import { sentenceFellows } from './fellows';
import { interviewMark } from '../alignment/statements';
import { assembleReview, claimsOf, CLAIM_CHECKS } from './index';
import { baseOf, editOf, offsetOf, SameKey, sentenceOf, skipped, type Base, type ClaimRef, type QuoteClaim } from './sameKey';

/** What checking one claim gave, with offsets in the article as it was then. */
interface ClaimResult {
  /** The key it is remembered by, as code units (the first copy of it: an equal key made later is not kept). */
  key: Uint16Array;
  /** The key's hash (KeyBuffer.hash). */
  hash: number;
  /** The claim's offset when it was checked: results move with it. */
  offset: number;
  findings: Finding[];
  claims: ClaimView[];
  /** What the check asked of the article beyond the claim's key, with the answers: valid only while the article answers alike. */
  reads: ArticleRead[];
  /**
   * The texts its key numbers, with their numbers (kept numbered while the result is used); null
   * for a result seeded from a stored copy until a key written here finds it.
   */
  texts: TextPieces | null;
  /**
   * Each finding's id before numbering (findingId of its kind, the article's label and its text),
   * made when first handed out: the label is the memo's own (portableStamp), a finding's kind and
   * text never change, so one hashing serves every keystroke that keeps the result.
   */
  bases: string[] | null;
}

type TextPieces = readonly [string, number, string, number];

/** A claim of the last check, with the result its key found. */
interface Checked {
  ref: ClaimRef;
  result: ClaimResult;
}

interface ArticleMemo {
  /** What the results were computed against: the corpus generation, then `portable`. */
  stamp: string;
  /** The options, label and role the results were computed with (what a stored copy must match). */
  portable: string;
  previous: KeyTable;
  current: KeyTable;
  /** Stretches of the article's text by a number, so keys carry the number, not the text. */
  texts: TextIds;
  stats: CheckStats;
  /** Figures' comparisons apart from their sentence's words, for re-checking a figure in an edited sentence (figurePlans.ts). */
  plans: FigurePlans<FigurePlan>;
  /** The article of the last check and its claims by check, to find unchanged claims without writing their keys. */
  last?: { article: ArticleAnalysis; claims: Map<string, Checked[]> };
  /** The words of the last check's claims, taken over by claims whose sentence an edit left alone (alignment/claimReuse.ts). */
  carrier: ClaimCarrier;
  /**
   * The story gate's epoch the results were checked through (alignment/story.ts): when an edit
   * changes which sources are the article's story, every result is forgotten. Unset when seeded
   * from a stored copy.
   */
  story?: number;
  /** The story gate the last check went through (its verdicts are stored with the results). */
  gate?: StoryGate;
  /** The article's story words (storyStamp) the results were checked for. */
  words: string;
  /**
   * The verdicts (same story or not) a stored copy's check gave the sources its results' look-ups met,
   * each with the source's story words (those the memo's own gate gives are asked by the gate itself);
   * undefined when not known (a copy stored without them). Results made for other story words hold
   * only while none of these flips, and never when they are not known.
   */
  verdicts: Map<string, Verdict> | undefined;
}

/** Texts numbered for keys: those of the last two checks are kept, so a number always means one text. */
class TextIds {
  private previous = new Map<string, number>();
  private current = new Map<string, number>();
  private next = 0;
  /** Per check: the number and the text at [start, end) of one side of the article. */
  private spans = new Map<string, { id: number; piece: string }>();
  /** The text the last call to of() numbered. */
  piece = '';

  begin(): void {
    this.previous = this.current;
    this.current = new Map();
    this.spans = new Map();
  }

  /** The texts numbered by the last check, for a stored copy of its results. */
  numbered(): [string, number][] {
    return [...this.current];
  }

  /** Texts numbered as a stored copy numbered them, so its keys mean the same texts here; new texts get new numbers. */
  static seeded(numbered: readonly (readonly [string, number])[]): TextIds {
    const ids = new TextIds();
    for (const [piece, id] of numbered) {
      ids.current.set(piece, id);
      if (id >= ids.next) ids.next = id + 1;
    }
    return ids;
  }

  of(text: string, side: 'o' | 't', start: number, end: number): number {
    const at = `${side}${start}:${end}`;
    const known = this.spans.get(at);
    if (known !== undefined) {
      this.piece = known.piece;
      return known.id;
    }
    // A copy, not a slice: pieces are kept (here and in results) while their claims are unchanged, and a
    // slice would keep the whole text of the keystroke that cut it.
    const piece = ownCopy(text.slice(start, end));
    const id = this.current.get(piece) ?? this.previous.get(piece) ?? this.next++;
    this.current.set(piece, id);
    this.spans.set(at, { id, piece });
    this.piece = piece;
    return id;
  }

  /** Keeps `piece` numbered `id` (a text of the last check a claim still uses without its key being written). */
  keep(piece: string, id: number): void {
    if (!this.current.has(piece)) this.current.set(piece, id);
  }
}

export interface CheckStats {
  hits: number;
  misses: number;
  /** Figures re-checked from a kept plan (figurePlans.ts). */
  plans: number;
  /** Claims whose words were taken over from the last check's (alignment/claimReuse.ts). */
  carried: number;
}

/**
 * The results of an article's last check in a form that outlives the process (plain JSON): keys as
 * strings, and the texts the keys number. Valid only against a corpus equal to the one it was made
 * with (the caller keys it by the corpus); `portable` says for which options, label and role.
 */
export interface PortableChecks {
  portable: string;
  /** The article's story words when checked (alignment/story.ts, storyStamp): which sources were its story. */
  story?: string;
  /** The story gate's verdicts when checked: each source a look-up met, whether it was the same story, its story words. */
  verdicts?: Verdict[];
  texts: [string, number][];
  results: { key: string; offset: number; findings: Finding[]; claims: ClaimView[]; reads: ArticleRead[] }[];
}

export class IncrementalChecker extends PathMemos<ArticleMemo, CheckStats> {

  /**
   * The review of `article` against `corpus`, as checkArticle gives it. `generation` must change
   * whenever the corpus does (a source added, changed or removed): every remembered result is then
   * dropped.
   */
  check(corpus: Corpus, article: ArticleAnalysis, options: CheckOptions, generation: number): DocumentReview {
    const portable = portableStamp(article, options);
    const stamp = `${generation}|${portable}`;
    let memo = this.memos.get(article.path);
    const gate = storyGate(corpus, article);
    const story = gate.epoch;
    const words = storyStamp(article);
    // Results made for other story words (a name typed, a stored copy made before it) hold only while
    // every source their look-ups met keeps its verdict; unknown verdicts never hold.
    const otherStory = memo !== undefined && memo.words !== words && (memo.verdicts === undefined || !sameVerdicts(article, [...memo.verdicts.values()]));
    if (!memo || memo.stamp !== stamp || (memo.story !== undefined && memo.story !== story) || otherStory) {
      memo = freshMemo(stamp, portable, words);
      this.memos.set(article.path, memo);
    }
    memo.words = words;
    memo.gate = gate;
    memo.story = story;
    memo.previous = memo.current;
    memo.current = new KeyTable();
    memo.texts.begin();
    memo.plans.begin();
    memo.stats = { hits: 0, misses: 0, plans: 0, carried: 0 };
    const keys = new KeyWriter(article, memo.texts);
    const last = memo.last;
    const edit = last ? editOf(article, last.article) : undefined;
    memo.carrier.edited(edit);
    const self = claimsOf(corpus, article, memo.carrier);
    const findings: Finding[] = [];
    const claims: ClaimView[] = [];
    const ids = new Map<string, number>();
    // A claim with the same key as a claim of the last check, where the edit left it, gets that
    // claim's result without its key being written (sameKey.ts).
    const same = edit ? new SameKey(edit) : undefined;
    // Plans are kept from edits on (after a check, or stored results): a first check re-checks every claim and would keep them all.
    const plans = last || !memo.previous.empty ? memo.plans : undefined;
    const checked = new Map<string, Checked[]>();
    for (const [kind, run] of CLAIM_CHECKS) {
      const refs = self[kind] as ReadonlyArray<ClaimRef>;
      const before = last?.claims.get(kind) ?? [];
      // Claims after the edit are as many places from the end as they were.
      const fromEnd = before.length - refs.length;
      const now: Checked[] = [];
      checked.set(kind, now);
      for (let i = 0; i < refs.length; i++) {
        const ref = refs[i];
        let result: ClaimResult | undefined;
        if (same) {
          const there = before[i];
          const after = fromEnd !== 0 ? before[i + fromEnd] : undefined;
          if (there && same.claim(kind, ref, there.ref)) result = there.result;
          else if (after && same.claim(kind, ref, after.ref)) result = after.result;
          if (result && !result.texts) result = undefined; // seeded, texts unknown: write its key below
          if (result && !answersAlike(article, result)) result = undefined;
          if (result?.texts) {
            // Its key's texts keep their numbers for the next check, as writing the key would have kept them.
            memo.texts.keep(result.texts[0], result.texts[1]);
            memo.texts.keep(result.texts[2], result.texts[3]);
          }
        }
        if (!result) {
          const key = keys.claim(kind, ref);
          const hash = key.hash();
          result = memo.current.get(hash, key) ?? memo.previous.get(hash, key);
          if (result && !answersAlike(article, result)) result = undefined;
          if (!result) {
            memo.stats.misses++;
            const check = new Check(corpus, { ...self, figures: [], times: [], quotes: [], statements: [], [kind]: [ref] }, options, plans, self);
            run(check);
            ownDraftStrings(check.findings, check.claims);
            result = { key: key.copy(), hash, offset: offsetOf(ref), findings: check.findings, claims: check.claims, reads: check.reads, texts: keys.numbered, bases: null };
          } else {
            memo.stats.hits++;
            // A seeded result learns its texts from the key that found it (equal keys number equal texts).
            if (!result.texts) result.texts = keys.numbered;
          }
        } else memo.stats.hits++;
        now.push({ ref, result });
        memo.current.set(result);
        const shift = offsetOf(ref) - result.offset;
        const found = result.findings;
        if (found.length > 0) {
          const bases = result.bases ?? (result.bases = found.map((f) => findingId(f.kind, article.label, f.text)));
          for (let k = 0; k < found.length; k++) {
            const f = found[k];
            // Ids number repeated findings in the order the checks make them, across claims.
            const base = bases[k];
            const n = ids.get(base) ?? 0;
            ids.set(base, n + 1);
            const id = n === 0 ? base : `${base}-${n + 1}`;
            // Where it stood, with the id it has: the result's own finding (nothing that reads a review
            // changes its findings or claim views; they are copied where changed: suppression's levels).
            findings.push(shift === 0 && f.id === id ? f : { ...(shift === 0 ? f : movedFinding(f, shift)), id });
          }
        }
        for (const c of result.claims) claims.push(shift === 0 ? c : { ...c, span: movedSpan(c.span, shift) });
      }
    }
    if (!last) {
      // The next check compares every claim with this one's: compared once now (each with itself),
      // that code is compiled before the first keystroke instead of during it.
      const warm = new SameKey(editOf(article, article));
      for (const [kind, list] of checked) for (const c of list) warm.claim(kind, c.ref, c.ref);
    }
    memo.last = { article, claims: checked };

    memo.stats.plans = memo.plans.reused;
    memo.stats.carried = memo.carrier.carried;
    return assembleReview(article, findings, claims);
  }

  /**
   * The results of the last check of `article`, if it was made with `options` against corpus
   * `generation` (so they describe the corpus as it is now), as plain JSON-safe data.
   */
  exportChecks(article: ArticleAnalysis, options: CheckOptions, generation: number): PortableChecks | undefined {
    const memo = this.memos.get(article.path);
    const portable = portableStamp(article, options);
    if (!memo || memo.stamp !== `${generation}|${portable}`) return undefined;
    const results: PortableChecks['results'] = [];
    for (const r of memo.current.results()) results.push({ key: unitsToString(r.key), offset: r.offset, findings: r.findings, claims: r.claims, reads: r.reads });
    return { portable, story: memo.words, ...verdictsOf(memo), texts: memo.texts.numbered(), results };
  }

  /**
   * Starts the memory of `article` from a stored copy of results made against a corpus equal to
   * `generation`'s (the caller's promise: it keys the copy by the corpus), so the next check
   * re-checks only the claims whose key is not in it. A copy for other options, label or role, or
   * of the wrong shape, is ignored (false).
   */
  seedChecks(article: ArticleAnalysis, options: CheckOptions, generation: number, stored: unknown): boolean {
    const portable = portableStamp(article, options);
    if (!isPortableChecks(stored) || stored.portable !== portable) return false;
    const memo = freshMemo(`${generation}|${portable}`, portable, stored.story ?? '');
    memo.texts = TextIds.seeded(stored.texts);
    // Made for other story words (a name typed or removed since): the first check asks the verdicts it
    // gave again (which sources were the draft's story), and drops the results if any flips or none were kept.
    memo.verdicts = stored.verdicts ? new Map(stored.verdicts.map((v) => [v[0], v])) : undefined;
    if (stored.story === undefined) memo.words = '\0'; // made before story words: never the draft's now
    for (const r of stored.results) {
      const key = stringToUnits(r.key);
      memo.current.set({ key, hash: unitsHash(key), offset: r.offset, findings: r.findings, claims: r.claims, reads: r.reads, texts: null, bases: null });
    }
    this.memos.set(article.path, memo);
    return true;
  }
}

/**
 * A result is kept while its claim is unchanged, over many keystrokes: the words it quotes of the
 * article (a claim's and a finding's text, a message that quotes it, an attribution's words, a
 * value read from the text) are made strings of their own, where a slice of 13 code units or more
 * would keep the whole text of the keystroke that cut it (ownCopy.ts).
 */
function ownDraftStrings(findings: Finding[], claims: ClaimView[]): void {
  for (const f of findings) {
    f.text = ownCopy(f.text);
    f.message = ownCopy(f.message);
    if (f.attribution) f.attribution.text = ownCopy(f.attribution.text);
  }
  for (const c of claims) {
    c.text = ownCopy(c.text);
    c.value = ownCopy(c.value);
  }
}

/** Whether the article answers every question the result's check asked of it beyond the claim's key as it did then. */
function answersAlike(article: ArticleAnalysis, result: ClaimResult): boolean {
  for (const r of result.reads) if (!stillStates(article, r)) return false;
  return true;
}

/**
 * The verdicts the results rest on, for a stored copy: the stored copy's and the gate's. None when not
 * all are known: a copy stored without them, or a gate on part of the corpus that left other stories
 * out (it met none of those sources, so it cannot tell which a name typed later would let in).
 */
function verdictsOf(memo: ArticleMemo): { verdicts?: Verdict[] } {
  if (!memo.verdicts || (memo.gate && !memo.gate.whole)) return {};
  const all = new Map(memo.verdicts);
  if (memo.gate) for (const v of memo.gate.met()) all.set(v[0], v);
  return { verdicts: [...all.values()] };
}

function freshMemo(stamp: string, portable: string, words: string): ArticleMemo {
  return {
    stamp, portable, previous: new KeyTable(), current: new KeyTable(), texts: new TextIds(), stats: { hits: 0, misses: 0, plans: 0, carried: 0 },
    plans: new FigurePlans(), carrier: new ClaimCarrier(), words, verdicts: new Map(),
  };
}

/** What a check's results depend on besides the corpus and the claims' keys. */
function portableStamp(article: ArticleAnalysis, options: CheckOptions): string {
  return JSON.stringify([options.figureTolerance ?? null, article.label, article.role]);
}

function unitsToString(u: Uint16Array): string {
  let s = '';
  for (let i = 0; i < u.length; i += 4096) s += String.fromCharCode(...u.subarray(i, i + 4096));
  return s;
}

function stringToUnits(s: string): Uint16Array {
  const u = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}

/** As KeyBuffer.hash. */
function unitsHash(u: Uint16Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < u.length; i++) h = Math.imul(h ^ u[i], 0x01000193);
  return h >>> 0;
}

const isSpan = (s: unknown): boolean =>
  typeof s === 'object' && s !== null && Number.isInteger((s as Span).start) && Number.isInteger((s as Span).end);

/** The shape a stored copy must have to be used (a damaged one is ignored, never half used). */
function isPortableChecks(x: unknown): x is PortableChecks {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as Partial<PortableChecks>;
  if (typeof p.portable !== 'string' || !Array.isArray(p.texts) || !Array.isArray(p.results)) return false;
  if (p.story !== undefined && typeof p.story !== 'string') return false;
  if (p.verdicts !== undefined && (!Array.isArray(p.verdicts) || !(p.verdicts as unknown[]).every((v) => Array.isArray(v) && v.length === 3 && typeof v[0] === 'string' && typeof v[1] === 'boolean' && typeof v[2] === 'string'))) return false;
  for (const t of p.texts as unknown[]) if (!Array.isArray(t) || t.length !== 2 || typeof t[0] !== 'string' || !Number.isInteger(t[1]) || (t[1] as number) < 0) return false;
  for (const r of p.results as unknown[]) {
    if (typeof r !== 'object' || r === null) return false;
    const { key, offset, findings, claims, reads } = r as Partial<PortableChecks['results'][number]>;
    if (typeof key !== 'string' || !Number.isInteger(offset) || !Array.isArray(findings) || !Array.isArray(claims) || !Array.isArray(reads)) return false;
    for (const a of reads as unknown[]) {
      if (typeof a !== 'object' || a === null) return false;
      const { cls, value, answer } = a as Partial<ArticleRead>;
      if (typeof cls !== 'string' || typeof value !== 'number' || typeof answer !== 'boolean') return false;
    }
    for (const f of findings as unknown[]) {
      if (typeof f !== 'object' || f === null) return false;
      const g = f as Partial<Finding>;
      if (typeof g.kind !== 'string' || typeof g.message !== 'string' || typeof g.text !== 'string' || !isSpan(g.span) || !Array.isArray(g.against)) return false;
      if (g.attribution !== undefined && (typeof g.attribution !== 'object' || g.attribution === null || !isSpan(g.attribution.span))) return false;
    }
    for (const c of claims as unknown[]) {
      if (typeof c !== 'object' || c === null || !isSpan((c as Partial<ClaimView>).span) || !Array.isArray((c as Partial<ClaimView>).comparisons)) return false;
    }
  }
  return true;
}

/**
 * The keys the check writes for an article's claims, one list per check, as strings (for tests).
 * Texts are numbered as in one memo: call it for an article, then for the article after an edit.
 */
export class ClaimKeys {
  private readonly texts = new TextIds();

  of(corpus: Corpus, article: ArticleAnalysis): Map<string, string[]> {
    this.texts.begin();
    const writer = new KeyWriter(article, this.texts);
    const self = claimsOf(corpus, article);
    const out = new Map<string, string[]>();
    for (const [kind] of CLAIM_CHECKS) {
      out.set(kind, (self[kind] as ReadonlyArray<ClaimRef>).map((ref) => {
        const units = writer.claim(kind, ref).copy();
        let key = '';
        for (let i = 0; i < units.length; i += 4096) key += String.fromCharCode(...units.subarray(i, i + 4096));
        return key;
      }));
    }
    return out;
  }
}

function movedSpan(s: Span, shift: number): Span {
  return { start: s.start + shift, end: s.end + shift };
}

function movedFinding(f: Finding, shift: number): Finding {
  return {
    ...f, span: movedSpan(f.span, shift),
    ...(f.attribution ? { attribution: { ...f.attribution, span: movedSpan(f.attribution.span, shift) } } : {}),
  };
}

/**
 * Everything the check of one claim reads, as a string: the claim's alignment data (its article
 * and index left out) with offsets, sentence and paragraph indexes relative to the claim; the
 * article's text over every offset the claim holds, over a figure's or time's sentence and from a
 * quotation's paragraph start, by number; for quotations and statements also the article's people
 * (names, and mentions within that text). A figure met again inside a time (the figures beside it) is written once and reused.
 */
class KeyWriter {
  /** Figures already written (relative to themselves), with the stretch of text they hold. */
  private readonly figures = new Map<object, { written: Uint16Array; span: Span }>();
  /** Every key is written into this one buffer and read out as one string. */
  private readonly out = new KeyBuffer();
  /** The texts the last key numbered, with their numbers. */
  numbered: TextPieces = ['', 0, '', 0];

  constructor(private readonly article: ArticleAnalysis, private readonly texts: TextIds) {}

  /** Writes the key of one claim into the writer's buffer (valid until the next claim) and returns that buffer. */
  claim(kind: string, ref: ClaimRef): KeyBuffer {
    const { text } = this.article;
    const sentenceIndex = sentenceOf(ref);
    const sentence = sentenceIndex === undefined ? undefined : text.sentences[sentenceIndex];
    const base = this.baseOf(ref);
    const extent = { start: base.offset, end: base.offset };
    const out = this.out;
    out.length = 0;
    out.text(kind);
    out.text('\u0001');
    this.write(ref, base, extent, out);
    const speech = kind === 'quotes' || kind === 'statements';
    if (sentence && !speech) {
      // A figure's or time's sentence: the words around it.
      widen(extent, sentence.span);
      out.text('|s');
      out.number(sentence.span.start - base.offset);
      out.text(',');
      out.number(sentence.span.end - base.offset);
    }
    if (kind === 'quotes' && sentence) {
      // Who is named before a quotation in its paragraph, or last in the paragraph before, and the
      // words just past it say who "he" is (surelyCredited, credit.ts).
      const stretch = creditStretch(text, sentenceIndex as number, (ref as QuoteClaim).quote.span);
      if (stretch) {
        const from = stretch.previous?.start ?? stretch.paragraph.start;
        widen(extent, { start: from, end: base.offset });
        widen(extent, { start: base.offset, end: stretch.end });
        out.text('|p');
        out.number(stretch.paragraph.start - base.offset);
        out.text(',');
        out.number(from - base.offset);
        out.text(',');
        out.number(stretch.end - base.offset);
      }
    }
    out.text('|x');
    out.number(extent.start - base.offset);
    out.text(',');
    out.number(extent.end - base.offset);
    out.text(',');
    const original = this.texts.of(text.original, 'o', extent.start, extent.end);
    const originalPiece = this.texts.piece;
    out.number(original);
    out.text(',');
    const plain = this.texts.of(text.plain, 't', extent.start, extent.end);
    out.number(plain);
    this.numbered = [originalPiece, original, this.texts.piece, plain];
    // What the figure check reads of the article outside the claim and its sentence (the numbers it
    // states in the figure's class, ...): findings/figures.ts, articleReads.
    if (kind === 'figures' && 'cls' in ref) {
      out.text('|a');
      out.str(articleReads(ref));
    }
    // What the checks read into the other claims of the sentence beyond its words (fellows.ts).
    if (kind === 'figures' && 'cls' in ref) {
      out.text('|f');
      out.str(sentenceFellows(ref));
    } else if (kind === 'times' && 'time' in ref) {
      out.text('|f');
      out.str(sentenceFellows(ref));
    }
    if (kind === 'statements' && 'venue' in ref) {
      // Whether the article names the venue as its own outlet, read from its top (findings/statements.ts).
      out.text('|o');
      out.text(interviewMark(ref));
    }
    if (speech) {
      // Who is who: speakers resolve against the article's people, pronouns against their mentions.
      for (const p of this.article.people) {
        out.text('|n');
        out.str(p.key);
        out.str(p.name);
        // "said the finance minister" is sure only when one person holds the role (soleHolder, quotes.ts).
        for (const r of p.roles) out.str(r);
        for (const m of p.mentions) {
          if (m.end > extent.start && m.start < extent.end) {
            out.number(m.start - base.offset);
            out.text(',');
            out.number(m.end - base.offset);
            out.text(';');
          }
        }
      }
    }
    return out;
  }

  /** Writes a value to `out`, positions relative to `base`; the offsets it holds widen `extent`. */
  private write(value: unknown, base: Base, extent: Span, out: KeyBuffer): void {
    if (value === null) { out.text('n'); return; }
    switch (typeof value) {
      case 'undefined': out.text('u'); return;
      case 'number': if (Object.is(value, -0)) out.text('-0'); else out.number(value); return;
      case 'string': out.str(value); return;
      case 'boolean': out.text(value ? 'T' : 'F'); return;
      case 'object': break;
      default: out.text(String(value)); return;
    }
    if (Array.isArray(value)) {
      out.text('[');
      for (const v of value) { this.write(v, base, extent, out); out.text(','); }
      out.text(']');
      return;
    }
    if (value instanceof Set || value instanceof WordSet) {
      // In iteration order: similarity sums weights in that order.
      out.text('{');
      for (const v of value) { this.write(v, base, extent, out); out.text(','); }
      out.text('}');
      return;
    }
    const record = value as Record<string, unknown>;
    if ('figure' in record && 'cls' in record) {
      const ref = record as unknown as ClaimRef;
      if (offsetOf(ref) !== base.offset) { this.nested(ref, base, extent, out); return; }
    }
    out.text('(');
    for (const k in record) {
      if (skipped(k)) continue;
      const v = record[k];
      out.text(k);
      out.text(':');
      if (typeof v === 'number' && (k === 'start' || k === 'end' || k === 'after')) {
        if (v < extent.start) extent.start = v;
        if (v > extent.end) extent.end = v;
        out.number(v - base.offset);
      } else if (typeof v === 'number' && k === 'sentence') out.number(v - base.sentence);
      else if (typeof v === 'number' && k === 'paragraph') out.number(v - base.paragraph);
      else this.write(v, base, extent, out);
      out.text(';');
    }
    out.text(')');
  }

  /** A figure inside another claim: its own writing (relative to itself), placed relative to the claim. */
  private nested(ref: ClaimRef, base: Base, extent: Span, out: KeyBuffer): void {
    const own = this.baseOf(ref);
    let done = this.figures.get(ref);
    if (!done) {
      // Written at the end of the buffer, read out and taken off again: it is kept for reuse.
      const mark = out.length;
      const span = { start: own.offset, end: own.offset };
      this.write(ref, own, span, out);
      done = { written: out.copy(mark), span };
      out.length = mark;
      this.figures.set(ref, done);
    }
    widen(extent, done.span);
    out.text('F');
    out.number(own.offset - base.offset);
    out.text(',');
    out.number(own.sentence - base.sentence);
    out.text(',');
    out.number(own.paragraph - base.paragraph);
    out.units(done.written);
  }

  private baseOf(ref: ClaimRef): Base {
    return baseOf(this.article, ref);
  }
}

/**
 * A key's UTF-16 code units, written into one growing array. A key is hundreds of small pieces;
 * pushing them as strings and joining them allocated about 1.7 MB a keystroke in a 2,000-word
 * draft, most of it kept until the next keystroke. Here a key is looked up without becoming a
 * string at all (KeyTable), and copied only when a claim is checked again. The units are exactly
 * those of the joined pieces before (numbers as String() writes them), so keys mean what they did.
 */
class KeyBuffer {
  private data = new Uint16Array(4096);
  /** Code units written; set it back to take written ones off. */
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.data.length) return;
    const next = new Uint16Array(Math.max(this.data.length * 2, this.length + n));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  text(s: string): void {
    const n = s.length;
    this.room(n);
    const u = this.data;
    let at = this.length;
    for (let i = 0; i < n; i++) u[at++] = s.charCodeAt(i);
    this.length = at;
  }

  /** A string, length first: no separator can be mistaken for part of it. */
  str(s: string): void {
    this.number(s.length);
    this.text('"');
    this.text(s);
  }

  /** As String(v) writes it: small integers digit by digit, anything else through String(). */
  number(v: number): void {
    if (!Number.isInteger(v) || v > 0x7fffffff || v < -0x7fffffff || Object.is(v, -0)) {
      this.text(String(v)); // String(-0) is "0", as before
      return;
    }
    this.room(11);
    const u = this.data;
    if (v < 0) {
      u[this.length++] = 45; // '-'
      v = -v;
    }
    let digits = 1;
    for (let x = v; x >= 10; x = Math.floor(x / 10)) digits++;
    let at = this.length + digits;
    this.length = at;
    do {
      u[--at] = 48 + (v % 10);
      v = Math.floor(v / 10);
    } while (v > 0);
  }

  /** A copy of the code units from `from` on. */
  copy(from = 0): Uint16Array {
    return this.data.slice(from, this.length);
  }

  /** Appends code units. */
  units(u: Uint16Array): void {
    this.room(u.length);
    this.data.set(u, this.length);
    this.length += u.length;
  }

  /** FNV-1a over the code units: finds the bucket; equality is always checked unit by unit. */
  hash(): number {
    const u = this.data;
    let h = 0x811c9dc5;
    for (let i = 0; i < this.length; i++) h = Math.imul(h ^ u[i], 0x01000193);
    return h >>> 0;
  }

  /** Whether `key` holds exactly the code units written. */
  equals(key: Uint16Array): boolean {
    if (key.length !== this.length) return false;
    const u = this.data;
    for (let i = 0; i < key.length; i++) if (key[i] !== u[i]) return false;
    return true;
  }
}

/**
 * Claim results by key: buckets by the key's hash, and in a bucket the results whose keys are
 * compared unit by unit, so two keys are the same only when every unit is. A bucket of one result
 * (nearly every bucket) is the result itself, not an array: a table is made at every keystroke.
 */
class KeyTable {
  private readonly buckets = new Map<number, ClaimResult | ClaimResult[]>();

  get empty(): boolean {
    return this.buckets.size === 0;
  }

  *results(): IterableIterator<ClaimResult> {
    for (const bucket of this.buckets.values()) {
      if (Array.isArray(bucket)) yield* bucket;
      else yield bucket;
    }
  }

  get(hash: number, key: KeyBuffer): ClaimResult | undefined {
    const bucket = this.buckets.get(hash);
    if (bucket === undefined) return undefined;
    if (!Array.isArray(bucket)) return key.equals(bucket.key) ? bucket : undefined;
    for (const r of bucket) if (key.equals(r.key)) return r;
    return undefined;
  }

  /** Keeps `result` under its key, in place of a result with an equal key. */
  set(result: ClaimResult): void {
    const bucket = this.buckets.get(result.hash);
    if (bucket === undefined) {
      this.buckets.set(result.hash, result);
      return;
    }
    if (!Array.isArray(bucket)) {
      if (bucket === result || sameUnits(bucket.key, result.key)) this.buckets.set(result.hash, result);
      else this.buckets.set(result.hash, [bucket, result]);
      return;
    }
    const at = bucket.findIndex((r) => r === result || sameUnits(r.key, result.key));
    if (at >= 0) bucket[at] = result; else bucket.push(result);
  }
}

function sameUnits(a: Uint16Array, b: Uint16Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function widen(extent: Span, s: Span): void {
  if (s.start < extent.start) extent.start = s.start;
  if (s.end > extent.end) extent.end = s.end;
}
