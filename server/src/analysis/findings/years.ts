// A draft's year for a thing the sources date otherwise: "The block was built by the city council in
// 1986" against sources' "built by the city council in 1968" / "The block was built in 1968". Years
// are everywhere in news and mostly of other things (ages, "since 1994", anniversaries, plans), so a
// draft's year written alone ("in 2018", no month or day) is held to a source's year only when
//   - the clauses around both are told in like words (two words shared and alike in weight), or the
//     same count stands beside both, in like sentences or a count no one rounds to ("In 2013, 63
//     whales came ashore" / "In 2011, 63 pilot whales beached"),
//   - the two years are one year mistyped: one digit changed or two neighbouring digits swapped,
//   - both are told as points ("in", not "since" or "by", but "since 2011, when …"), both of a plan
//     or both of the past, not on either side of the story's own year, and the source's not inside
//     a report's quotation,
//   - nothing says they are two things: a contrast ("north" / "south") or a name on each side that
//     the other lacks, or the draft's sentence writing the source's year too,
//   - the sources that date it so agree on one year, and no source writes the draft's year at all
//     (its year may be told of this thing in words the engine does not tie together).
// Drafts only: sources are not held to each other on years. A year misreported is a figure wrong, so
// the finding is a figure-conflict.
import type { ClaimComparison, TimeClaim } from '../types';
import type { TimeRef } from '../alignment/corpus';
import { fullTextWords } from '../alignment/textWords';
import { clauseAround } from '../alignment/context';
import { figureRange } from '../alignment/figures';
import type { Check } from './check';
import { evidence } from './check';
import { against } from './messages';
import { MONTHS_AND_DAYS } from '../claims/people/lexicon';

/** Clauses this alike (weighted), sharing at least LIKE_SHARED words, tell of one thing. */
const LIKE_WORDS = 0.5;
const LIKE_SHARED = 2;
/** With the same count beside both years, clauses this alike are enough. */
const LIKE_WITH_COUNT = 0.3;
/** Characters of the source's words quoted before its year in the message. */
const QUOTE_BEFORE = 40;

/** The year of a claim that writes it out in four digits ("2019", "Aug. 10, 2019"), else undefined. */
function writtenYear(t: TimeClaim): number | undefined {
  const y = t.date.year;
  return y !== undefined && y >= 1000 && y <= 9999 && hasYear(t.text, y) ? y : undefined;
}

