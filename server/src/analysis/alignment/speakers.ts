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
    if (key.includes(' ')) return this.fuller(key, extra);
    const full = new Set(this.bySurname.get(key)?.keys() ?? []);
    for (const p of extra) if (p.key.endsWith(' ' + key) || firstSurname(p.key.split(' ')) === key) full.add(p.key);
    const longest = withoutShorterForms(full);
    return longest.length === 1 ? longest[0] : key;
  }

  /**
   * A full name told without its middle names ("Ana Ruiz" for "Ana Beltrán Ruiz"): the one longer
   * name of the set with the same first and last words and these words in order, or the key itself.
   */
  private fuller(key: string, extra: readonly Person[]): string {
    const words = key.split(' ');
    const last = words[words.length - 1];
    const longer = new Set<string>();
    for (const k of this.bySurname.get(last)?.keys() ?? []) if (isShorterForm(words, k.split(' '))) longer.add(k);
    for (const p of extra) {
      if (!p.key.endsWith(' ' + last) && !p.key.includes(' ' + last + ' ')) continue;
      if (isShorterForm(words, p.key.split(' '))) longer.add(p.key);
    }
    const longest = withoutShorterForms(longer);
    return longest.length === 1 ? longest[0] : key;
  }
}

/**
 * Whether `short` is `long` without some of its middle words (the same first and last word, the rest
 * in order), or without its second surname: "Andrés Pacheco" for "Andrés Pacheco Villanueva", as
 * Spanish-language names are shortened to the father's surname (firstSurname tells that word from a
 * middle given name, so "Mary Ann" is no short form of "Mary Ann Lowe").
 */
function isShorterForm(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || long.length <= short.length) return false;
  if (firstSurname(long) === short[short.length - 1]) {
    const cut = long.slice(0, -1);
    if (cut.length === short.length ? cut.every((w, i) => w === short[i]) : withoutMiddle(short, cut)) return true;
  }
  return withoutMiddle(short, long);
}

/** Whether `short` is `long` without some of its middle words: the same first and last word, the rest in order. */
function withoutMiddle(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || long.length <= short.length) return false;
  if (short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
  let i = 1;
  for (let j = 1; j < long.length - 1 && i < short.length - 1; j++) if (long[j] === short[i]) i++;
  return i === short.length - 1;
}

/** The names of a set that are no shorter form of another name in it. */
function withoutShorterForms(keys: ReadonlySet<string>): string[] {
  const split = [...keys].map((k) => k.split(' '));
  return [...keys].filter((_, i) => !split.some((other, j) => j !== i && isShorterForm(split[i], other)));
}

/** Two speakers can be the same person: the same key, or either unknown. */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}
