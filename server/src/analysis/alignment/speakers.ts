// One person, many names: "Elon Musk" in one article and "Musk" in another are the same speaker
// when exactly one full name across the set ends in that surname. A name spelt with an umlaut in one
// article and transliterated in another ("Brandstätter" / "Brandstaetter") is one name too.
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
    if (!keys) { keys = new Map(); this.bySurname.set(word, keys); this.spellings = null; }
    const n = (keys.get(key) ?? 0) + sign;
    if (n <= 0) keys.delete(key); else keys.set(key, n);
    if (keys.size === 0) { this.bySurname.delete(word); this.spellings = null; }
  }

  /** Surnames as written in keys, by their one spelling (spellingOfName), made when first asked for. */
  private spellings: Map<string, string[]> | null = null;

  /** Full keys named by this surname or another spelling of it ("brandstatter", "brandstaetter"). */
  private keysUnder(word: string): string[] {
    if (!this.spellings) {
      this.spellings = new Map();
      for (const w of this.bySurname.keys()) {
        const one = spellingOfName(w);
        const ws = this.spellings.get(one);
        if (ws) ws.push(w); else this.spellings.set(one, [w]);
      }
    }
    const out: string[] = [];
    for (const w of this.spellings.get(spellingOfName(word)) ?? []) for (const k of this.bySurname.get(w)?.keys() ?? []) out.push(k);
    return out;
  }

  /**
   * One key for every spelling of a full name the set holds: the first in code-unit order of the
   * keys of this name's spelling, so "elke brandstatter" and "elke brandstaetter" read as one speaker
   * whichever article is checked.
   */
  private oneSpelling(key: string, extra: readonly Person[]): string {
    const words = key.split(' ');
    if (words.length < 2) return key;
    const one = spellingOfName(key);
    let best = key;
    const consider = (k: string) => { if (k < best && spellingOfName(k) === one) best = k; };
    for (const k of this.keysUnder(words[words.length - 1])) consider(k);
    for (const p of extra) consider(p.key);
    return best;
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
    return this.keysUnder(words[words.length - 1]).length > 0;
  }

  /** The key a speaker has across all articles. `extra` adds the checked article's own people. */
  canonical(key: string, extra: readonly Person[] = []): string {
    if (key.includes(' ')) return this.oneSpelling(this.fuller(key, extra), extra);
    const one = spellingOfName(key);
    const full = new Set(this.keysUnder(key));
    for (const p of extra) {
      const words = p.key.split(' ');
      if (words.length < 2) continue;
      const first = firstSurname(words);
      if (spellingOfName(words[words.length - 1]) === one || (first !== null && spellingOfName(first) === one)) full.add(p.key);
    }
    // Two spellings of one full name are one name ("Elke Brandstätter", "Elke Brandstaetter").
    const names = new Set(withoutShorterForms(full).map((k) => this.oneSpelling(k, extra)));
    return names.size === 1 ? [...names][0] : key;
  }

  /**
   * A full name told without its middle names ("Ana Ruiz" for "Ana Beltrán Ruiz"): the one longer
   * name of the set with the same first and last words and these words in order, or the key itself.
   */
  private fuller(key: string, extra: readonly Person[]): string {
    const words = key.split(' ');
    const last = words[words.length - 1];
    const spelt = spellingOfName(key);
    // Words compared as written first: a given name in the middle is told by its written form.
    const shorter = (k: string) => isShorterForm(words, k.split(' ')) ||
      ((spelt !== key || spellingOfName(k) !== k) && isShorterForm(spelt.split(' '), spellingOfName(k).split(' ')));
    const longer = new Set<string>();
    for (const k of this.keysUnder(last)) if (shorter(k)) longer.add(k);
    for (const p of extra) if (shorter(p.key)) longer.add(p.key);
    const longest = [...new Set(withoutShorterForms(longer).map((k) => this.oneSpelling(k, extra)))];
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

/** Umlaut digraphs of German transliteration ("ae", "oe", "ue"), read as the vowel alone. */
const UMLAUT_DIGRAPH = /([aou])e/g;

/**
 * The one spelling of a name's key (or one of its words) under German transliteration: keys fold
 * accents already ("Brandstätter" is "brandstatter", "Weiß" is "weiss"), and an outlet without
 * umlauts, or a transcript's capitals, writes the vowel with an "e" after it ("Brandstaetter",
 * "Mueller", "Schroeder"; Danish "Soeren" for "Søren" too). So "ae", "oe", "ue" read as the vowel
 * alone, in both names compared: "brandstaetter", "brandstatter" are one name.
 */
export function spellingOfName(key: string): string {
  return key.indexOf('e') < 0 ? key : key.replace(UMLAUT_DIGRAPH, '$1');
}

/** Two speakers can be the same person: the same key, or either unknown. */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}
