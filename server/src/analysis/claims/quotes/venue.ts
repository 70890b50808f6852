// Where something was said: "told Fox News", "on Bluesky", "in a post on X", "in an interview with
// Reuters", "in a statement". Found in one sentence's tokens; the caller picks the one nearest the verb.
import type { Venue } from '../../types';
import type { Token } from '../people/tokens';
import { MONTHS_AND_DAYS } from '../people/lexicon';
import { anyCase } from '../../anyCase';

export interface FoundVenue {
  venue: Venue;
  /** Token index where the venue phrase starts (the cue word: "told", "on", "in"). */
  at: number;
}

const PLATFORMS = new Map<string, string[]>([
  ['x', ['x']], ['twitter', ['twitter']], ['bluesky', ['bluesky']], ['facebook', ['facebook']],
  ['instagram', ['instagram']], ['threads', ['threads']], ['tiktok', ['tiktok']], ['linkedin', ['linkedin']],
  ['youtube', ['youtube']], ['telegram', ['telegram']], ['mastodon', ['mastodon']], ['reddit', ['reddit']],
  ['weibo', ['weibo']], ['wechat', ['wechat']], ['substack', ['substack']], ['snapchat', ['snapchat']],
  ['whatsapp', ['whatsapp']], ['discord', ['discord']], ['twitch', ['twitch']], ['gab', ['gab']],
  ['parler', ['parler']], ['rumble', ['rumble']], ['truth', ['truth', 'social']],
]);

const POST_NOUNS = new Set(['post', 'tweet', 'message', 'video', 'update', 'thread', 'comment', 'reply', 'livestream', 'posting']);
const ACCOUNT_NOUNS = new Set(['account', 'page', 'feed', 'channel', 'profile', 'platform', 'handle']);
const OUTLET_ENDINGS = new Set([
  'news', 'tv', 'radio', 'network', 'channel', 'times', 'post', 'journal', 'tribune', 'herald', 'guardian',
  'telegraph', 'magazine', 'daily', 'press', 'agency', 'broadcasting', 'today', 'live', 'show', 'podcast',
  'courier', 'gazette', 'chronicle', 'ledger', 'observer', 'express', 'mirror', 'standard', 'examiner', 'inquirer',
  'enquirer', 'bulletin', 'dispatch', 'sentinel', 'monitor', 'register', 'wire', 'globe', 'argus', 'advertiser',
  'recorder', 'courant', 'intelligencer', 'tribune', 'star', 'sun', 'independent', 'insider', 'digest', 'review',
]);
const OUTLET_NAMES = new Set([
  'cnn', 'bbc', 'nbc', 'cbs', 'abc', 'msnbc', 'cnbc', 'npr', 'pbs', 'ap', 'afp', 'itv', 'rte', 'cbc', 'espn',
  'reuters', 'bloomberg', 'axios', 'politico', 'newsweek', 'fox', 'sky', 'al', 'dw', 'france', 'euronews',
  'semafor', 'vox', 'wired', 'forbes', 'time', 'nyt', 'wsj', 'ft',
]);
const GENERIC_INTERVIEW = new Set(['television', 'tv', 'radio', 'phone', 'telephone', 'podcast', 'video', 'live', 'exclusive', 'recent', 'brief', 'lengthy', 'separate', 'written', 'broadcast']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'an', 'our', 'my']);
const TO_WORDS = new Set(['told', 'tells', 'tell', 'telling']);
const SPEAKING = new Set(['speaking', 'talking', 'spoke', 'speaks', 'talked', 'shared', 'said', 'says', 'told']);

/** The words of an analyst's note to clients (a venue of type 'other'): see alignment/statements.ts. */
const NOTE = 'note';
/** "in a note to clients": a venue that is no outlet, but that no outlet can have been told in. */
export function isNote(v: Venue): boolean {
  return v.type === 'other' && v.words.length === 1 && v.words[0] === NOTE;
}
const NOTE_READERS = new Set(['clients', 'investors', 'customers', 'subscribers']);

/** The word of a call with analysts or reporters (a venue of type 'other'): see alignment/statements.ts. */
const CALL = 'call';
/** "on a call with analysts", "told analysts on a conference call": said on a call, to no outlet. */
export function isCall(v: Venue): boolean {
  return v.type === 'other' && v.words.length === 1 && v.words[0] === CALL;
}
/** The word of a news conference or briefing (a venue of type 'other'): see alignment/statements.ts. */
const CONFERENCE = 'conference';
/** "told a news conference", "at a press briefing": said to the press at large, not to one outlet. */
export function isConference(v: Venue): boolean {
  return v.type === 'other' && v.words.length === 1 && v.words[0] === CONFERENCE;
}
/** A note, a call or a news conference: said where no one outlet was told it alone. */
export function isOffAir(v: Venue): boolean {
  return isNote(v) || isCall(v) || isConference(v);
}
const PRESS_WORDS = new Set(['news', 'press', 'media']);
const CONFERENCE_WORDS = new Set(['conference', 'briefing']);

