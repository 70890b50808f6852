// Quotes stage: quotations with their speakers and the venue they were said in.
import type { ArticleText, Person, Quote, Span, SpeakerRef, Venue } from '../../types';
import type { Token } from '../people/tokens';
import { tokenize } from '../people/tokens';
import { looksLikeHeadline } from '../people';
import type { ArticleContext } from './context';
import { articleContext, mentionStart, personAt, sentenceAt, tokenIndexAt } from './context';
import type { MarkPair } from './marks';
import { opensWithMark, pairMarks, pairSingleMarks, pieceOf } from './marks';
import { holdsQuotationMark, quotationMarks } from '../../text/quotationMarks';
import type { Attribution } from './attribution';
import { attributionAfter, isVerbUse, subjectBefore, verbBefore } from './attribution';
import { isSpeechVerb, isVerbLike, skipAdverbs } from '../people/names';
import { PREPOSITIONS } from '../people/lexicon';
import type { Located } from './agents';
import { agentEndingAt, agentStartingAt } from './agents';
import { SubjectFinder } from './subjects';
import type { FoundVenue } from './venue';
import { findVenues } from './venue';
import type { Turn, TurnOwner } from './transcript';
import { transcriptQuotes } from './transcript';
import { mapped } from '../../mapped';

/** A quotation before speakers: one or more pieces, with the attribution that interrupts them. */
interface QuoteRun {
  pairs: MarkPair[];
  interruption: Attribution | null;
}

/** Fewest words a single-marked quotation holds: fewer are a term in scare quotes ('safe', 'Plan B'). */
const SINGLE_WORDS = 4;

/** Every quotation in the article, in order. Headlines and page clutter are skipped. */
export function extractQuotes(text: ArticleText, people: Person[]): Quote[] {
  const ctx = articleContext(text, people);
  const finder = new SubjectFinder(ctx);
  const out: Quote[] = [];
  // A paragraph without a quotation mark has no pairs (line breaks alone never open a quote).
  const marks = quotationMarks(text.plain);
  // The quotation the paragraph before left open (“… ¶ “…”), with who said it: it goes on here.
  let goesOn: Quote | null = null;
  // The last quotation of the paragraph before, when it had one.
  let lastBefore: Quote | null = null;
  text.paragraphs.forEach((paragraph, pi) => {
    const carried = goesOn;
    const before = lastBefore;
    goesOn = null;
    lastBefore = null;
    // A paragraph with no double mark may still quote speech in single marks ('…,' he said).
    const pairs = holdsQuotationMark(marks, paragraph.start, paragraph.end)
      ? pairMarks(text.plain, paragraph, opensWithMark(text.plain, text.paragraphs[pi + 1]))
      : pairSingleMarks(text.plain, paragraph).filter((pair) => wordCount(text.plain, [{ start: pair.open + 1, end: pair.close }]) >= SINGLE_WORDS);
    if (pairs.length === 0) return;
    const quoted = (offset: number): boolean => insidePair(pairs, offset);
    let previous: Quote | null = null;
    for (const run of groupRuns(ctx, pairs, paragraph.end)) {
      const q = buildQuote(ctx, finder, run, quoted, previous, carried, before);
      if (q) { out.push(q); previous = q; lastBefore = q; }
      if (q && run.pairs[run.pairs.length - 1].continued) goesOn = q;
    }
  });
  const owners: TurnOwner[] = [];
  const turns: Turn[] = [];
  const spoken = transcriptQuotes(text, people, (offset) => sentenceAt(text, offset), owners, turns);
  if (spoken.length === 0) return out;
  for (const q of out) if (!q.speaker) selfQuoted(text, q, owners);
  for (const q of out) if (!q.speaker) addressedQuoted(text, q, turns);
  return [...out, ...spoken].sort((a, b) => a.span.start - b.span.start);
}

/**
 * "ADDAI: … I said it this afternoon and I will say it again: "…"": a quotation a transcript's speaker
 * introduces with "I said", "I say", "I told", in their own turn, is their own words. Gives q the
 * turn's speaker. Another's words the speaker reports ("the minister said, and I wrote it down, "…"")
 * stay unattributed: the last speech verb before the quotation must be the first person's.
 */
function selfQuoted(text: ArticleText, q: Quote, owners: readonly TurnOwner[]): void {
  const turn = owners.find((t) => t.paragraph.start <= q.span.start && q.span.end <= t.paragraph.end);
  if (!turn || !lastSaidBefore(text, q, turn.paragraph.start, SELF_SAID)) return;
  q.speaker = { ...turn.speaker };
}
/**
 * "HOST: You told our morning show that "…". Do you stand by that? ¶ GUEST: I do.": a quotation a
 * transcript's turn credits to "you", the person addressed, is the words of the one who answers, the
 * speaker of the next turn (another person than the asker). Gives q that speaker. Another speech verb
 * after "you said" ("you said the minister told you "…"") leaves it unattributed.
 */
function addressedQuoted(text: ArticleText, q: Quote, turns: readonly Turn[]): void {
  const at = turns.findIndex((t) => t.paragraph.start <= q.span.start && q.span.end <= t.paragraph.end);
  const next = at >= 0 ? turns[at + 1] : undefined;
  if (!next?.speaker || next.speaker.key === turns[at].speaker?.key) return;
  if (!lastSaidBefore(text, q, turns[at].paragraph.start, ADDRESSED_SAID)) return;
  q.speaker = { ...next.speaker };
}
/**
 * Whether the last speech verb before q in its sentence and turn (from turnStart, at most SELF_REACH
 * back) is one of `said` (a global regex) with no other's speech verb after it (OTHER_SAID).
 */
