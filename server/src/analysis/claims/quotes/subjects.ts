// Who a sentence is about: its grammatical subject when that is a person, and who "he"/"she" refers
// to. Precision first: a role ("A spokesman declined …") or two people ("Smith and Jones") in the
// subject position block a pronoun from reaching further back.
import type { Token } from '../people/tokens';
import { isSpeechVerb, isTitle, isVerbLike, skipAdverbs } from '../people/names';
import { PREPOSITIONS, DETERMINERS, NOT_FIRST, isRoleWord } from '../people/lexicon';
import type { ArticleContext } from './context';
import { mentionEnd, mentionStart, personAt, sentenceAt } from './context';
import type { Agent, Located } from './agents';
import { agentStartingAt } from './agents';

export interface Subject {
  found: Located;
  /** Index of the subject's verb. */
  verb: number;
}

const QUOTE_MARKS = new Set(['“', '”', '"']);
const OPENING_MARKS = new Set(['“', '"']);
const CLOSING_MARKS = new Set(['”', '"']);
/** Space, tab, line breaks, no-break space. */
const SPACE_CODES = new Set([32, 9, 10, 13, 0xa0]);
/** "has been", "had been", "have been": auxiliaries before "been". */
const ADVERBS_BEFORE_BEEN = new Set(['has', 'had', 'have']);
/** Appositions verbAfter steps over between a subject and its verb. */
const MAX_APPOSITIONS = 3;
/** Tokens a blog's entry stamp may take: "11", ":", "52", "a.m.", "GMT". */
const STAMP_TOKENS = 6;

/** Whether a token is (a piece of) a pictograph: an emoji's surrogate halves, a symbol such as ⚠ or
 *  ✅ (arrows to dingbats, U+2190–U+2BFF), or the variation selector and joiner that dress them. */
function isPictograph(t: Token): boolean {
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    const piece = (c >= 0xd800 && c <= 0xdfff) || (c >= 0x2190 && c <= 0x2bff) || c === 0xfe0f || c === 0x200d;
    if (!piece) return false;
  }
  return t.text.length > 0;
}

/** Where the sentence goes on after an opening entry stamp and its dash ("11:52 –") or its emoji
 *  ("11:40 🍎 Orchard grower …", a live blog's marker for the entry), or 0 without one. */
function entryStampEnd(tokens: Token[]): number {
  if (tokens[0]?.kind !== 'number') return 0;
  let clock = false;
  for (let k = 1; k < tokens.length && k <= STAMP_TOKENS; k++) {
    const t = tokens[k];
    if (t.text === '–' || t.text === '—' || t.text === '-' || t.text === '·' || t.text === '•' || t.text === '|') return clock ? k + 1 : 0;
    if (clock && isPictograph(t)) {
      let j = k + 1;
      while (j < tokens.length && isPictograph(tokens[j])) j++;
      return j;
    }
    if (t.text === ':' || t.text === '.') clock = true;
    else if (t.kind !== 'number' && !/^(?:a\.?m\.?|p\.?m\.?|[a-z]{2,4}t)$/i.test(t.text)) return 0;
  }
  return 0;
}

/** Words at most in a transcript's speaker label ("ARIF HOSSAIN:", "DEPUTY CHIEF ANA RUIZ:"). */
const LABEL_WORDS = 5;

/** Past a transcript's speaker label in capitals and its colon at the sentence's start ("ANA RUIZ: …"); 0 when none. */
function labelEnd(tokens: Token[]): number {
  for (let k = 0; k < tokens.length && k <= LABEL_WORDS; k++) {
    const t = tokens[k];
    if (t.text === ':') return k >= 1 && tokens[k + 1] !== undefined ? k + 1 : 0;
    if (t.kind !== 'word' || t.text.length < 2 || t.text !== t.text.toUpperCase() || t.text === t.text.toLowerCase()) return 0;
  }
  return 0;
}