/**
 * "a news conference", "a packed press conference", "the media briefing" from token a (a determiner):
 * the index of its last token, or -1. One word may stand before the kind ("packed", "joint").
 */
function conferenceAt(tokens: Token[], a: number): number {
  if (!tokens[a] || !POSSESSIVE_PRONOUNS.has(tokens[a].lower)) return -1;
  let k = a + 1;
  if (tokens[k]?.kind === 'word' && !PRESS_WORDS.has(tokens[k].lower) && PRESS_WORDS.has(tokens[k + 1]?.lower ?? '')) k++;
  return PRESS_WORDS.has(tokens[k]?.lower ?? '') && CONFERENCE_WORDS.has(tokens[k + 1]?.lower ?? '') ? k + 1 : -1;
}
/** What a call can be: "a conference call", "an earnings call", "the analyst call". */
const CALL_KINDS = new Set(['conference', 'earnings', 'investor', 'investors', 'analyst', 'analysts', 'results', 'media', 'press', 'phone', 'telephone', 'video', 'zoom', 'briefing']);
/** Who is on a call with the speaker: "a call with analysts". */
const CALL_AUDIENCE = new Set(['analysts', 'investors', 'reporters', 'journalists', 'shareholders', 'media', 'bankers']);
const NOTE_KINDS = new Set(['research', 'client', 'investor']);

/** A run of capitalised words (acronyms included) from token i: the outlet's name. */
function capitalRun(tokens: Token[], i: number): number {
  let k = i;
  while (k < tokens.length && tokens[k].kind === 'word' && tokens[k].cap) {
    if (tokens[k].possessive) return k;
    k++;
  }
  return k - 1;
}

function wordsOf(tokens: Token[], a: number, b: number): string[] {
  const out: string[] = [];
  for (let i = a; i <= b; i++) if (tokens[i].kind !== 'punct' && tokens[i].lower !== 'the') out.push(tokens[i].lower);
  return out;
}

/** One-word outlet names built on an outlet word: "Wirepost", "Newsday", "Dailywire". */
const FUSED_OUTLET = /^\p{Lu}\p{Ll}+(?:post|news|times|wire|journal|herald|daily|press|today|beat|gazette|courier|ledger|tribune|observer|express)$/u;

function isOutletWord(t: Token): boolean {
  // "Standard-Ledger", "Post-Gazette": a hyphenated name built on an outlet word.
  if (t.lower.includes('-') && t.lower.split('-').some((p) => OUTLET_ENDINGS.has(p))) return true;
  return OUTLET_NAMES.has(t.lower) || OUTLET_ENDINGS.has(t.lower) || PLATFORMS.has(t.lower) || (t.text.length >= 2 && t.text === t.text.toUpperCase()) ||
    FUSED_OUTLET.test(t.text);
}

function looksLikeOutlet(words: string[]): boolean {
  return words.length > 0 && (OUTLET_NAMES.has(words[0]) || OUTLET_ENDINGS.has(words[words.length - 1]));
}

/**
 * Venues in one sentence. `isPerson(i)` tells whether token i is part of a person's name, so that
 * "told Smith" is not read as an outlet.
 */