function lastSaidBefore(text: ArticleText, q: Quote, turnStart: number, said: RegExp): boolean {
  const sentence = text.sentences[q.sentence];
  const from = Math.max(sentence.span.start, turnStart, q.span.start - SELF_REACH);
  const before = text.plain.slice(from, q.span.start);
  let last: RegExpExecArray | null = null;
  said.lastIndex = 0;
  for (let m = said.exec(before); m; m = said.exec(before)) last = m;
  return last !== null && !OTHER_SAID.test(before.slice(last.index + last[0].length));
}
/** "You told", "you said", "you have written": the person addressed as the one who spoke (literal alternatives: linear). */
const ADDRESSED_SAID = /\b[Yy]ou[ \t]+(?:(?:have|had|once|also|then)[ \t]+)?(?:said|told|wrote|written|tweeted|posted|put it)\b/g;

/** Characters before a quotation read for the first person's speech verb. */
const SELF_REACH = 160;
/** "I said", "I will say", "I have told": the first person's speech verb (literal alternatives: linear). */
const SELF_SAID = /\bI[ \t]+(?:(?:have|had|will|would|'ll|’ll)[ \t]+)?(?:said|say|says|told|tell|repeat|repeated)\b/g;
/** Another speech verb after it: the words are someone else's. */
const OTHER_SAID = /\b(?:said|says|told|added|stated|declared)\b/;

/** Is an offset inside one of the (ordered, disjoint) pairs? Binary search. */
function insidePair(pairs: MarkPair[], offset: number): boolean {
  let lo = 0;
  let hi = pairs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < pairs[mid].open) hi = mid - 1;
    else if (offset > pairs[mid].close) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Joins “A,” he said. “B.” into one run; the attribution between them names the speaker. */
function groupRuns(ctx: ArticleContext, pairs: MarkPair[], paragraphEnd: number): QuoteRun[] {
  const { plain } = ctx.text;
  const runs: QuoteRun[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const run: QuoteRun = { pairs: [pairs[i]], interruption: null };
    while (i + 1 < pairs.length) {
      const cur = run.pairs[run.pairs.length - 1];
      const next = pairs[i + 1];
      const attribution = interruption(ctx, cur, next);
      if (!attribution) break;
      if (run.interruption && !sameAgent(run.interruption.found, attribution.found)) break;
      // “B,” Jones replied. — the second piece has a speaker of its own: a different quotation.
      const after = tokenize(plain, next.close + 1, Math.min(paragraphEnd, next.close + 80));
      const own = after[0] && (after[0].text === ',' || after[0].kind === 'word') ? attributionAfter(ctx, after, 0) : null;
      if (own && own.found.agent.kind !== 'thing') break;
      run.pairs.push(next);
      run.interruption = run.interruption ?? attribution;
      i++;
    }
    runs.push(run);
  }
  return runs;
}

function sameAgent(a: Located, b: Located): boolean {
  if (a.agent.kind === 'person' && b.agent.kind === 'person') return a.agent.key === b.agent.key;
  return b.agent.kind === 'pronoun';
}

/** The attribution between two quotations, when nothing else stands between them. */
function interruption(ctx: ArticleContext, a: MarkPair, b: MarkPair): Attribution | null {
  const { plain } = ctx.text;
  let k = a.close - 1;
  while (k > a.open && SPACE.test(plain[k])) k--;
  if (!',?!—–…-'.includes(plain[k])) return null;
  if (b.open - a.close > 120) return null;
  const between = tokenize(plain, a.close + 1, b.open);
  const found = attributionAfter(ctx, between, 0);
  if (!found) return null;
  // Only a short tail may follow the verb: "in a post", "on Monday", "adding:".
  let rest = 0;
  for (let i = found.end + 1; i < between.length; i++) if (between[i].kind === 'word') rest++;
  return rest <= 6 ? found : null;
}

const SPACE = /\s/;
/** A letter or a digit somewhere in a word (a pattern made once: the bundler rebuilds a \p{…} literal at each call). */
const WORD_LIKE = /\p{L}|\d/u;

/**
 * Words of the pieces, as `split(/\s+/)` with a letter or digit in them would count: read in place,
 * ASCII by code unit; a word with other characters and no ASCII letter or digit asks the pattern.
 */
export function wordCount(plain: string, pieces: Span[]): number {
  let n = 0;
  for (const p of pieces) {
    let i = p.start;
    while (i < p.end) {
      const c = plain.charCodeAt(i);
      if (c < 128 ? (c === 32 || (c >= 9 && c <= 13)) : SPACE.test(plain[i])) { i++; continue; }
      const start = i;
      let content = false;
      let other = false;
      for (; i < p.end; i++) {
        const d = plain.charCodeAt(i);
        if (d < 128) {
          if (d === 32 || (d >= 9 && d <= 13)) break;
          if ((d >= 48 && d <= 57) || (d >= 65 && d <= 90) || (d >= 97 && d <= 122)) content = true;
        } else if (SPACE.test(plain[i])) break;
        else other = true;
      }
      if (content || (other && WORD_LIKE.test(plain.slice(start, i)))) n++;
    }
  }
  return n;
}

function isHeadlineSentence(ctx: ArticleContext, si: number): boolean {
  const cache = ctx.headlines ??= new Map();
  let found = cache.get(si);
  if (found === undefined) { found = looksLikeHeadline(ctx.tokens(si)); cache.set(si, found); }
  return found;
}

function buildQuote(ctx: ArticleContext, finder: SubjectFinder, run: QuoteRun, quoted: (o: number) => boolean, previous: Quote | null, carried: Quote | null,
  before: Quote | null = null): Quote | null {
  const { plain, original } = ctx.text;
  const first = run.pairs[0];
  const last = run.pairs[run.pairs.length - 1];
  const pieces = mapped(run.pairs, (p) => pieceOf(plain, p)).filter((p) => p.end > p.start);
  if (pieces.length === 0) return null;
  const si = sentenceAt(ctx.text, first.open);
  if (si < 0) return null;
  const sentence = ctx.text.sentences[si];
  if (sentence.isHeading || isHeadlineSentence(ctx, si)) return null;
  const span = { start: first.open, end: last.close + 1 };
  const words = wordCount(plain, pieces);

  let speaking = findSpeaker(ctx, finder, run, si, quoted, words);
  // "- **Dara Quill**, its head of enforcement: “…”": a verbless line naming one person, set before
  // the quotation in its own sentence (a list item's way), as namedLine reads it on a line of its own.
  if (!speaking.speaker && speaking.verb < 0) speaking = namedBeforeColon(ctx, finder, si, first.open) ?? speaking;
  // “A,” Jones told reporters at length. “B.” — a quotation that opens the next sentence of the same
  // paragraph with no attribution of its own goes on with the previous speaker.
  if (!speaking.speaker && speaking.verb < 0 && previous?.speaker && previous.sentence === si - 1 &&
    tokenIndexAt(ctx.tokens(si), first.open) === 0 && !previous.partial) {
    speaking = { speaker: { ...previous.speaker }, sentence: si, verb: -1 };
  }
  // A quotation that opens its paragraph with no attribution of its own: the words the paragraph
  // before left open go on (“… ¶ “…”), or that paragraph introduced them ("Rhee, the mayor, said:").
  if (!speaking.speaker && speaking.verb < 0 && opensParagraph(ctx, si, first.open)) {
    if (carried?.speaker) speaking = { speaker: { ...carried.speaker }, sentence: si, verb: -1 };
    else if (!carried) speaking = introducedBefore(ctx, finder, si) ?? speaking;
    // “…,” said Mrs Rhys-Martin. ¶ “…” — a paragraph that is only a quotation goes on with the speaker
    // of the quotation closing the paragraph before.
    if (!speaking.speaker && !carried && before?.speaker && !before.partial && before.sentence === si - 1 && onlyQuotation(plain, last.close + 1, sentence.span.end, ctx, si)) {
      speaking = { speaker: { ...before.speaker }, sentence: si, verb: -1 };
    }
  }
  const venue = speaking.speaker || speaking.verb >= 0 ? findVenue(ctx, finder, speaking, si, run) : null;
  return {
    kind: 'quote',
    span,
    text: original.slice(span.start, span.end),
    pieces,
    speaker: speaking.speaker,
    venue,
    partial: isPartial(plain, sentence.span.start, first, pieces[0], run.pairs.length),
    sentence: si,
  };
}

/** Nothing but spaces and punctuation from `from` to the end of the paragraph of sentence si. */
function onlyQuotation(plain: string, from: number, end: number, ctx: ArticleContext, si: number): boolean {
  const sentences = ctx.text.sentences;
  if (si + 1 < sentences.length && sentences[si + 1].paragraph === sentences[si].paragraph) return false;
  for (let k = from; k < end; k++) {
    const c = plain[k];
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r' && c !== '.' && c !== ',' && c !== '!' && c !== '?' && c !== '”' && c !== '"' && c !== '’') return false;
  }
  return true;
}

/** Whether the quotation mark at `open` is the first thing of sentence si's paragraph. */
function opensParagraph(ctx: ArticleContext, si: number, open: number): boolean {
  const sentences = ctx.text.sentences;
  const s = sentences[si];
  if (si > 0 && sentences[si - 1].paragraph === s.paragraph) return false;
  return tokenIndexAt(ctx.tokens(si), open) === 0;
}

/**
 * Tokens of an introducing paragraph searched back from its colon for the speech verb: "told
 * reporters:", "spoke to our reporter outside the court:" (the verb, its hearer and a place).
 */
const INTRODUCTION_REACH = 8;

/** "spoke to our reporter", "speaking with the BBC": a verb of talking to someone, introducing what was said. */
function spokeTo(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t.kind === 'word' && !t.cap && SPOKE.has(t.lower) && (tokens[k + 1]?.lower === 'to' || tokens[k + 1]?.lower === 'with');
}
const SPOKE: ReadonlySet<string> = new Set(['spoke', 'speaks', 'talked', 'talks']);

/**
 * "Dana Rhee, chair of the board, said:" as a paragraph of its own (press releases set it so): the
 * speaker of the quotation that opens the next paragraph.
 */
function introducedBefore(ctx: ArticleContext, finder: SubjectFinder, si: number): Speaking | null {
  const prev = si - 1;
  const sentences = ctx.text.sentences;
  if (prev < 0 || sentences[prev].paragraph === sentences[si].paragraph || sentences[prev].isHeading) return null;
  const tokens = ctx.tokens(prev);
  const colon = tokens.length - 1;
  if (colon < 1 || tokens[colon].text !== ':') return null;
  for (let k = colon - 1; k >= 0 && colon - k <= INTRODUCTION_REACH; k--) {
    if (!(isSpeechVerb(tokens[k]) && isVerbUse(ctx, tokens, k)) && !spokeTo(tokens, k)) continue;
    // "The council spokesman, Mr Karim Fahmy, said:": a role with the name set after it by commas is
    // that person, as the sentence's subject (SubjectFinder) reads it.
    const subject = finder.subjectOf(prev);
    const found = subject && subject.verb === k && subject.found.agent.kind === 'person' ? subject.found : subjectBefore(ctx, tokens, k);
    if (!found || found.agent.kind !== 'person') return null;
    return speakingAt(ctx, finder, found, prev, k);
  }
  const named = namedLine(ctx, tokens, colon);
  if (!named) return null;
  return speakingAt(ctx, finder, named, prev, -1);
}

/** A quotation opening right after a verbless "Name, role:" at the start of its own sentence: that person's. */
function namedBeforeColon(ctx: ArticleContext, finder: SubjectFinder, si: number, open: number): Speaking | null {
  const tokens = ctx.tokens(si);
  const colon = tokenIndexAt(tokens, open) - 1;
  if (colon < 1 || tokens[colon].text !== ':') return null;
  const named = namedLine(ctx, tokens, colon);
  if (!named) return null;
  return speakingAt(ctx, finder, named, si, -1);
}

/** Most tokens of a verbless introducing line ("Jo Marsh, the council's head of housing:"). */
const NAMED_LINE_REACH = 16;

/**
 * "Jo Marsh, the council's head of housing:" as a line of its own before a quotation (a live blog's
 * way): one person, at most a role and an apposition round the name, and no verb anywhere.
 */
function namedLine(ctx: ArticleContext, tokens: Token[], colon: number): Located | null {
  const from = afterEntryStamp(tokens, colon);
  if (colon - from > NAMED_LINE_REACH) return null;
  let key: string | null = null;
  let last = -1;
  // "Ana Ruiz, 52, who runs Ruiz Bakery on Mill Road:": past a comma right after the name, the words
  // describe that person (an age, a relative clause with its own verb, her business's name).
  let apposition = false;
  for (let k = from; k < colon; k++) {
    const t = tokens[k];
    const person = personAt(ctx, t);
    if (person) {
      if (apposition && person === key) continue;
      if (key !== null && (person !== key || last !== k - 1)) return null;
      key = person;
      last = k;
      continue;
    }
    if (key !== null && last === k - 1 && t.text === ',' && !tokens[last].possessive) apposition = true;
    if (isSpeechVerb(t) || (!apposition && isVerbLike(t))) return null;
    // "The letter to Jo Marsh:": the line names who it is about, not who speaks.
    if (key === null && t.kind === 'word' && PREPOSITIONS.has(t.lower)) return null;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '’' && t.text !== "'") return null;
  }
  if (last < 0 || tokens[last].possessive) return null;
  const found = agentEndingAt(ctx, tokens, last);
  return found && found.agent.kind === 'person' ? found : null;
}

/**
 * "**16:40** 🗣️ Council leader Jo Marsh at the rest centre:": a live blog's entry stamp opening the
 * line, and the marks after it (a dash, an emoji), are no part of the line; the index of its first word.
 */
function afterEntryStamp(tokens: Token[], colon: number): number {
  const stamp = colon > 3 && tokens[0].kind === 'number' && (tokens[1].text === ':' || tokens[1].text === '.') && tokens[2].kind === 'number' &&
    tokens[1].start === tokens[0].end && tokens[2].start === tokens[1].end;
  // "🎙️ Airport spokesperson Jo Marsh at the briefing:": an emoji opening the line (its surrogate halves
  // and variation selector, tokenised apart) is no part of it either, with no stamp before it.
  if (!stamp) {
    let k = 0;
    while (k < colon && EMOJI_PIECE.test(tokens[k].text)) k++;
    return k;
  }
  let k = 3;
  while (k < colon && (tokens[k].kind === 'punct' || EMOJI_PIECE.test(tokens[k].text)) && tokens[k].text !== ':') k++;
  return k;
}

/** A token made only of an emoji's pieces: surrogate halves, variation selectors, the zero-width joiner, dingbats and symbols. */
const EMOJI_PIECE = /^[\uD800-\uDFFF\uFE0E\uFE0F\u200D\u2600-\u27BF]+$/;

interface Speaking {
  speaker: SpeakerRef | null;
  /** Sentence and token index of the speech verb, when one was found. */
  sentence: number;
  verb: number;
}

/** The speaker `found` names in sentence si, with its words, as introducing the quotation (verb: the speech verb's token, or -1). */
function speakingAt(ctx: ArticleContext, finder: SubjectFinder, found: Located, si: number, verb: number): Speaking | null {
  const ref = toRef(finder, found, si);
  if (!ref) return null;
  ref.text = ctx.text.plain.slice(ref.span.start, ref.span.end);
  return { speaker: ref, sentence: si, verb };
}

function toRef(finder: SubjectFinder, found: Located, si: number): SpeakerRef | null {
  const resolved = finder.resolve(found, si);
  if (!resolved) return null;
  const a = found.agent;
  if (a.kind === 'thing' || a.kind === 'ambiguous') return null;
  return { key: resolved.key, text: '', span: a.span, via: resolved.via };
}

function findSpeaker(ctx: ArticleContext, finder: SubjectFinder, run: QuoteRun, si: number, quoted: (o: number) => boolean, words: number): Speaking {
  const { plain } = ctx.text;
  const done = (found: Located | null, sentence: number, verb: number): Speaking => {
    const ref = found ? toRef(finder, found, sentence) : null;
    if (ref) ref.text = plain.slice(ref.span.start, ref.span.end);
    return { speaker: ref, sentence, verb };
  };
  const first = run.pairs[0];
  const last = run.pairs[run.pairs.length - 1];

  // (1) The interruption: “A,” he said. “B.”
  if (run.interruption) {
    const sAt = sentenceAt(ctx.text, first.close + 1);
    return done(run.interruption.found, sAt >= 0 ? sAt : si, -1);
  }
  // (1) Right after the closing mark: “…,” Liska said. / said Liska / the post read.
  const after = postAttribution(ctx, last);
  if (after) return done(after.attribution.found, after.sentence, after.attribution.verb);

  const tokens = ctx.tokens(si);
  const openAt = tokenIndexAt(tokens, first.open);
  // (1) "Name: “…”"
  if (openAt >= 2 && tokens[openAt - 1].text === ':') {
    const found = subjectBefore(ctx, tokens, openAt - 1);
    if (found && found.agent.kind === 'person') {
      // "Prosecutor Ann Dorr told Judge Ben Voss: “…”": the person told is listening; the teller speaks.
      const told = addressVerbBefore(tokens, found.first);
      if (told < 0) return done(found, si, -1);
      const teller = subjectBefore(ctx, tokens, told);
      return teller && teller.agent.kind === 'person' ? done(teller, si, told) : { speaker: null, sentence: si, verb: told };
    }
    // "Wrobel, speaking to Saltire Sport on the pitch: “…”"
    const lead = speakingLead(ctx, tokens, openAt - 1) ?? asideLead(ctx, tokens, openAt - 1) ?? affiliationLead(ctx, tokens, openAt - 1) ??
      topicLead(ctx, tokens, openAt - 1);
    if (lead) return done(lead, si, -1);
    const own = ownWordsLead(tokens, openAt - 1);
    if (own) return done(own, si, -1);
  }
  // (1) "Jo Park's words on Monday — “…” —": the words are the named person's.
  if (openAt >= 3 && LEAD_MARKS.has(tokens[openAt - 1].text)) {
    const named = namedWordsLead(ctx, tokens, openAt - 1);
    if (named) return done(named, si, -1);
  }
  // (1) "As Ferrante put it when asked about the last stretch: “…”": the person of the "as" clause.
  if (openAt >= 4 && (tokens[openAt - 1].text === ':' || tokens[openAt - 1].text === ',')) {
    const as = asPutItLead(ctx, tokens, openAt - 1);
    if (as) return done(as.found, si, as.verb);
  }
  // (1) "in the words of senior engineer Jo Park, “…”": the words are the named person's.
  if (openAt >= 5 && (tokens[openAt - 1].text === ',' || LEAD_MARKS.has(tokens[openAt - 1].text))) {
    const named = inWordsOfLead(ctx, tokens, openAt - 1);
    if (named) return done(named, si, -1);
  }
  // (1, 2) A speech verb before the quotation in the same sentence: "Musk wrote that …", "he added that …".
  // "She told me, and I quote, “…”": the aside's own verb is the reporter's; the speech verb is the one before it.
  const aside = asideBefore(tokens, openAt);
  const asideVerb = aside >= 0 ? verbBefore(ctx, tokens, aside, quoted) : -1;
  const verb = asideVerb >= 0 ? asideVerb : verbBefore(ctx, tokens, openAt, quoted);
  // "Ruiz rejected claims that the stand was “unsafe”": the words are someone else's.
  if (echoesOthers(tokens, verb >= 0 ? verb : 0, openAt)) return { speaker: null, sentence: si, verb };
  if (verb >= 0) {
    const subject = finder.subjectOf(si);
    if (tokens[verb].lower.endsWith('ing') || (subject && subject.verb === verb)) {
      // "…, stating, “…”" or a subject with a long apposition before its verb.
      if (subject && subject.found.first < verb) return done(subject.found, si, verb);
    }
    // "Marchetti has ordered checks and promised that “…”": a speech verb joined by "and" to the
    // subject's own verb, with no one else named between, is the subject's.
    if (subject && tokens[verb - 1]?.lower === 'and' && subject.verb >= 0 && subject.verb < verb - 1 && subject.found.agent.kind === 'person' &&
      !tokens.slice(subject.verb + 1, verb).some((t) => personAt(ctx, t) !== null || t.text === ';')) return done(subject.found, si, verb);
    const found = subjectBefore(ctx, tokens, verb);
    return done(found, si, verb);
  }
  // (3) No speech verb: a person who is the sentence's subject ("Musk insisted that … “…”"); not scare quotes.
  if (words <= 2) return { speaker: null, sentence: si, verb: -1 };
  const subject = finder.subjectOf(si);
  if (subject && subject.found.first < openAt) return done(subject.found, si, subject.verb);
  return { speaker: null, sentence: si, verb: -1 };
}

/** Words of a reporter's aside after ", and I" ("quote", "'ll quote her exactly", "wrote it down"). */
const ASIDE_WORDS = 5;
const ASIDE_TELLER = new Set(['i', "i'll", 'i’ll', "i'd", 'i’d', 'we']);
const ASIDE_VERB = /^(?:quote|quoting|wrote|write|noted|jotted|copied|took)$/;

/**
 * ", and I quote, “…”", ", and I wrote it down, “…”": a reporter's aside set between a speech verb and
 * its quotation (a comma, "and", "I", a few words with a verb of quoting or writing, a comma, the mark):
 * the index of the comma opening the aside, or -1.
 */
function asideBefore(tokens: Token[], openAt: number): number {
  if (openAt < 4 || tokens[openAt - 1].text !== ',') return -1;
  let k = openAt - 2;
  let quoting = false;
  for (let n = 0; k >= 0 && n < ASIDE_WORDS && tokens[k].kind === 'word' && !ASIDE_TELLER.has(tokens[k].lower); k--, n++) {
    if (ASIDE_VERB.test(tokens[k].lower)) quoting = true;
  }
  if (!quoting || k < 2 || !ASIDE_TELLER.has(tokens[k].lower) || tokens[k - 1].lower !== 'and' || tokens[k - 2].text !== ',') return -1;
  return k - 2;
}

/** Tokens from the mark before a quotation back to the "as" that opens its clause. */
const AS_REACH = 16;
/** Words before a passive "asked" that keep it the speaker's being asked ("when asked about …"). */
const ASKED_PASSIVE = new Set(['when', 'if', 'once', 'after', 'being', 'before']);

/**
 * "As Ferrante put it when asked about the final 12 km: “…”", "As the mayor said on Monday, “…”": an
 * "as" clause opening the sentence (or after a comma or a dash) with a person and "put it" or a strong
 * speech verb, running to the colon or comma before the quotation with no other person and no other
 * speech verb (but a passive "when asked"), credits the quotation to that person.
 */
function asPutItLead(ctx: ArticleContext, tokens: Token[], mark: number): { found: Located; verb: number } | null {
  for (let k = mark - 1; k >= 0 && mark - k <= AS_REACH; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '’' && t.text !== "'") return null;
    if (t.lower !== 'as') continue;
    const before = tokens[k - 1];
    if (before && !(before.kind === 'punct' && (before.text === ',' || before.text === '—' || before.text === '–'))) return null;
    const found = agentStartingAt(ctx, tokens, k + 1);
    if (!found || found.agent.kind !== 'person' || tokens[found.last].possessive) return null;
    const v = skipAdverbs(tokens, found.last + 1);
    const putIt = tokens[v]?.lower === 'put' && tokens[v + 1]?.lower === 'it';
    if (!putIt && !isSpeechVerb(tokens[v], true)) return null;
    for (let b = v + (putIt ? 2 : 1); b < mark; b++) {
      const w = tokens[b];
      if (personAt(ctx, w)) return null;
      if (isSpeechVerb(w) && !(w.lower === 'asked' && ASKED_PASSIVE.has(tokens[b - 1]?.lower ?? ''))) return null;
    }
    return { found, verb: v };
  }
  return null;
}

