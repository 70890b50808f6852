// People stage: who the article names, every mention of them (full name, surname, "Mr. Surname"),
// and the roles it gives them.
import type { ArticleText, Person, Span } from '../../types';
import type { Token } from './tokens';
import { adjacent, sentenceTokensOf } from './tokens';
import type { NameRun } from './names';
import { findRuns, isDeterminer, isSpeechVerb, isVerbLike, rejectReason, skipAdverbs, tokenBefore, trimmedRuns } from './names';
import type { EvidenceContext } from './evidence';
import { isPersonRun } from './evidence';
import type { RoleContext } from './roles';
import { roleBefore, roleFronted, rolesAfter } from './roles';
import { localAt, localId, remembering, type Shift } from '../../local';
import { mapped } from '../../mapped';
import { FAMILY_NAME_FIRST, FIRST_NAMES, MONTHS_AND_DAYS, isRoleWord } from './lexicon';
import { WORLD_GIVEN_NAME_FORMS } from './worldGivenNames';
import { firstSurname } from './surnames';
import { isGivenName } from './givenNames';
import { familyNameFirst, personKey } from './nameOrder';


interface Draft {
  key: string;
  name: string;
  words: string[];
  mentions: Span[];
  roles: string[];
  /** Every sighting opened a sentence, where any word is capitalised. */
  initialOnly: boolean;
}

const AMBIGUOUS = '\u0000';
/** A lone given name beside a speech verb ("“…,” Hrafnhildur said"): whose it is, read in order (givenNameOwner). */
const GIVEN = '\u0001';

/** Title case: most longer words capitalised ("Experts Question Musk’s Cyber Attack Claims"). */
export function looksLikeHeadline(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  const last = tokens[tokens.length - 1];
  // A line that ends with a colon leads into what follows ("Dana Rhee, Chief Executive of the Board,
  // said:"), as a sentence does: headlines do not end so.
  // So does one that ends on an initial's full stop ("… in the queue at Gate C.").
  const ended = !!last && ((last.kind === 'punct' && '.?!”":'.includes(last.text)) || (last.kind === 'word' && last.text.endsWith('.')));
  // "Colm Reddan, Director, Wexford County Council, said:": a speech verb right before the colon
  // introduces what follows, however many words of its titles are capitalised.
  if (ended && last.text === ':' && isSpeechVerb(tokens[tokens.length - 2], true)) return false;
  return ended ? words >= 5 && caps / words >= 0.85 : words >= 3 && caps / words >= 0.6;
}

/** A name the first pass found in one sentence. */
interface Candidate {
  key: string;
  name: string;
  words: string[];
  initial: boolean;
}

/** A mention the second pass found in one sentence, with the roles given beside it (none in headings). */
interface Sighting {
  key: string;
  start: number;
  end: number;
  roles: (string | null)[];
}

/** Where one sentence's words for the article's sets go. */
interface WordSinks {
  proper: { push(word: string): unknown };
  alone: { push(word: string): unknown };
  subjects: { push(word: string): unknown };
  /** Keys of name-shaped runs told as an organisation before a role and a name ("Ravel Mining chief executive Ana Ruiz"). */
  orgs: { push(key: string): unknown };
}

/** What one sentence adds to the article's word sets (a remembered result). */
interface SentenceWords extends WordSinks {
  proper: string[];
  alone: string[];
  subjects: string[];
  orgs: string[];
}

/** Words pushed straight into one of the article's sets: nothing remembered, so no arrays per sentence. */
class SetSink {
  constructor(private readonly set: Set<string>) {}
  push(word: string): void {
    this.set.add(word);
  }
}

/**
 * The people an article names, in order of first mention.
 *
 * Each sentence's part of every pass is a local result (local.ts), so a keystroke re-reads only the
 * sentences it touched. What a sentence's part reads beyond its own text is in its key: the first
 * pass reads the article's word sets (proper words, lone words, subjects), the second the names the
 * first found (which give the aliases) and the proper words; both whether the sentence is a heading.
 * The sets are only asked whether they hold a word, so equal sets (one localId) give equal results
 * whichever sentences gave their words.
 */