/** Whether tokens[from, to) hold no punctuation but apostrophes ("the dockers' union") and brackets round an acronym ("(GERA)"). */
function wordsOnly(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct' || t.text === "'" || t.text === '’') continue;
    // "the Coastal Relief Agency (CRA)": a bracketed acronym right after the name it shortens.
    if (t.text === '(' && tokens[i + 2]?.text === ')' && i + 2 < to && tokens[i + 1].text === tokens[i + 1].text.toUpperCase() && tokens[i + 1].kind === 'word') { i += 2; continue; }
    return false;
  }
  return true;
}
/** Relative pronouns that open a clause set off by commas after a name ("Ana Ruiz, who is not related to the mayor, said"). */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whose']);
/** Conjunctions that may open a sentence before its subject ("And the minister said …"). */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'yet', 'so']);
/** Adverbs of place and time that open a sentence before a comma ("Outside, Ruiz said …", "Afterwards, she …"). */
const OPENING_ADVERBS: ReadonlySet<string> = new Set(['outside', 'inside', 'afterwards', 'afterward', 'separately', 'elsewhere',
  'nearby', 'instead', 'finally', 'overall', 'outdoors', 'indoors', 'downstairs', 'upstairs', 'abroad', 'privately', 'publicly', 'briefly']);
/** The outlet speaking of itself, opening a sentence ("We spoke to …"). */
const OUTLET_SELF: ReadonlySet<string> = new Set(['we', 'i']);
/** Verbs of meeting someone to interview them, right after the outlet's "we" ("spoke to", "met"). */
const INTERVIEWED: ReadonlySet<string> = new Set(['spoke', 'talked', 'met', 'interviewed', 'reached']);

/** Words of what a person interviewed is, at most, between the verb and the name ("Uvs governor"). */
const ROLE_BEFORE_NAME = 3;

/** Tokens at most in a bracket inside an opening phrase ("(15:00 local, which is 13:00 GMT)"). */
const BRACKET_REACH = 30;
/** How many sentences back a pronoun may reach. */
const MAX_LOOKBACK = 12;
/** How many tokens back within a sentence a clause subject is looked for. */
const WINDOW = 60;

/** Resolution of an agent to a person key: a key, or null when it is not a person or is unclear. */
export type Resolved = { key: string; via: 'named' | 'pronoun' | 'role' } | null;

export class SubjectFinder {
  private readonly subjects = new Map<number, Subject | null>();
  private readonly depth = { n: 0 };
  private readonly pronouns = new Map<string, string | null>();

  constructor(private readonly ctx: ArticleContext) {}

  /** The sentence's subject (after any opening phrase and any leading quotation). */
  subjectOf(si: number): Subject | null {
    if (this.subjects.has(si)) return this.subjects.get(si) ?? null;
    const s = this.ctx.text.sentences[si];
    const found = s && !s.isHeading ? this.find(this.ctx.tokens(si)) : null;
    this.subjects.set(si, found);
    return found;
  }

  private find(tokens: Token[]): Subject | null {
    let i = 0;
    if (tokens[0] && QUOTE_MARKS.has(tokens[0].text)) {
      // “…,” Liska said. — the speaker after a leading quotation is what the sentence is about.
      let k = 1;
      while (k < tokens.length && !QUOTE_MARKS.has(tokens[k].text)) k++;
      i = k + 1;
      while (tokens[i] && tokens[i].text === ',') i++;
      if (isSpeechVerb(tokens[i])) {
        const found = agentStartingAt(this.ctx, tokens, skipAdverbs(tokens, i + 1));
        return found ? { found, verb: i } : null;
      }
      return this.subjectAt(tokens, i);
    }
    // "11:52 – Ana Ruiz, who …", "19:52 – At the news conference, Captain Ruiz says …": a live
    // blog's entry stamp before a dash is no part of the sentence; its subject comes after.
    // "ARIF HOSSAIN: Superintendent Ana Ruiz told us, “…”": a transcript's speaker label opening the
    // sentence is who speaks the turn, not the subject of what the turn reports.
    let start = entryStampEnd(tokens) || labelEnd(tokens);
    // "And the port's spokeswoman, Jo Park, called it …", "But Ruiz said …": a conjunction opening
    // the sentence (as speech and transcripts often do) links it to the last one; the subject follows.
    if (tokens[start]?.cap && CONJUNCTIONS.has(tokens[start].lower) && tokens[start + 1]?.kind === 'word') start++;
    // An opening phrase ends at the first comma: "In a post on X, Musk claimed …", "However, he …".
    // Read it first: "In Leeds, Maria Lopez said" is not "In Leeds" with "Maria Lopez" in apposition.
    const first = tokens[start];
    const opening = first && first.cap && (NOT_FIRST.has(first.lower) || PREPOSITIONS.has(first.lower) ||
      (OPENING_ADVERBS.has(first.lower) && tokens[start + 1]?.text === ','));
    const after = opening ? this.afterOpening(tokens, start) : null;
    return after ?? this.subjectAt(tokens, start);
  }

