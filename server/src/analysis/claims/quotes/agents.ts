// Noun phrases that can say something: a named person, a pronoun, a role ("the spokesperson"), or a
// thing that is not a person ("the company", "the post", "Newsweek", "it").
import type { Span } from '../../types';
import type { Token } from '../people/tokens';
import { ADVERBS, DETERMINERS, HONORIFICS, PARTICLES, PREPOSITIONS, ROLE_NOUNS, SPEECH_VERBS, isRoleWord } from '../people/lexicon';
import { isTitle } from '../people/names';
import type { ArticleContext } from './context';
import { mentionEnd, mentionStart, personAt } from './context';

export type Agent =
  | { kind: 'person'; key: string; span: Span }
  | { kind: 'pronoun'; pronoun: 'he' | 'she' | 'they'; span: Span; index: number }
  | { kind: 'role'; head: string; span: Span }
  | { kind: 'thing'; span: Span }
  | { kind: 'ambiguous'; span: Span };

export interface Located {
  agent: Agent;
  /** First and last token index of the phrase. */
  first: number;
  last: number;
}

/** Words that join the capitalised words of a title ("Minister for Ports and Harbours"). */
const TITLE_JOINS = new Set(['for', 'of', 'and', 'the', '&']);

const NON_PERSON_PRONOUNS = new Set(['it', 'we', 'i', 'you', 'this', 'that', 'which', 'one']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'they']);

const spanOf = (tokens: Token[], a: number, b: number): Span => ({ start: tokens[a].start, end: tokens[b].end });

/** A person phrase, checking for "Smith and Jones" (two speakers: ambiguous). */
function personPhrase(ctx: ArticleContext, tokens: Token[], a: number, b: number): Located {
  const key = personAt(ctx, tokens[a]) ?? '';
  const before = tokens[a - 1];
  const after = tokens[b + 1];
  const joinedBefore = before && (before.lower === 'and' || before.lower === '&') && personAt(ctx, tokens[a - 2]);
  const joinedAfter = after && (after.lower === 'and' || after.lower === '&') && personAt(ctx, tokens[b + 2]);
  if (joinedBefore || joinedAfter) return { agent: { kind: 'ambiguous', span: spanOf(tokens, a, b) }, first: a, last: b };
  return { agent: { kind: 'person', key, span: spanOf(tokens, a, b) }, first: a, last: b };
}

/** The noun phrase ending at token `end` (the word just before a verb). */
export function agentEndingAt(ctx: ArticleContext, tokens: Token[], end: number): Located | null {
  const t = tokens[end];
  if (!t) return null;
  if (personAt(ctx, t)) return roleHolder(ctx, tokens, mentionStart(ctx, tokens, end)) ?? personPhrase(ctx, tokens, mentionStart(ctx, tokens, end), end);
  if (t.kind === 'punct' && t.text === ',') return appositionSubject(ctx, tokens, end);
  if (t.kind !== 'word' || t.possessive) return null;
  if (PERSON_PRONOUNS.has(t.lower)) return { agent: { kind: 'pronoun', pronoun: t.lower as 'he' | 'she' | 'they', span: spanOf(tokens, end, end), index: end }, first: end, last: end };
  if (NON_PERSON_PRONOUNS.has(t.lower)) return { agent: { kind: 'thing', span: spanOf(tokens, end, end) }, first: end, last: end };
  // "the company", "an X spokesperson", "the researcher": back to a determiner within four words.
  for (let a = end - 1; a >= 0 && a >= end - 4; a--) {
    const w = tokens[a];
    if (w.kind !== 'word') break;
    if (DETERMINERS.has(w.lower) || w.possessive) return rolePhrase(tokens, a, end);
    if (PREPOSITIONS.has(w.lower) || SPEECH_VERBS.has(w.lower)) break;
  }
  // "Newsweek reported", or a bare plural ("experts said", "officials said"): not one person.
  return { agent: { kind: 'thing', span: spanOf(tokens, end, end) }, first: end, last: end };
}

/**
 * “…,” said the council leader, Ruth Abernethy.: the role's name stands after a comma and closes the
 * sentence, so the speaker is that person.
 */
