// The article's own date: front matter, a "Date:/Published:/Updated" line, or the first full date
// in the first few lines. An AP dateline ("WASHINGTON (AP) —") names a place, not a date.
import type { ArticleText, CalendarDate, Span } from '../../types';
import { isValidDate } from './calendar';
import { scanMentions } from './scan';
import { selectMentions } from './select';

const TOP_LINES = 5;
const MAX_LINE = 2000;
const FRONT_MATTER_KEYS = ['date', 'published', 'pubdate', 'published_at', 'publishdate', 'updated', 'lastmod'];
const LABEL = /^[\s#>*_]{0,8}(?:date[d]?|published(?:\s+on)?|first\s+published|posted(?:\s+on)?|updated|last\s+updated|last\s+modified)\b[\s:\-–—]{0,4}/i;
const CLUTTER = /^[ \t]{0,8}(?:ALSO READ|READ MORE|READ|RELATED|WATCH|LISTEN|SEE ALSO)[ \t]{0,3}[:|]/i;
const SLASHED = /(?<!\d)(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?!\d)/;

export function findDateline(text: ArticleText): CalendarDate | null {
  try {
    for (const key of FRONT_MATTER_KEYS) {
      const value = text.frontMatter?.[key];
      if (value) {
        const d = dateIn(value.slice(0, MAX_LINE), true);
        if (d) return d;
      }
    }
    let fallback: CalendarDate | null = null;
    let seen = 0;
    for (const line of topLines(text.plain)) {
      if (++seen > TOP_LINES) break;
      if (CLUTTER.test(line)) continue;
      const label = LABEL.exec(line);
      if (label) {
        const d = dateIn(line.slice(label[0].length, MAX_LINE), true);
        if (d) return d;
      }
      if (!fallback) {
        const d = dateIn(line.slice(0, MAX_LINE), false);
        if (d && d.day !== undefined && d.year !== undefined) fallback = d;
      }
    }
    return fallback;
  } catch {
    return null;
  }
}

/** Non-blank lines from the top, lazily (each cut to MAX_LINE characters). */
function* topLines(plain: string): Generator<string> {
  for (const span of topSpans(plain)) yield plain.slice(span.start, Math.min(span.end, span.start + MAX_LINE));
}

function* topSpans(plain: string): Generator<Span> {
  let at = 0;
  while (at < plain.length) {
    const nl = plain.indexOf('\n', at);
    const end = nl < 0 ? plain.length : nl;
    if (/\S/.test(plain.slice(at, Math.min(end, at + MAX_LINE)))) yield { start: at, end };
    at = end + 1;
  }
}

/** Labelled dates at the top ("Published: …", "date 2025-03-11"): the article's own date, never a claim. */
export function datelineLines(plain: string): Span[] {
  const out: Span[] = [];
  let seen = 0;
  for (const span of topSpans(plain)) {
    if (++seen > TOP_LINES) break;
    const line = plain.slice(span.start, Math.min(span.end, span.start + MAX_LINE));
    const label = LABEL.exec(line);
    if (!label) {
      // A line that is nothing but a date ("June 3, 2025", "Tue March 11, 2025 10:02 a.m.") is a byline date.
      const found = line.length <= 80 ? findDateIn(line, false) : null;
      const rest = found ? line.slice(0, found.start) + line.slice(found.end) : '';
      if (found && (rest.match(/\p{L}/gu)?.length ?? 0) <= 8) out.push(span);
      continue;
    }
    const found = findDateIn(line.slice(label[0].length), true);
    // Only the label and its date: the story may go on in the same line.
    if (found) out.push({ start: span.start, end: span.start + label[0].length + found.end });
  }
  return out;
}

/** The first written date in `s` with a year; a labelled line also takes "03/11/2025" and "March 2025". */
function dateIn(s: string, labelled: boolean): CalendarDate | null {
  return findDateIn(s, labelled)?.date ?? null;
}

function findDateIn(s: string, labelled: boolean): { date: CalendarDate; start: number; end: number } | null {
  const mentions = selectMentions(s.length, scanMentions(s), s);
  for (const m of mentions) {
    if (m.granularity !== 'date' || m.relative !== undefined && m.relative !== 'weekday') continue;
    const d = m.date;
    if (!d || d.year === undefined || d.month === undefined) continue;
    if (d.day !== undefined || labelled) return { date: { ...d }, start: m.start, end: m.end };
  }
  if (labelled) {
    const sl = SLASHED.exec(s);
    if (sl) {
      const a = Number(sl[1]);
      const b = Number(sl[2]);
      const year = Number(sl[3]);
      // US order unless the first number cannot be a month.
      const [month, day] = a > 12 ? [b, a] : [a, b];
      if (isValidDate(year, month, day)) return { date: { year, month, day }, start: sl.index, end: sl.index + sl[0].length };
    }
  }
  return null;
}