  /** The subject after an opening phrase's comma, or null. */
  private afterOpening(tokens: Token[], start: number): Subject | null {
    let limit = start + 30;
    for (let k = start + 1; k < tokens.length && k < limit; k++) {
      if (QUOTE_MARKS.has(tokens[k].text)) return null;
      if (tokens[k].text === ',') return this.subjectAt(tokens, k + 1);
      // "At the briefing (15:00 local, which is 13:00 GMT), Ana Ruiz said": a bracket's commas are
      // its own; the phrase goes on after it closes (a bracket of BRACKET_REACH tokens at most).
      if (tokens[k].text === '(') {
        let c = k + 1;
        while (c < tokens.length && c <= k + BRACKET_REACH && tokens[c].text !== ')' && tokens[c].text !== '(' && !QUOTE_MARKS.has(tokens[c].text)) c++;
        if (tokens[c]?.text !== ')') return null;
        limit += c - k;
        k = c;
      }
    }
    return null;
  }

  /** A subject starting at (or a few modifier words after) token i, followed by its verb. */
  private subjectAt(tokens: Token[], i0: number): Subject | null {
    let i = i0;
    // "Security researcher Kevin Beaumont", "The South-Africa-born Musk", "CEO Elon Musk", and a
    // role's portfolio after "of"/"for": "Head of planning Ana Ruiz", "Director of public health Jo Park".
    for (let k = i0; k < tokens.length && k <= i0 + 5; k++) {
      if (personAt(this.ctx, tokens[k])) { i = k; break; }
      const t = tokens[k];
      const portfolio = (t.lower === 'of' || t.lower === 'for') && isRoleWord(tokens[k - 1]?.lower ?? '');
      if (t.kind !== 'word' || (k > i0 && (DETERMINERS.has(t.lower) || (PREPOSITIONS.has(t.lower) && !portfolio))) || isVerbLike(t)) break;
    }
    let found = agentStartingAt(this.ctx, tokens, i);
    if (!found && i !== i0) found = agentStartingAt(this.ctx, tokens, i0);
    // "Jones's lawyer, Ana Ruiz, told …": a person's possessive opens a role; the name fronted after it is the subject.
    if (!found && personAt(this.ctx, tokens[i]) && tokens[mentionEnd(this.ctx, tokens, i)].possessive) {
      const fronted = this.frontedName(tokens, mentionEnd(this.ctx, tokens, i) + 1);
      if (fronted) { const verb = this.verbAfter(tokens, fronted.last + 2); return verb >= 0 ? { found: fronted, verb } : null; }
    }
    if (!found) return null;
    // "However, …", "Meanwhile, …": an opener, not a subject.
    if (found.agent.kind === 'thing' && found.first === found.last && NOT_FIRST.has(tokens[found.first].lower)) return null;
    // "The principal owner of the platform, Elon Musk, has blamed …"
    let after = found.last + 1;
    if (found.agent.kind !== 'person' && found.agent.kind !== 'pronoun') {
      const fronted = this.frontedName(tokens, found.last + 1);
      // The comma that closes the fronted name is not an apposition of its own: the verb follows it.
      if (fronted) { found = fronted; after = found.last + 2; }
    }
    const verb = this.verbAfter(tokens, after);
    return verb >= 0 ? { found, verb } : null;
  }

  private frontedName(tokens: Token[], from: number): Located | null {
    for (let k = from; k < tokens.length && k < from + 15; k++) {
      const t = tokens[k];
      if (isVerbLike(t) || QUOTE_MARKS.has(t.text)) return null;
      // "Scotland's chief vet, Dr Ailsa Ruiz, told …": a title before the name is not yet the name.
      const n = tokens[k + 1] && isTitle(tokens[k + 1]) && personAt(this.ctx, tokens[k + 2]) ? k + 2 : k + 1;
      if (t.text === ',' && personAt(this.ctx, tokens[n])) {
        const end = mentionEnd(this.ctx, tokens, n);
        if (tokens[end + 1]?.text === ',' && !tokens[end].possessive) return agentStartingAt(this.ctx, tokens, n);
        return null;
      }
    }
    return null;
  }