export function extractPeople(text: ArticleText): Person[] {
  const { plain, sentences } = text;
  const tokens: Token[][] = [];
  const tokensOf = (si: number): Token[] => (tokens[si] ??= sentenceTokensOf(plain, sentences[si], si));
  const heading = (si: number): string => (sentences[si].isHeading ? 'h' : 'b');

  const properWords = new Set<string>();
  const aloneWords = new Set<string>();
  const subjectWords = new Set<string>();
  const orgKeys = new Set<string>();
  if (remembering()) {
    // Each pass asks local.ts for every sentence with one function of the sentence's index (localAt): no closure per sentence.
    const wordsOf = (si: number): SentenceWords => sentenceWords(plain, tokensOf(si), sentences[si].isHeading, { proper: [], alone: [], subjects: [], orgs: [] });
    for (let si = 0; si < sentences.length; si++) {
      const { span, paragraph } = sentences[si];
      const words = localAt('people-words', plain, span.start, span.end, si, paragraph, wordsOf, si, heading(si), same, stays);
      for (const w of words.proper) properWords.add(w);
      for (const w of words.alone) aloneWords.add(w);
      for (const w of words.subjects) subjectWords.add(w);
      for (const k of words.orgs) orgKeys.add(k);
    }
  } else {
    // Nothing remembered (a source): no closure and place for local(), and the words go straight into the sets.
    const into: WordSinks = { proper: new SetSink(properWords), alone: new SetSink(aloneWords), subjects: new SetSink(subjectWords), orgs: new SetSink(orgKeys) };
    for (let si = 0; si < sentences.length; si++) sentenceWords(plain, tokensOf(si), sentences[si].isHeading, into);
  }
  const proper = localId(() => `p${sorted(properWords)}`);
  const sets = localId(() => `s${sorted(aloneWords)}\u0001${sorted(subjectWords)}\u0001${sorted(orgKeys)}`);
  // The extras are the same for every sentence: joined once, not per sentence.
  const candidateExtra = proper + sets;

  // Pass 1: people with evidence, from body sentences only (headlines are title case).
  const people = new Map<string, Draft>();
  const candidatesOf = (si: number) => candidates({ plain, tokens: tokensOf(si), properWords, subjectWords, aloneWords }, orgKeys);
  for (let si = 0; si < sentences.length; si++) {
    if (sentences[si].isHeading) continue;
    const found = remembering()
      ? localAt('people-candidates', plain, sentences[si].span.start, sentences[si].span.end, si, sentences[si].paragraph, candidatesOf, si, candidateExtra, same, stays)
      : candidatesOf(si);
    for (const c of found) {
      // One path for a new name and a name seen again: a branch first taken in optimised code deoptimises it.
      let person = people.get(c.key);
      if (!person) people.set(c.key, person = { key: c.key, name: c.name, words: c.words, mentions: [], roles: [], initialOnly: true });
      person.initialOnly = person.initialOnly && c.initial;
    }
  }
  dropGluedWords(people);
  mergeSurnameOnly(people);
  const aliases = aliasMap(people);
  const givenNames = new Set<string>();
  for (const p of people.values()) if (p.words.length >= 2) givenNames.add(givenNameOf(p.words));
  const byFirstWord = new Map<string, Draft[]>();
  for (const p of people.values()) {
    // One push for new and seen words: a branch first taken after optimising deoptimises.
    let list = byFirstWord.get(p.words[0]);
    if (list === undefined) { list = []; byFirstWord.set(p.words[0], list); }
    list.push(p);
  }
  // The names kept (a key is its words) give every match and alias of the second pass.
  const names = localId(() => `n${sorted(people.keys())}`);
  const mentionExtra = { h: proper + names + 'h', b: proper + names + 'b' };

  // Pass 2: every mention, headlines included, and the roles given beside each.
  const sightingsOf = (si: number) => sightings({ plain, tokens: tokensOf(si), properWords }, byFirstWord, aliases, givenNames, sentences[si].isHeading);
  for (let si = 0; si < sentences.length; si++) {
    const isHeading = sentences[si].isHeading;
    const seen = remembering()
      ? localAt('people-mentions', plain, sentences[si].span.start, sentences[si].span.end, si, sentences[si].paragraph, sightingsOf, si, mentionExtra[isHeading ? 'h' : 'b'], movedSightings, shiftSightings)
      : sightingsOf(si);
    for (const m of seen) {
      const shared = (surname: string) => roleOwner(people, surname, m.start, m.roles[0] ?? null) ??
        sharedSurnameOwner(people, surname, m.start, previousParagraphStart(text, si), !NAME_WORD_BEFORE.test(plain.slice(Math.max(0, m.start - NAME_WORD_REACH), m.start)));
      const found = m.key.startsWith(AMBIGUOUS) ? shared(m.key.slice(AMBIGUOUS.length))
        : m.key.startsWith(GIVEN) ? givenNameOwner(people, m.key.slice(GIVEN.length), m.start) : people.get(m.key);
      // "Governor Hartono" read as a person of its own beside "Rina Hartono" and "Agus Hartono": a surname
      // alone that two people share is still read in order for whose it is, and kept apart only when unread.
      const person = found && found.words.length === 1 && holdersOf(people, found.words[0]) >= 2 ? shared(found.words[0]) ?? found : found;
      if (!person) continue;
      person.mentions.push({ start: m.start, end: m.end });
      for (const r of m.roles) {
        if (r && !person.roles.some((x) => x.toLowerCase() === r.toLowerCase())) person.roles.push(r);
      }
    }
  }

  foldSharedSurname(people);
  const out: Person[] = [];
  // "Yoon Ji-hye" and "Ji-hye Yoon" (nameOrder.ts): one key, and one person where an article writes both.
  const byKey = new Map<string, Person>();
  for (const p of people.values()) {
    if (p.mentions.length === 0) continue;
    const key = personKey(p.words, p.name.split(' '));
    const had = byKey.get(key);
    if (had) {
      had.mentions.push(...p.mentions);
      for (const r of p.roles) if (!had.roles.some((x) => x.toLowerCase() === r.toLowerCase())) had.roles.push(r);
      had.mentions.sort((a, b) => a.start - b.start);
      continue;
    }
    p.mentions.sort((a, b) => a.start - b.start);
    const person: Person = { key, name: p.name, mentions: p.mentions, roles: p.roles };
    byKey.set(key, person);
    out.push(person);
  }
  out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return out;
}

