// Does a name-shaped run name a person? Capitalisation alone never decides: a run needs one piece of
// evidence from its surroundings (a title, a speech verb, a role, a surname reused as a subject).
import type { Token } from './tokens';
import type { NameRun } from './names';
import { isDeterminer, isSpeechVerb, isVerbLike, skipAdverbs, tokenBefore } from './names';
import { familyNameFirst } from './nameOrder';
import type { RoleContext } from './roles';
import { roleBefore, roleFronted, rolesAfter } from './roles';
import { isGivenName } from './givenNames';
import { MONTHS_AND_DAYS, PARTICLES, THING_NOUNS } from './lexicon';
import { TENS, UNITS } from '../figures/numbers';

const QUOTE_OPENERS = new Set(['“', '"', '‘']);
/** Family words after "whose": only people have them. */
const KIN = new Set(['husband', 'wife', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'partner', 'children',
  'child', 'parents', 'grandson', 'granddaughter', 'fiance', 'fiancee', 'fiancé', 'fiancée', 'niece', 'nephew']);

export interface EvidenceContext extends RoleContext {
  /** Lower-case single capitalised words seen alone as the subject of a verb ("Beaumont identified"). */
  subjectWords: ReadonlySet<string>;
  /** Lower-case capitalised words seen standing alone anywhere in the body ("… of Moyo’s plan"). */
  aloneWords: ReadonlySet<string>;
}

export function isPersonRun(ctx: EvidenceContext, run: NameRun): boolean {
  const { tokens } = ctx;
  // The run's core words (particles left out): how many, the first and the last, read without an array of them.
  let count = 0;
  let first = -1;
  let last = -1;
  for (let i = run.first; i <= run.last; i++) {
    if (PARTICLES.has(tokens[i].lower)) continue;
    if (count++ === 0) first = i;
    last = i;
  }
  if (run.title >= 0) return count <= 4;
  if (count < 2 || count > 4) return false;
  // "the Dark Storm Team", "a Mirai Botnet": people do not take an article.
  if (isDeterminer(tokenBefore(tokens, run))) return false;
  // "Nine Marshside students were affected": a number word opening a sentence counts, it names no one.
  if (UNITS[tokens[first].lower] !== undefined || TENS[tokens[first].lower] !== undefined) return false;
  const surname = tokens[last].lower;
  // Strong signals decide alone; weak ones (organisations speak and own things too) need a second.
  if (hasRole(ctx, run) || ctx.subjectWords.has(surname)) return true;
  let weak = 0;
  if (speaks(tokens, run) || isVerbLike(tokens[skipAdverbs(tokens, run.last + 1)]) || speaksAfterBody(tokens, run)) weak++;
  // "Park Seung-ho": a hyphened given name after a Korean family name is a given name too, in second place.
  if (isGivenName(tokens[first].lower) || (count === 2 && familyNameFirst([tokens[first].lower, tokens[last].lower]))) weak++;
  if (ctx.aloneWords.has(surname)) weak++;
  if (tokens[run.last].possessive) weak++;
  if (colonQuote(tokens, run)) weak++;
  if (rolesAfter(ctx, run).length > 0) weak++; // "… of the consultancy Brightwater Analytics"; firms have this too
  return weak >= 2;
}

function speaks(tokens: Token[], run: NameRun): boolean {
  const last = tokens[run.last];
  if (!last.possessive && isSpeechVerb(tokens[skipAdverbs(tokens, run.last + 1)], true)) return true;
  const before = tokenBefore(tokens, run);
  const next = tokens[run.last + 1];
  const closes = !next || next.kind === 'punct';
  if (closes && isSpeechVerb(before, true)) return true; // "said Liska."
  // "said Deputy Minister for Ports and Harbours Nikos Varga.": a title in capitals between.
  if (closes && saidBeforeTitle(tokens, run.title >= 0 ? run.title : run.first)) return true;
  const at = run.title >= 0 ? run.title : run.first;
  return !!before && before.lower === 'to' && tokens[at - 2]?.lower === 'according';
}

/** Capitalised words of a body's name after "of the" that a speech verb may follow. */
const BODY_REACH = 6;