/** Tokens from the mark before a quotation back to "in the words of". */
const WORDS_OF_REACH = 14;

/**
 * "… and then, in the words of senior engineer Jo Park, “simply gave way”": "in the words of" and a
 * person named (a description before the name allowed) right up to the mark before the quotation
 * credit the words to that person. The person, or null.
 */
function inWordsOfLead(ctx: ArticleContext, tokens: Token[], mark: number): Located | null {
  for (let k = mark - 1; k >= 3 && mark - k <= WORDS_OF_REACH; k--) {
    if (tokens[k].kind === 'punct') return null;
    if (tokens[k].lower !== 'of' || tokens[k - 1].lower !== 'words' || tokens[k - 2].lower !== 'the' || tokens[k - 3].lower !== 'in') continue;
    const found = agentStartingAt(ctx, tokens, k + 1, true);
    return found && found.agent.kind === 'person' && found.last === mark - 1 ? found : null;
  }
  return null;
}

/** A colon or a dash right before a quotation, after what introduces it. */
const LEAD_MARKS: ReadonlySet<string> = new Set([':', '—', '–']);
/** Words at most between "words" and the mark before the quotation ("on Wednesday night"). */
const WORDS_LEAD_REACH = 4;

/**
 * "Spokesman Jo Park's words on Monday — “…” —", "Ana Ruiz's own words: “…”": a named person's
 * possessive before "words", then at most a few words of when or where, a colon or a dash, and the
 * quotation: that person's words. The person, or null.
 */