/** Whether `text` writes `year` as a number of its own (not inside "12019" or "2019.5"). */
export function hasYear(text: string, year: number): boolean {
  const y = String(year);
  for (let at = text.indexOf(y); at >= 0; at = text.indexOf(y, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 0;
    const after = text.charCodeAt(at + y.length);
    const digit = (c: number) => c >= 48 && c <= 57;
    if (!digit(before) && !digit(after) && !(text[at + y.length] === '.' && digit(text.charCodeAt(at + y.length + 1)))) return true;
  }
  return false;
}

/** One year mistyped as the other: one digit changed ("2018" / "2019"), or two neighbouring digits swapped ("1986" / "1968"). */
export function yearSlip(a: number, b: number): boolean {
  const x = String(a);
  const y = String(b);
  if (x.length !== y.length || x === y) return false;
  const diff: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff.push(i);
  if (diff.length === 1) return true;
  return diff.length === 2 && diff[1] === diff[0] + 1 && x[diff[0]] === y[diff[1]] && x[diff[1]] === y[diff[0]];
}

/** Every year one slip from `year` (yearSlip), ascending. */
export function slipsOf(year: number): number[] {
  const x = String(year);
  const out = new Set<number>();
  for (let i = 0; i < x.length; i++) {
    for (let d = 0; d <= 9; d++) out.add(Number(x.slice(0, i) + d + x.slice(i + 1)));
    if (i + 1 < x.length) out.add(Number(x.slice(0, i) + x[i + 1] + x[i] + x.slice(i + 2)));
  }
  return [...out].filter((y) => y !== year && String(y).length === x.length && yearSlip(year, y)).sort((a, b) => a - b);
}

/** Words that make a clause tell a plan or a forecast, not what was. */
const PLAN_WORDS = new Set(['will', 'would', 'shall', 'll', 'due', 'expected', 'expects', 'expect', 'plans', 'planned', 'planning', 'plan',
  'scheduled', 'aims', 'aim', 'forecast', 'forecasts', 'projected', 'could', 'should', 'may', 'might', 'proposed', 'proposes', 'intends', 'target', 'targets']);

/** Whether the clause around a year tells a plan ("will be replaced in 2028", "is due to open in 2027"). */
function planned(r: TimeRef): boolean {
  const { plain, sentences } = r.article.text;
  const s = sentences[r.time.sentence];
  if (!s) return false;
  const clause = clauseAround(plain, s.span, r.time.span);
  let word = '';
  let lower = true;
  for (let i = clause.start; i <= clause.end; i++) {
    const c = i < clause.end ? plain[i] : ' ';
    if (c.toLowerCase() !== c.toUpperCase()) { word += c; if (c < 'a' || c > 'z') lower = false; continue; }
    // Lower case as written: "May 2" is a month.
    if (lower && PLAN_WORDS.has(word) && !planOfLaterYear(r, i, clause.end)) return true;
    word = '';
    lower = true;
  }
  return false;
}

/**
 * "laid in 1986 and already scheduled for replacement in 2031": a plan word after the year, with
 * another year written after it in the clause, tells that later year's plan, not this year's.
 */
function planOfLaterYear(r: TimeRef, wordEnd: number, clauseEnd: number): boolean {
  if (wordEnd <= r.time.span.end) return false;
  return r.article.times.some((x) => x !== r.time && x.span.start >= wordEnd && x.span.start < clauseEnd && writtenYear(x) !== undefined);
}

/**
 * The year a source is written in, when it says so. The source's, not the draft's: a draft's
 * dateline stands outside the sentence an edit re-checks a claim by (findings/incremental.ts).
 */
function storyYear(s: TimeRef): number | undefined {
  return s.article.dateline?.year;
}

/** One year before the story's own year and the other after it: a past event and a plan, not one thing. */
function eitherSideOf(a: number, b: number, now: number | undefined): boolean {
  return now !== undefined && ((a < now && b > now) || (a > now && b < now));
}

/** Made once: the bundler turns a `\p{…}` literal into a RegExp construction where it stands. */
const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
/** A word's closing apostrophes ("teams’") trimmed by hand: a pattern anchored at the end retries at every apostrophe of "a'''…'b". */
function trimApostrophes(word: string): string {
  let end = word.length;
  while (end > 0 && (word[end - 1] === "'" || word[end - 1] === '’')) end--;
  return word.slice(0, end);
}

/**
 * Words of which two of different kinds in one group name two different things ("the north pier" /
 * "the south pier", "last inspected" / "next inspected"); words of one kind say the same.
 */
const CONTRASTS: readonly (readonly string[])[] = [
  ['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest', 'southeast', 'southwest'],
  ['old', 'new', 'original'],
  ['first', 'second', 'third', 'fourth', 'fifth'],
  ['upper', 'lower'], ['inner', 'outer'], ['left', 'right'], ['men', 'women', 'men\'s', 'women\'s'],
  ['last|previous', 'next|upcoming'],
];
/** Each word's group and kind (its place in the group; "|" joins words of one kind). */
const CONTRAST_GROUP = new Map<string, [number, number]>(CONTRASTS.flatMap((g, i) => g.flatMap((kind, k) => kind.split('|').map((w): [string, [number, number]] => [w, [i, k]]))));

/** The clause of a year's sentence, and its words as written (letters and apostrophes), with their offsets. */
function clauseWords(r: TimeRef): { text: string; start: number }[] {
  const { plain, sentences } = r.article.text;
  const s = sentences[r.time.sentence];
  if (!s) return [];
  const clause = clauseAround(plain, s.span, r.time.span);
  const out: { text: string; start: number }[] = [];
  let start = -1;
  for (let i = clause.start; i <= clause.end; i++) {
    const c = i < clause.end ? plain[i] : ' ';
    const letter = c.toLowerCase() !== c.toUpperCase() || ((c === "'" || c === '’') && start >= 0);
    if (letter) { if (start < 0) start = i; continue; }
    // Letters glued to a number ("39.1C", "5km") are its unit, not a word.
    const glued = start > 0 && plain.charCodeAt(start - 1) >= 48 && plain.charCodeAt(start - 1) <= 57;
    if (start >= 0 && !glued) out.push({ text: trimApostrophes(plain.slice(start, i)).split('’').join("'"), start });
    start = -1;
  }
  return out;
}

/**
 * Two things, not one, told in like words: each clause has a word of one contrast the other lacks
 * ("north" / "south"), or each names something (a capitalised word past the sentence's first) the
 * other's sentence does not ("Hallam Road bridge" / "Kelso Street bridge").
 */
function twoThings(t: TimeRef, s: TimeRef): boolean {
  const a = clauseWords(t);
  const b = clauseWords(s);
  const lower = (ws: { text: string }[]) => new Set(ws.map((w) => w.text.toLowerCase()));
  const la = lower(a);
  const lb = lower(b);
  const kinds = (ws: Set<string>) => {
    const out = new Set<string>();
    for (const w of ws) { const g = CONTRAST_GROUP.get(w); if (g) out.add(g.join(':')); }
    return out;
  };
  const ka = kinds(la);
  const kb = kinds(lb);
  for (const x of ka) {
    if (kb.has(x)) continue;
    const group = x.split(':')[0] + ':';
    for (const y of kb) if (y.startsWith(group) && !ka.has(y)) return true;
  }
  const sentenceWords = (r: TimeRef) => {
    const span = r.article.text.sentences[r.time.sentence]?.span;
    return span ? r.article.text.plain.slice(span.start, span.end).toLowerCase() : '';
  };
  const names = (r: TimeRef, ws: { text: string; start: number }[]) => {
    const first = r.article.text.sentences[r.time.sentence]?.span.start ?? 0;
    const own = r.article.text.plain.slice(first, r.time.span.start);
    const firstWord = own.search(LETTER) + first;
    return ws.filter((w) => w.start !== firstWord && UPPER_START.test(w.text) && !MONTHS_AND_DAYS.has(w.text.toLowerCase()) && !(w.start >= r.time.span.start && w.start < r.time.span.end))
      .map((w) => w.text.toLowerCase());
  };
  const other = (name: string, text: string) => !hasWord(text, name);
  const ta = sentenceWords(t);
  const tb = sentenceWords(s);
  return names(t, a).some((n) => other(n, tb)) && names(s, b).some((n) => other(n, ta));
}

/** Whether `text` (lower case) has `word` as a word of its own. */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text[at - 1] : ' ';
    const after = at + word.length < text.length ? text[at + word.length] : ' ';
    const letter = (c: string) => c.toLowerCase() !== c.toUpperCase();
    if (!letter(before) && !letter(after)) return true;
  }
  return false;
}

