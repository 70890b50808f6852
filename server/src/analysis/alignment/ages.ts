// Whose age a figure is: "Lena Marsh, 41, said" tells Marsh's age, and another named person's age
// ("Tobias Ferrand, 38") is another quantity, not the same one told differently.
import type { ArticleAnalysis, Figure } from '../types';
import { PERSON_NOUNS } from '../claims/figures/traps';
import { isGivenName } from '../claims/people/givenNames';
import { HONORIFICS, OFFICE_TITLES, isRoleWord } from '../claims/people/lexicon';

/** Only white space and the apposition's comma between the name and the age ("Roscoe, 34,"; "Roscoe, a 34-year-old"). */
const APPOSED = /^\s*,\s*(?:an?\s+|aged\s+)?$/;
/** A given name and a surname right before an age's comma ("… that Ruth Halloway, 27,"; "Ruth Halloway, a 27-year-old"). */
const NAME_BEFORE = /(?:^|[^A-Za-z'’-])([A-Z][a-z]+)\s+([A-Z][a-z'’-]*[a-z])\s*,\s*(?:an?\s+)?$/;
/** A given name alone right before an age's comma ("Tamsin, 26, swam out first"). */
const GIVEN_BEFORE = /(?:^|[^A-Za-z'’-])([A-Z][a-z]+)\s*,\s*(?:an?\s+)?$/;
/**
 * A name right after an age with no article before it ("and 15-year-old Brodie was", "Nine-year-old
 * Ailsa,"): the capitalised word is then whose age it is, unless a noun follows it ("a 41-year-old
 * Glasgow man", "an 18-year-old American": an article before the age, or a lower-case word after
 * the capitalised one other than a verb of the clause, reads it as a description instead).
 */
const NAME_AFTER = /^[ \t]+([A-Z][a-z]+)(?=[ \t]*[,.;:!?)]|[ \t]+(?:was|is|had|has|who|and|said|came|went|walked|returned|died|stayed)\b)/;
const ARTICLE_BEFORE = /\b(?:an?|the)[ \t]{1,3}$/i;

/**
 * Who an age in apposition is told of, as a lower-case name: the given name and surname written right
 * before it ("Eileen Carrick, 71"; "… that Ruth Halloway, 27,"), else the person the article's name
 * there stands for ("Roscoe, a 34-year-old" → "hannah roscoe"), or null.
 */
export function agedPerson(article: ArticleAnalysis, figure: Figure): string | null {
  if (figure.counted !== 'year-old') return null;
  const plain = article.text.plain;
  // The name as written first: the people reader may merge two relatives into one person, or not take
  // a name it has no other evidence for as a person at all.
  // "Hannah Roscoe, who was thirty-four," is read as "Hannah Roscoe, 34,": up to the comma.
  const told = plain.slice(Math.max(0, figure.span.start - 60), figure.span.start);
  const who = WHO_TOLD.exec(told);
  const at = who ? figure.span.start - (told.length - who.index) + 1 : figure.span.start;
  const before = plain.slice(Math.max(0, at - 40), at);
  const named = NAME_BEFORE.exec(before);
  if (named && isGivenName(named[1].toLowerCase())) return `${named[1]} ${named[2]}`.toLowerCase();
  for (const p of article.people) {
    for (const m of p.mentions) {
      if (m.end <= at && at - m.end <= 12 && APPOSED.test(plain.slice(m.end, at))) return p.key;
    }
  }
  const given = GIVEN_BEFORE.exec(before);
  if (given && isGivenName(given[1].toLowerCase())) return given[1].toLowerCase();
  const after = NAME_AFTER.exec(plain.slice(figure.span.end, figure.span.end + 40));
  if (after && !ARTICLE_BEFORE.test(before) && !PERSON_NOUNS.has(after[1].toLowerCase())) return after[1].toLowerCase();
  // "Okello, 31, did not attend": a capitalised word opening its sentence right before the age's comma.
  const opening = SURNAME_OPENING.exec(before);
  if (opening && !isGivenName(opening[1].toLowerCase()) && !PERSON_NOUNS.has(opening[1].toLowerCase())) return opening[1].toLowerCase();
  if (DEFINITE_BEFORE.test(before) && agedNoun(article, figure) === null) return storySubjectBefore(article, figure.span.start);
  // "Police named them as Blessing Chikowore, 41, Farai Nyathi, 29": an age in apposition is the
  // age of the capitalised pair right before it, though the given name is not one the list knows and
  // the people reader took no evidence for it; else, in a list of named people, an unclaimed age
  // would be held against the next person's. A title before a surname ("Inspector Moyo, 52") leaves
  // the surname alone.
  if (named) {
    const first = named[1].toLowerCase();
    if (HONORIFICS.has(first) || OFFICE_TITLES.has(first)) return named[2].toLowerCase();
    if (!PERSON_NOUNS.has(first)) return `${named[1]} ${named[2]}`.toLowerCase();
  }
  return null;
}

/** ", who is " / ", who was " right before an age told in a relative clause. */
const WHO_TOLD = /,[ \t]*who[ \t]+(?:is|was)[ \t]+$/;

/** A capitalised word opening its sentence (or line) right before an age's comma: "Okello, 31,". */
const SURNAME_OPENING = /(?:^|[.!?][ \t]{1,3}|\n[ \t]{0,3})([A-Z][a-z'’-]{0,30}[a-z])[ \t]{0,3},[ \t]{1,3}(?:aged[ \t]{1,3})?$/;
/** "the 28-year-old said": an age told of someone by the definite article alone. */
const DEFINITE_BEFORE = /(?:^|[^A-Za-z])the[ \t\n]{1,3}$/i;

/**
 * "Evans Okello was banned … the 28-year-old said": the person an age told with "the" alone stands
 * for, when the last person named before it is the one the article names most (its subject).
 */
function storySubjectBefore(article: ArticleAnalysis, at: number): string | null {
  let last: { key: string; end: number } | null = null;
  let most: { key: string; count: number } | null = null;
  let tie = false;
  for (const p of article.people) {
    const count = p.mentions.length;
    if (!most || count > most.count) { most = { key: p.key, count }; tie = false; } else if (count === most.count) tie = true;
    for (const m of p.mentions) if (m.end <= at && (!last || m.end > last.end)) last = { key: p.key, end: m.end };
  }
  return last && most && !tie && last.key === most.key ? last.key : null;
}

/** "an 84-year-old woman", "a 52-year-old": an age told of someone the article does not name. */
const INDEFINITE_BEFORE = /(?:^|[^A-Za-z])an?[ \t\n]{1,3}$/i;

/** Whether an age is told with "a" or "an" ("a 52-year-old driver"): of someone not named there. */
export function indefiniteAge(article: ArticleAnalysis, figure: Figure): boolean {
  return figure.counted === 'year-old' && INDEFINITE_BEFORE.test(article.text.plain.slice(Math.max(0, figure.span.start - 8), figure.span.start));
}

/** Whether an age is told with "the" alone ("the 28-year-old"): storySubjectBefore's weaker link to a person. */
export function definiteAge(article: ArticleAnalysis, figure: Figure): boolean {
  return DEFINITE_BEFORE.test(article.text.plain.slice(Math.max(0, figure.span.start - 8), figure.span.start));
}

/**
 * Whether two aged people (agedPerson keys) can be one person: the same surname, and the same given
 * name (first word) unless one side gives the surname alone ("Marsh, 41"). "Hannah Lowe, 34" and her sister
 * "Clare Lowe, 31" share a surname but are two people with two ages.
 */
export function sameAgedPerson(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = a.split(' ');
  const wb = b.split(' ');
  // "Tamsin, 26" / "Tamsin Reyes, 26": one name alone may be the given name or the surname.
  if (wa.length === 1 && (wb[0] === wa[0] || wb[wb.length - 1] === wa[0])) return true;
  if (wb.length === 1 && (wa[0] === wb[0] || wa[wa.length - 1] === wb[0])) return true;
  if (wa[wa.length - 1] !== wb[wb.length - 1]) return false;
  // "Mary Ann Lowe" / "Mary Lowe": a middle name written or not is still one person.
  return wa.length === 1 || wb.length === 1 || wa[0] === wb[0];
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

/** Trades a person is told by after an age that the role list does not hold (it names people for the people reader). */
const AGED_TRADES = new Set([
  'welder', 'painter', 'labourer', 'laborer', 'fitter', 'scaffolder', 'bricklayer', 'roofer', 'foreman', 'rigger',
  'docker', 'deckhand', 'crewman', 'cook', 'chef', 'cleaner', 'guard', 'porter', 'mason', 'joiner', 'glazier', 'courier', 'cashier',
]);
/** Words that tell what kind of person, not which one: any trade's holder may be called so. */
const GENERIC_AGED = new Set(['employee', 'person', 'resident', 'member', 'local', 'national', 'citizen', 'survivor', 'witness', 'colleague']);
/** The word right after an age, or after one hyphened or lower-case modifier ("a 61-year-old partner-company welder"). */
const TRADE_AFTER = /^[ \t]+(?:([a-z]+(?:-[a-z]+)?)[ \t]+)?([a-z]+)\b/;

/**
 * The trade an age is told of ("electrician" in "a 47-year-old electrician", "welder" in "Ana Ruiz, a
 * 44-year-old welder"), or null. Ages told of two trades are of two people: "a 47-year-old electrician"
 * and "a 44-year-old welder" are not one age misreported. Generic person nouns ("man", "worker") are
 * no trade: any tradesman is also a man.
 */
export function agedTrade(article: ArticleAnalysis, figure: Figure): string | null {
  if (figure.counted !== 'year-old') return null;
  const end = Math.min(figure.span.end + 40, article.text.sentences[figure.sentence]?.span.end ?? figure.span.end);
  const m = TRADE_AFTER.exec(article.text.plain.slice(figure.span.end, end));
  if (!m) return null;
  const trade = (w: string | undefined): boolean => w !== undefined && !PERSON_NOUNS.has(w) && !GENERIC_AGED.has(w) && (AGED_TRADES.has(w) || isRoleWord(w));
  if (trade(m[2])) return m[2];
  // "a 47-year-old electrician who …": the first word is the trade when the second is not.
  if (m[1] !== undefined && !m[1].includes('-') && trade(m[1])) return m[1];
  return null;
}

/** Two ages told of two different trades: two people. */
export function otherTrades(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b;
}

/** "the youngest aged 14", "the oldest, 93,", "the youngest of them just six": the end of a group right before an age. */
const EXTREME_BEFORE = /\b(youngest|oldest)\b(?:[ \t]{1,3}(?:of[ \t]{1,3}(?:them|whom)|survivor|victim|passenger|child|patient))?[ \t]{0,3},?[ \t]{0,3}(?:(?:was|is|being|aged|just|only|an?)[ \t]{1,3}){0,2}$/i;

/**
 * "youngest" or "oldest" when an age is told of the end of a group ("11 minors, the youngest aged 14"),
 * else null. The youngest's age is no one else's: "her two sons, aged 19 and 22" tells two other people.
 */
export function agedExtreme(article: ArticleAnalysis, figure: Figure): string | null {
  if (figure.counted !== 'year-old') return null;
  const m = EXTREME_BEFORE.exec(article.text.plain.slice(Math.max(0, figure.span.start - 48), figure.span.start));
  return m ? m[1].toLowerCase() : null;
}

/** One age told of a group's end and the other not, or of the other end: two people's ages. */
export function otherExtremes(a: string | undefined, b: string | undefined): boolean {
  return a !== b;
}