function namedWordsLead(ctx: ArticleContext, tokens: Token[], mark: number): Located | null {
  let k = mark - 1;
  while (k > 0 && mark - 1 - k < WORDS_LEAD_REACH && tokens[k].lower !== 'words') {
    if (tokens[k].kind !== 'word') return null;
    k--;
  }
  if (tokens[k]?.lower !== 'words') return null;
  if (tokens[k - 1]?.lower === 'own') k--;
  const p = tokens[k - 1];
  const key = personAt(ctx, p);
  if (!p || !p.possessive || !key) return null;
  const first = mentionStart(ctx, tokens, k - 1);
  return { agent: { kind: 'person', key, span: { start: tokens[first].start, end: p.end } }, first, last: k - 1 };
}

/**
 * "His words: “…”", "In her own words: “…”": the words are those of the person "his"/"her" stands for,
 * as a "he said" would credit them. The possessive, as a pronoun, or null.
 */
function ownWordsLead(tokens: Token[], colon: number): Located | null {
  let k = colon - 1;
  if (tokens[k]?.lower !== 'words') return null;
  k--;
  if (tokens[k]?.lower === 'own') k--;
  const p = tokens[k];
  if (!p || p.kind !== 'word' || (p.lower !== 'his' && p.lower !== 'her')) return null;
  // Nothing but "In" before it in its clause: "His words:", "In her words:".
  const before = tokens[k - 1];
  if (before && !(before.kind === 'punct' && before.text !== ',') && before.lower !== 'in') return null;
  return { agent: { kind: 'pronoun', pronoun: p.lower === 'his' ? 'he' : 'she', span: { start: p.start, end: p.end }, index: k }, first: k, last: k };
}

