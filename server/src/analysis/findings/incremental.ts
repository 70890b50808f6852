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
import type { ArticleAnalysis, ClaimView, DocumentReview, Finding, Span } from '../types';
import type { ArticleClaims, Corpus } from '../alignment/corpus';
import { WordSet } from '../alignment/wordSet';
import { Check, type CheckOptions } from './check';
import { findingId } from './ids';
import { assembleReview, claimsOf, CLAIM_CHECKS } from './index';

/** What checking one claim gave, with offsets in the article as it was then. */
interface ClaimResult {
  /** The key it is remembered by (the first string of it: an equal key made later is not kept). */
  key: string;
  /** The claim's offset when it was checked: results move with it. */
  offset: number;
  findings: Finding[];
  claims: ClaimView[];
}

interface ArticleMemo {
  /** What the results were computed against: the corpus generation, options, label and role. */
  stamp: string;
  previous: Map<string, ClaimResult>;
  current: Map<string, ClaimResult>;
  /** Stretches of the article's text by a number, so keys carry the number, not the text. */
  texts: TextIds;
  stats: { hits: number; misses: number };
}

/** Texts numbered for keys: those of the last two checks are kept, so a number always means one text. */
class TextIds {
  private previous = new Map<string, number>();
  private current = new Map<string, number>();
  private next = 0;
  /** Per check: the number of the text at [start, end) of one side of the article. */
  private spans = new Map<string, number>();

  begin(): void {
    this.previous = this.current;
    this.current = new Map();
    this.spans = new Map();
  }

  of(text: string, side: 'o' | 't', start: number, end: number): number {
    const at = `${side}${start}:${end}`;
    let id = this.spans.get(at);
    if (id !== undefined) return id;
    const piece = text.slice(start, end);
    id = this.current.get(piece) ?? this.previous.get(piece) ?? this.next++;
    this.current.set(piece, id);
    this.spans.set(at, id);
    return id;
  }
}

export interface CheckStats {
  hits: number;
  misses: number;
}

export class IncrementalChecker {
  private readonly memos = new Map<string, ArticleMemo>();

  /**
   * The review of `article` against `corpus`, as checkArticle gives it. `generation` must change
   * whenever the corpus does (a source added, changed or removed): every remembered result is then
   * dropped.
   */
  check(corpus: Corpus, article: ArticleAnalysis, options: CheckOptions, generation: number): DocumentReview {
    const stamp = JSON.stringify([generation, options.figureTolerance ?? null, article.label, article.role]);
    let memo = this.memos.get(article.path);
    if (!memo || memo.stamp !== stamp) {
      memo = { stamp, previous: new Map(), current: new Map(), texts: new TextIds(), stats: { hits: 0, misses: 0 } };
      this.memos.set(article.path, memo);
    }
    memo.previous = memo.current;
    memo.current = new Map();
    memo.texts.begin();
    memo.stats = { hits: 0, misses: 0 };
    const keys = new KeyWriter(article, memo.texts);
    const self = claimsOf(corpus, article);
    const findings: Finding[] = [];
    const claims: ClaimView[] = [];
    const ids = new Map<string, number>();
    for (const [kind, run] of CLAIM_CHECKS) {
      for (const ref of self[kind] as ReadonlyArray<ClaimRef>) {
        const key = keys.claim(kind, ref);
        let result = memo.current.get(key) ?? memo.previous.get(key);
        if (result) memo.stats.hits++;
        else {
          memo.stats.misses++;
          const check = new Check(corpus, { ...self, figures: [], times: [], quotes: [], statements: [], [kind]: [ref] }, options);
          run(check);
          result = { key, offset: offsetOf(ref), findings: check.findings, claims: check.claims };
        }
        memo.current.set(result.key, result);
        const shift = offsetOf(ref) - result.offset;
        for (const f of result.findings) {
          const moved = shift === 0 ? f : movedFinding(f, shift);
          // Ids number repeated findings in the order the checks make them, across claims.
          const base = findingId(moved.kind, article.label, moved.text);
          const n = ids.get(base) ?? 0;
          ids.set(base, n + 1);
          findings.push({ ...moved, id: n === 0 ? base : `${base}-${n + 1}` });
        }
        for (const c of result.claims) claims.push(shift === 0 ? { ...c } : { ...c, span: movedSpan(c.span, shift) });
      }
    }
    return assembleReview(article, findings, claims);
  }

  /** Claims answered from memory and claims checked in the last check of `path`. */
  stats(path: string): CheckStats | undefined {
    const s = this.memos.get(path)?.stats;
    return s ? { ...s } : undefined;
  }

  /** Drops what is remembered of `path` (closed, deleted, left the review set). */
  forget(path: string): void {
    this.memos.delete(path);
  }

  clear(): void {
    this.memos.clear();
  }
}

type ClaimRef = ArticleClaims['figures'][number] | ArticleClaims['times'][number] | ArticleClaims['quotes'][number] | ArticleClaims['statements'][number];

function movedSpan(s: Span, shift: number): Span {
  return { start: s.start + shift, end: s.end + shift };
}

function movedFinding(f: Finding, shift: number): Finding {
  return {
    ...f, span: movedSpan(f.span, shift),
    ...(f.attribution ? { attribution: { ...f.attribution, span: movedSpan(f.attribution.span, shift) } } : {}),
  };
}

/** Where a claim sits: results are remembered relative to it. */
function offsetOf(ref: ClaimRef): number {
  if ('figure' in ref) return ref.figure.span.start;
  if ('time' in ref) return ref.time.span.start;
  if ('venue' in ref) return ref.span.start;
  return ref.quote.span.start;
}