// The first two passes' results hold words only (no offsets or indexes): the same wherever the
// sentence moves. The passes only read them (the memo hands the remembered object out).
const same = <T>(value: T): T => value;
const stays = (): void => {};

/** Sightings moved as local.ts's moved() moves them (roles are strings, read only). */
function movedSightings(seen: readonly Sighting[], shift: Shift): Sighting[] {
  const out: Sighting[] = [];
  for (const m of seen) out.push({ key: m.key, start: m.start + shift.offset, end: m.end + shift.offset, roles: m.roles });
  return out;
}

/** movedSightings in place: the second pass copies what it keeps of a sighting. */
function shiftSightings(seen: Sighting[], shift: Shift): void {
  for (const m of seen) {
    m.start += shift.offset;
    m.end += shift.offset;
  }
}

/** A set's words on one line, in code-unit order: equal sets give equal lines. */
function sorted(words: Iterable<string>): string {
  return [...words].sort().join('\n');
}

/**
 * One sentence's words for the article's sets: capitalised words standing alone mid-sentence
 * (proper nouns, "Google", unlike "Security" in a name; headings too), and in body sentences the
 * capitalised words standing alone (a one-word run) and those of them used as the subject of a verb
 * ("Beaumont identified", "Reese expressed").
 */
function sentenceWords<T extends WordSinks>(plain: string, tokens: Token[], isHeading: boolean, out: T): T {
  const runs = findRuns(plain, tokens);
  const trimmed = isHeading ? null : trimmedRuns(plain, tokens);
  for (let r = 0; r < runs.length; r++) {
    const raw = runs[r];
    if (raw.first === raw.last && !opensSentence(tokens, raw)) out.proper.push(tokens[raw.first].text);
    const run = trimmed && trimmed[r];
    if (run && run.first !== run.last && run.title < 0 && premodifiesRole(tokens, run)) out.orgs.push(runKey(tokens, run));
    if (!run || run.first !== run.last) continue;
    // "Transport for Wales said", "the Bank of England's": the last word of an organisation's name;
    // "in west Wales should": a place. Neither is a surname seen alone.
    if (endsOrganisation(plain, tokens, run.first) || COMPASS.has(tokens[run.first - 1]?.lower ?? '')) continue;
    const word = tokens[run.first].lower;
    out.alone.push(word);
    if (tokens[run.last].possessive || isDeterminer(tokenBefore(tokens, run))) continue;
    if (isVerbLike(tokens[skipAdverbs(tokens, run.last + 1)])) out.subjects.push(word);
  }
  return out;
}

