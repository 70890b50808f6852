// Overlap resolution between scanned mentions.
import type { ArticleText } from '../../types';
import { local, remembering } from '../../local';
import type { Mention } from './scan';
import { scanMentions } from './scan';

/** Keeps the strongest of overlapping mentions; then joins "Monday, March 10" into one. */
export function selectMentions(length: number, mentions: Mention[], plain: string): Mention[] {
  const order = [...mentions].sort((a, b) => b.priority - a.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(length);
  const kept: Mention[] = [];
  for (const m of order) {
    let free = true;
    for (let i = m.start; i < m.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  kept.sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  for (let i = 0; i < kept.length; i++) {
    const m = kept[i];
    const next = kept[i + 1];
    if (m.weekday !== undefined && m.relative === 'weekday' && next && next.granularity === 'date' &&
        next.date?.month !== undefined && next.date.day !== undefined && next.weekday === undefined &&
        /^\.?,?[ \u00a0]{1,2}$/.test(plain.slice(m.end, next.start))) {
      out.push({ ...next, start: m.start, weekday: m.weekday });
      i++;
      continue;
    }
    // "Tue" alone is too often something else; right before a clock time ("Tue 08:47", a timeline's
    // row) it is that time's day.
    if (m.weekdayAbbrev && !(next && next.granularity === 'clock' && /^[ \u00a0]{1,3}$/.test(plain.slice(m.end, next.start)))) continue;
    out.push(m);
  }
  return out;
}

/**
 * How far the scan reads around a mention: before its start, at most 60 characters (clauseBefore,
 * which crosses a lone \r) and one character of look-behind; after its end, at most 80 (a service's
 * name) past a zone of about 40. No pattern and no word helper of the scan crosses a line break
 * (spaces are [ \t\u00a0]), so no mention runs from one paragraph into another, and a clock time
 * continues a range only from one on its own line.
 */
const READS_BEFORE = 64;
const READS_AFTER = 128;

/**
 * The selected mentions of an article's whole text (scanned and selected as one), paragraph by
 * paragraph: a paragraph's mentions are scanned from its text with READS_BEFORE characters before
 * its first line and READS_AFTER after it, which is everything the scan reads for them (the text
 * between paragraphs is blank), so each is a local result keyed by that stretch (local.ts) and a
 * keystroke scans the paragraph it touched (an article not being edited is scanned whole: the
 * stretches overlap). The last article's list is kept: the dateline and the times stage both ask
 * for it. The list and its mentions are shared: no caller may change them.
 */
export function articleMentions(text: ArticleText): readonly Mention[] {
  if (text === lastArticle) return lastArticleMentions;
  const { plain } = text;
  // Nothing remembered (a source, the CLI): the whole text at once, each character scanned once.
  const out: Mention[] = remembering() ? [] : selectMentions(plain.length, scanMentions(plain), plain);
  if (remembering()) text.paragraphs.forEach((p, paragraph) => {
    let lineStart = p.start;
    while (lineStart > 0 && plain.charCodeAt(lineStart - 1) !== 10 && plain.charCodeAt(lineStart - 1) !== 13) lineStart--;
    const from = Math.max(0, lineStart - READS_BEFORE);
    const to = Math.min(plain.length, p.end + READS_AFTER);
    // Keyed by the whole stretch read, placed where it starts, the paragraph's place in it as the
    // extra: the same reads as before/after text in the extra, without copying them on every keystroke.
    const found = local('time-mentions', plain, { start: from, end: to }, { sentence: 0, paragraph },
      () => paragraphMentions(plain, from, to, p.start, p.end), `${p.start - from}:${p.end - from}`);
    for (const m of found) out.push(m);
  });
  lastArticle = text;
  lastArticleMentions = out;
  return out;
}

/** The selected mentions of plain[from, to) that start in [start, end), at their offsets in plain. */
function paragraphMentions(plain: string, from: number, to: number, start: number, end: number): Mention[] {
  const window = plain.slice(from, to);
  const out: Mention[] = [];
  for (const m of selectMentions(window.length, scanMentions(window), window)) {
    if (m.start + from >= start && m.start + from < end) out.push({ ...m, start: m.start + from, end: m.end + from });
  }
  return out;
}

let lastArticle: ArticleText | null = null;
let lastArticleMentions: readonly Mention[] = [];
