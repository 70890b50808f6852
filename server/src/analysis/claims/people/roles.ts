// Roles and affiliations from the words around a name: appositions ("Eric Noonan, CEO of
// CyberSheath,"), role nouns before the name ("Security researcher Kevin Beaumont"), titles
// ("US President Donald Trump") and fronted roles ("The principal owner of X, Elon Musk,").
import type { Token } from './tokens';
import { adjacent } from './tokens';
import type { NameRun } from './names';
import { isHonorific, isSpeechVerb, isTitle } from './names';
import { withSingleSpaces } from '../../text/codes';
import {
  ADVERBS, COMMON_VERBS, FUNCTION_WORDS, PREPOSITIONS, SPEECH_VERBS, THING_NOUNS, isRoleWord,
} from './lexicon';

export interface RoleContext {
  plain: string;
  tokens: Token[];
  /** Words seen capitalised somewhere other than at a sentence start: proper nouns. */
  properWords: ReadonlySet<string>;
}

const MAX_ROLE_TOKENS = 12;
// Patterns made once: the bundler writes a literal with \p{…} as `new RegExp(…)`, built again at every call.
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;
const OPENS_CAPITAL = /^\p{Lu}/u;
const NATIONALITY = /(ian|ean|ese|ish)$/;
const SPACES = /^\s+$/;

// ASCII is read by its code (A-Z are ASCII's only \p{Lu}, a-z its only \p{Ll}); past ASCII the patterns answer.
/** PLAIN_WORD.test(w): a capital, then lower-case letters only ("Mayor", not "CEO"). */
function isPlainWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return PLAIN_WORD.test(w);
    if (i === 0 ? c < 65 || c > 90 : c < 97 || c > 122) return false;
  }
  return w.length >= 2;
}

/** OPENS_CAPITAL.test(w). */
function opensCapital(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : OPENS_CAPITAL.test(w);
}

function isModifier(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (t.cap) return !isHonorific(t);
  if (FUNCTION_WORDS.has(t.lower) || ADVERBS.has(t.lower) || SPEECH_VERBS.has(t.lower) || COMMON_VERBS.has(t.lower)) return false;
  return !t.lower.endsWith('ly');
}

function isRoleNoun(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && isRoleWord(t.lower);
}

/** The text of tokens[a..b], with a sentence-initial common word put in lower case. */
function phrase(ctx: RoleContext, a: number, b: number): string {
  let text = ctx.plain.slice(ctx.tokens[a].start, ctx.tokens[b].end);
  const first = ctx.tokens[a];
  const plainWord = isPlainWord(first.text);
  // "Lehigh Northern spokeswoman": a capitalised word before another is part of a name.
  const next = ctx.tokens[a + 1];
  const inName = a < b && !!next && next.kind === 'word' && opensCapital(next.text);
  const proper = ctx.properWords.has(first.text) || NATIONALITY.test(first.lower) || isTitle(ctx.tokens[b]) || inName;
  if (a === 0 && plainWord && !proper) {
    text = first.text.toLowerCase() + text.slice(first.text.length);
  }
  return withSingleSpaces(text);
}

/** Extends a role phrase back from token `end` over modifiers ("CyberSheath chief executive"). */
function extendBack(ctx: RoleContext, end: number): number {
  let a = end;
  while (a > 0 && end - a < 4) {
    const prev = ctx.tokens[a - 1];
    if (!SPACES.test(ctx.plain.slice(prev.after, ctx.tokens[a].start))) break;
    if (!isModifier(prev)) break;
    a--;
  }
  return a;
}

/** "Security researcher Kevin Beaumont", "US President Donald Trump", "CEO Elon Musk". */
export function roleBefore(ctx: RoleContext, run: NameRun): string | null {
  const { tokens } = ctx;
  if (run.title >= 0) {
    let chainStart = run.title;
    while (chainStart > 0 && isTitle(tokens[chainStart - 1]) && adjacent(ctx.plain, tokens[chainStart - 1], tokens[chainStart])) chainStart--;
    if (isHonorific(tokens[run.title])) {
      // "Health Minister Dr Esther Mwale": an office title right before the courtesy title is the role.
      if (chainStart < run.title && !isHonorific(tokens[run.title - 1])) return phrase(ctx, extendBack(ctx, chainStart), run.title - 1);
      // "Hydrologist Dr. Tomasz Nowak": a role noun before the courtesy title.
      const before = tokens[chainStart - 1];
      if (!isRoleNoun(before) || !adjacent(ctx.plain, before, tokens[chainStart])) return null;
      return phrase(ctx, extendBack(ctx, chainStart - 1), chainStart - 1);
    }
    const a = extendBack(ctx, chainStart);
    return phrase(ctx, a, run.title);
  }
  const before = tokens[run.first - 1];
  if (!isRoleNoun(before) || !adjacent(ctx.plain, before, tokens[run.first])) return officeOfPlace(ctx, run);
  if (before.cap && before.text !== before.text.toUpperCase() && run.first - 1 !== 0 && !rankedRole(ctx, run.first - 1)) return null;
  const a = extendBack(ctx, run.first - 1);
  return phrase(ctx, a, run.first - 1);
}