function namedAfterRole(ctx: ArticleContext, tokens: Token[], a: number, b: number): Located | null {
  const head = tokens[b].lower;
  if (!ROLE_NOUNS.has(head) || head.endsWith('s') || tokens[b + 1]?.text !== ',') return null;
  // "said the health secretary, Dr Ana Ruiz.": a title before the name is passed over.
  const n = tokens[b + 2] && HONORIFICS.has(tokens[b + 2].lower) && tokens[b + 2].cap ? b + 3 : b + 2;
  if (!personAt(ctx, tokens[n])) return null;
  const last = mentionEnd(ctx, tokens, n);
  const next = tokens[last + 1];
  // Closing the sentence only: "The treasurer, Dara Whitlock, walked out" is a subject with its apposition.
  if (tokens[last].possessive || (next && next.text !== '.' && next.text !== ';')) return null;
  const found = personPhrase(ctx, tokens, n, last);
  return found.agent.kind === 'person' ? { ...found, first: a } : null;
}

function rolePhrase(tokens: Token[], a: number, end: number): Located {
  const head = tokens[end].lower;
  const span = spanOf(tokens, a, end);
  if (ROLE_NOUNS.has(head) && !head.endsWith('s')) return { agent: { kind: 'role', head, span }, first: a, last: end };
  return { agent: { kind: 'thing', span }, first: a, last: end };
}

/** Words that tie a role to the person it serves ("lawyer for", "adviser to", "agent of"). */
const SERVING = new Set(['for', 'to', 'of']);
/** Most words of the role between the comma and "for" ("the long-time defence lawyer"). */
const SERVING_ROLE_WORDS = 4;

/**
 * "Ana Ruiz, lawyer for Tom Park, said", "Ana Ruiz, a spokeswoman for Tom Park:": the person whose
 * role the apposition gives serves the one named after "for"/"to"/"of", and speaks for them: the
 * phrase is the first person's. `first` is the first token of the served person's name; null when
 * the words before it are not such an apposition.
 */
function roleHolder(ctx: ArticleContext, tokens: Token[], first: number): Located | null {
  if (!SERVING.has(tokens[first - 1]?.lower ?? '') || !isRoleWord(tokens[first - 2]?.lower ?? '')) return null;
  for (let k = first - 3; k >= 1 && first - 2 - k <= SERVING_ROLE_WORDS; k--) {
    const t = tokens[k];
    if (t.text === ',') {
      const before = tokens[k - 1];
      if (!personAt(ctx, before) || before.possessive) return null;
      const found = personPhrase(ctx, tokens, mentionStart(ctx, tokens, k - 1), k - 1);
      return found.agent.kind === 'person' ? found : null;
    }
    if (t.kind !== 'word' || t.cap || personAt(ctx, t) || SPEECH_VERBS.has(t.lower) || PREPOSITIONS.has(t.lower)) return null;
  }
  return null;
}

/** "Eric Noonan, CEO of CyberSheath, told …": the name before the apposition. */
function appositionSubject(ctx: ArticleContext, tokens: Token[], comma: number): Located | null {
  // "Pranab Saikia, Chief Executive Officer, ASDMA, said": back over up to three commas.
  let commas = 0;
  for (let k = comma - 1; k >= 0 && comma - k <= 30; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && (t.text === '“' || t.text === '”' || t.text === '"' || t.text === ';')) return null;
    if (t.kind === 'punct' && t.text === ',') {
      const before = tokens[k - 1];
      if (before && personAt(ctx, before) && !before.possessive) {
        const first = mentionStart(ctx, tokens, k - 1);
        return roleHolder(ctx, tokens, first) ?? personPhrase(ctx, tokens, first, k - 1);
      }
      if (++commas >= 3) return null;
    }
  }
  return null;
}

/**
 * "company spokeswoman Renata Okafor", "Lehigh County emergency director Jo Park": a name after a
 * short description ending in a role noun. Returns the token index of the name, or null.
 */
function describedPerson(ctx: ArticleContext, tokens: Token[], start: number): number | null {
  for (let k = start + 1; k < tokens.length && k <= start + 6; k++) {
    const prev = tokens[k - 1];
    // The first word may look like a verb ("state fire commander …"): the role noun decides.
    const verbShaped = SPEECH_VERBS.has(prev.lower) && k - 1 !== start;
    if (prev.kind !== 'word' || prev.possessive && k - 1 !== start || verbShaped || PREPOSITIONS.has(prev.lower)) return null;
    if (personAt(ctx, tokens[k]) && (isRoleWord(prev.lower) || isTitle(prev))) return k;
  }
  return null;
}

