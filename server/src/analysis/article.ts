// Which article is which: its short label and whether it is a draft or a source.
import type { ArticleRole } from './types';

function baseName(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(slash + 1);
}

/** `002_7b9d.txt` → `002`; `reuters-1.md` → `reuters-1` (no leading digits: name without extension). */
export function articleLabel(path: string): string {
  const name = baseName(path);
  const digits = /^(\d+)[_-]/.exec(name);
  if (digits) return digits[1];
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Drafts are checked against sources and never count as evidence. */
export function articleRole(path: string, frontMatter: Record<string, string>): ArticleRole {
  if (/^draft/i.test(baseName(path))) return 'draft';
  const flag = frontMatter['draft'];
  return flag !== undefined && /^(true|yes)$/i.test(flag.trim()) ? 'draft' : 'source';
}