/** Capitalised words at most naming the place or field of an office before the name ("for North Harrowshire"). */
const OFFICE_PLACE_WORDS = 3;

/**
 * "Senior Coroner for North Harrowshire Alison Pendry", "Minister for Housing Clare Dunne", "Secretary
 * of State Ana Ruiz": an office in capitals, "for" or "of", and the place or field it serves in
 * capitals, right before the name, is the person's role. The office opens the sentence or follows a
 * word of rank; the place's words are no role nouns. Reads a few tokens back only.
 */
function officeOfPlace(ctx: RoleContext, run: NameRun): string | null {
  const { tokens } = ctx;
  let k = run.first - 1;
  let words = 0;
  while (k >= 0 && words < OFFICE_PLACE_WORDS && tokens[k].kind === 'word' && tokens[k].cap && !isRoleNoun(tokens[k]) && !isTitle(tokens[k]) &&
    adjacent(ctx.plain, tokens[k], tokens[k + 1])) { k--; words++; }
  const link = tokens[k];
  if (words === 0 || !link || (link.lower !== 'for' && link.lower !== 'of') || link.cap || !adjacent(ctx.plain, link, tokens[k + 1])) return null;
  const office = tokens[k - 1];
  if (!office || office.kind !== 'word' || !office.cap || !(isRoleNoun(office) || isTitle(office)) || !adjacent(ctx.plain, office, link)) return null;
  if (k - 1 !== 0 && !rankedRole(ctx, k - 1)) return null;
  return phrase(ctx, extendBack(ctx, k - 1), run.first - 1);
}

/** Words of rank written before an office in capitals: "Senior Coroner", "Deputy Headteacher", "Chief Engineer". */
const RANKS: ReadonlySet<string> = new Set(['senior', 'chief', 'deputy', 'acting', 'assistant', 'principal', 'interim']);

/**
 * "Senior Coroner Alison Pendry", "Deputy Coroner Ian Holt": a role noun in capitals right before a name
 * is the person's office where a word of rank stands right before it; a capitalised word of another
 * kind there ("Harland Steel Engineer …") may be part of a name.
 */
function rankedRole(ctx: RoleContext, at: number): boolean {
  const rank = ctx.tokens[at - 1];
  return !!rank && rank.kind === 'word' && rank.cap && RANKS.has(rank.lower) && adjacent(ctx.plain, rank, ctx.tokens[at]);
}

/**
 * Index of the role noun heading a phrase tokens[a..b] (the last word before a preposition, clause or
 * verb: "union leader", "CEO of …"), or -1 when a thing heads it ("a service that …", "a firm").
 */
function roleHead(tokens: Token[], a: number, b: number): number {
  let head = -1;
  for (let i = a; i <= b && i < a + 7; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') break;
    if (i > a && (PREPOSITIONS.has(t.lower) || FUNCTION_WORDS.has(t.lower))) break;
    if (SPEECH_VERBS.has(t.lower) || COMMON_VERBS.has(t.lower)) break;
    if (i > a && !t.cap && t.lower.endsWith('ing') && t.lower.length > 5) break;
    head = i;
    if (t.possessive) head = -1;
  }
  if (head < 0) return -1;
  const t = tokens[head];
  return isRoleNoun(t) && !THING_NOUNS.has(t.lower) ? head : -1;
}

const STOP_PUNCT = new Set([',', '.', ';', ':', '(', ')', '—', '–', '!', '?', '“', '”', '"', '[', ']']);
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when', 'while']);

