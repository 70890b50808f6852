// Whose age a figure is: "Lena Marsh, 41, said" tells Marsh's age, and another named person's age
// ("Tobias Ferrand, 38") is another quantity, not the same one told differently.
import type { ArticleAnalysis, Figure } from '../types';
import { PERSON_NOUNS } from '../claims/figures/traps';

/** Only white space and the apposition's comma between the name and the age. */
const APPOSED = /^\s*,\s*$/;

/** The surname (key's last word) of the person named right before an age in apposition, or null. */
export function agedPerson(article: ArticleAnalysis, figure: Figure): string | null {
  if (figure.counted !== 'year-old') return null;
  const plain = article.text.plain;
  for (const p of article.people) {
    for (const m of p.mentions) {
      if (m.end <= figure.span.start && figure.span.start - m.end <= 4 && APPOSED.test(plain.slice(m.end, figure.span.start))) {
        const words = p.key.split(' ');
        return words[words.length - 1];
      }
    }
  }
  return null;
}

/** The person noun right after an age ("a nine-year-old boy") or before it in apposition ("Boy, 7,"). */
const NOUN_AFTER = /^\s+([a-z]+)\b/i;
const NOUN_BEFORE = /\b([a-z]+)\s*,\s*$/i;

/**
 * The kind of person an age is told of by a noun ("boy" in "a nine-year-old boy", "Boy, 7,"), or
 * null: a draft's age of "a boy" is held to the sources' ages of a boy in whatever words around them.
 */
export function agedNoun(article: ArticleAnalysis, figure: Figure): string | null {
  if (figure.counted !== 'year-old') return null;
  const plain = article.text.plain;
  const after = NOUN_AFTER.exec(plain.slice(figure.span.end, figure.span.end + 16));
  if (after && PERSON_NOUNS.has(after[1].toLowerCase())) return after[1].toLowerCase();
  const before = NOUN_BEFORE.exec(plain.slice(Math.max(0, figure.span.start - 16), figure.span.start));
  if (before && PERSON_NOUNS.has(before[1].toLowerCase())) return before[1].toLowerCase();
  return null;
}