/**
 * "Lena Osei of the Harbour Workers Union told me": the run, "of the" or "from the", a body's name in
 * capitals and then a strong speech verb (the description between the name and its verb).
 */
function speaksAfterBody(tokens: Token[], run: NameRun): boolean {
  const of = tokens[run.last + 1];
  if (tokens[run.last].possessive || !of || (of.lower !== 'of' && of.lower !== 'from') || tokens[run.last + 2]?.lower !== 'the') return false;
  let k = run.last + 3;
  const from = k;
  while (k < tokens.length && k - from < BODY_REACH && tokens[k].kind === 'word' && tokens[k].cap) k++;
  if (k === from) return false;
  return isSpeechVerb(tokens[skipAdverbs(tokens, k)], true);
}

/** Words that join the capitalised words of a title ("Minister for Ports and Harbours"). */
const TITLE_JOINS = new Set(['for', 'of', 'and', 'the', '&']);

/** A strong speech verb before `at`, with only capitalised words and their joins between (ten at most). */
function saidBeforeTitle(tokens: Token[], at: number): boolean {
  let capitals = 0;
  for (let k = at - 1; k >= 0 && at - k <= 10; k--) {
    const t = tokens[k];
    if (isSpeechVerb(t, true)) return capitals >= 2;
    if (t.kind !== 'word') return false;
    if (t.cap) capitals++;
    else if (!TITLE_JOINS.has(t.lower)) return false;
  }
  return false;
}

function hasRole(ctx: EvidenceContext, run: NameRun): boolean {
  const { tokens } = ctx;
  const next = tokens[run.last + 1];
  if (next && next.text === ',' && !tokens[run.last].possessive) {
    const n2 = tokens[run.last + 2];
    if (n2 && (((n2.lower === 'who' || n2.lower === 'whom') && !affiliation(tokens, run)) || (n2.kind === 'number' && tokens[run.last + 3]?.text === ','))) return true;
    // "Tomasz Wrobel, No 23, comes on": a player's shirt number, set off as an age is.
    if (n2?.lower === 'no' && isShirtNumber(tokens, run.last + 3)) return true;
    // "Zanele Moyo, whose husband …": a firm has shares and staff, not a husband or a son.
    if (n2?.lower === 'whose' && KIN.has(tokens[run.last + 3]?.lower ?? '')) return true;
    if (rolesAfter(ctx, run).length > 0) return true;
  }
  return roleBefore(ctx, run) !== null || roleFronted(ctx, run) !== null;
}

/** Words that bring in where a person works: "Ana Ruiz of Kestrel Partners", "an analyst at …". */
const AFFILIATING = new Set(['of', 'at', 'from']);

/**
 * "the economist Tom Hale of Kestrel Partners, who …", "an analyst at the consultancy Kestrel
 * Partners, who …": a name told as where the person before it works (after "of"/"at" right behind a
 * name, or after an organisation's head noun) is an organisation; the ", who" clause after it is
 * that person's, no sign that the organisation is one too.
 */
function affiliation(tokens: Token[], run: NameRun): boolean {
  const before = tokenBefore(tokens, run);
  if (!before || before.kind !== 'word' || before.cap) return false;
  if (THING_NOUNS.has(before.lower)) return true;
  const name = tokens[(run.title >= 0 ? run.title : run.first) - 2];
  // Not a month's or a day's name: "the killing in March of Ana Ruiz, who …" names the person.
  return AFFILIATING.has(before.lower) && !!name && name.kind === 'word' && name.cap && !name.possessive && !MONTHS_AND_DAYS.has(name.lower);
}

/** "23," or ". 23," after "No": a number set off by a comma (the "No 23" of a shirt). */
function isShirtNumber(tokens: Token[], k: number): boolean {
  const at = tokens[k]?.text === '.' ? k + 1 : k;
  return tokens[at]?.kind === 'number' && tokens[at + 1]?.text === ',';
}

/** "Okafor: “We will appeal.”" */
function colonQuote(tokens: Token[], run: NameRun): boolean {
  const next = tokens[run.last + 1];
  const after = tokens[run.last + 2];
  return !!next && next.text === ':' && !!after && QUOTE_OPENERS.has(after.text) && run.first === 0;
}