/** Verbs whose object is the person spoken to ("told Judge Ben Voss:", "assured the minister"). */
const ADDRESS_VERBS = new Set(['told', 'tells', 'tell', 'telling', 'asked', 'asks', 'assured', 'assures', 'warned', 'warns', 'reminded', 'reminds', 'urged', 'urges']);
/** Capitalised title words a name may carry before it ("Judge", "Chief Inspector"). */
const ADDRESS_TITLE_REACH = 3;

/**
 * The index of a verb of telling whose object is the name starting at token `first` ("told Judge Ben
 * Voss"), over at most a few capitalised title words and "the" between; -1 when there is none.
 */
function addressVerbBefore(tokens: Token[], first: number): number {
  let k = first - 1;
  for (let n = 0; k >= 0 && n < ADDRESS_TITLE_REACH && tokens[k].kind === 'word' && (tokens[k].cap || tokens[k].lower === 'the') && !ADDRESS_VERBS.has(tokens[k].lower); n++) k--;
  return k >= 1 && tokens[k].kind === 'word' && ADDRESS_VERBS.has(tokens[k].lower) ? k : -1;
}

/** Participles that open an aside naming where someone spoke ("speaking to Sky News"). */
const SPEAKING = new Set(['speaking', 'talking']);
/** Tokens back from the colon searched for the participle. */
const LEAD_REACH = 12;

