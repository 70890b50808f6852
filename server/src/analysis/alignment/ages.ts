// Whose age a figure is: "Lena Marsh, 41, said" tells Marsh's age, and another named person's age
// ("Tobias Ferrand, 38") is another quantity, not the same one told differently.
import type { ArticleAnalysis, Figure } from '../types';

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