/** Lower-case words of direction before a place: "west Wales", "northern Ontario". */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest', 'rural', 'coastal']);

/** A capitalised word after "for"/"of" that follows a capitalised word: "Transport for Wales", "Bank of England". */
function endsOrganisation(plain: string, tokens: Token[], at: number): boolean {
  const link = tokens[at - 1];
  const head = tokens[at - 2];
  return !!link && !!head && (link.lower === 'for' || link.lower === 'of') && !link.cap && head.cap && head.kind === 'word' &&
    adjacent(plain, head, link) && adjacent(plain, link, tokens[at]);
}

/** Lower-case words a role told before a name may hold besides role words ("managing director", "senior vice-president"). */
const ROLE_MODIFIERS = new Set(['managing', 'senior', 'deputy', 'acting', 'interim', 'general', 'vice', 'vice-president', 'regional', 'national', 'former']);
/** Lower-case words at most between a name-shaped run and the name its role goes before. */
const ROLE_REACH = 3;

/**
 * "Ravel Mining chief executive Ana Ruiz", "Corbel Freight managing director Tom Hale": a name-shaped
 * run told right before a lower-case role and another capitalised name is what that person works
 * for, an organisation, wherever else the article names it. A person is never told so ("Ana Ruiz
 * chief executive Tom Hale"); a possessive ("Ana Ruiz's lawyer Tom Hale") is left alone.
 */
function premodifiesRole(tokens: Token[], run: NameRun): boolean {
  if (tokens[run.last].possessive) return false;
  let role = false;
  let k = run.last + 1;
  for (; k <= run.last + ROLE_REACH; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.cap) break;
    if (isRoleWord(t.lower)) role = true;
    else if (!ROLE_MODIFIERS.has(t.lower)) return false;
  }
  const name = tokens[k];
  const surname = tokens[k + 1];
  return role && k > run.last + 1 && !!name && name.kind === 'word' && name.cap && !!surname && surname.kind === 'word' && surname.cap;
}

/** A run's key as candidates() writes it: its words in lower case. */
function runKey(tokens: Token[], run: NameRun): string {
  let key = '';
  for (let i = run.first; i <= run.last; i++) key += (i > run.first ? ' ' : '') + tokens[i].lower;
  return key;
}