/** "Wrobel, speaking to Saltire Sport on the pitch:": the person named before ", speaking", or null. */
function speakingLead(ctx: ArticleContext, tokens: Token[], colon: number): Located | null {
  for (let k = colon - 1; k >= 2 && colon - k <= LEAD_REACH; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== ',') return null;
    if (!SPEAKING.has(t.lower) || tokens[k - 1].text !== ',') continue;
    const found = agentEndingAt(ctx, tokens, k - 2);
    return found && found.agent.kind === 'person' ? found : null;
  }
  return null;
}

/** Asides asideLead steps back over, and the tokens it searches back from the colon. */
const MAX_ASIDES = 3;
const ASIDE_REACH = 30;
/** Words of place that open an aside as a preposition does (", outside the board office,"), not in PREPOSITIONS. */
const PLACE_ASIDES = new Set(['outside', 'inside', 'near', 'opposite', 'across', 'alongside', 'beneath', 'below', 'above']);

/**
 * "Union spokesman Ali Green, in the lobby, on the pay offer: “…”" (a live blog's way): the person
 * the sentence opens with, when only asides that open with a preposition stand between the name and
 * the colon, and no verb comes before the name.
 */
function asideLead(ctx: ArticleContext, tokens: Token[], colon: number): Located | null {
  let asides = 0;
  for (let k = colon - 1; k >= 1 && colon - k <= ASIDE_REACH; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '’' && t.text !== "'") return null;
    if (t.text !== ',') continue;
    const opens = tokens[k + 1]?.lower ?? '';
    if (!(PREPOSITIONS.has(opens) || PLACE_ASIDES.has(opens)) || ++asides > MAX_ASIDES) return null;
    if (!personAt(ctx, tokens[k - 1])) {
      // "Name of the Union, outside the board office: “…”": the person's affiliation before the asides.
      const member = tokens[k - 1].cap ? affiliationLead(ctx, tokens, k) : null;
      if (member) return member;
      continue;
    }
    const found = agentEndingAt(ctx, tokens, k - 1);
    if (!found || found.agent.kind !== 'person' || tokens[k - 1].possessive) return null;
    for (let b = 0; b < found.first; b++) if (isVerbLike(tokens[b]) || personAt(ctx, tokens[b])) return null;
    return found;
  }
  return null;
}

