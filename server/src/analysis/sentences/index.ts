// Sentences stage. PLACEHOLDER splitter: to be replaced by the real one.
import type { Sentence, Span } from '../types';

export function splitSentences(plain: string, paragraphs: Span[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    let start = p.start;
    for (let i = p.start; i < p.end; i++) {
      if ((plain[i] === '.' || plain[i] === '?' || plain[i] === '!') && (i + 1 >= p.end || plain[i + 1] === ' ')) {
        out.push({ span: { start, end: i + 1 }, paragraph, isHeading: false });
        start = i + 2;
      }
    }
    if (start < p.end) out.push({ span: { start, end: p.end }, paragraph, isHeading: false });
  });
  return out;
}
