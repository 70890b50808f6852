// Overlap resolution between scanned mentions.
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
    if (m.weekdayAbbrev) continue; // "Tue" alone is too often something else
    out.push(m);
  }
  return out;
}

/**
 * The selected mentions of a whole article text. The last text's are kept: an article with a wire
 * dateline without a year has its whole text read for dates (dateline.ts), then again for its times
 * (index.ts). The list and its mentions are shared, so neither caller may change them.
 */
export function textMentions(plain: string): readonly Mention[] {
  if (plain !== lastText) {
    lastMentions = selectMentions(plain.length, scanMentions(plain), plain);
    lastText = plain;
  }
  return lastMentions;
}

let lastText: string | null = null;
let lastMentions: readonly Mention[] = [];