/** Words between a person and their organisation's name ("of", "at", "from"), and joins inside it. */
const AFFILIATION = new Set(['of', 'at', 'from']);
const NAME_JOINS = new Set(['and', '&', 'the']);
/** Most words of an organisation's name read back from the colon. */
const ORGANISATION_WORDS = 6;

/**
 * "Jo Marsh of Halden Research: “…”" (a live blog's way): the person named right before "of", "at"
 * or "from" and an organisation's capitalised name that runs to the colon, with no verb before the name.
 */
function affiliationLead(ctx: ArticleContext, tokens: Token[], colon: number): Located | null {
  let k = colon - 1;
  let capitals = 0;
  for (; k >= 1 && colon - k <= ORGANISATION_WORDS; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return null;
    if (t.text[0] !== t.lower[0]) { capitals++; continue; }
    if (NAME_JOINS.has(t.lower)) continue;
    break;
  }
  if (capitals === 0 || !AFFILIATION.has(tokens[k]?.lower ?? '') || !personAt(ctx, tokens[k - 1])) return null;
  // An "of" inside the name ("Bank of England") stops the walk before the person: no speaker, not a wrong one.
  const found = agentEndingAt(ctx, tokens, k - 1);
  if (!found || found.agent.kind !== 'person' || tokens[k - 1].possessive) return null;
  for (let b = 0; b < found.first; b++) if (isVerbLike(tokens[b]) || personAt(ctx, tokens[b])) return null;
  return found;
}

/** Words that open what someone spoke about ("on the geology"), the most words of it, and of the affiliation before it. */
const TOPIC_WORDS = new Set(['on', 'about']);
const TOPIC_REACH = 5;
const TOPIC_AFFILIATION_REACH = 10;
/** Dashes inside an organisation's name ("Fjellbygg–Alpentunnel"). */
const NAME_DASHES = new Set(['-', '–']);

/**
 * "Site manager Jo Marsh of the Halden–Varro consortium on the delays: “…”" (a live blog's highlights):
 * the person the line opens with, then at most an affiliation ("of", "at", "from") and the topic
 * after "on"/"about", no verb and no comma anywhere before the colon.
 */
function topicLead(ctx: ArticleContext, tokens: Token[], colon: number): Located | null {
  let k = colon - 1;
  for (; k >= 1 && colon - k <= TOPIC_REACH; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || isVerbLike(t)) return null;
    if (TOPIC_WORDS.has(t.lower)) break;
  }
  if (k === colon - 1 || !TOPIC_WORDS.has(tokens[k]?.lower ?? '')) return null;
  for (let j = k - 1; j >= 0 && k - j <= TOPIC_AFFILIATION_REACH; j--) {
    const t = tokens[j];
    if ((t.kind === 'punct' && !NAME_DASHES.has(t.text)) || isVerbLike(t)) return null;
    if (!personAt(ctx, t)) continue;
    // Right before the topic, or before an affiliation that runs to it.
    if (j + 1 < k && !AFFILIATION.has(tokens[j + 1].lower)) return null;
    const found = agentEndingAt(ctx, tokens, j);
    if (!found || found.agent.kind !== 'person' || t.possessive) return null;
    for (let b = 0; b < found.first; b++) if (isVerbLike(tokens[b]) || personAt(ctx, tokens[b])) return null;
    return found;
  }
  return null;
}

