// People stage: who the article names, every mention of them (full name, surname, "Mr. Surname"),
// and the roles it gives them.
import type { ArticleText, Person, Span } from '../../types';
import type { Token } from './tokens';
import { sentenceTokensOf } from './tokens';
import type { NameRun } from './names';
import { findRuns, isDeterminer, isVerbLike, rejectReason, skipAdverbs, tokenBefore, trimRun } from './names';
import type { EvidenceContext } from './evidence';
import { isPersonRun } from './evidence';
import { roleBefore, roleFronted, rolesAfter } from './roles';
import { FAMILY_NAME_FIRST, FIRST_NAMES, MONTHS_AND_DAYS } from './lexicon';


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
  const ended = !!last && last.kind === 'punct' && '.?!”"'.includes(last.text);
  return ended ? words >= 5 && caps / words >= 0.85 : words >= 3 && caps / words >= 0.6;
}

/** The people an article names, in order of first mention. */
export function extractPeople(text: ArticleText): Person[] {
  const { plain } = text;
  const sentenceTokens = text.sentences.map((s, i) => sentenceTokensOf(plain, s, i));
  const properWords = findProperWords(plain, sentenceTokens);
  const { alone: aloneWords, subjects: subjectWords } = findOneWordNames(text, sentenceTokens);

  // Pass 1: people with evidence, from body sentences only (headlines are title case).
  const people = new Map<string, Draft>();
  text.sentences.forEach((s, si) => {
    const tokens = sentenceTokens[si];
    if (s.isHeading || looksLikeHeadline(tokens)) return;
    const ctx: EvidenceContext = { plain, tokens, properWords, subjectWords, aloneWords };
    for (const raw of findRuns(plain, tokens)) {
      const run = trimRun(tokens, raw);
      if (!run || rejectReason(tokens, run)) continue;
      if (!isPersonRun(ctx, run)) continue;
      const words = tokens.slice(run.first, run.last + 1).map((t) => t.text);
      const key = words.join(' ').toLowerCase();
      const name = words.join(' ');
      const initial = opensSentence(tokens, run) && run.title < 0;
      const had = people.get(key);
      if (had) had.initialOnly = had.initialOnly && initial;
      else people.set(key, { key, name, words: words.map((w) => w.toLowerCase()), mentions: [], roles: [], initialOnly: initial });
    }
  });
  dropGluedWords(people);
  mergeSurnameOnly(people);
  const aliases = aliasMap(people);
  const byFirstWord = new Map<string, Draft[]>();
  for (const p of people.values()) {
    const list = byFirstWord.get(p.words[0]);
    if (list) list.push(p); else byFirstWord.set(p.words[0], [p]);
  }

  // Pass 2: every mention, headlines included, and the roles given beside each.
  text.sentences.forEach((s, si) => {
    const tokens = sentenceTokens[si];
    const ctx = { plain, tokens, properWords };
    for (const raw of findRuns(plain, tokens)) {
      for (const m of matchRun(tokens, raw, byFirstWord, aliases, s.isHeading)) {
        const person = people.get(m.key);
        if (!person) continue;
        person.mentions.push({ start: tokens[m.run.first].start, end: tokens[m.run.last].end });
        if (s.isHeading) continue;
        const roles = [roleBefore(ctx, m.run), roleFronted(ctx, m.run), ...rolesAfter(ctx, m.run)];
        for (const r of roles) {
          if (r && !person.roles.some((x) => x.toLowerCase() === r.toLowerCase())) person.roles.push(r);
        }
      }
    }
  });

  const out: Person[] = [];
  for (const p of people.values()) {
    if (p.mentions.length === 0) continue;
    p.mentions.sort((a, b) => a.start - b.start);
    out.push({ key: p.key, name: p.name, mentions: p.mentions, roles: p.roles });
  }
  out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return out;
}

/** Capitalised words standing alone mid-sentence: proper nouns ("Google"), unlike "Security" in a name. */
function findProperWords(plain: string, sentenceTokens: Token[][]): Set<string> {
  const out = new Set<string>();
  for (const tokens of sentenceTokens) {
    for (const run of findRuns(plain, tokens)) {
      if (run.first === run.last && !opensSentence(tokens, run)) out.add(tokens[run.first].text);
    }
  }
  return out;
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
    const list = bySurname.get(last);
    if (list) list.push(q); else bySurname.set(last, [q]);
  }
  for (const [key, p] of [...people]) {
    if (FIRST_NAMES.has(p.words[0])) continue;
    for (const q of bySurname.get(p.words[p.words.length - 1]) ?? []) {
      if (q === p) continue;
      const longer = q.words.length < p.words.length && key.endsWith(' ' + q.key);
      const sameSurname = p.initialOnly && p.words.length === 2 && q.words[0] !== p.words[0];
      if (longer || sameSurname) { people.delete(key); break; }
    }
  }
}

/**
 * Capitalised words standing alone (a one-word run) in body sentences, and those of them used as the
 * subject of a verb ("Beaumont identified", "Reese expressed"). One pass over the runs for both.
 */
function findOneWordNames(text: ArticleText, sentenceTokens: Token[][]): { alone: Set<string>; subjects: Set<string> } {
  const alone = new Set<string>();
  const subjects = new Set<string>();
  text.sentences.forEach((s, si) => {
    if (s.isHeading) return;
    const tokens = sentenceTokens[si];
    for (const raw of findRuns(text.plain, tokens)) {
      const run = trimRun(tokens, raw);
      if (!run || run.first !== run.last) continue;
      const word = tokens[run.first].lower;
      alone.add(word);
      if (tokens[run.last].possessive || isDeterminer(tokenBefore(tokens, run))) continue;
      if (isVerbLike(tokens[skipAdverbs(tokens, run.last + 1)])) subjects.add(word);
    }
  });
  return { alone, subjects };
}

/** "Mr. Musk" found on its own joins "Elon Musk" when the article names exactly one Musk. */
function mergeSurnameOnly(people: Map<string, Draft>): void {
  const owners = new Map<string, number>();
  for (const q of people.values()) {
    if (q.words.length > 1) for (const a of aliasesOf(q.words)) owners.set(a, (owners.get(a) ?? 0) + 1);
  }
  for (const [key, p] of [...people]) if (p.words.length === 1 && owners.get(key) === 1) people.delete(key);
}

/** The word that names a person on their own later: the surname, or a family name written first ("Xi"). */
function aliasesOf(words: string[]): string[] {
  if (words.length === 1) return [words[0]];
  const out = [words[words.length - 1]];
  if (FAMILY_NAME_FIRST.has(words[0])) out.push(words[0]);
  return out;
}

function aliasMap(people: Map<string, Draft>): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of people.values()) {
    for (const a of aliasesOf(p.words)) {
      const had = out.get(a);
      out.set(a, had && had !== p.key ? AMBIGUOUS : p.key);
    }
  }
  return out;
}

interface Match {
  key: string;
  run: NameRun;
}

/** Known full names inside a run first, then lone aliases ("Musk" in "Cybersecurity Experts Question Musk"). */
function matchRun(tokens: Token[], raw: NameRun, people: Map<string, Draft[]>, aliases: Map<string, string>, heading: boolean): Match[] {
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
      if (key && key !== AMBIGUOUS) best = { key, run: { first: i, last: i, title: titled ? raw.title : -1 } };
    }
    if (best) { out.push(best); i = best.run.last + 1; } else i++;
  }
  return out;
}