/** Roles from an apposition after the name: ", a cybersecurity expert at Recorded Future,". */
export function rolesAfter(ctx: RoleContext, run: NameRun): string[] {
  const { tokens } = ctx;
  const next = tokens[run.last + 1];
  if (!next) return [];
  if (next.kind === 'word' && (next.lower === 'of' || next.lower === 'from')) {
    const role = affiliationAfter(ctx, run.last + 1);
    return role ? [role] : [];
  }
  // "Gerard Kiely – the hospital's general manager – said": a role set off by dashes, as by commas.
  if (next.text !== ',' && next.text !== '–' && next.text !== '—') return [];
  const a = run.last + 2;
  let b = a;
  while (b < tokens.length) {
    const t = tokens[b];
    if (t.kind === 'punct' && STOP_PUNCT.has(t.text)) break;
    if (t.kind === 'word' && !t.cap && (CLAUSE_WORDS.has(t.lower) || SPEECH_VERBS.has(t.lower))) break;
    b++;
  }
  b--;
  if (b < a) return [];
  return splitRoles(ctx, a, b);
}

/** "of the cybersecurity firm Recorded Future": an affiliation ending in a proper name. */
function affiliationAfter(ctx: RoleContext, at: number): string | null {
  const { tokens } = ctx;
  let i = at + 1;
  let sawCap = false;
  let end = -1;
  while (i < tokens.length && i - at <= 8) {
    const t = tokens[i];
    if (t.kind !== 'word') break;
    if (t.cap) { sawCap = true; end = i; if (t.possessive) { i++; continue; } }
    else if (sawCap) break;
    else if (FUNCTION_WORDS.has(t.lower) && !(t.lower === 'the' || t.lower === 'a' || t.lower === 'an')) return null;
    else if (SPEECH_VERBS.has(t.lower) || COMMON_VERBS.has(t.lower)) return null;
    i++;
  }
  if (end < 0) return null;
  return phrase(ctx, at, end);
}

/** An age written before a role ("31-year-old"), as the tokens after the number and its hyphen. */
const YEAR_OLD = new Set(['year-old', 'years-old']);

/** Splits "professor at A and former head of B" into two roles and trims each at a clause. */
function splitRoles(ctx: RoleContext, a: number, b: number): string[] {
  const { tokens } = ctx;
  const parts: Array<[number, number]> = [];
  let start = a;
  for (let i = a + 1; i < b; i++) {
    if (tokens[i].lower !== 'and') continue;
    const n = tokens[i + 1];
    if (n && (n.lower === 'former' || n.lower === 'a' || n.lower === 'an' || n.lower === 'the' || isRoleNoun(n) || isRoleNoun(tokens[i + 2]))) {
      parts.push([start, i - 1]);
      start = i + 1;
    }
  }
  parts.push([start, b]);
  const out: string[] = [];
  for (const [s0, e0] of parts) {
    let s = s0;
    while (s <= e0 && (tokens[s].lower === 'a' || tokens[s].lower === 'an' || tokens[s].lower === 'the')) s++;
    // "a 31-year-old emergency nurse": the age before the role is no part of it.
    if (s + 2 <= e0 && tokens[s].kind === 'number' && tokens[s + 1].text === '-' && YEAR_OLD.has(tokens[s + 2].lower)) s += 3;
    if (s > e0) continue;
    const head = oneOfMany(tokens, s, e0) ?? roleHead(tokens, s, e0);
    if (head < 0) continue;
    let e = e0;
    // Trim at a participle after the head ("… Global Affairs specializing in …").
    for (let i = head + 1; i <= e; i++) {
      const t = tokens[i];
      if (t.kind === 'word' && !t.cap && t.lower.endsWith('ing') && t.lower.length > 5) { e = i - 1; break; }
    }
    if (e - s + 1 > MAX_ROLE_TOKENS) e = s + MAX_ROLE_TOKENS - 1;
    while (e > head && tokens[e].kind === 'word' && FUNCTION_WORDS.has(tokens[e].lower)) e--;
    out.push(withSingleSpaces(ctx.plain.slice(tokens[s].start, tokens[e].end)));
  }
  return out;
}

/** Words between "one of" and the group it names: "one of the organisers", "one of its directors". */
const GROUP_DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'two', 'three', 'four']);

/**
 * "Ana Ruiz, one of the joint administrators, said": a member of a group named by its role in the
 * plural. The head of tokens[a..b] when it opens so, -1 when the group is no role ("one of the
 * founding families"), undefined when it does not open so.
 */