/** A year inside a report's quotation is the speaker's, loose like a quoted figure; a transcript's turn is the record. */
function quoted(r: TimeRef): boolean {
  const { start, end } = r.time.span;
  return r.article.quotes.some((q) => !q.transcript && q.pieces.some((p) => p.start <= start && end <= p.end));
}

/**
 * The same count (class and number) told in both years' sentences ("63 whales"): 'told' when it is
 * there, 'specific' when it is also a number no one rounds to (two digits or more, not a multiple of
 * ten, told exactly), which does not come round again by chance; null when there is none.
 */
function sameCount(t: TimeRef, s: TimeRef): 'specific' | 'told' | null {
  let found: 'specific' | 'told' | null = null;
  for (const f of t.sentenceFigures) {
    if (f.cls === null || !f.cls.startsWith('count:')) continue;
    const value = figureRange(f.figure).value;
    if (!s.sentenceFigures.some((g) => g.cls === f.cls && figureRange(g.figure).value === value)) continue;
    if (f.figure.qualifier === 'exact' && value >= SPECIFIC_COUNT && value % 10 !== 0 && Number.isInteger(value)) return 'specific';
    found = 'told';
  }
  return found;
}

/** A count this large, not a multiple of ten, is specific enough to tie two years together alone. */
const SPECIFIC_COUNT = 11;

/**
 * Told as a point: "in 2011", or "since 2011, when 63 whales came ashore" (the "when" tells what
 * happened in that year), not "since 2011" or "by 2030".
 */
function atPoint(r: TimeRef): boolean {
  if (r.time.qualifier === 'exact') return true;
  if (r.time.qualifier !== 'past' || !/^since\b/i.test(r.time.text)) return false;
  // Read within the sentence (what an incremental check keys the claim by).
  const end = Math.min(r.time.span.end + 8, r.article.text.sentences[r.time.sentence]?.span.end ?? r.time.span.end);
  return SINCE_WHEN.test(r.article.text.plain.slice(r.time.span.end, end));
}
const SINCE_WHEN = /^,?\s{1,2}when\b/;