/** Pass 1 in one body sentence: the runs with evidence that they name a person. */
function candidates(ctx: EvidenceContext, orgKeys: ReadonlySet<string>): readonly Candidate[] {
  const { plain, tokens } = ctx;
  // Made at the first name found: most sentences name nobody.
  let out: Candidate[] | null = null;
  if (looksLikeHeadline(tokens)) return NO_CANDIDATES;
  for (const run of trimmedRuns(plain, tokens)) {
    if (!run || rejectReason(tokens, run)) continue;
    if (!isPersonRun(ctx, run)) continue;
    const named = tokens.slice(run.first, run.last + 1);
    const lower = mapped(named, (t) => t.lower);
    if (orgKeys.size > 0 && orgKeys.has(lower.join(' '))) continue;
    // "Per Lunde, sales manager at a dealership, said …": a run that opens its sentence and is set off
    // by a role in apposition is told as a person is first introduced, in full: its first word is a
    // given name (however rare), not a capitalised word glued on (dropGluedWords).
    const initial = opensSentence(tokens, run) && run.title < 0 && rolesAfter(ctx, run).length === 0 && !copularRole(tokens, run);
    (out ??= []).push({ key: lower.join(' '), name: mapped(named, (t) => t.text).join(' '), words: lower, initial });
  }
  return out ?? NO_CANDIDATES;
}

const NO_CANDIDATES: readonly Candidate[] = [];

/** Words read after "is"/"was" for the role a copula gives the name before it. */
const COPULA_ROLE_REACH = 6;

/**
 * "Aiko Brandt is the council's deputy leader for housing": a run that opens its sentence and is
 * given a role by "is"/"was" is a person introduced in full, as by a role in apposition (a who's-who
 * line): its first word is a given name, however rare, not a capitalised word glued on.
 */
function copularRole(tokens: Token[], run: NameRun): boolean {
  const verb = tokens[run.last + 1];
  if (!verb || verb.kind !== 'word' || (verb.lower !== 'is' && verb.lower !== 'was')) return false;
  for (let k = run.last + 2; k < tokens.length && k <= run.last + 1 + COPULA_ROLE_REACH; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (isRoleWord(t.lower)) return true;
  }
  return false;
}

/** Pass 2 in one sentence: every mention of a person found, and the roles beside it (none in headings). */
function sightings(ctx: RoleContext, byFirstWord: Map<string, Draft[]>, aliases: Map<string, string>, givenNames: ReadonlySet<string>, isHeading: boolean): Sighting[] {
  const { plain, tokens } = ctx;
  const out: Sighting[] = [];
  for (const raw of findRuns(plain, tokens)) {
    for (const m of matchRun(tokens, raw, byFirstWord, aliases, givenNames, isHeading)) {
      out.push({
        key: m.key, start: tokens[m.run.first].start, end: tokens[m.run.last].end,
        roles: isHeading ? [] : [roleBefore(ctx, m.run), roleFronted(ctx, m.run), ...rolesAfter(ctx, m.run)],
      });
    }
  }
  return out;
}

/**
 * "Kemal Aydin, the operator's manager, … Aydin said …" before "Selin Aydin, a nurse not related to him":
 * a surname two people of the article share names, until the second is introduced, the one person
 * of that surname the reader has met (read in order: mentions so far are those before `at`). Once both
 * are met, it names the one told in full last, in its own paragraph or the one before (from `since`),
 * the other not mentioned after nor ever by the surname alone, the surname ending both names: "Ellen
 * Tully, a visitor … [para] Ryan Tully, the club captain, praised … [para] Tully also warned …" is Ryan
 * Tully. Null otherwise: a reader cannot tell whose it is. Without `since` and `alone`, only the first
 * case (foldSharedSurname asks that).
 */