function oneOfMany(tokens: Token[], a: number, b: number): number | undefined {
  if (tokens[a].lower !== 'one' || tokens[a + 1]?.lower !== 'of' || a + 2 > b) return undefined;
  let s = a + 2;
  if (GROUP_DETERMINERS.has(tokens[s].lower) || tokens[s].possessive) s++;
  let head = -1;
  for (let i = s; i <= b && i < s + 5; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || PREPOSITIONS.has(t.lower) || FUNCTION_WORDS.has(t.lower)) break;
    head = i;
  }
  if (head < 0) return -1;
  const plural = tokens[head].lower;
  if (plural.length < 4 || !plural.endsWith('s')) return -1;
  const single = plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.slice(0, -1);
  return isRoleWord(single) && !THING_NOUNS.has(single) ? head : -1;
}

/** Possessive pronouns that open a fronted role as an article does ("its chairman, …", "their lawyer, …"). */
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** "The principal owner of the X social media platform, Elon Musk," → the fronted role. */
export function roleFronted(ctx: RoleContext, run: NameRun): string | null {
  const { tokens } = ctx;
  const comma = tokens[run.first - 1];
  if (!comma || comma.text !== ',' || run.title >= 0) return null;
  let a = run.first - 2;
  while (a >= 0 && tokens[a].kind === 'word' && !isSpeechVerb(tokens[a], true) && run.first - 1 - a <= MAX_ROLE_TOKENS) a--;
  a++;
  // "And the port spokeswoman, Ingrid Solberg, said …": a conjunction opening the sentence (as speech
  // and transcripts often do) is no part of the role; the sentence's start is still its boundary.
  const opener = a === 0 && tokens[0].cap && OPENING_CONJUNCTIONS.has(tokens[0].lower);
  if (opener) a++;
  if (a > run.first - 2) return null;
  const boundary = opener ? undefined : tokens[a - 1];
  // “…,” said the harbour master, Ines Calder.: after a strong speech verb the name may close the sentence.
  const said = isSpeechVerb(boundary, true);
  const after = tokens[run.last + 1];
  if (after && after.text !== ',' && after.kind !== 'word' && !(said && (after.text === '.' || after.text === ';'))) return null;
  if (boundary && !said && !(boundary.kind === 'punct' && ',;:—–('.includes(boundary.text)) && !closesQuotation(tokens, a - 1)) return null;
  const det = tokens[a];
  // "Its national secretary, Tomas Reade, said": a possessive pronoun opens the role as "the" does.
  if (!(det.lower === 'the' || det.lower === 'a' || det.lower === 'an' || det.possessive || POSSESSIVE_PRONOUNS.has(det.lower))) return null;
  const s = det.possessive ? a : a + 1;
  const head = roleHead(tokens, s, run.first - 2);
  if (head < 0) return null;
  // "Her grandfather, Alasdair Drummond, …": after a pronoun, a relative of the one it stands for,
  // who is still the "she" of the next sentence; a job ("Its chairman, …") names the speaker.
  if (POSSESSIVE_PRONOUNS.has(det.lower) && FAMILY.has(tokens[head].lower)) return null;
  return phrase(ctx, s, run.first - 2);
}

/** Marks that close a quotation, and what may end the quoted words just before one. */
const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '”', '’']);
const QUOTED_ENDS: ReadonlySet<string> = new Set([',', '?', '!']);

/**
 * “…,” the association's chair, Marta Olsen, told …: a quotation closed on its comma (or a question or
 * exclamation mark) is a boundary before a fronted role as a comma is; the sentence goes on after it.
 */
function closesQuotation(tokens: readonly Token[], k: number): boolean {
  return k > 0 && CLOSING_MARKS.has(tokens[k].text) && QUOTED_ENDS.has(tokens[k - 1].text);
}

/** Conjunctions that may open a sentence before a fronted role ("And the …, Name, said"). */
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'yet', 'so']);

/** Family words a possessive pronoun's fronted role may be ("her grandfather, …", "his son, …"). */
const FAMILY = new Set(['mum', 'mom', 'mother', 'dad', 'father', 'grandmother', 'grandfather', 'son', 'daughter', 'wife',
  'husband', 'brother', 'sister', 'partner', 'uncle', 'aunt', 'cousin', 'nephew', 'niece', 'grandson', 'granddaughter', 'fiance', 'fiancee']);