/** Whether the sentence of `r` also writes `year`: it tells two years, and gives that one to something else. */
function sentenceAlsoHas(r: TimeRef, year: number): boolean {
  const span = r.article.text.sentences[r.time.sentence]?.span;
  return span !== undefined && hasYear(r.article.text.plain.slice(span.start, span.end), year);
}

/** The source's words right before its year, for the message: "built in 1968". */
function quotedWords(s: TimeRef): string {
  const { original, sentences } = s.article.text;
  const from = Math.max(sentences[s.time.sentence]?.span.start ?? s.time.span.start, s.time.span.start - QUOTE_BEFORE);
  let start = from;
  // Whole words only.
  if (start > 0 && start < s.time.span.start && /\S/.test(original[start - 1])) while (start < s.time.span.start && /\S/.test(original[start])) start++;
  return original.slice(start, s.time.span.end).trim();
}

/**
 * Holds a draft's year, written alone, to the year the sources give the same thing. Returns whether
 * the claim was one this check reads (a draft's year told alone), so other date checks can skip it.
 */
export function checkYear(check: Check, t: TimeRef): boolean {
  const year = writtenYear(t.time);
  if (!check.isDraft || year === undefined || t.time.date.month !== undefined || !atPoint(t)) return false;
  const v = check.corpus.vocabulary;
  const mine = planned(t);
  const conflicts: TimeRef[] = [];
  const years = new Set<number>();
  // A source that writes the draft's year anywhere may be telling this thing with it. Sources are
  // found by the year as a word of their running text (alignment/textWords.ts), and read to be sure.
  if (someSourceWrites(check, String(year))) return true;
  // The sources' dates told in a year one slip from the draft's.
  for (const times of check.corpus.yearCandidates(slipsOf(year), check.article.path)) {
    let best: TimeRef | null = null;
    let bestSim = 0;
    for (const s of times) {
      if (s.time.granularity !== 'date' || !atPoint(s)) continue;
      const theirs = writtenYear(s.time);
      if (theirs === undefined || !yearSlip(year, theirs)) continue;
      const shared = v.shared(t.near, s.near).count;
      const sim = v.similarity(t.near, s.near);
      // A year opening its sentence ("In 2013, 63 whales came ashore") has no words of its own before
      // the count beside it: with the same count there, the sentences' words say it is one event.
      const count = sameCount(t, s);
      const like = (shared >= LIKE_SHARED && sim >= LIKE_WORDS) || count === 'specific' ||
        (count !== null && Math.max(shared >= 1 ? sim : 0, v.similarity(t.context, s.context)) >= LIKE_WITH_COUNT);
      if (!like || quoted(s) || planned(s) !== mine || eitherSideOf(year, theirs, storyYear(s))) continue;
      // "built in 1968 and rebuilt in 1986": the draft's sentence gives the source's year to another thing.
      if (sentenceAlsoHas(t, theirs) || twoThings(t, s)) continue;
      if (!best || sim > bestSim) { best = s; bestSim = sim; }
    }
    if (best) { conflicts.push(best); years.add(best.time.date.year as number); }
  }
  // "The plant, which opened in 1968": the year a thing began, which no source writes, is unsourced.
  if (conflicts.length === 0 && foundingYear(t) && !quoted(t)) reportUntoldYear(check, t, year);
  // "The city last imposed water cuts in 2016": when it last happened, which no source writes, is unsourced.
  else if (conflicts.length === 0 && !quoted(t)) {
    const last = lastTimeStart(t);
    // "the worst disruption since a power failure in 2019": the year a record's run began, as "since 2019" tells it.
    const run = last >= 0 ? null : recordRunStart(t);
    if (last >= 0) reportUntoldYear(check, t, year, { start: last, end: t.time.span.end });
    else if (run) reportUntoldYear(check, t, year, run);
  }
  // Sources that date it to different years leave the draft's year in doubt, not wrong.
  if (conflicts.length === 0 || years.size !== 1) return true;
  const comparisons: ClaimComparison[] = conflicts.map((s) => ({
    label: s.article.label, path: s.article.path, relation: 'conflicts', span: s.time.span, text: s.time.text, value: String(s.time.date.year),
  }));
  check.view('time', t.time.span, String(year), comparisons);
  const ev = conflicts.map((s) => evidence(s.article, s.time.span));
  check.add('figure-conflict', 'warning', t.time.span, `year conflicts with ${against(ev, quotedWords(conflicts[0]))}`, ev);
  return true;
}

