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
  /** Every key is written into this one buffer and read out as one string. */
  private readonly out = new KeyBuffer();

  constructor(private readonly article: ArticleAnalysis, private readonly texts: TextIds) {}

  claim(kind: string, ref: ClaimRef): string {
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
      // Who is named before a quotation in its paragraph says who "he" is (surelyCredited).
      const paragraph = text.paragraphs[sentence.paragraph];
      if (paragraph) {
        widen(extent, { start: paragraph.start, end: base.offset });
        out.text('|p');
        out.number(paragraph.start - base.offset);
      }
    }
    out.text('|x');
    out.number(extent.start - base.offset);
    out.text(',');
    out.number(extent.end - base.offset);
    out.text(',');
    out.number(this.texts.of(text.original, 'o', extent.start, extent.end));
    out.text(',');
    out.number(this.texts.of(text.plain, 't', extent.start, extent.end));
    if (speech) {
      // Who is who: speakers resolve against the article's people, pronouns against their mentions.
      for (const p of this.article.people) {
        out.text('|n');
        out.str(p.key);
        out.str(p.name);
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
    return out.toString(0);
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
      if (SKIP.has(k)) continue;
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
      done = { written: out.toString(mark), span };
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
    out.text(done.written);
  }

  private baseOf(ref: ClaimRef): Base {
    const sentence = sentenceOf(ref);
    return { offset: offsetOf(ref), sentence: sentence ?? 0, paragraph: (sentence === undefined ? undefined : this.article.text.sentences[sentence]?.paragraph) ?? 0 };
  }
}

/**
 * UTF-16 code units written into one growing array and read out as a string. A key is hundreds of
 * small pieces; pushing them as strings and joining them allocated about 1.7 MB a keystroke in a
 * 2,000-word draft, most of it kept until the next keystroke and so promoted to the old generation.
 * Written here, a key allocates only itself. The string read out equals the joined pieces exactly
 * (numbers as String() writes them), so keys are the same as before.
 */
const UTF16 = new TextDecoder('utf-16le', { fatal: true });

class KeyBuffer {
  private units = new Uint16Array(4096);
  /** Code units written; set it back to take written ones off. */
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.units.length) return;
    const next = new Uint16Array(Math.max(this.units.length * 2, this.length + n));
    next.set(this.units.subarray(0, this.length));
    this.units = next;
  }

  text(s: string): void {
    const n = s.length;
    this.room(n);
    const u = this.units;
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
    const u = this.units;
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

  /**
   * The code units from `from` on, as a string. Decoded natively: fromCharCode.apply would first
   * copy them into an argument list of 8 bytes a unit. A lone surrogate (which the strict decoder
   * refuses) goes through fromCharCode, in chunks, so every key still reads back exactly. (On a
   * big-endian host the decoder would read bytes swapped: still one string per key, one key per string.)
   */
  toString(from: number): string {
    const units = this.units.subarray(from, this.length);
    try {
      return UTF16.decode(units);
    } catch {
      let s = '';
      for (let i = 0; i < units.length; i += 8192) s += String.fromCharCode.apply(null, units.subarray(i, i + 8192) as unknown as number[]);
      return s;
    }
  }
}

function widen(extent: Span, s: Span): void {
  if (s.start < extent.start) extent.start = s.start;
  if (s.end > extent.end) extent.end = s.end;
}

const SKIP = new Set(['article', 'index']);
