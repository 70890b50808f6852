// One person, many names: "Elon Musk" in one article and "Musk" in another are the same speaker
// when exactly one full name across the set ends in that surname.
import type { ArticleAnalysis, Person } from '../types';
import { firstSurname } from '../claims/people/surnames';

export class SpeakerDirectory {
  /** Full (multi-word) keys by last word, counted per article that names them. */
  private readonly bySurname = new Map<string, Map<string, number>>();

  count(article: ArticleAnalysis, sign: 1 | -1): void {
    for (const p of article.people) {
      const words = p.key.split(' ');
      if (words.length < 2) continue;
      // "Cortés" names Inmaculada Cortés Peñalver as "Peñalver" would (claims/people/surnames.ts).
      const first = firstSurname(words);
      this.countUnder(words[words.length - 1], p.key, sign);
      if (first) this.countUnder(first, p.key, sign);
    }
  }

  private countUnder(word: string, key: string, sign: 1 | -1): void {
    let keys = this.bySurname.get(word);
    if (!keys) { keys = new Map(); this.bySurname.set(word, keys); }
    const n = (keys.get(key) ?? 0) + sign;
    if (n <= 0) keys.delete(key); else keys.set(key, n);
    if (keys.size === 0) this.bySurname.delete(word);
  }

  /** The counts, for a stored copy of the corpus's statistics (CorpusStats in corpus.ts). */
  exportCounts(): [string, [string, number][]][] {
    return [...this.bySurname].map(([last, keys]) => [last, [...keys]]);
  }

  /** A directory holding stored counts (exportCounts of another). */
  static fromCounts(counts: readonly (readonly [string, readonly (readonly [string, number])[]])[]): SpeakerDirectory {
    const d = new SpeakerDirectory();
    for (const [last, keys] of counts) d.bySurname.set(last, new Map(keys));
    return d;
  }

  /** Whether a source names someone of this surname (the last word of `key`). */
  knows(key: string): boolean {
    const words = key.split(' ');
    return this.bySurname.has(words[words.length - 1]);
  }

  /** The key a speaker has across all articles. `extra` adds the checked article's own people. */
  canonical(key: string, extra: readonly Person[] = []): string {
    if (key.includes(' ')) return key;
    const full = new Set(this.bySurname.get(key)?.keys() ?? []);
    for (const p of extra) if (p.key.endsWith(' ' + key) || firstSurname(p.key.split(' ')) === key) full.add(p.key);
    return full.size === 1 ? [...full][0] : key;
  }
}

/** Two speakers can be the same person: the same key, or either unknown. */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}