/** "since 1987", "since February 2024" as a claim's whole text. */
const SINCE_YEAR = /^since\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{4}$/i;
/**
 * A thing's start told right before its year: "The plant, which opened in", "was built in"; a piece of
 * equipment's too: "The escalator, installed in", "commissioned in".
 */
const FOUNDED_BEFORE = /\b(?:opened|built|founded|established|constructed|installed|commissioned)\s+in\s+$/i;
/** Characters read before a year for FOUNDED_BEFORE. */
const FOUNDED_REACH = 24;
/** An age told in the year's sentence: the year may be the story's year less a sourced age ("the 16-year-old ship, built in 2009"). */
const AGE_IN_SENTENCE = /\byears?[- ]old\b|\byears ago\b/i;

/**
 * "last" and a verb of the past, then up to a few words with no clause mark, then "in" right before the
 * year: "last imposed water cuts in", "was last seen in", "last won the title in". Not "last year",
 * which is no verb.
 */
const LAST_BEFORE = /\blast\s+(?:[a-z]+ed|won|saw|hit|rose|fell|froze|ran|held|met|went|came|struck|began|took|had|made|did)\b[^,;:!?.()\u2013\u2014"“”]{0,60}\bin\s+$/i;
/** Characters read before a year for LAST_BEFORE. */
const LAST_REACH = 90;

/**
 * "The council last imposed water cuts in 2016": when a thing last happened, a record of the past a
 * source must give. Where "last" starts in the text, or -1 when the year is no such point.
 */
function lastTimeStart(t: TimeRef): number {
  const { plain, sentences } = t.article.text;
  const s = sentences[t.time.sentence];
  if (!s) return -1;
  const from = Math.max(s.span.start, t.time.span.start - LAST_REACH);
  const m = LAST_BEFORE.exec(plain.slice(from, t.time.span.start));
  return m ? from + m.index : -1;
}

/**
 * "The plant, which opened in 1968, …": the year a thing was built, opened or founded, told as a
 * point, and not reckoned from an age the sentence tells.
 */
function foundingYear(t: TimeRef): boolean {
  const { plain, sentences } = t.article.text;
  const s = sentences[t.time.sentence];
  if (!s || !FOUNDED_BEFORE.test(plain.slice(Math.max(s.span.start, t.time.span.start - FOUNDED_REACH), t.time.span.start))) return false;
  return !AGE_IN_SENTENCE.test(plain.slice(s.span.start, s.span.end));
}

/**
 * "It was the worst hailstorm in the region since 1987" (or "since March 1987"): a draft's year after "since" (a record's or a
 * run's start), or the year a thing opened, was built or founded ("the plant, which opened in 1968"),
 * that no source writes anywhere, as a year or in a date, is a claim no source makes. Not inside a
 * quotation (a speaker's memory is theirs). Returns whether it reported one.
 */
export function checkSinceYear(check: Check, t: TimeRef): boolean {
  const year = writtenYear(t.time);
  // "the largest since February 2024": a month before the year names the record's start as closely; no day.
  if (!check.isDraft || year === undefined || t.time.date.day !== undefined || t.time.qualifier !== 'past' || !SINCE_YEAR.test(t.time.text.trim()) || quoted(t)) return false;
  // A source that writes the year anywhere may tell this very thing (read as checkYear reads it).
  if (someSourceWrites(check, String(year))) return false;
  return reportUntoldYear(check, t, year, recordSpan(t));
}

/** "records began in 1874", "record-keeping started in 1901": the start of the records a record is set against. */
const RECORDS_BEGAN = /\brecords?(?:[ \u00a0-]keeping)?[ \u00a0]+(?:began|begun|started|start|begin)[ \u00a0]+in[ \u00a0]+$/i;
/** Words from "since" to the year, at most: "since a power failure in", "since the reservoir was inaugurated in". */
const SINCE_EVENT_WORDS = 8;

/**
 * "the worst disruption at the airport since a power failure in 2019", "the lowest since the
 * reservoir was inaugurated in 1987", "where national records began in 1874": a year told as when a
 * record's run began, through the event that opened it, as "since 2019" tells it directly. The span
 * from the record word (or "records") to the year; null when the year is not told so.
 */
function recordRunStart(t: TimeRef): { start: number; end: number } | null {
  const { plain, sentences } = t.article.text;
  const s = sentences[t.time.sentence];
  if (!s) return null;
  const from = Math.max(s.span.start, t.time.span.start - 200);
  const before = plain.slice(from, t.time.span.start);
  const began = RECORDS_BEGAN.exec(before);
  if (began) return { start: from + began.index, end: t.time.span.end };
  const words: { text: string; at: number }[] = [];
  RECORD_TOKEN.lastIndex = 0;
  for (let m = RECORD_TOKEN.exec(before); m; m = RECORD_TOKEN.exec(before)) words.push({ text: m[0].toLowerCase(), at: from + m.index });
  if (words[words.length - 1]?.text !== 'in') return null;
  let since = -1;
  for (let k = words.length - 2, n = 0; k >= 0 && n < SINCE_EVENT_WORDS; k--, n++) {
    const w = words[k].text;
    if (!LETTER_FIRST.test(w)) return null;
    if (w === 'since') { since = k; break; }
  }
  if (since < 0) return null;
  for (let k = since - 1, n = 0; k >= 0 && n <= RECORD_REACH; k--, n++) {
    const w = words[k].text;
    if (!LETTER_FIRST.test(w)) return null;
    if (RECORD_WORDS.has(w)) return { start: words[k].at, end: t.time.span.end };
  }
  return null;
}

/** Words that make a run's record: "the first time … since", "the worst hailstorm … since", "its third collision since". */
const RECORD_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'worst', 'best', 'biggest', 'largest',
  'highest', 'lowest', 'deadliest', 'strongest', 'heaviest', 'wettest', 'driest', 'hottest', 'coldest', 'warmest', 'busiest',
  'longest', 'shortest', 'fastest', 'slowest', 'smallest', 'steepest', 'sharpest', 'earliest']);
