// Inline ignore comments an editor writes into an article. They are read from the live text on every
// check, so they move with the line they sit above and survive any edit:
//
//   <!-- source-review-ignore-next-line -->                      (Markdown; hidden when rendered)
//   [source-review: ignore-next-line]                             (plain text)
//   <!-- source-review-ignore-next-line figure-conflict -- checked with the fire service -->
//
// Either form works in either kind of file. Kinds after the keyword limit the comment to those
// kinds; anything after " -- " is the editor's reason. A comment ends at the end of its line (the
// Markdown form may close a few lines further down); it covers findings that start on the line
// after it closes.
import type { FindingKind } from '../analysis/types';
import { isFindingKind } from './levels';
import { lineStarts, lineText } from './lines';

export interface IgnoreDirective {
  /** 0-based line of the comment (where it closes). */
  line: number;
  /** The kinds it names; null when it names none (it covers every kind). */
  kinds: FindingKind[] | null;
  /** Words after the keyword that are not finding kinds (typos worth a warning). */
  unknown: string[];
}

export const HTML_KEYWORD = 'source-review-ignore-next-line';
export const BRACKET_KEYWORD = 'source-review: ignore-next-line';
/** "[source-review: ignore-next-line", spaces optional around the colon. */
const BRACKET_FORM = /\[\s?source-review\s?:\s?ignore-next-line\b/;
/** Lines the Markdown form may take to reach its closing "-->". */
const MAX_COMMENT_LINES = 5;

/** The comment line a quick fix inserts, for Markdown or plain text. */
export function directiveText(markdown: boolean, kinds: readonly FindingKind[] = []): string {
  const names = kinds.length > 0 ? ` ${kinds.join(' ')}` : '';
  return markdown ? `<!-- ${HTML_KEYWORD}${names} -->` : `[${BRACKET_KEYWORD}${names}]`;
}

function parseKinds(words: string): { kinds: FindingKind[] | null; unknown: string[] } {
  // A reason follows " -- " (eslint's convention); it is not read.
  const dash = words.search(/(?:^|\s)--(?:\s|$)/);
  const list = (dash >= 0 ? words.slice(0, dash) : words).split(/[\s,]+/).filter((w) => w.length > 0);
  if (list.length === 0) return { kinds: null, unknown: [] };
  const kinds: FindingKind[] = [];
  const unknown: string[] = [];
  for (const w of list) {
    if (isFindingKind(w)) {
      if (!kinds.includes(w)) kinds.push(w);
    } else unknown.push(w);
  }
  // Words were given but none is a kind: cover nothing rather than everything.
  return { kinds, unknown };
}

/** Every ignore comment in an article's text. Linear in the text's length. */
export function findIgnoreDirectives(text: string): IgnoreDirective[] {
  if (!/source-review/i.test(text)) return [];
  const starts = lineStarts(text);
  const out: IgnoreDirective[] = [];
  for (let line = 0; line < starts.length; line++) {
    const content = lineText(text, starts, line);
    const lower = content.toLowerCase();
    const html = lower.indexOf(HTML_KEYWORD);
    if (html >= 0 && lower.lastIndexOf('<!--', html) >= 0) {
      let rest = content.slice(html + HTML_KEYWORD.length);
      let closeLine = line;
      let close = rest.indexOf('-->');
      // An unclosed comment may close on one of the next few lines.
      while (close < 0 && closeLine + 1 < starts.length && closeLine - line < MAX_COMMENT_LINES) {
        closeLine++;
        const next = lineText(text, starts, closeLine);
        const at = next.indexOf('-->');
        rest += ' ' + (at >= 0 ? next.slice(0, at) : next);
        if (at >= 0) close = rest.length;
      }
      if (close < 0) continue; // never closed: not a comment
      out.push({ line: closeLine, ...parseKinds(rest.slice(0, close)) });
      line = closeLine;
      continue;
    }
    const bracket = BRACKET_FORM.exec(lower);
    if (bracket) {
      const from = bracket.index + bracket[0].length;
      const end = content.indexOf(']', from);
      if (end < 0) continue;
      out.push({ line, ...parseKinds(content.slice(from, end)) });
    }
  }
  return out;
}

/** Looks up which comment, if any, covers a finding of `kind` starting on `line`. */
export class IgnoreComments {
  private readonly byLine = new Map<number, IgnoreDirective>();

  constructor(readonly directives: readonly IgnoreDirective[]) {
    for (const d of directives) this.byLine.set(d.line + 1, d);
  }

  static of(text: string): IgnoreComments {
    return new IgnoreComments(findIgnoreDirectives(text));
  }

  covering(line: number, kind: FindingKind): IgnoreDirective | undefined {
    const d = this.byLine.get(line);
    if (!d) return undefined;
    return d.kinds === null || d.kinds.includes(kind) ? d : undefined;
  }
}