  /** Index of the verb after a subject, skipping adverbs and an apposition between commas. */
  verbAfter(tokens: Token[], from: number): number {
    let k = skipAdverbs(tokens, from);
    if (tokens[k]?.text === ',') {
      // "Ana Ruiz, 47, of the dockers' union, said": up to three appositions, each to its comma.
      for (let n = 1; tokens[k]?.text === ','; n++) {
        let c = k + 1;
        while (c < tokens.length && c < k + 30 && tokens[c].text !== ',' && !isSpeechVerb(tokens[c], true)) {
          if (QUOTE_MARKS.has(tokens[c].text)) return -1;
          c++;
        }
        if (c >= tokens.length || c >= k + 30) return -1;
        if (tokens[c].text !== ',') { k = c; break; }
        const next = skipAdverbs(tokens, c + 1);
        // Only words step over to a further apposition: "SELMOUTH, June 7 (Coastwire) - Ana Ruiz, the
        // engineer, said" is a dateline before the subject, not the subject's first aside.
        k = n < MAX_APPOSITIONS && next === c + 1 && wordsOnly(tokens, k + 1, c) && this.isApposition(tokens, c + 1) ? c : next;
      }
    } else if (tokens[k] && (tokens[k].lower === 'of' || tokens[k].lower === 'from')) {
      // "Allan Liska of the cybersecurity firm Recorded Future further spoke out"
      let c = k + 1;
      // "of Industrial Police-1", "of Unit 7": a number glued to the unit's name by a hyphen, or after it, is part of the name.
      while (c < tokens.length && c < k + 10 && !isVerbLike(tokens[c]) && (tokens[c].kind === 'word' || numberedUnit(tokens, c))) c++;
      k = skipAdverbs(tokens, c);
    }
    // "has been doing the media rounds": the auxiliaries are skipped as adverbs; "been" is the verb.
    if (isVerbLike(tokens[k]) || (tokens[k]?.lower === 'been' && k > from && ADVERBS_BEFORE_BEEN.has(tokens[k - 1].lower))) return k;
    // "Ruiz had the last word: “…”": "had" skipped as an auxiliary is the verb itself before a determiner.
    return k > from && ADVERBS_BEFORE_BEEN.has(tokens[k - 1].lower) && DETERMINERS.has(tokens[k]?.lower ?? '') ? k - 1 : -1;
  }

  /** Words from `from` to a comma with no verb, adverb or quotation among them: an apposition. */
  private isApposition(tokens: Token[], from: number): boolean {
    // "…, which is co-funding the drive, said": a relative clause to its comma, with its own verb.
    if (RELATIVES.has(tokens[from]?.lower ?? '')) {
      for (let c = from + 1; c < tokens.length && c < from + 30; c++) {
        const t = tokens[c];
        if (t.text === ',') return c > from + 1;
        if (QUOTE_MARKS.has(t.text) || isSpeechVerb(t, true) || (t.kind === 'punct' && t.text !== '-' && t.text !== "'" && t.text !== '’')) return false;
      }
      return false;
    }
    for (let c = from; c < tokens.length && c < from + 30; c++) {
      const t = tokens[c];
      if (t.text === ',') return c > from;
      if (QUOTE_MARKS.has(t.text) || isVerbLike(t) || isSpeechVerb(t, true) || skipAdverbs(tokens, c) !== c) return false;
    }
    return false;
  }

  /** A person key for an agent found in sentence `si`. */
  resolve(found: Located, si: number): Resolved {
    const a = found.agent;
    if (a.kind === 'person') return a.key ? { key: a.key, via: 'named' } : null;
    if (a.kind === 'pronoun') {
      if (a.pronoun === 'they') return null; // usually a group: too risky to pin on one person
      const key = this.resolvePronoun(si, a.index);
      return key ? { key, via: 'pronoun' } : null;
    }
    if (a.kind === 'role') {
      const key = this.resolveRole(a.head, si, found.first);
      return key ? { key, via: 'role' } : null;
    }
    return null;
  }

