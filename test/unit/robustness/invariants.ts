// What must hold for ANY input to the engine: every span lies inside its article, on UTF-16 code unit
// boundaries that do not split a surrogate pair, indexes point at things that exist, and a claim's
// words are the article's words at its span. Used by the property tests in this folder.
import { strict as assert } from 'node:assert';
import type { ArticleAnalysis, DocumentReview, Review, Span } from '../../../server/src/analysis/types';
import { FINDING_KINDS } from '../../../server/src/analysis/types';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** An offset is a boundary when it is inside [0, length] and not between the halves of a pair. */
export function onBoundary(text: string, offset: number): boolean {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return false;
  return !(offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)));
}

export function assertSpan(text: string, span: Span, what: string): void {
  assert.ok(span && typeof span === 'object', `${what}: no span`);
  assert.ok(onBoundary(text, span.start), `${what}: start ${span.start} is not a boundary of a ${text.length}-unit text`);
  assert.ok(onBoundary(text, span.end), `${what}: end ${span.end} is not a boundary of a ${text.length}-unit text`);
  assert.ok(span.start <= span.end, `${what}: start ${span.start} after end ${span.end}`);
}

const inside = (outer: Span, inner: Span) => inner.start >= outer.start && inner.end <= outer.end;

/** Checks one ArticleAnalysis against the text it was made from. */
export function assertAnalysis(a: ArticleAnalysis, input: string): void {
  const { original, plain, paragraphs, sentences } = a.text;
  assert.equal(original, input, 'text.original is not the input');
  assert.equal(plain.length, original.length, 'text.plain must keep every offset (same length as the original)');
  assert.ok(a.role === 'source' || a.role === 'draft', `role ${String(a.role)}`);
  let previous = -1;
  paragraphs.forEach((p, i) => {
    assertSpan(original, p, `paragraph ${i}`);
    assert.ok(p.start >= previous, `paragraph ${i} overlaps the one before`);
    previous = p.end;
  });
  sentences.forEach((s, i) => {
    assertSpan(original, s.span, `sentence ${i}`);
    const para = paragraphs[s.paragraph];
    assert.ok(para, `sentence ${i}: paragraph ${s.paragraph} does not exist`);
    assert.ok(inside(para, s.span), `sentence ${i} lies outside its paragraph`);
  });
  const sentenceOk = (n: number) => Number.isInteger(n) && n >= 0 && n < sentences.length;
  a.figures.forEach((f, i) => {
    assertSpan(original, f.span, `figure ${i} "${f.text}"`);
    assert.ok(sentenceOk(f.sentence), `figure ${i}: sentence ${f.sentence} does not exist`);
    assert.ok(!Number.isNaN(f.value), `figure ${i} "${f.text}": value is NaN`);
    assert.ok(!(f.interval.low > f.interval.high), `figure ${i} "${f.text}": interval [${f.interval.low}, ${f.interval.high}]`);
  });
  a.times.forEach((t, i) => {
    assertSpan(original, t.span, `time ${i} "${t.text}"`);
    assert.ok(sentenceOk(t.sentence), `time ${i}: sentence ${t.sentence} does not exist`);
  });
  a.quotes.forEach((q, i) => {
    assertSpan(original, q.span, `quote ${i}`);
    assert.equal(q.text, original.slice(q.span.start, q.span.end), `quote ${i}: text is not the words at its span`);
    assert.ok(sentenceOk(q.sentence), `quote ${i}: sentence ${q.sentence} does not exist`);
    q.pieces.forEach((p, k) => {
      assertSpan(original, p, `quote ${i} piece ${k}`);
      assert.ok(inside(q.span, p), `quote ${i} piece ${k} lies outside the quote`);
    });
    if (q.speaker) assertSpan(original, q.speaker.span, `quote ${i} speaker`);
    if (q.venue) assertSpan(original, q.venue.span, `quote ${i} venue`);
  });
  a.people.forEach((p, i) => p.mentions.forEach((m, k) => assertSpan(original, m, `person ${i} (${p.name}) mention ${k}`)));
  assert.equal(a.figureAnchors.length, a.figures.length, 'one anchor per figure');
  a.figureAnchors.forEach((t, i) => assert.ok(t === -1 || (Number.isInteger(t) && t >= 0 && t < a.times.length), `figure ${i}: anchor ${t}`));
}

/** Checks one article's review: findings and claims inside it, evidence inside the article it names. */
export function assertDocumentReview(doc: DocumentReview, byPath: ReadonlyMap<string, ArticleAnalysis>): void {
  const self = byPath.get(doc.path);
  assert.ok(self, `review of an unknown article ${doc.path}`);
  const text = self.text.original;
  const ids = new Set<string>();
  for (const f of doc.findings) {
    assert.ok(FINDING_KINDS.includes(f.kind), `finding kind ${f.kind}`);
    assert.ok(['error', 'warning', 'info', 'hint'].includes(f.severity), `severity ${f.severity}`);
    assert.equal(f.path, doc.path, 'a finding belongs to its own article');
    assertSpan(text, f.span, `${f.kind} finding`);
    assert.equal(f.text, text.slice(f.span.start, f.span.end), `${f.kind}: text is not the words at its span`);
    assert.equal(typeof f.message, 'string');
    assert.ok(!ids.has(f.id), `duplicate finding id ${f.id}`);
    ids.add(f.id);
    for (const e of f.against) {
      const other = byPath.get(e.path);
      assert.ok(other, `evidence in an unknown article ${e.path}`);
      assertSpan(other.text.original, e.span, `${f.kind} evidence in ${e.path}`);
    }
  }
  for (const c of doc.claims) {
    assertSpan(text, c.span, `${c.kind} claim view`);
    for (const cmp of c.comparisons) {
      const other = byPath.get(cmp.path);
      assert.ok(other, `comparison with an unknown article ${cmp.path}`);
      if (cmp.span) assertSpan(other.text.original, cmp.span, `comparison in ${cmp.path}`);
    }
  }
}

export function assertReview(review: Review, analyses: readonly ArticleAnalysis[]): void {
  const byPath = new Map(analyses.map((a) => [a.path, a]));
  assert.equal(review.documents.length, analyses.length, 'one review per article');
  for (const d of review.documents) assertDocumentReview(d, byPath);
  for (const s of review.speakers) {
    for (const q of s.quotes) {
      const a = byPath.get(q.path);
      assert.ok(a, `speaker quote in an unknown article ${q.path}`);
      assertSpan(a.text.original, q.span, `quote of ${s.name}`);
    }
  }
  // What the server sends over JSON-RPC must serialise.
  assert.doesNotThrow(() => JSON.stringify(review));
}
