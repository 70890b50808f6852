// Numbered steps of an alert scale: "the upstream weir reached alert level one at 1 a.m." / "the
// town gauge reached alert level two at 3 a.m.". Rivers, volcanoes and civil-defence services raise
// an alert step by step, each step at its own moment, so two times told of two different numbered
// levels are two moments, however alike the rest of their words ("gauge", "reached", the river's name),
// as two colours of a warning are (times.ts otherGrade).
import type { TimeRef } from '../alignment/corpus';

/** Level numbers told in words. */
const LEVEL_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

/**
 * "alert level one", "Alert Level 2", "warning level 3", "level 2 alert": a numbered level with a word
 * of an alert beside it (a bare "level 2" may be a floor or a grade of anything). Literal alternatives,
 * no nested repeats: linear-time.
 */
const NUMBERED_LEVEL = /\b(?:alert|warning|danger|alarm|threat)[ \t]+level[ \t]+(one|two|three|four|five|[1-5])\b|\blevel[ \t]+(one|two|three|four|five|[1-5])[ \t]+(?:alert|warning|alarm)\b/gi;

/** Longest stretch between a time and its conversion in brackets ("03:00 WIB (Tuesday 20:00 UTC"). */
const CONVERSION_REACH = 24;

interface Told { start: number; end: number; level: number }

/** Every numbered level told in the time's sentence, with its place (offsets into the article's text). */
function levelsIn(r: TimeRef): Told[] {
  const sentence = r.article.text.sentences[r.time.sentence];
  if (!sentence) return [];
  const text = r.article.text.plain.slice(sentence.span.start, sentence.span.end);
  const out: Told[] = [];
  NUMBERED_LEVEL.lastIndex = 0;
  for (let m = NUMBERED_LEVEL.exec(text); m; m = NUMBERED_LEVEL.exec(text)) {
    const said = (m[1] ?? m[2]).toLowerCase();
    out.push({ start: sentence.span.start + m.index, end: sentence.span.start + m.index + m[0].length, level: LEVEL_WORDS[said] ?? Number(said) });
  }
  return out;
}

/**
 * The other clock times of the time's sentence that stand for another moment: not the time itself,
 * nor its conversion in brackets right before or after it ("01:00 WIB (Tuesday 18:00 UTC)").
 */
function otherMoments(r: TimeRef): { start: number; end: number }[] {
  const plain = r.article.text.plain;
  const own = r.time.span;
  const converts = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    b.start >= a.end && b.start - a.end <= CONVERSION_REACH && plain.slice(a.end, b.start).includes('(') && !plain.slice(a.end, b.start).includes(')');
  return r.article.times
    .filter((x) => x !== r.time && x.sentence === r.time.sentence && x.granularity === 'clock')
    .map((x) => x.span)
    .filter((x) => !converts(own, x) && !converts(x, own));
}

/**
 * The numbered alert level a time is told of: the last one told before it in its sentence with no other
 * moment between ("reached alert level one, the highest of four, at 1 a.m."), else the first after it
 * ("01:00 WIB: Katulampa weir reaches Alert Level 1"); null when none.
 */
export function alertLevelOf(r: TimeRef): number | null {
  const levels = levelsIn(r);
  if (levels.length === 0) return null;
  const moments = otherMoments(r);
  const clear = (from: number, to: number) => moments.every((x) => x.end <= from || x.start >= to);
  const own = r.time.span;
  let before: Told | null = null;
  for (const l of levels) if (l.end <= own.start && clear(l.end, own.start)) before = l;
  if (before) return before.level;
  for (const l of levels) if (l.start >= own.end && clear(own.end, l.start)) return l.level;
  return null;
}

/** Both times are told of a numbered alert level, and the levels differ: two steps, two moments. */
export function otherAlertLevel(t: TimeRef, s: TimeRef): boolean {
  const a = alertLevelOf(t);
  if (a === null) return false;
  const b = alertLevelOf(s);
  return b !== null && a !== b;
}
