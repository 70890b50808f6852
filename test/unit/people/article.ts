// Builds an ArticleText from sentences we choose, so these tests do not depend on the sentence splitter.
import type { ArticleText, Sentence, Span } from '../../../server/src/analysis/types';

export interface Para {
  sentences: string[];
  heading?: boolean;
}

/** Paragraphs (arrays of sentences, or a Para) joined with blank lines; sentences with one space. */
export function article(...paragraphs: Array<string[] | Para>): ArticleText {
  let original = '';
  const spans: Span[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((raw, i) => {
    const p: Para = Array.isArray(raw) ? { sentences: raw } : raw;
    if (i > 0) original += '\n\n';
    const start = original.length;
    p.sentences.forEach((s, k) => {
      if (k > 0) original += ' ';
      sentences.push({ span: { start: original.length, end: original.length + s.length }, paragraph: i, isHeading: !!p.heading });
      original += s;
    });
    spans.push({ start, end: original.length });
  });
  return { original, plain: original, paragraphs: spans, sentences, frontMatter: {} };
}
