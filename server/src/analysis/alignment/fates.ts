// What befell the people a count counts, told right after it: "eight skiers had been rescued", "two
// walkers were still missing", "Three deceased", "9 rescued, 1 dead, 2 missing". A disaster's tally
// tells several such counts of one moment side by side; counts of two fates are two quantities, never
// one figure told two ways (a source's "two missing" is no rival of another's "eight rescued"). Parts
// of a group named by its fate ("Of the 9 rescued, six were flown out and three walked") share the
// group's fate.
import type { ArticleText, Figure } from '../types';

/** Fate words, each to the fate it tells. */
const FATES: ReadonlyMap<string, string> = new Map([
  ['rescued', 'rescued'], ['saved', 'rescued'], ['evacuated', 'rescued'], ['airlifted', 'rescued'], ['survived', 'rescued'],
  ['dead', 'dead'], ['killed', 'dead'], ['died', 'dead'], ['deceased', 'dead'],
  ['missing', 'missing'], ['unaccounted', 'missing'],
  ['injured', 'injured'], ['hurt', 'injured'], ['wounded', 'injured'],
  ['arrested', 'arrested'], ['detained', 'arrested'],
]);

/** Words between a count and its fate: "had been", "were still", "remained". */
const LINKING = new Set(['had', 'have', 'has', 'been', 'were', 'was', 'are', 'is', 'remain', 'remained', 'remains', 'still', 'now', 'later', 'all', 'reported', 'confirmed']);

/** Words read after the count's number at most (its noun, linking words, the fate). */
const READ_WORDS = 6;
/** Words of the counted noun at most before the linking words ("mountain guides", "foreign skiers"). */
const NOUN_WORDS = 2;
/** Characters read back from a part for the group named by its fate ("Of the 9 rescued, six …"). */
const GROUP_READ = 120;

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** The fate the count's own words tell: its number's noun, linking words, then a fate word; or null. */
function toldFate(plain: string, from: number, to: number): string | null {
  WORD.lastIndex = 0;
  const words = plain.slice(from, to).match(WORD) ?? [];
  let nouns = 0;
  let linking = false;
  for (let i = 0; i < words.length && i < READ_WORDS; i++) {
    const w = words[i].toLowerCase();
    const fate = FATES.get(w);
    if (fate) return fate;
    if (LINKING.has(w)) { linking = true; continue; }
    // A noun after the linking words is another clause ("were on the slope").
    if (linking || ++nouns > NOUN_WORDS) return null;
  }
  return null;
}

/** "Of the 9 rescued," opening the part's sentence or clause: the group's fate, or null. */
const GROUP_OF = /\bof\s+(?:the|those|these|all)\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+([a-z]+)\s*,/gi;

function groupFate(plain: string, sentenceStart: number, at: number): string | null {
  const from = Math.max(sentenceStart, at - GROUP_READ);
  const before = plain.slice(from, at);
  GROUP_OF.lastIndex = 0;
  let fate: string | null = null;
  for (let m = GROUP_OF.exec(before); m; m = GROUP_OF.exec(before)) fate = FATES.get(m[1].toLowerCase()) ?? null;
  return fate;
}

/** "The blast killed four people", "…, killing seven people": the verb right before the count tells its fate. */
const KILLED_BEFORE = /\b(?:killing|killed)[ \t]+$/i;
/** Characters read back from a count for that verb. */
const KILLED_READ = 12;

const fates = new WeakMap<Figure, string | null>();

/**
 * Nouns that are themselves people dead: "seven fatalities" counts people told dead, as "seven people
 * have died" does (the lemma the figure reader gives the counted thing). Not "deaths", which a story
 * tallies in a class of its own beside patients and cases ("3,412 patients and 118 deaths"), often
 * by hospital and by day, where reading them as people would join them to the story's other counts.
 */
export const DEATH_NOUNS: ReadonlySet<string> = new Set(['fatality']);

/** The fate of the people a count counts, or null when its words tell none. */
export function fateOf(text: ArticleText, f: Figure): string | null {
  if (f.unit !== 'count') return null;
  const known = fates.get(f);
  if (known !== undefined) return known;
  const sentence = text.sentences[f.sentence];
  let fate: string | null = f.counted !== null && DEATH_NOUNS.has(f.counted) ? 'dead' : null;
  if (sentence && fate === null) {
    // The number's own first word is passed over: "9 rescued" reads "rescued", "Three deceased" "deceased".
    const plain = text.plain;
    let from = f.span.start;
    while (from < f.span.end && !/\s/.test(plain[from])) from++;
    fate = toldFate(plain, from, Math.min(sentence.span.end, f.span.end + 60)) ?? groupFate(plain, sentence.span.start, f.span.start) ??
      (KILLED_BEFORE.test(plain.slice(Math.max(sentence.span.start, f.span.start - KILLED_READ), f.span.start)) ? 'dead' : null);
  }
  fates.set(f, fate);
  return fate;
}

/** Two counts told of people in two stated fates: two quantities. */
export function otherFates(a: ArticleText, f: Figure, b: ArticleText, g: Figure): boolean {
  const x = fateOf(a, f);
  if (x === null) return false;
  const y = fateOf(b, g);
  return y !== null && x !== y;
}
