// "for an eighth straight month", "the ninth consecutive month of growth", "a third successive year": an
// ordinal before "straight"/"consecutive"/"successive" and a stretch of the calendar counts how long a
// run has gone on. It is a figure (eight months in a row), so "eighth straight month" against "ninth
// consecutive month" in like words is the run misreported. Ordinals elsewhere ("the second half",
// "third quarter") stay out: they name a place in order, not a count.
import type { ArticleText, Figure } from '../../types';

const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9],
  ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
]);

/** An ordinal (in words or "9th"), "straight"/"consecutive"/"successive", and a stretch of the calendar. */
const STREAK = /(?<![\p{L}\p{N}])([a-z]+|\d{1,3}(?:st|nd|rd|th))[ \t]+(?:straight|consecutive|successive)[ \t]+(day|week|month|quarter|year|session|season)(?![\p{L}])/giu;

/** What a run's counted noun ends with: "month in a row". */
export const IN_A_ROW = ' in a row';

/** Every run counted by an ordinal in the article's body, merged into `figures` (kept in span order). */
export function streaks(text: ArticleText, figures: Figure[]): void {
  const found: Figure[] = [];
  text.sentences.forEach((sentence, index) => {
    if (sentence.isHeading) return;
    const { start, end } = sentence.span;
    const slice = text.plain.slice(start, end);
    if (!/straight|consecutive|successive/i.test(slice)) return;
    STREAK.lastIndex = 0;
    for (let m = STREAK.exec(slice); m; m = STREAK.exec(slice)) {
      const word = m[1].toLowerCase();
      const value = ORDINAL_WORDS.get(word) ?? (/^\d/.test(word) ? parseInt(word, 10) : NaN);
      if (!Number.isFinite(value) || value < 2) continue;
      const at = start + m.index;
      const to = at + m[0].length;
      found.push({
        kind: 'figure', span: { start: at, end: to }, text: text.original.slice(at, to), value, interval: { low: value, high: value },
        qualifier: 'exact', unit: 'count', counted: m[2].toLowerCase() + IN_A_ROW, sentence: index, inWords: !/^\d/.test(word),
      });
    }
  });
  if (found.length === 0) return;
  figures.push(...found.filter((f) => !figures.some((g) => g.span.start < f.span.end && f.span.start < g.span.end)));
  figures.sort((a, b) => a.span.start - b.span.start);
}
