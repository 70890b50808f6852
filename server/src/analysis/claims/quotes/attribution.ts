// The words that say who spoke: after a quotation (“…,” Liska said / said Liska / the post read),
// or before it (Musk wrote that …, He told Fox News that, “…”).
import type { Token } from '../people/tokens';
import { isSpeechVerb, isTitle, skipAdverbs } from '../people/names';
import { ADVERBS, DETERMINERS, PREPOSITIONS } from '../people/lexicon';
import type { ArticleContext } from './context';
import { personAt } from './context';
import type { Located } from './agents';
import { agentEndingAt, agentStartingAt } from './agents';

export interface Attribution {
  found: Located;
  /** Token index of the speech verb, or -1 ("according to"). */
  verb: number;
  /** Last token index of the attribution. */
  end: number;
}

/** "Musk’s claim", "in a post": these forms are nouns unless a subject stands right before them. */
const NOUN_FORMS = new Set([
  'claim', 'claims', 'post', 'posts', 'note', 'notes', 'tweet', 'tweets', 'comment', 'comments', 'remark', 'remarks',
  'answer', 'answers', 'reply', 'replies', 'call', 'calls', 'promise', 'promises', 'pledge', 'pledges', 'warning',
  'states', 'counter', 'counters', 'read', 'reads', 'statement', 'quote', 'report', 'reports', 'warnings', 'written',
  'writing', 'posting', 'saying', 'calling', 'continuing',
]);
const RELATIVES = new Set(['who', 'which', 'that']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'they']);

/** An attribution starting at token j (after a closing mark): ", he said", "said Liska", "the post read". */
export function attributionAfter(ctx: ArticleContext, tokens: Token[], j: number): Attribution | null {
  let k = j;
  while (tokens[k] && (tokens[k].text === ',' || tokens[k].text === '—' || tokens[k].text === '–')) k++;
  const t = tokens[k];
  if (!t) return null;
  if (isSpeechVerb(t)) {
    const found = agentStartingAt(ctx, tokens, skipAdverbs(tokens, k + 1));
    if (found && found.agent.kind !== 'thing') return { found, verb: k, end: found.last };
    // “…,” state fire commander Jo Park said: "state" opens a description, not "said X"; so may a
    // capitalised word ("said Highland councillor Hamish Gunn": a place, not the speaker).
    const described = agentStartingAt(ctx, tokens, k, true);
    const person = described && described.agent.kind === 'person' ? describedAttribution(tokens, k, described) : null;
    if (person) return person;
    // "Ruiz also said that “…,” adding that fares would not change": a participle naming no one after
    // it goes on about the sentence's subject; the speaker is told before the quotation.
    if (t.lower.endsWith('ing') && t.kind === 'word' && !t.cap && (!found || found.agent.kind === 'thing')) return null;
    return found ? { found, verb: k, end: found.last } : null;
  }
  if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
    const found = agentStartingAt(ctx, tokens, k + 2);
    return found ? { found, verb: -1, end: found.last } : null;
  }
  const found = agentStartingAt(ctx, tokens, k, true);
  if (!found) return null;
  let v = skipAdverbs(tokens, found.last + 1);
  // “…,” the union's branch secretary, Marta Olsen, said: a role set before the name by commas.
  if ((found.agent.kind === 'role' || found.agent.kind === 'thing') && tokens[v]?.text === ',') {
    const named = namedAfterRole(ctx, tokens, v);
    if (named) return named;
  }
  if (tokens[v]?.text === ',' && found.agent.kind === 'person') {
    // “…,” Eric Noonan, CEO of CyberSheath, said.
    let c = v + 1;
    while (c < tokens.length && c < v + 25 && tokens[c].text !== ',') c++;
    v = skipAdverbs(tokens, c + 1);
  }
  // “…,” Fiona McAlister of the Water Police told reporters: a short "of/from/at …" before the verb.
  // “…,” Dr Lena Hart, 51, of the Tasman Institute, told a briefing: the "of …" set off by commas too.
  if (found.agent.kind === 'person' && tokens[v] && /^(?:of|from|at|with)$/.test(tokens[v].lower)) {
    for (let c = v + 1; c < tokens.length && c <= v + 8; c++) {
      if (tokens[c].kind === 'punct') {
        const w = tokens[c].text === ',' ? skipAdverbs(tokens, c + 1) : -1;
        return w >= 0 && isSpeechVerb(tokens[w]) ? { found, verb: w, end: w } : null;
      }
      if (isSpeechVerb(tokens[c])) return { found, verb: c, end: c };
    }
  }
  return isSpeechVerb(tokens[v]) ? { found, verb: v, end: v } : null;
}

/**
 * The person named between commas after a role that follows a quotation, with the speech verb right
 * after the closing comma: “…,” the union's branch secretary, Marta Olsen, told Radio Kestrel. The
 * name is the speaker (the role only says who the person is). A title may open the name ("Dr").
 */
function namedAfterRole(ctx: ArticleContext, tokens: Token[], comma: number): Attribution | null {
  let n = comma + 1;
  while (tokens[n] && isTitle(tokens[n]) && !personAt(ctx, tokens[n]) && n < comma + 3) n++;
  if (!personAt(ctx, tokens[n])) return null;
  const found = agentStartingAt(ctx, tokens, n);
  if (!found || found.agent.kind !== 'person' || tokens[found.last + 1]?.text !== ',') return null;
  const v = skipAdverbs(tokens, found.last + 2);
  return isSpeechVerb(tokens[v]) ? { found, verb: v, end: v } : null;
}

