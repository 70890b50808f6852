// Shared helpers for the times tests: build an article with prepareText and pick claims by text.
import { strict as assert } from 'node:assert';
import { extractTimes, findDateline } from '../../../server/src/analysis/claims/times';
import { prepareText } from '../../../server/src/analysis/text';
import type { ArticleText, CalendarDate, TimeClaim } from '../../../server/src/analysis/types';

export function timesIn(body: string, dateline?: CalendarDate | null): { text: ArticleText; times: TimeClaim[] } {
  const text = prepareText(body, 'x.txt');
  const dl = dateline === undefined ? findDateline(text) : dateline;
  return { text, times: extractTimes(text, dl) };
}

/** The one claim whose text is exactly `words`; fails listing what was found otherwise. */
export function claim(times: TimeClaim[], words: string): TimeClaim {
  const hits = times.filter((t) => t.text === words);
  assert.equal(hits.length, 1, `expected one "${words}", got ${JSON.stringify(times.map((t) => t.text))}`);
  return hits[0];
}

export function texts(times: TimeClaim[]): string[] {
  return times.map((t) => t.text);
}

/** Spans are exact: the claim's text is the plain text at its span, and its sentence holds it. */
export function assertSpans(text: ArticleText, times: TimeClaim[]): void {
  for (const t of times) {
    assert.equal(text.plain.slice(t.span.start, t.span.end), t.text);
    const s = text.sentences[t.sentence];
    assert.ok(s, `sentence ${t.sentence} exists`);
    assert.ok(s.span.start <= t.span.start, `"${t.text}" starts inside its sentence`);
  }
}

export const MARCH_11_2025: CalendarDate = { year: 2025, month: 3, day: 11 };

/** An article built from sentences we choose (one paragraph each), so tests need no splitter. */
export function articleOf(parts: Array<{ text: string; heading?: boolean }>): ArticleText {
  let original = '';
  const paragraphs: ArticleText['paragraphs'] = [];
  const sentences: ArticleText['sentences'] = [];
  parts.forEach((p, i) => {
    if (i > 0) original += '\n\n';
    const span = { start: original.length, end: original.length + p.text.length };
    original += p.text;
    paragraphs.push(span);
    sentences.push({ span, paragraph: i, isHeading: !!p.heading });
  });
  return { original, plain: original, paragraphs, sentences, frontMatter: {} };
}