/** "Professor", "Economist" written with a capital before a name: a role noun used as a title. */
function capitalisedRole(t: Token): boolean {
  return t.kind === 'word' && t.cap && !t.possessive && ROLE_NOUNS.has(t.lower) && !t.lower.endsWith('s');
}

/** Lower-case particles of a surname ("van", "de", "van der") that the article's person starts right after; else at itself. */
function particlesBefore(ctx: ArticleContext, tokens: Token[], at: number): number {
  let k = at;
  while (k < at + 2 && tokens[k]?.kind === 'word' && !tokens[k].cap && PARTICLES.has(tokens[k].lower)) k++;
  return k > at && personAt(ctx, tokens[k]) ? k : at;
}

/** The noun phrase starting at token `start` ("Liska", "he", "the spokesperson", "the post"). */
export function agentStartingAt(ctx: ArticleContext, tokens: Token[], start: number, described = false): Located | null {
  let a = start;
  // "said Mayor Ana Ruiz", "said Professor Ana Ruiz": the title (or a capitalised role noun used as
  // one) is not part of the mention.
  while (tokens[a] && (isTitle(tokens[a]) || capitalisedRole(tokens[a])) && personAt(ctx, tokens[particlesBefore(ctx, tokens, a + 1)])) a++;
  // "“…,” van Wyk said", "said Ms de Souza": a surname's lower-case particles before the name the article knows.
  a = particlesBefore(ctx, tokens, a);
  // "said Deputy Minister for Ports and Harbours Nikos Varga": a title in capitals runs on to the name.
  if (tokens[a]?.cap && !personAt(ctx, tokens[a])) {
    let titled = false;
    for (let k = a; k < tokens.length && k <= a + 10; k++) {
      const w = tokens[k];
      if (w.kind !== 'word' || !(w.cap || TITLE_JOINS.has(w.lower))) break;
      if (personAt(ctx, w)) { if (titled) a = k; break; }
      titled ||= isTitle(w);
    }
  }
  const t = tokens[a];
  if (!t) return null;
  // After a quotation: “…,” company spokeswoman Renata Okafor said.
  const name = described ? describedPerson(ctx, tokens, a) : null;
  if (name !== null) a = name;
  if (personAt(ctx, tokens[a])) {
    const b = mentionEnd(ctx, tokens, a);
    if (tokens[b].possessive) return null;
    return personPhrase(ctx, tokens, a, b);
  }
  if (t.kind !== 'word') return null;
  if (PERSON_PRONOUNS.has(t.lower)) return { agent: { kind: 'pronoun', pronoun: t.lower as 'he' | 'she' | 'they', span: spanOf(tokens, a, a), index: a }, first: a, last: a };
  if (NON_PERSON_PRONOUNS.has(t.lower)) return { agent: { kind: 'thing', span: spanOf(tokens, a, a) }, first: a, last: a };
  if (DETERMINERS.has(t.lower) || t.possessive) {
    // Head: the last word before a verb, adverb, preposition or punctuation.
    let b = a;
    while (b + 1 < tokens.length && b - a < 5) {
      const n = tokens[b + 1];
      if (n.kind !== 'word' || SPEECH_VERBS.has(n.lower) || ADVERBS.has(n.lower) || PREPOSITIONS.has(n.lower)) break;
      if (personAt(ctx, n)) return personPhrase(ctx, tokens, b + 1, mentionEnd(ctx, tokens, b + 1)); // "the researcher Kevin Beaumont"
      b++;
    }
    if (b === a) return null;
    const named = namedAfterRole(ctx, tokens, a, b);
    if (named) return named;
    return rolePhrase(tokens, a, b);
  }
  if (t.cap) {
    let b = a;
    while (b + 1 < tokens.length && tokens[b + 1].kind === 'word' && tokens[b + 1].cap) b++;
    return { agent: { kind: 'thing', span: spanOf(tokens, a, b) }, first: a, last: b };
  }
  return null;
}