/**
 * A person described after the speech verb at k: “…,” state fire commander Jo Park said (the verb
 * after the name), or “…,” said marine biologist Dr Lena Hart. (a strong speech verb, the name
 * closing the sentence, or only the person's age after it: "said harbour master Jo Park, 58.", or a
 * participle going on about the speaker: "…, 58, adding that …").
 */
function describedAttribution(tokens: Token[], k: number, described: Located): Attribution | null {
  const v = skipAdverbs(tokens, described.last + 1);
  if (isSpeechVerb(tokens[v])) return { found: described, verb: v, end: v };
  let a = described.last + 1;
  if (tokens[a]?.text === ',' && AGE.test(tokens[a + 1]?.text ?? '')) a += 2;
  const after = tokens[a];
  return isSpeechVerb(tokens[k], true) && (!after || after.text === '.' || after.text === ';' || participleAfter(tokens, a)) ? { found: described, verb: k, end: described.last } : null;
}

/**
 * ", setting out the advice …", ", adding that …": a comma and a lower-case participle after the name
 * go on about the speaker, as the sentence's end would ("said committee chair Jo Park, 68, setting out …").
 */
function participleAfter(tokens: Token[], comma: number): boolean {
  const t = tokens[comma + 1];
  return tokens[comma]?.text === ',' && !!t && t.kind === 'word' && !t.cap && t.lower.length >= 5 && t.lower.endsWith('ing');
}

/** A person's age as an apposition: one to three digits. */
const AGE = /^\d{1,3}$/;

/** Is the speech-verb-shaped token at i used as a verb here? */
export function isVerbUse(ctx: ArticleContext, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!isSpeechVerb(t)) return false;
  let p = i - 1;
  while (p >= 0 && tokens[p].kind === 'word' && ADVERBS.has(tokens[p].lower)) p--;
  const prev = tokens[p];
  if (!prev) return !NOUN_FORMS.has(t.lower);
  // "a shirt that reads", "who said": a verb after a relative pronoun; "that claim" is a noun.
  if (prev.kind === 'word' && RELATIVES.has(prev.lower)) return !/^(claim|post|note|tweet|comment|remark|answer|reply|call|promise|pledge|warning|counter|statement|quote|report)$/.test(t.lower);
  if (prev.possessive || (prev.kind === 'word' && (DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower)) && !(t.lower.endsWith('ing') && prev.lower !== 'the'))) return false;
  if (!NOUN_FORMS.has(t.lower)) return true;
  if (t.lower.endsWith('ing')) return prev.text === ',';
  return !!personAt(ctx, prev) || (prev.kind === 'word' && (PERSON_PRONOUNS.has(prev.lower) || RELATIVES.has(prev.lower)));
}

/** The nearest speech verb before token `before` in the sentence, skipping quoted words. */
export function verbBefore(ctx: ArticleContext, tokens: Token[], before: number, quoted: (offset: number) => boolean): number {
  for (let k = before - 1; k >= 0 && before - k <= 60; k--) {
    if (quoted(tokens[k].start)) continue;
    if (!isVerbUse(ctx, tokens, k)) continue;
    // "continues", "maintained", "described": speech only when the quotation follows at once.
    if (isSpeechVerb(tokens[k], true) || before - k <= 4) return k;
  }
  return -1;
}

/** The subject written right before a verb ("Musk", "he", "Noonan, CEO of CyberSheath,", "the company"). */
export function subjectBefore(ctx: ArticleContext, tokens: Token[], verb: number): Located | null {
  let p = verb - 1;
  while (p >= 0 && tokens[p].kind === 'word' && ADVERBS.has(tokens[p].lower)) p--;
  if (p < 0) return null;
  return agentEndingAt(ctx, tokens, p) ?? relativeSubject(ctx, tokens, p);
}

/** Tokens back from a verb searched for the ", who …," clause set between a person and it. */
const RELATIVE_REACH = 20;
/** Tokens of a short "of/from/at …" description between a person and ", who". */
const DESCRIPTION_REACH = 8;
const DESCRIBING = new Set(['of', 'from', 'at']);

/**
 * "Dr Ana Ruiz of the city museum, who examined the find in 2024, called it “…”": a person, a short
 * description and a ", who …," clause before the verb (p, the comma closing the clause): the person.
 */
function relativeSubject(ctx: ArticleContext, tokens: Token[], p: number): Located | null {
  if (tokens[p]?.text !== ',') return null;
  for (let k = p - 1; k >= 2 && p - k <= RELATIVE_REACH; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== ',') return null;
    if ((t.lower !== 'who' && t.lower !== 'whose') || tokens[k - 1].text !== ',') continue;
    const person = (found: Located | null) => (found && found.agent.kind === 'person' ? found : null);
    const direct = person(agentEndingAt(ctx, tokens, k - 2));
    if (direct) return direct;
    // "of the University of Kelby": the person stands before the description's first word.
    for (let c = k - 2; c >= 1 && k - 2 - c <= DESCRIPTION_REACH; c--) {
      if (tokens[c].kind === 'punct') return null;
      if (!DESCRIBING.has(tokens[c].lower)) continue;
      const found = person(agentEndingAt(ctx, tokens, c - 1));
      if (found) return found;
    }
    return null;
  }
  return null;
}