const REBUTTALS = new Set([
  'deny', 'denies', 'denied', 'reject', 'rejects', 'rejected', 'dismiss', 'dismisses', 'dismissed', 'refute',
  'refutes', 'refuted', 'dispute', 'disputes', 'disputed', 'rebut', 'rebuts', 'rebutted', 'mock', 'mocks',
  'mocked', 'ridicule', 'ridiculed', 'condemn', 'condemns', 'condemned', 'criticise', 'criticised', 'criticize',
  'criticized', 'slam', 'slams', 'slammed', 'questioned', 'questions', 'doubted', 'doubts',
]);
const HEARSAY = new Set([
  'claims', 'claim', 'allegations', 'allegation', 'accusations', 'accusation', 'reports', 'report', 'suggestions',
  'suggestion', 'rumours', 'rumors', 'rumour', 'rumor', 'charges', 'charge', 'assertions', 'assertion', 'notion', 'idea',
]);

/** Tokens before a quotation searched for a rebuttal, as far as verbBefore looks for its verb. */
const ECHO_REACH = 60;

/** Between the verb and the quotation: a rebuttal verb, or "claims that …" / "reports of …". */
function echoesOthers(tokens: Token[], from: number, openAt: number): boolean {
  // No further back than a speech verb is looked for (verbBefore): bounded work per quotation.
  for (let k = Math.max(from, openAt - ECHO_REACH); k < openAt && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    if (REBUTTALS.has(t.lower)) return true;
    const next = tokens[k + 1];
    if (HEARSAY.has(t.lower) && !t.possessive && next && (next.lower === 'that' || next.lower === 'of')) return true;
  }
  return false;
}

/** The attribution after the last closing mark, possibly at the start of the next sentence. */
function postAttribution(ctx: ArticleContext, last: MarkPair): { attribution: Attribution; sentence: number } | null {
  const si = sentenceAt(ctx.text, last.close);
  if (si < 0) return null;
  let tokens = ctx.tokens(si);
  let j = tokenIndexAt(tokens, last.close + 1);
  let sentence = si;
  if (j >= tokens.length) {
    // “It was fine.” he said. — a splitter may cut after the closing mark.
    const next = ctx.text.sentences[si + 1];
    if (!next || next.paragraph !== ctx.text.sentences[si].paragraph) return null;
    tokens = ctx.tokens(si + 1);
    // Only a lower-case continuation ("“Why now?” he asked."); "She said …" starts a new sentence.
    const t = tokens[0];
    if (!t || t.kind !== 'word' || t.cap) return null;
    j = 0;
    sentence = si + 1;
  }
  const attribution = attributionAfter(ctx, tokens, j);
  return attribution ? { attribution, sentence } : null;
}

/** A fragment woven into the sentence: opens lower-case, or follows a word rather than a comma or colon. */
function isPartial(plain: string, sentenceStart: number, first: MarkPair, piece: Span, count: number): boolean {
  if (count > 1) return false;
  const c = plain[piece.start];
  if (c && c !== c.toUpperCase()) return true;
  let k = first.open - 1;
  while (k >= sentenceStart && SPACE.test(plain[k])) k--;
  if (k < sentenceStart) return false;
  return !':,—–(['.includes(plain[k]);
}

function findVenue(ctx: ArticleContext, finder: SubjectFinder, speaking: Speaking, si: number, run: QuoteRun): Venue | null {
  const candidates = new Set([si, speaking.sentence]);
  let best: FoundVenue | null = null;
  let bestDistance = Infinity;
  for (const s of candidates) {
    const tokens = ctx.tokens(s);
    const isPerson = (i: number): boolean => ctx.mentionAt(tokens[i].start) !== undefined;
    const anchor = s === speaking.sentence && speaking.verb >= 0 ? speaking.verb : tokenIndexAt(tokens, run.pairs[0].open);
    for (const v of venuesOf(ctx, s, isPerson)) {
      if (run.pairs.some((p) => p.open < v.venue.span.start && v.venue.span.end <= p.close)) continue; // inside the quote
      const d = Math.abs(v.at - anchor);
      if (d < bestDistance) { best = v; bestDistance = d; }
    }
  }
  if (best) return best.venue;
  // A setup sentence earlier in the paragraph: "Beaumont spoke out on Bluesky. He stated it was “…”".
  const key = speaking.speaker?.key;
  if (!key) return null;
  const paragraph = ctx.text.sentences[si].paragraph;
  // A quotation that opens its paragraph may take its setup from the sentence just before, the web's
  // one-line paragraphs ("Ruiz told WQRT 9 News the talks had stalled." ¶ "“We are done,” Ruiz said.").
  const opensParagraph = si > 0 && ctx.text.sentences[si - 1].paragraph !== paragraph;
  for (let k = si - 1; k >= 0 && si - k <= 2; k--) {
    const s = ctx.text.sentences[k];
    if (s.paragraph !== paragraph && !(opensParagraph && k === si - 1 && !s.isHeading)) break;
    if (/[“”"]/.test(ctx.text.plain.slice(s.span.start, s.span.end))) break;
    const subject = finder.subjectOf(k);
    if (!subject || finder.resolve(subject.found, k)?.key !== key) continue;
    const tokens = ctx.tokens(k);
    const found = venuesOf(ctx, k, (i) => ctx.mentionAt(tokens[i].start) !== undefined);
    if (found.length > 0) return found[found.length - 1].venue;
  }
  return null;
}

/** Venues of a sentence, found once per sentence. */
function venuesOf(ctx: ArticleContext, si: number, isPerson: (i: number) => boolean): FoundVenue[] {
  const cache = ctx.venues ??= new Map();
  let found = cache.get(si);
  if (!found) { found = findVenues(ctx.text.plain, ctx.tokens(si), isPerson); cache.set(si, found); }
  return found;
}