export function findVenues(plain: string, tokens: Token[], isPerson: (i: number) => boolean): FoundVenue[] {
  const out: FoundVenue[] = [];
  const make = (at: number, a: number, b: number, words: string[], type: Venue['type']): void => {
    const span = { start: tokens[a].start, end: tokens[b].after };
    out.push({ at, venue: { text: plain.slice(span.start, span.end), span, words, type } });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    // "told Fox News", "told the BBC", "told Fox Business Network’s Kudlow"; "speaking to Sky News".
    // Every word of TO_WORDS and SPEAKING begins with "t" or "s": most words are not looked up.
    const c0 = t.lower.charCodeAt(0);
    if ((c0 === 116 || c0 === 115) && (TO_WORDS.has(t.lower) || (SPEAKING.has(t.lower) && (tokens[i + 1]?.lower === 'to' || tokens[i + 1]?.lower === 'with')))) {
      let a = TO_WORDS.has(t.lower) ? i + 1 : i + 2;
      const c = conferenceAt(tokens, a);
      if (c >= 0) { make(i, a, c, [CONFERENCE], 'other'); i = c; continue; }
      if (tokens[a]?.lower === 'the') a++;
      const b = outletEnd(tokens, a, isPerson);
      // A lone unknown word after "told" is more often a person or a body ("told Whitlock", "told Parliament").
      if (b >= a && (b > a || isOutletWord(tokens[a]))) {
        const first = TO_WORDS.has(t.lower) && tokens[i + 1]?.lower === 'the' ? i + 1 : a;
        make(i, first, hostEnd(tokens, b), wordsOf(tokens, a, b), 'outlet');
        i = b;
        continue;
      }
      // "told Spanish sports daily Marca", "told the broadcaster RTE": the outlet named after what it is.
      const named = describedOutlet(tokens, a, isPerson);
      if (named) { make(i, a, hostEnd(tokens, named.b), wordsOf(tokens, named.a, named.b), 'outlet'); i = named.b; }
      continue;
    }
    if (t.lower === 'on' || t.lower === 'during' || t.lower === 'in') {
      const c = callAfter(tokens, i + 1);
      if (c >= 0) { make(i, i + 1, c, [CALL], 'other'); i = c; continue; }
    }
    if (t.lower === 'on' || t.lower === 'via') {
      const v = platformAfter(tokens, i + 1);
      if (v) { make(i, v.a, v.b, v.words, 'platform'); i = v.b; continue; }
      const b = outletEnd(tokens, i + 1, isPerson);
      if (b > i && looksLikeOutlet(wordsOf(tokens, i + 1, b))) { make(i, i + 1, hostEnd(tokens, b), wordsOf(tokens, i + 1, b), 'outlet'); i = b; }
      continue;
    }
    if (t.lower === 'at' || t.lower === 'during') {
      const c = conferenceAt(tokens, i + 1);
      if (c >= 0) { make(i, i + 1, c, [CONFERENCE], 'other'); i = c; continue; }
    }
    if ((t.lower === 'in' || t.lower === 'during' || t.lower === 'at') && (tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'an' || tokens[i + 1]?.lower === 'his' || tokens[i + 1]?.lower === 'her' || tokens[i + 1]?.lower === 'their')) {
      const v = framedVenue(tokens, i + 1, isPerson);
      if (v) { make(i, v.a, v.b, v.words, v.type); i = v.b; }
    }
  }
  return out;
}

/**
 * What may lie between a token and the next: a possessive ("’s", "s’"), a title's period, white
 * space. Anything else between two words is a token of its own.
 */
const GAP = String.raw`(?:['’][sS]?)?\.?\s*`;
/**
 * GAP between two words made of letters, which one token would hold were nothing between them: never
 * empty, and each way of it opens on its own character, so a run of them reads in one way (linear-time).
 */
const SEP = String.raw`(?:['’][sS]?\.?\s*|\.\s*|\s+)`;
/**
 * A word token may start here: no ASCII letter right before. (A token may follow a digit, "3on",
 * and any other character: the tokeniser reads code units, so even after a letter written as a
 * surrogate pair, "𝐀on", a word begins.)
 */
const STARTS = '(?<![A-Za-z])';

/**
 * Text in which findVenues can find a venue matches this (text without one may match too): each
 * of findVenues's three cues, with the token after it where the cue needs one.
 */
const VENUE_CUE = new RegExp([
  // "told Fox News"; "speaking to Sky News"
  `${anyCase('tell|told')}|(?:${anyCase('speaking|talking|spoke|speaks|talked|shared|said|says')})${GAP}(?:${anyCase('to|with')})`,
  // "on Bluesky", "on his X account", "via 2GB": a capital, a digit or any non-ASCII character after the cue (or a pronoun)
  `${STARTS}(?:${anyCase('on|via')})${GAP}(?:(?:${anyCase('his|her|their|its|the|a|an|our|my')})${GAP})?[A-Z0-9\u0080-\uffff]`,
  // "in a post on X", "during an interview with Reuters": the word after ends there unless an ASCII letter or digit follows
  `${STARTS}(?:${anyCase('in|during|at')})${GAP}(?:${anyCase('a|an|his|her|their')})(?![A-Za-z0-9])`,
  // "at the press conference": a news conference after any determiner
  `${STARTS}(?:${anyCase('during|at')})${GAP}(?:${anyCase('the|its|our|my')})(?![A-Za-z0-9])`,
  // "on a call with analysts", "on the earnings call": the cue, a determiner, up to two words, "call"
  `${STARTS}(?:${anyCase('on|during|in')})${SEP}(?:${anyCase('a|an|the|his|her|their|its|our|my')})${SEP}(?:[A-Za-z\u212A]+${SEP}){0,2}${anyCase('call')}(?![A-Za-z])`,
].join('|'));

