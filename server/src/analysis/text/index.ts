// Text stage: original text → blanked plain text (same length), paragraphs, front matter.
import type { ArticleText, Span } from '../types';
import { splitSentences } from '../sentences';
import { findFrontMatter } from './frontmatter';
import { lineSpans } from './lines';
import { Blanker, blankMarkdown } from './markdown';
import { findParagraphs as findParagraphSpans, type ParagraphOptions } from './paragraphs';
import { mapped } from '../mapped';

export { LineIndex, type LinePosition } from './lines';
export type { ParagraphOptions } from './paragraphs';

/** True for paths the engine reads as markdown. */
export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}

/**
 * Prepares an article for extraction. `plain` has exactly the length of `original`: a leading BOM
 * and front matter become spaces in every file; markdown markup is blanked for .md/.markdown paths.
 */
export function prepareText(original: string, path = ''): ArticleText {
  const markdown = isMarkdownPath(path);
  const buf = new Blanker(original);
  if (original.charCodeAt(0) === 0xfeff) buf.blank(0, 1);
  const front = findFrontMatter(original, !markdown);
  if (front) buf.blank(front.span.start, front.span.end);
  const options: ParagraphOptions = { markdown };
  let tableRowLines: ReadonlySet<number> | undefined;
  // Blanking never touches a line break, so the original's lines are the plain text's: read once.
  const lines = lineSpans(original);
  if (markdown) {
    const layout = blankMarkdown(buf, lines);
    options.headingLines = layout.headingLines;
    options.blockStartLines = layout.blockStartLines;
    tableRowLines = layout.tableRowLines;
  }
  blankMarkers(original, buf);
  const plain = buf.toString();
  const paragraphs = findParagraphSpans(plain, options, lines);
  const headings = paragraphsStartingOn(lines, paragraphs, options.headingLines);
  const listItems = markdown ? paragraphsStartingOn(lines, paragraphs, options.blockStartLines) : bulletParagraphs(plain, paragraphs);
  const tableRows = paragraphsStartingOn(lines, paragraphs, tableRowLines);
  return {
    original,
    plain,
    paragraphs,
    sentences: splitSentences(plain, paragraphs, { headings, listItems, tableRows }),
    frontMatter: front ? front.fields : {},
  };
}

/** An editor's markers and Source Review's own directives: "[source needed]", "[source-review: ignore-next-line]". */
const MARKER = /\[(?:source needed|citation needed|source-review:[^\]\n]{0,200})\]|<!--[ \t]*source-review[^\n]{0,200}?-->/gi;

/** Blanks markers so they neither read as words nor turn a short paragraph into a headline. */
function blankMarkers(original: string, buf: Blanker): void {
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(original); m; m = MARKER.exec(original)) buf.blank(m.index, m.index + m[0].length);
}

/** Paragraph spans over already-blanked text. Plain-text rules unless `options.markdown`. */
export function findParagraphs(plain: string, options: ParagraphOptions = {}): Span[] {
  return findParagraphSpans(plain, options);
}

/**
 * Plain text: a line set as a bullet ("- 23 crew are missing", "• 40 homes flooded") is a list item
 * with facts, not a headline, though it has no final stop.
 */
function bulletParagraphs(plain: string, paragraphs: Span[]): boolean[] {
  return mapped(paragraphs, (p) => /^[-*•–] +\S/.test(plain.slice(p.start, p.start + 3)));
}

/** Which paragraphs start on one of `marked` lines (markdown headings, list items); `lines` are the text's. */
function paragraphsStartingOn(lines: readonly Span[], paragraphs: Span[], marked?: ReadonlySet<number>): boolean[] {
  if (!marked || marked.size === 0) return mapped(paragraphs, () => false);
  const out: boolean[] = [];
  let line = 0;
  for (const p of paragraphs) {
    while (line + 1 < lines.length && lines[line + 1].start <= p.start) line++;
    out.push(marked.has(line));
  }
  return out;
}
