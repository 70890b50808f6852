// Text stage: original text → blanked plain text (same length), paragraphs, front matter.
import type { ArticleText, Span } from '../types';
import { splitSentences } from '../sentences';

/** Prepares an article for extraction. Markdown markup is blanked only for .md/.markdown paths. */
export function prepareText(original: string, path = ''): ArticleText {
  const isMarkdown = /\.(md|markdown)$/i.test(path);
  const plain = isMarkdown ? original : original; // TODO(text): blank markdown markup
  const paragraphs = findParagraphs(plain);
  return { original, plain, paragraphs, sentences: splitSentences(plain, paragraphs), frontMatter: {} };
}

/** Runs of non-blank lines. */
export function findParagraphs(plain: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  for (let m = re.exec(plain); m; m = re.exec(plain)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