/**
 * Whether findVenues may find a venue in plain[start, end): false only when it cannot, so a
 * sentence without any cue is not tokenised for it (findStatements reads every sentence of every source).
 */
export function mayHaveVenue(plain: string, start: number, end: number): boolean {
  return VENUE_CUE.test(plain.slice(start, end));
}

/**
 * "the Press Trust of India", "Voice of America": an outlet's name runs on through "of" and one
 * capitalised word (not a possessive: "told Fox News of Lund's plan"). A name in initials ("CNN")
 * takes no "of".
 */
function ofPlace(tokens: Token[], a: number, b: number): number {
  const of = tokens[b + 1];
  const place = tokens[b + 2];
  if (of?.lower !== 'of' || !place || place.kind !== 'word' || !place.cap || place.possessive || tokens[b].possessive) return b;
  const next = tokens[b + 3];
  if (next && next.kind === 'word' && next.cap) return b;
  for (let i = a; i <= b; i++) if (tokens[i].text.length >= 2 && tokens[i].text === tokens[i].text.toUpperCase()) return b;
  return b + 2;
}

/** End of an outlet name starting at a (not a person), or a - 1. */
function outletEnd(tokens: Token[], a: number, isPerson: (i: number) => boolean): number {
  const t = tokens[a];
  // "told 3AW", "on 2GB": a station's call sign is a digit glued to capitals.
  const sign = tokens[a + 1];
  if (t && t.kind === 'number' && t.text.length === 1 && sign && sign.kind === 'word' && sign.start === t.end && /^[A-Z]{2,4}$/.test(sign.text)) return a + 1;
  if (!t || t.kind !== 'word' || !t.cap || isPerson(a) || MONTHS_AND_DAYS.has(t.lower)) return a - 1;
  if (t.text.length === 1 && !PLATFORMS.has(t.lower)) return a - 1;
  const b = ofPlace(tokens, a, capitalRun(tokens, a));
  // "BBC Radio 4"; "Valley 97.3 News", "Coast 104 FM": a station's number inside its name.
  const n = tokens[b + 1];
  if (!n || n.kind !== 'number' || tokens[b].possessive || n.start - tokens[b].end !== 1) return b;
  const rest = tokens[b + 2]?.kind === 'word' && tokens[b + 2].cap && tokens[b + 2].start - n.end === 1 ? capitalRun(tokens, b + 2) : -1;
  if (rest >= 0 && /^\d{1,3}(?:\.\d)?$/.test(n.text) && (tokens[rest].lower === 'fm' || tokens[rest].lower === 'am' || OUTLET_ENDINGS.has(tokens[rest].lower))) return rest;
  return n.text.length <= 2 ? b + 1 : b;
}

/** What an outlet is, told before its name: "sports daily Marca", "broadcaster RTE", "the newspaper Público". */
const OUTLET_KINDS = new Set(['daily', 'newspaper', 'paper', 'tabloid', 'weekly', 'magazine', 'broadcaster', 'website', 'station', 'channel', 'network', 'agency', 'outlet']);
/** Words that may describe the outlet before its kind: "Portuguese sports", "the French business". */
const DESCRIBED_REACH = 4;

/**
 * "Portuguese sports daily O Desportivo": up to four describing words (a nationality in capitals, or
 * lower-case words), an outlet kind, then the outlet's name in capitals: the name's first and last token.
 */
function describedOutlet(tokens: Token[], a: number, isPerson: (i: number) => boolean): { a: number; b: number } | null {
  for (let k = a; k < tokens.length && k - a <= DESCRIBED_REACH; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.possessive) return null;
    if (!t.cap && OUTLET_KINDS.has(t.lower)) {
      // Its kind said, a name of one letter first ("O Jogo", "A Bola") is the outlet's too.
      const n = tokens[k + 1];
      const b = n && n.kind === 'word' && n.cap && n.text.length === 1 && !isPerson(k + 1) ? capitalRun(tokens, k + 1) : outletEnd(tokens, k + 1, isPerson);
      return b > k ? { a: k + 1, b } : null;
    }
  }
  return null;
}

/** "Fox Business Network’s Kudlow": the host after a possessive belongs to the text, not the words. */
function hostEnd(tokens: Token[], b: number): number {
  if (!tokens[b].possessive) return b;
  const host = capitalRun(tokens, b + 1);
  return host > b ? host : b;
}