function sharedSurnameOwner(people: Map<string, Draft>, surname: string, at: number, since = Infinity, alone = false): Draft | null {
  const met: Draft[] = [];
  let holders = 0;
  for (const p of people.values()) {
    if (p.words.length < 2 || !(aliasesOf(p.words, p.name).includes(surname) || firstSurname(p.words) === surname)) continue;
    holders++;
    // Named before it: mentions are read in order, the first the earliest.
    if (p.mentions.length > 0 && p.mentions[0].end <= at) met.push(p);
  }
  if (met.length === 1) return met[0];
  // Only two holders of a surname that ends both names, told alone (no capitalised word right before it,
  // which may be an unread part of a third name: "Ang Phurba Sherpa"): where it is one of two surnames
  // ("Marta Pardo Ruiz", "Luis Pardo Mena", told short as "Luis Pardo"), short forms multiply, and a
  // surname many share ("Sherpa") names a family or a people as much as a person; it stays no one's.
  if (met.length !== 2 || holders !== 2 || !alone || met.some((p) => p.words[p.words.length - 1] !== surname)) return null;
  let owner: Draft | null = null;
  let ownerAt = -1;
  for (const p of met) {
    for (const m of p.mentions) if (m.end <= at && m.end - m.start > surname.length && m.start > ownerAt) { ownerAt = m.start; owner = p; }
  }
  if (!owner || ownerAt < since) return null;
  const after = ownerAt;
  // The other not mentioned since, and never by the surname alone: a surname the writer has used for
  // one person may go on meaning that one ("Brenner said …" of Tomas, then "Ilse Brenner …", then "Brenner").
  return met.every((p) => p === owner || p.mentions.every((m) => m.end > at || (m.start < after && m.end - m.start > surname.length))) ? owner : null;
}

/** How many full names of the article end in this surname. */
function holdersOf(people: Map<string, Draft>, surname: string): number {
  let n = 0;
  for (const p of people.values()) if (p.words.length >= 2 && p.words[p.words.length - 1] === surname) n++;
  return n;
}

/**
 * "BMKG forecaster Rina Hartono … Governor Agus Hartono … “…,” Governor Hartono added": a role told
 * right before a surname two people share names the one of them met before it with that role ("Governor",
 * or a role ending in it: "forecaster" for "BMKG forecaster"), when just one has it. Null otherwise.
 */
function roleOwner(people: Map<string, Draft>, surname: string, at: number, role: string | null): Draft | null {
  if (!role) return null;
  const r = role.toLowerCase();
  let owner: Draft | null = null;
  for (const p of people.values()) {
    if (p.words.length < 2 || p.words[p.words.length - 1] !== surname || !(p.mentions.length > 0 && p.mentions[0].end <= at)) continue;
    if (!p.roles.some((x) => { const l = x.toLowerCase(); return l === r || l.endsWith(' ' + r); })) continue;
    if (owner) return null;
    owner = p;
  }
  return owner;
}