  /**
   * "the researcher" → the only person the article gives that role; when several have it, the latest
   * subject among them.
   */
  resolveRole(head: string, si: number, index: number): string | null {
    const matches = this.ctx.people.filter((p) => p.roles.some((r) => r.toLowerCase().split(/[\s’']+/).includes(head)));
    if (matches.length <= 1) return matches.length === 1 ? matches[0].key : null;
    const recent = this.resolvePronoun(si, index);
    return recent && matches.some((p) => p.key === recent) ? recent : null;
  }

  /** The person "he"/"she" at token `index` of sentence `si` refers to, or null when unclear. */
  resolvePronoun(si: number, index: number): string | null {
    const memo = `${si}:${index}`;
    const known = this.pronouns.get(memo);
    if (known !== undefined) return known;
    const key = this.resolvePronounUncached(si, index);
    this.pronouns.set(memo, key);
    return key;
  }

  private resolvePronounUncached(si: number, index: number): string | null {
    if (this.depth.n > 8) return null;
    this.depth.n++;
    try {
      const same = this.earlierInSentence(si, index);
      if (same !== undefined) return same;
      // This paragraph and the previous one; clutter lines ("READ: …") in between do not count.
      let paragraph = this.ctx.text.sentences[si].paragraph;
      let crossed = 0;
      for (let k = si - 1; k >= 0 && si - k <= MAX_LOOKBACK; k--) {
        const s = this.ctx.text.sentences[k];
        if (s.isHeading) continue;
        if (s.paragraph !== paragraph) {
          paragraph = s.paragraph;
          // "Ruiz, the mayor: ¶ “…” ¶ She added: …": a paragraph that is only a quotation naming no one
          // is the last speaker's words, not a turn to someone else.
          if (!this.quotationOnly(paragraph) && ++crossed > 1) break;
        }
        const subj = this.subjectOf(k);
        if (!subj) {
          // "Emergency crews carried out …, Commissioner Ana Ruiz said.": the subject is not made out,
          // but the one person who closes the sentence by saying it is the one "she" goes on with.
          const closing = this.closingSpeaker(k);
          if (closing !== undefined) return closing;
          // "Tam Reid, 71, who has lived on the street for 40 years, watched from his window.": a
          // sentence that opens with a person whose verb is not found still names who "he" is next;
          // one that names someone elsewhere leaves it unclear.
          const named = this.namedIn(k);
          if (named === undefined) continue;
          return named;
        }
        const a = subj.found.agent;
        if (a.kind === 'thing') {
          // "The union denied it, and spokeswoman Ana Ruiz said …": a person who speaks in a later
          // clause of a sentence about a thing is the one "she" goes on with.
          const clause = this.earlierInSentence(k, this.ctx.tokens(k).length);
          if (clause) return clause;
          continue;
        }
        if (a.kind === 'person') return a.key || null;
        if (a.kind === 'pronoun') return a.pronoun === 'they' ? null : this.resolvePronoun(k, a.index);
        return null; // a role or two people: unclear
      }
      return null;
    } finally {
      this.depth.n--;
    }
  }

  /**
   * "We spoke to Ana Ruiz, 44, a nurse who …" / "I met Tom Hale outside": the outlet, in the first
   * person, opens by naming whom it interviewed, and "he said" after it is that person's. Undefined
   * when the sentence does not open so; null when it names anyone else as well.
   */
  private interviewedIn(tokens: Token[]): string | null | undefined {
    // A live blog's stamp before the sentence, and an emoji after its dash ("12:30 — 📞 We reached …"), are no words of it.
    let o = entryStampEnd(tokens);
    while (o < tokens.length && isPictograph(tokens[o])) o++;
    if (tokens.length < o + 3 || !OUTLET_SELF.has(tokens[o].lower) || !INTERVIEWED.has(tokens[o + 1].lower)) return undefined;
    let at = tokens[o + 2].lower === 'to' || tokens[o + 2].lower === 'with' ? o + 3 : o + 2;
    // "We reached Uvs governor Ana Ruiz by phone", "I spoke to fire chief Tom Hale": what the person
    // is, in a few words before the name.
    for (let k = at; k < tokens.length && k <= at + ROLE_BEFORE_NAME; k++) {
      if (personAt(this.ctx, tokens[k])) { at = k; break; }
      if (tokens[k].kind === 'punct') break;
    }
    const who = tokens[at] ? personAt(this.ctx, tokens[at]) : null;
    if (!who) return undefined;
    for (let i = mentionEnd(this.ctx, tokens, at) + 1; i < tokens.length; i++) {
      const other = personAt(this.ctx, tokens[i]);
      if (other && other !== who) return null;
    }
    return who;
  }

  /** Whether paragraph p opens and closes with a quotation mark and names no one. */
  private quotationOnly(p: number): boolean {
    const span = this.ctx.text.paragraphs[p];
    const { plain } = this.ctx.text;
    let a = span.start;
    let b = span.end - 1;
    while (a <= b && SPACE_CODES.has(plain.charCodeAt(a))) a++;
    while (b >= a && SPACE_CODES.has(plain.charCodeAt(b))) b--;
    if (b - a < 2 || !OPENING_MARKS.has(plain[a])) return false;
    if (!CLOSING_MARKS.has(plain[b]) && !(CLOSING_MARKS.has(plain[b - 1]) && '.,'.includes(plain[b]))) return false;
    const sentences = this.ctx.text.sentences;
    for (let si = sentenceAt(this.ctx.text, a); si >= 0 && si < sentences.length && sentences[si].paragraph === p; si++) {
      for (const t of this.ctx.tokens(si)) if (personAt(this.ctx, t)) return false;
    }
    return true;
  }

  /**
   * For a sentence whose subject was not found: the person it opens with, null when it names someone
   * only further on, undefined when it names no one.
   */
  private namedIn(si: number): string | null | undefined {
    const tokens = this.ctx.tokens(si);
    const first = personAt(this.ctx, tokens[0]);
    if (first) return tokens[mentionEnd(this.ctx, tokens, 0)].possessive ? null : first;
    const interviewed = this.interviewedIn(tokens);
    if (interviewed !== undefined) return interviewed;
    for (const t of tokens) if (personAt(this.ctx, t)) return null;
    return undefined;
  }

  /**
   * The person a sentence ends by crediting ("…, police Commissioner Ana Ruiz said."): a mention after a
   * comma's clause, right before a speech verb and the sentence's end; null (unclear) when another
   * person shares that clause ("…, Ruiz and Whitlock said"); undefined when there is no such clause.
   */
  private closingSpeaker(si: number): string | null | undefined {
    const tokens = this.ctx.tokens(si);
    let end = tokens.length - 1;
    if (end >= 0 && tokens[end].kind === 'punct') end--;
    if (end < 2 || !isSpeechVerb(tokens[end])) return undefined;
    const key = personAt(this.ctx, tokens[end - 1]);
    if (!key) return undefined;
    // Back to the comma that opens the closing clause: no other person on the way, and no "and" but
    // one inside a name in capitals ("Fire and Emergency Services Commissioner").
    for (let k = mentionStart(this.ctx, tokens, end - 1) - 1; k >= 0; k--) {
      const t = tokens[k];
      if (t.text === ',') return key;
      if (personAt(this.ctx, t)) return null;
      if ((t.lower === 'and' || t.text === '&') && !(tokens[k - 1]?.cap && tokens[k + 1]?.cap)) return null;
    }
    return undefined;
  }

  /** A subject earlier in the same sentence ("While Musk says …, he noted"); undefined when none. */
  private earlierInSentence(si: number, index: number): string | null | undefined {
    const subj = this.subjectOf(si);
    const tokens = this.ctx.tokens(si);
    let best: string | null | undefined;
    for (let k = Math.max(0, index - WINDOW); k < index; k++) {
      const key = personAt(this.ctx, tokens[k]);
      if (!key) continue;
      const end = mentionEnd(this.ctx, tokens, k);
      const before = tokens[k - 1];
      if (!tokens[end].possessive && !(before && (PREPOSITIONS.has(before.lower) || DETERMINERS.has(before.lower)))
        && this.verbAfter(tokens, end + 1) >= 0) best = key;
      k = end;
    }
    if (best !== undefined) return best;
    if (subj && subj.found.first < index) {
      const a: Agent = subj.found.agent;
      if (a.kind === 'person') return a.key || null;
      if (a.kind === 'pronoun' && a.index !== index) return a.pronoun === 'they' ? null : this.resolvePronoun(si, a.index);
      if (a.kind === 'role' || a.kind === 'ambiguous') return null;
    }
    return undefined;
  }
}

/** A unit's number in its name: the hyphen of "Police-1" glued between a capitalised word and a number, or that number. */
function numberedUnit(tokens: Token[], c: number): boolean {
  const t = tokens[c];
  if (t.text === '-') return tokens[c - 1]?.cap === true && tokens[c - 1].end === t.start && tokens[c + 1]?.kind === 'number' && tokens[c + 1].start === t.end;
  return t.kind === 'number' && tokens[c - 1]?.text === '-' && tokens[c - 1].end === t.start && tokens[c - 2]?.cap === true;
}