/** "on Bluesky", "on his X account", "on Truth Social". */
function platformAfter(tokens: Token[], a0: number): { a: number; b: number; words: string[] } | null {
  let a = a0;
  const start = a;
  if (tokens[a] && POSSESSIVE_PRONOUNS.has(tokens[a].lower)) a++;
  const p = platformAt(tokens, a);
  if (!p) return null;
  let b = p.b;
  if (tokens[b + 1] && ACCOUNT_NOUNS.has(tokens[b + 1].lower)) b++;
  else if (tokens[b + 1] && POST_NOUNS.has(tokens[b + 1].lower)) b++;
  return { a: start, b, words: p.words };
}

function platformAt(tokens: Token[], a: number): { b: number; words: string[] } | null {
  const t = tokens[a];
  if (!t || t.kind !== 'word' || !t.cap) return null;
  if (t.lower === 'truth') return tokens[a + 1]?.lower === 'social' ? { b: a + 1, words: ['truth', 'social'] } : null;
  const words = PLATFORMS.get(t.lower);
  if (!words) return null;
  // "X" must stand alone: "X Corp" is a company, not the platform.
  if (tokens[a + 1]?.cap && tokens[a + 1].kind === 'word') return null;
  return { b: a, words };
}

/**
 * "a call with analysts", "a conference call", "an earnings call (with investors)": the token index
 * where the call phrase ends, or -1. A bare "a call" only with its audience ("in a call for calm" is
 * an appeal); at most two kinds of call before the noun.
 */
function callAfter(tokens: Token[], a: number): number {
  if (!tokens[a] || !POSSESSIVE_PRONOUNS.has(tokens[a].lower)) return -1;
  let k = a + 1;
  let kinds = 0;
  while (kinds < 2 && tokens[k] && CALL_KINDS.has(tokens[k].lower)) { k++; kinds++; }
  if (tokens[k]?.lower !== 'call') return -1;
  const withWhom = tokens[k + 1]?.lower === 'with' ? (tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2) : -1;
  if (withWhom >= 0 && CALL_AUDIENCE.has(tokens[withWhom]?.lower ?? '')) return withWhom;
  return kinds > 0 ? k : -1;
}

/** "a post on X", "an X post", "a statement", "a television interview", "an interview with Reuters". */
function framedVenue(tokens: Token[], a: number, isPerson: (i: number) => boolean): { a: number; b: number; words: string[]; type: Venue['type'] } | null {
  let k = a + 1;
  const limit = a + 5;
  let platform: { b: number; words: string[] } | null = null;
  while (k < tokens.length && k < limit) {
    const t = tokens[k];
    if (t.kind !== 'word') return null;
    const p = platformAt(tokens, k);
    if (p) { platform = p; k = p.b + 1; continue; }
    if (POST_NOUNS.has(t.lower)) {
      if (platform) return { a, b: k, words: platform.words, type: 'platform' };
      const on = tokens[k + 1]?.lower === 'on' ? platformAfter(tokens, k + 2) : null;
      if (on) return { a, b: on.b, words: on.words, type: 'platform' };
      return { a, b: k, words: [], type: 'platform' };
    }
    if (t.lower === 'statement') return { a, b: k, words: ['statement'], type: 'other' };
    // "in a note to clients", "in a research note": an analyst's written note, given to no outlet.
    if (t.lower === 'note' && tokens[k + 1]?.lower === 'to' && NOTE_READERS.has(tokens[k + 2]?.lower ?? '')) return { a, b: k + 2, words: [NOTE], type: 'other' };
    if (NOTE_KINDS.has(t.lower) && tokens[k + 1]?.lower === 'note') return { a, b: k + 1, words: [NOTE], type: 'other' };
    if (t.lower === 'interview' || t.lower === 'appearance' || t.lower === 'conference' || t.lower === 'briefing') {
      const w = tokens[k + 1]?.lower;
      if (w === 'with' || w === 'on' || w === 'to') {
        let o = k + 2;
        if (tokens[o]?.lower === 'the') o++;
        const pl = platformAt(tokens, o);
        if (pl && w === 'on') return { a, b: pl.b, words: pl.words, type: 'platform' };
        const b = outletEnd(tokens, o, isPerson);
        if (b >= o && (w !== 'on' || looksLikeOutlet(wordsOf(tokens, o, b)))) {
          return { a, b: hostEnd(tokens, b), words: wordsOf(tokens, o, b), type: 'outlet' };
        }
      }
      return { a, b: k, words: [], type: 'other' };
    }
    if (t.cap || GENERIC_INTERVIEW.has(t.lower) || /^(press|news)$/.test(t.lower)) { k++; continue; }
    return null;
  }
  return null;
}