/** A capitalised word right before a surname (a bounded slice: linear). */
const NAME_WORD_BEFORE = /\p{Lu}[\p{L}'’-]*[ \u00a0]+$/u;
const NAME_WORD_REACH = 30;

/** Where the paragraph before sentence `si`'s starts (its own paragraph's start when it opens the article). */
function previousParagraphStart(text: ArticleText, si: number): number {
  const paragraph = text.sentences[si].paragraph;
  return (text.paragraphs[paragraph - 1] ?? text.paragraphs[paragraph])?.start ?? 0;
}

/**
 * "Hrafnhildur Sigurðardóttir, head of operations, … “…,” Hrafnhildur said": a given name alone as the
 * speaker names the one person of the article, named in full before it, whose given name it is (as
 * Icelandic and many South Asian names are told on second reference). Null when no one or two such
 * people were named before it, or when someone's surname is the word (aliases come first).
 */
function givenNameOwner(people: Map<string, Draft>, given: string, at: number): Draft | null {
  let owner: Draft | null = null;
  for (const p of people.values()) {
    if (p.words.length < 2 || givenNameOf(p.words) !== given) continue;
    if (!(p.mentions.length > 0 && p.mentions[0].end <= at)) continue;
    if (owner) return null;
    owner = p;
  }
  return owner;
}

/** The given name of a full name: its first word (a title such as "Md." is no word of the name). */
function givenNameOf(words: readonly string[]): string {
  return words[0];
}

/**
 * A lone capitalised word told as a speaker: a speech verb right before it ("said Baldur,") or after
 * it, an age set off by commas allowed between ("Rafiqul, 58, said").
 */
function besideSpeechVerb(tokens: Token[], i: number): boolean {
  // After the verb it closes the clause ("said Baldur, who …"): "She said Kestermann had not asked her" reports.
  const next = tokens[i + 1];
  if (isSpeechVerb(tokens[i - 1]) && !tokens[i].possessive) return !next || next.text === ',' || next.text === '.' || next.text === ';';
  if (tokens[i].possessive) return false;
  let k = i + 1;
  if (tokens[k]?.text === ',' && /^\d{1,3}$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ',') k += 3;
  // Right after it: "Kestermann had not asked her" is a firm's doing, not a speaker's credit.
  return isSpeechVerb(tokens[k]);
}

/** The run starts the sentence or a quotation, where any word is capitalised. */
function opensSentence(tokens: Token[], run: NameRun): boolean {
  const at = run.title >= 0 ? run.title : run.first;
  if (at === 0) return true;
  const prev = tokens[at - 1];
  return prev.kind === 'punct' && '“"‘:(—–-'.includes(prev.text);
}

/**
 * "Question Elon Musk" when "Elon Musk" is also a candidate, or "Given Musk" (only ever at a sentence
 * start) beside "Elon Musk": the extra first word was glued on by capitalisation.
 */
function dropGluedWords(people: Map<string, Draft>): void {
  const bySurname = new Map<string, Draft[]>();
  for (const q of people.values()) {
    if (q.words.length < 2) continue;
    const last = q.words[q.words.length - 1];
    let list = bySurname.get(last);
    if (list === undefined) { list = []; bySurname.set(last, list); }
    list.push(q);
  }
  for (const [key, p] of [...people]) {
    // "Akua Boakye" opening a paragraph beside "Kofi Boakye": a given name (of the curated lists, which
    // leave out English words) is a second person of the family name, not a word glued on.
    if (FIRST_NAMES.has(p.words[0]) || WORLD_GIVEN_NAME_FORMS.has(p.words[0])) continue;
    for (const q of bySurname.get(p.words[p.words.length - 1]) ?? []) {
      if (q === p) continue;
      const longer = q.words.length < p.words.length && key.endsWith(' ' + q.key);
      // "Yoko Takeda, the superintendent, said …" beside "Hiroshi Takeda": a given name (the wide list)
      // opening the sentence is a second person of that surname, not a capitalised word glued on.
      const sameSurname = p.initialOnly && p.words.length === 2 && q.words[0] !== p.words[0] && !isGivenName(p.words[0]);
      if (longer || sameSurname) { people.delete(key); break; }
    }
  }
}

/**
 * "Dr Tariq Memon … “…,” Dr Memon said", with "Saima Memon" named only further on: a surname alone that
 * two people of the article share, where at each of its mentions just one of them has been named
 * before (sharedSurnameOwner), is that one, not a third person. Where both are named before one of
 * its mentions ("her sister Clare Roscoe … Ms Roscoe added"), it stays apart, as before.
 */
function foldSharedSurname(people: Map<string, Draft>): void {
  const owners = aliasMap(people, true);
  for (const [key, p] of [...people]) {
    if (p.words.length !== 1 || owners.get(key) !== AMBIGUOUS || p.mentions.length === 0) continue;
    let owner: Draft | null = null;
    for (const m of p.mentions) {
      const o = sharedSurnameOwner(people, p.words[0], m.start);
      if (!o || (owner !== null && o !== owner)) { owner = null; break; }
      owner = o;
    }
    if (!owner) continue;
    owner.mentions.push(...p.mentions);
    for (const r of p.roles) if (!owner.roles.some((x) => x.toLowerCase() === r.toLowerCase())) owner.roles.push(r);
    people.delete(key);
  }
}

/** "Mr. Musk" found on its own joins "Elon Musk" when the article names exactly one Musk. */
function mergeSurnameOnly(people: Map<string, Draft>): void {
  const owners = aliasMap(people, true);
  for (const [key, p] of [...people]) {
    const owner = owners.get(key);
    if (p.words.length === 1 && owner !== undefined && owner !== AMBIGUOUS) people.delete(key);
  }
}

/** The word that names a person on their own later: the surname, or a family name written first ("Xi"). */
function aliasesOf(words: string[], name: string): string[] {
  if (words.length === 1) return [words[0]];
  const out = [words[words.length - 1]];
  if (FAMILY_NAME_FIRST.has(words[0]) || familyNameFirst(words, name.split(' '))) out.push(words[0]);
  return out;
}

/**
 * Who each lone word names: a surname (aliasesOf) first; a first surname (firstSurname) only where no
 * one's surname is that word. `fullOnly`: only people named by more than one word own words.
 */
function aliasMap(people: Map<string, Draft>, fullOnly = false): Map<string, string> {
  const out = new Map<string, string>();
  const own = (into: Map<string, string>, a: string, key: string) => {
    const had = into.get(a);
    into.set(a, had && had !== key ? AMBIGUOUS : key);
  };
  const second = new Map<string, string>();
  for (const p of people.values()) {
    if (fullOnly && p.words.length < 2) continue;
    // "Hernán Ospina" beside "Hernán Ospina Lozada": the same man told without his mother's surname,
    // so his last word is the longer name's first surname and has no priority over another's.
    const longer = longerFormOf(people, p);
    for (const a of aliasesOf(p.words, p.name)) {
      if (longer && a === p.words[p.words.length - 1]) own(second, a, longer.key);
      else own(out, a, p.key);
    }
    const first = firstSurname(p.words);
    if (first) own(second, first, p.key);
  }
  for (const [a, key] of second) if (!out.has(a)) out.set(a, key);
  return out;
}

/** The article's person `p` names without the second surname ("Ana Ruiz" for "Ana Ruiz Mena"), or null. */
function longerFormOf(people: Map<string, Draft>, p: Draft): Draft | null {
  if (p.words.length < 2) return null;
  const last = p.words[p.words.length - 1];
  for (const q of people.values()) {
    if (q.words.length !== p.words.length + 1 || firstSurname(q.words) !== last) continue;
    if (p.words.every((w, i) => q.words[i] === w)) return q;
  }
  return null;
}

interface Match {
  key: string;
  run: NameRun;
}

/** Known full names inside a run first, then lone aliases ("Musk" in "Cybersecurity Experts Question Musk"). */
function matchRun(tokens: Token[], raw: NameRun, people: Map<string, Draft[]>, aliases: Map<string, string>, givenNames: ReadonlySet<string>, heading: boolean): Match[] {
  const out: Match[] = [];
  let i = raw.first;
  while (i <= raw.last) {
    let best: Match | null = null;
    for (const p of people.get(tokens[i].lower) ?? []) {
      const n = p.words.length;
      if (i + n - 1 > raw.last || (best && n <= best.run.last - best.run.first + 1)) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = tokens[i + k].lower === p.words[k];
      if (ok) best = { key: p.key, run: { first: i, last: i + n - 1, title: i === raw.first ? raw.title : -1 } };
    }
    // A lone surname ends its run in body text ("Given Musk’s"), never opens one ("the Musk Foundation");
    // a month-like surname ("May") needs its title.
    const titled = i === raw.first && raw.title >= 0;
    if (!best && (heading || i === raw.last || titled) && (!MONTHS_AND_DAYS.has(tokens[i].lower) || titled)) {
      const key = aliases.get(tokens[i].lower);
      // A surname two people share: kept as the surname, for the reading in order to say whose it is (sharedSurnameOwner).
      if (key) best = { key: key === AMBIGUOUS ? AMBIGUOUS + tokens[i].lower : key, run: { first: i, last: i, title: titled ? raw.title : -1 } };
      // A given name standing alone as a speaker, no one's surname: whose it is is read in order (givenNameOwner).
      else if (!heading && raw.first === raw.last && raw.title < 0 && givenNames.has(tokens[i].lower) && besideSpeechVerb(tokens, i)) {
        best = { key: GIVEN + tokens[i].lower, run: { first: i, last: i, title: -1 } };
      }
    }
    if (best) { out.push(best); i = best.run.last + 1; } else i++;
  }
  return out;
}
