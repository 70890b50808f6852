// The part of the day a figure is told of: "385 firefighters at dawn", "On Tuesday afternoon 415
// firefighters", "By mid-afternoon the fleet had grown to nine aircraft". A running count told of
// different parts of one day is two snapshots, never one quantity, though no clock time is given.
import type { Figure, Span } from '../types';
import { wordTable } from '../wordTable';

export type PartOfDay = 'morning' | 'midday' | 'afternoon' | 'evening' | 'night';

const PARTS: Record<string, PartOfDay> = wordTable({
  dawn: 'morning', daybreak: 'morning', sunrise: 'morning', 'first light': 'morning', morning: 'morning',
  midday: 'midday', noon: 'midday', lunchtime: 'midday',
  afternoon: 'afternoon',
  evening: 'evening', dusk: 'evening', nightfall: 'evening', sunset: 'evening',
  night: 'night', overnight: 'night', tonight: 'night', midnight: 'night',
});

// "mid-afternoon", "late morning", "first light": the word that names the part comes last.
const PART_NAMES = 'dawn|daybreak|sunrise|first light|morning|midday|noon|lunchtime|afternoon|evening|dusk|nightfall|sunset|night|overnight|tonight|midnight';
const PART_WORD = new RegExp(String.raw`\b(?:${PART_NAMES})\b`, 'gi');

// Where a clause ends: ";", ", and", ", but", ", while", a dash, and the start of a change's starting
// value (", up from 385 … at dawn"), which tells a moment of its own.
const CLAUSE_BREAK = /;|, (?:and|but|while|whereas|(?:up|down) from|compared with|against)\b|[—–] /g;

/** Text that may name a part of the day (made once: a literal is a new object at every call). */
const PART_CUE = /(?:dawn|daybreak|sunrise|light|morning|midday|noon|lunch|afternoon|evening|dusk|fall|sunset|night)/i;

/** Part-of-day words that are clock times too ("midnight GMT", "noon ET"). */
const CLOCK_PART: ReadonlySet<string> = new Set(['midnight', 'noon', 'midday']);
/** A zone's letters right after ("GMT", "UTC", "AEDT", "ET"), in brackets or not: read on a bounded slice. */
const ZONE_AFTER = /^[ \t]+\(?(?:GMT|UTC|Z|[A-Z]{1,4}T)\b/;
const ZONE_REACH = 8;

/** How far either side of a figure its clause is read (long sentences stay cheap). */
const REACH = 120;

/**
 * The part of the day named in the figure's clause (the nearest, when it names two), or null. A
 * greeting ("Good evening") is no moment.
 */
export function partOfDay(plain: string, sentence: Span, f: Figure): PartOfDay | null {
  const from = Math.max(sentence.start, f.span.start - REACH);
  const to = Math.min(sentence.end, f.span.end + REACH);
  const body = plain.slice(from, to);
  // Cheap test first: most sentences name no part of the day.
  if (!PART_CUE.test(body)) return null;
  let start = 0;
  let end = body.length;
  const at = f.span.start - from;
  const atEnd = f.span.end - from;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(body); m; m = CLAUSE_BREAK.exec(body)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= atEnd) { end = m.index; break; }
  }
  let best: PartOfDay | null = null;
  let bestDistance = Infinity;
  PART_WORD.lastIndex = start;
  for (let m = PART_WORD.exec(body); m && m.index < end; m = PART_WORD.exec(body)) {
    if (m.index + m[0].length > end) break;
    if (/\bgood\s+$/i.test(body.slice(Math.max(0, m.index - 6), m.index))) continue;
    // "Play began at 8 a.m., midnight GMT, …": a midnight or noon with a zone written after it is a
    // clock time on that zone's clock, told to convert the story's own, not the part of the day.
    if (CLOCK_PART.has(m[0].toLowerCase()) && ZONE_AFTER.test(body.slice(m.index + m[0].length, m.index + m[0].length + ZONE_REACH))) continue;
    const distance = m.index >= atEnd ? m.index - atEnd : Math.max(0, at - (m.index + m[0].length));
    if (distance < bestDistance) { bestDistance = distance; best = PARTS[m[0].toLowerCase()] ?? null; }
  }
  return best;
}

// "struck before dawn, killing 17": a part of the day after "before", "after", "since" or "until"
// bounds an event in time; it is not the moment a count is told of.
const BOUND_PART = new RegExp(String.raw`\b(?:before|after|since|until|till)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:${PART_NAMES})\b`, 'i');

/** Whether a sentence names a part of the day only as a bound ("before dawn", "until the evening"). */
export function boundsPartOfDay(plain: string, sentence: Span): boolean {
  return BOUND_PART.test(plain.slice(sentence.start, sentence.end));
}