/** Words read back from "since" for the record word, within its clause. */
const RECORD_REACH = 12;
/** A word's first letter; made once (the bundler rebuilds a \p{…} literal at every call). */
const LETTER_FIRST = /^\p{L}/u;
/** A word, or a mark that ends the clause. */
const RECORD_TOKEN = /[\p{L}]+|[,;:!?()\u2013\u2014"“”]/gu;

/**
 * "It is the first time Harrow has hosted the final since 1991": the claim no source makes is the
 * record with its year, marked from the record word ("first") to the year; the year alone when its
 * clause names no record.
 */
function recordSpan(t: TimeRef): { start: number; end: number } {
  const { plain, sentences } = t.article.text;
  const s = sentences[t.time.sentence];
  if (!s) return t.time.span;
  const from = Math.max(s.span.start, t.time.span.start - 160);
  const before = plain.slice(from, t.time.span.start);
  const words: { text: string; at: number }[] = [];
  RECORD_TOKEN.lastIndex = 0;
  for (let m = RECORD_TOKEN.exec(before); m; m = RECORD_TOKEN.exec(before)) words.push({ text: m[0].toLowerCase(), at: from + m.index });
  for (let k = words.length - 1, n = 0; k >= 0 && n <= RECORD_REACH; k--, n++) {
    const w = words[k].text;
    if (!LETTER_FIRST.test(w)) break;
    if (RECORD_WORDS.has(w)) return { start: words[k].at, end: t.time.span.end };
  }
  return t.time.span;
}

/** Reports a draft's year that no source gives (no source writes it as a word: asked already); whether it did. */
function reportUntoldYear(check: Check, t: TimeRef, year: number, span: { start: number; end: number } = t.time.span): boolean {
  // (An exhaustive corpus hands out every date: the year is asked of each.)
  for (const times of check.corpus.yearCandidates([year], check.article.path)) if (times.some((s) => s.time.date.year === year)) return false;
  check.view('time', t.time.span, String(year), []);
  check.add('unsourced-claim', 'info', span, `no source gives this year: “${t.time.text}”`, []);
  return true;
}

/**
 * Whether a source other than the checked article writes `word` anywhere: found by the word index of
 * the running text (alignment/textWords.ts), and read to be sure.
 */
export function someSourceWrites(check: Check, word: string): boolean {
  for (const c of check.corpus.sourcesWithWord(word, check.article.path)) {
    if (fullTextWords(c.article.text.original).some((w) => w.norm === word)) return true;
  }
  return false;
}
