// YAML front matter ("---" … "---" at the very start). Only flat `key: value` lines are read: the
// engine needs a handful of fields (title, date, draft, source), not a YAML parser.
import type { Span } from '../types';

export interface FrontMatter {
  /** The whole block, fences included, to blank out of the plain text. */
  span: Span;
  fields: Record<string, string>;
}

const MAX_LINES = 200;

/**
 * Finds front matter at the start of `text` (after an optional BOM). In plain-text files we ask for
 * evidence that the block really is YAML (every line is `key: value`, a list item, indented or a
 * comment), because a .txt may open with a "---" rule.
 */
export function findFrontMatter(text: string, strict: boolean): FrontMatter | null {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = readLine(text, pos);
  if (first.content.trimEnd() !== '---') return null;
  pos = first.next;
  const fields: Record<string, string> = {};
  let keys = 0;
  for (let n = 0; n < MAX_LINES && pos < text.length; n++) {
    const line = readLine(text, pos);
    const content = line.content.trimEnd();
    if (content === '---' || content === '...') {
      if (strict && keys === 0) return null;
      return { span: { start: 0, end: line.contentEnd }, fields };
    }
    const field = parseField(content);
    if (field) {
      fields[field.key] = field.value;
      keys++;
    } else if (strict && content.trim() !== '' && !/^[\s#-]/.test(content)) {
      return null;
    }
    if (line.next === pos) break;
    pos = line.next;
  }
  return null;
}

interface Line {
  content: string;
  contentEnd: number;
  next: number;
}

function readLine(text: string, start: number): Line {
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  let next = end;
  if (text[next] === '\r') next++;
  if (text[next] === '\n') next++;
  return { content: text.slice(start, end), contentEnd: end, next };
}

/** `key: value` at indent 0; the key is lower-cased, quotes around the value are stripped. */
function parseField(line: string): { key: string; value: string } | null {
  const colon = line.indexOf(':');
  if (colon <= 0) return null;
  const key = line.slice(0, colon).trim();
  if (!/^[A-Za-z_][\w -]*$/.test(key) || line[0] === ' ' || line[0] === '\t') return null;
  if (colon + 1 < line.length && line[colon + 1] !== ' ' && line[colon + 1] !== '\t') return null;
  let value = line.slice(colon + 1).trim();
  const q = value[0];
  if (value.length >= 2 && (q === '"' || q === "'") && value[value.length - 1] === q) value = value.slice(1, -1);
  return { key: key.toLowerCase(), value };
}