function sentenceOf(ref: ClaimRef): number | undefined {
  if ('figure' in ref) return ref.figure.sentence;
  if ('time' in ref) return ref.time.sentence;
  if ('venue' in ref) return ref.quote?.quote.sentence;
  return ref.quote.sentence;
}

interface Base {
  offset: number;
  sentence: number;
  paragraph: number;
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
  private readonly figures = new Map<object, { written: string; span: Span }>();

  constructor(private readonly article: ArticleAnalysis, private readonly texts: TextIds) {}

  claim(kind: string, ref: ClaimRef): string {
    const { text } = this.article;
    const sentenceIndex = sentenceOf(ref);
    const sentence = sentenceIndex === undefined ? undefined : text.sentences[sentenceIndex];
    const base = this.baseOf(ref);
    const extent = { start: base.offset, end: base.offset };
    // Pieces joined once at the end: a key is built from hundreds of small pieces.
    const out: string[] = [kind, '\u0001'];
    this.write(ref, base, extent, out);
    const speech = kind === 'quotes' || kind === 'statements';
    if (sentence && !speech) {
      // A figure's or time's sentence: the words around it.
      widen(extent, sentence.span);
      out.push('|s', String(sentence.span.start - base.offset), ',', String(sentence.span.end - base.offset));
    }
    if (kind === 'quotes' && sentence) {
      // Who is named before a quotation in its paragraph says who "he" is (surelyCredited).
      const paragraph = text.paragraphs[sentence.paragraph];
      if (paragraph) {
        widen(extent, { start: paragraph.start, end: base.offset });
        out.push('|p', String(paragraph.start - base.offset));
      }
    }
    out.push('|x', String(extent.start - base.offset), ',', String(extent.end - base.offset), ',',
      String(this.texts.of(text.original, 'o', extent.start, extent.end)), ',', String(this.texts.of(text.plain, 't', extent.start, extent.end)));
    if (speech) {
      // Who is who: speakers resolve against the article's people, pronouns against their mentions.
      for (const p of this.article.people) {
        out.push('|n', str(p.key), str(p.name));
        for (const m of p.mentions) if (m.end > extent.start && m.start < extent.end) out.push(String(m.start - base.offset), ',', String(m.end - base.offset), ';');
      }
    }
    return out.join('');
  }

  /** Writes a value to `out`, positions relative to `base`; the offsets it holds widen `extent`. */
  private write(value: unknown, base: Base, extent: Span, out: string[]): void {
    if (value === null) { out.push('n'); return; }
    switch (typeof value) {
      case 'undefined': out.push('u'); return;
      case 'number': out.push(Object.is(value, -0) ? '-0' : String(value)); return;
      case 'string': out.push(String(value.length), '"', value); return;
      case 'boolean': out.push(value ? 'T' : 'F'); return;
      case 'object': break;
      default: out.push(String(value)); return;
    }
    if (Array.isArray(value)) {
      out.push('[');
      for (const v of value) { this.write(v, base, extent, out); out.push(','); }
      out.push(']');
      return;
    }
    if (value instanceof Set || value instanceof WordSet) {
      // In iteration order: similarity sums weights in that order.
      out.push('{');
      for (const v of value) { this.write(v, base, extent, out); out.push(','); }
      out.push('}');
      return;
    }
    const record = value as Record<string, unknown>;
    if ('figure' in record && 'cls' in record) {
      const ref = record as unknown as ClaimRef;
      if (offsetOf(ref) !== base.offset) { this.nested(ref, base, extent, out); return; }
    }
    out.push('(');
    for (const k in record) {
      if (SKIP.has(k)) continue;
      const v = record[k];
      out.push(k, ':');
      if (typeof v === 'number' && (k === 'start' || k === 'end' || k === 'after')) {
        if (v < extent.start) extent.start = v;
        if (v > extent.end) extent.end = v;
        out.push(String(v - base.offset));
      } else if (typeof v === 'number' && k === 'sentence') out.push(String(v - base.sentence));
      else if (typeof v === 'number' && k === 'paragraph') out.push(String(v - base.paragraph));
      else this.write(v, base, extent, out);
      out.push(';');
    }
    out.push(')');
  }

  /** A figure inside another claim: its own writing (relative to itself), placed relative to the claim. */
  private nested(ref: ClaimRef, base: Base, extent: Span, out: string[]): void {
    const own = this.baseOf(ref);
    let done = this.figures.get(ref);
    if (!done) {
      const span = { start: own.offset, end: own.offset };
      const parts: string[] = [];
      this.write(ref, own, span, parts);
      done = { written: parts.join(''), span };
      this.figures.set(ref, done);
    }
    widen(extent, done.span);
    out.push('F', String(own.offset - base.offset), ',', String(own.sentence - base.sentence), ',', String(own.paragraph - base.paragraph), done.written);
  }

  private baseOf(ref: ClaimRef): Base {
    const sentence = sentenceOf(ref);
    return { offset: offsetOf(ref), sentence: sentence ?? 0, paragraph: (sentence === undefined ? undefined : this.article.text.sentences[sentence]?.paragraph) ?? 0 };
  }
}

/** A string, length first: no separator can be mistaken for part of it. */
function str(s: string): string {
  return s.length + '"' + s;
}

function widen(extent: Span, s: Span): void {
  if (s.start < extent.start) extent.start = s.start;
  if (s.end > extent.end) extent.end = s.end;
}

const SKIP = new Set(['article', 'index']);
