// Finding messages in an editor's words, naming the other side by label and quoting its wording.
import type { Evidence } from '../types';

const MAX_QUOTED = 90;
/** Other sources named in a message before "and N more". */
const MAX_NAMED = 8;

export function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return '“' + (flat.length > MAX_QUOTED ? flat.slice(0, MAX_QUOTED - 1) + '…' : flat) + '”';
}

/** "source 002: “…”", plus "(also 004, 005)" when more sources say the same. */
export function against(evidence: Evidence[], text?: string): string {
  if (evidence.length === 0) return '';
  const first = evidence[0];
  const rest = [...new Set(evidence.slice(1).map((e) => e.label).filter((l) => l !== first.label))].sort((a, b) => a.localeCompare(b));
  // In an archive of hundreds of sources a list of every label is no use to a reader.
  const named = rest.length > MAX_NAMED ? `${rest.slice(0, MAX_NAMED).join(', ')} and ${rest.length - MAX_NAMED} more` : rest.join(', ');
  return `source ${first.label}: ${quoted(text ?? first.text)}` + (rest.length > 0 ? ` (also ${named})` : '');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes of the day (any, read round the clock) as a 24-hour clock: 1410 → "23:30". */
export function clockText(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}
