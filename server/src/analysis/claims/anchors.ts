// Where a figure belongs in time: "28,000 people … as of 11:30 a.m." belongs to 11:30, so that
// snapshots at different moments are never compared as if they were the same quantity.
import type { ArticleText, Figure, Span, TimeClaim } from '../types';
import { separatorsOnly } from '../text/separators';
import { isTallied } from './figures/tallies';
import { endsPeriod } from './times/daysource';

/** Clause breaks inside a sentence: ", and", ", but", ";", ", while", ", whereas". */
function clauseOf(plain: string, sentence: Span, at: number): Span {
  let start = sentence.start;
  let end = sentence.end;
  const re = /,\s+(?:and|but|while|whereas)\s|;\s/g;
  const body = plain.slice(sentence.start, sentence.end);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const pos = sentence.start + m.index;
    if (pos < at) start = pos + m[0].length;
    else if (pos >= at) { end = pos; break; }
  }
  return { start, end };
}

/**
 * "opened 6.3% higher at 8am, were up 8.1% by 9.30am and peaked at 461p at 12.45pm": a clause that
 * runs through a day in parts split by commas ties each figure to the clock time of its own part;
 * a part with none that opens on another event ("before closing 11.9% higher") is tied to none.
 */
function timeOfPart(text: ArticleText, times: TimeClaim[], clause: Span, candidates: number[], f: Figure): number {
  const part = partOf(text.plain, clause, f.span);
  const inPart = candidates.filter((i) => times[i].span.start >= part.start && times[i].span.end <= part.end);
  if (inPart.length > 0) return nearest(times, inPart, f.span);
  if (inPart.length < candidates.length && OTHER_EVENT_PART.test(text.plain.slice(part.start, f.span.start))) return -1;
  return nearest(times, candidates, f.span);
}

/** ", and that was the count at ": a clause telling the moment of the count just told. */
const COUNT_WAS_AT = /^,?\s+(?:and|but)\s+(?:that|this|those|these)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:(?:latest|last|official|overnight|morning)\s+)?(?:count|figure|number|tally|total|toll)s?\s+(?:at|as\s+of|by)\s+$/i;

/** "…, before closing 11.9% higher": a part that opens on an event of its own. */
const OTHER_EVENT_PART = /^\s*(?:before|after|following|then|until)\s+[a-z]+ing\b/i;
/** How far a figure's part is looked for either side of it. */
const PART_REACH = 160;

/** The stretch of a clause between the commas (", ") either side of a figure. */
function partOf(plain: string, clause: Span, figure: Span): Span {
  const from = Math.max(clause.start, figure.start - PART_REACH);
  const before = plain.lastIndexOf(', ', figure.start);
  const start = before >= from ? before + 2 : clause.start;
  const to = Math.min(clause.end, figure.end + PART_REACH);
  const after = plain.indexOf(', ', figure.end);
  const end = after >= 0 && after < to ? after : clause.end;
  return { start, end };
}

/**
 * The candidate time nearest the figure: "about 1,200 calls by midday and more than 4,000 by 18:00"
 * ties 4,000 to 18:00 (one space after the figure's end), not to midday (behind the figure's start):
 * a time after the figure is measured from where the figure ends.
 */
function nearest(times: TimeClaim[], candidates: number[], f: Span): number {
  let best = -1;
  let bestDistance = Infinity;
  for (const i of candidates) {
    const t = times[i];
    const d = t.span.start >= f.end ? t.span.start - f.end : t.span.start >= f.start ? 0 : Math.max(0, f.start - t.span.end);
    if (d < bestDistance) { bestDistance = d; best = i; }
  }
  return best;
}

/** A sentence that places itself in time ("at the height of", "later", "by evening", "the same day", "during the diversion", "a total of", a running total "That makes five rescued") keeps its figures to itself. */
// "By the time the course closed, 2,900 had finished" / "… had finished when the course closed": the
// moment is an event of its own, not the clock time of the sentence before.
const OWN_TIME = /\b(?:height|peak|later|earlier|afterwards|since|meanwhile|evening|morning|afternoon|night|overnight|midday|noon|midnight|dawn|dusk|today|tonight|yesterday|tomorrow|then|in all|all told|in total|total|during|altogether|overall|so far|by the time|when|same day|that day|next day|following day|(?:that|this|which)\s+(?:makes|made|brings|brought))\b/i;

/**
 * "Shares fell 4% in early trading before recovering to close 2.8% lower": a market's session names
 * the moment of its own figures (the open, the close, a part of the trading day), not the clock time
 * of the sentence before ("… published at 07:00 GMT, an hour before the market opened").
 */
const MARKET_SESSION = /\b(?:in\s+(?:early|late|morning|afternoon|midday|lunchtime|after-hours|pre-market)\s+(?:trade|trading|deals|dealings)|at\s+the\s+(?:open|close|closing\s+bell)|to\s+close|clos(?:ed|ing)\s+(?:down|up|higher|lower|flat|unchanged|at)\b)/i;

/**
 * "12,000 started at 7 a.m., out of 14,200 who registered", "by noon 9 of the 31 climbers were down":
 * the whole a count is taken from is not a snapshot ("nine of our 14 regions", "of the country's 14");
 * nor is a count told as all there are, as the scope of what the sentence tells ("takes effect at
 * midnight at all 62 branches", "for all 1.3 million customers"); "All 62 branches had switched by
 * noon" is the count at that time.
 */
const WHOLE_BEFORE = /(?:\b(?:at|for|to|across|among|in|on|from)\s+all\s+(?:of\s+)?(?:the\s+|our\s+|its\s+|their\s+)?|\bout\s+of\s+(?:the\s+|some\s+|about\s+|nearly\s+|roughly\s+)?|(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+of\s+(?:the\s+)?(?:(?:our|its|their|his|her|my|your)\s+|[a-z]+['’]s\s+)?)$/i;

/**
 * For each figure, the index of the time claim it belongs to, or -1: a clock time in the same
 * clause, else in the same sentence, else a clock time in the previous sentence of the same
 * paragraph ("… began at 6 a.m. ET. More than 20,500 users …"), else a date in the sentence.
 */
export function anchorFigures(text: ArticleText, figures: Figure[], times: TimeClaim[]): number[] {
  return onePerTime(text, figures, times, nearestTimes(text, figures, times));
}

/**
 * "$39.65 at 10:15 a.m. and $38.12 at the close": a clock time in a sentence holds one figure of
 * each kind, the nearest; the others in that sentence are not tied to it.
 */
function onePerTime(text: ArticleText, figures: Figure[], times: TimeClaim[], anchors: number[]): number[] {
  const kind = (f: Figure) => `${f.unit}:${f.counted ?? ''}:${f.measure ?? ''}`;
  const best = new Map<string, number>();
  // "18:40 – six dead, 23 in hospital and four missing": an entry's stamp dates all its figures.
  const stamps = new Set<number>();
  anchors.forEach((a) => { if (a >= 0 && opensEntry(text, times[a])) stamps.add(a); });
  anchors.forEach((a, i) => {
    const f = figures[i];
    if (a < 0 || times[a].sentence !== f.sentence || stamps.has(a)) return;
    const key = `${a}|${kind(f)}`;
    const held = best.get(key);
    if (held === undefined || gap(times[a], f) < gap(times[a], figures[held])) best.set(key, i);
  });
  return anchors.map((a, i) => {
    if (a < 0 || times[a].sentence !== figures[i].sentence || stamps.has(a)) return a;
    return best.get(`${a}|${kind(figures[i])}`) === i ? a : -1;
  });
}

/** A live blog's stamp opening its entry's paragraph, the entry after a dash or bar ("**18:40** – Six people …"). */
function opensEntry(text: ArticleText, t: TimeClaim): boolean {
  const s = text.sentences[t.sentence];
  const p = s && text.paragraphs[s.paragraph];
  if (t.granularity !== 'clock' || !p || !separatorsOnly(text.plain, p.start, t.span.start)) return false;
  let j = t.span.end;
  while (j < text.plain.length && (text.plain[j] === ' ' || text.plain[j] === '\t')) j++;
  const c = text.plain[j];
  return (c === '–' || c === '—' || c === '-' || c === '|') && /\s/.test(text.plain[j + 1] ?? '');
}

/** Paragraph → the clock time alone on the line that heads it (its own line, or the line before). */
function stampsOf(text: ArticleText, times: TimeClaim[]): Map<number, number> {
  const out = new Map<number, number>();
  times.forEach((t, i) => {
    if (t.granularity !== 'clock') return;
    const s = text.sentences[t.sentence];
    if (!s) return;
    if (!separatorsOnly(text.plain, s.span.start, t.span.start) || !separatorsOnly(text.plain, t.span.end, s.span.end)) return;
    const next = text.sentences[t.sentence + 1];
    if (next && next.paragraph === s.paragraph + 1) out.set(next.paragraph, i);
    else if (next && next.paragraph === s.paragraph) out.set(s.paragraph, i);
  });
  return out;
}

function gap(t: TimeClaim, f: Figure): number {
  return t.span.start >= f.span.end ? t.span.start - f.span.end : Math.max(0, f.span.start - t.span.end);
}

/**
 * "took the rate down from 3.75%", "fell from 58.40 to 57.62": the figure after "from" in a change is
 * the value before it, not the value at the clock time the change is told at.
 */
/** Verbs of a change, in both patterns below. */
const CHANGE_VERBS = 'fell|fallen|falls?|falling|rose|risen|rises?|rising|dropp(?:ed|ing)|drops?|slid|slides?|sliding|cut|cuts|raised?|lowered?|climb(?:ed|s|ing)?|eased?|eases|easing|jump(?:ed|s)?|increased?|decreased?|declined?|slipped|tumbled|plunged|soared|surged|dipp(?:ed|ing)|dips?';
const CHANGE_FROM = new RegExp(`\\b(?:down|up|lower|higher|${CHANGE_VERBS})\\b(?:[^.;:]|\\.(?=\\d)){0,40}\\bfrom\\s+$`, 'i');
/** "up from 2,150 patients and ": a second number joined by "and" to the number a change started from. */
const CHANGE_FROM_PAIR = new RegExp(`\\b(?:down|up|lower|higher|${CHANGE_VERBS})\\b(?:[^.;:]|\\.(?=\\d)){0,40}\\bfrom\\s+\\d[\\d,.]*(?:\\s+[a-z-]+){0,2}\\s+and\\s+$`, 'i');

/**
 * "(previously £300m-£320m)", "up from its previous range of 300 million": the value before a revision;
 * "97.2% (2025: 97.4%)": the year before's, set beside it as results tables do.
 */
const PREVIOUSLY = /(?:\b(?:previously|(?:previous|prior|earlier|old)\s+(?:range|forecast|guidance|estimate|target|outlook)\s+(?:of|was)\s*:?)|\(\s*(?:19|20)\d\d\s*:)\s+$/i;

function priorValue(text: ArticleText, sentence: Span, f: Figure): boolean {
  const from = Math.max(sentence.start, f.span.start - 60);
  if (mayBePrior(text.plain, from, f.span.start)) {
    const before = text.plain.slice(from, f.span.start);
    if (CHANGE_FROM.test(before) || PREVIOUSLY.test(before)) return true;
  }
  // "up from 2,150 patients and 64 deaths on Monday": both numbers are where the change started.
  if (/\band\s+$/i.test(text.plain.slice(Math.max(from, f.span.start - 6), f.span.start)) && CHANGE_FROM_PAIR.test(text.plain.slice(from, f.span.start))) return true;
  return openingLevel(text.plain, Math.max(from, f.span.start - OPENING_REACH), f.span.start);
}

/**
 * "Bidding opened at £2.5m", "shares opened at 412p", "Opening bid: £2,500,000": the level something
 * opened at, which it then moved from. Not "opened 12 new routes" (a count of what was opened).
 */
const OPENING = /\b(?:opened\s*(?:at|:)|open(?:ing|ed)\s+(?:bid|price|offer|level)\s*(?:of|was|at|:|,)?)\s*$/i;
const OPENING_REACH = 32;

function openingLevel(plain: string, from: number, to: number): boolean {
  // Most figures have no "open" before them: one look for "pen" in the stretch before the pattern is
  // tried (read in place: a search from `from` would read on to the article's next "pen").
  let at = -1;
  for (let i = from; i < to; i++) {
    if (plain.charCodeAt(i) === 112 && plain.startsWith('pen', i)) {
      at = i;
      break;
    }
  }
  return at >= 0 && OPENING.test(plain.slice(from, to));
}

const SPACE = /\s/;

/**
 * False only when neither CHANGE_FROM nor PREVIOUSLY matches plain[from, to): both end in white
 * space after "from", "previously", "of", "was" or a colon, and most figures follow other words.
 * (Each pattern is tried at every position of the 60 characters before the figure.)
 */
function mayBePrior(plain: string, from: number, to: number): boolean {
  let e = to;
  while (e > from && SPACE.test(plain[e - 1])) e--;
  if (e === to) return false;
  if (e > from && plain.charCodeAt(e - 1) === 58) return true;
  const w = plain.slice(Math.max(from, e - 10), e).toLowerCase();
  return w.endsWith('from') || w.endsWith('previously') || w.endsWith('of') || w.endsWith('was');
}

/** Whether a figure is the value a change started from ("fell from 58.40 to 57.62"). */
export function startingValue(text: ArticleText, f: Figure): boolean {
  const sentence = text.sentences[f.sentence];
  return !!sentence && priorValue(text, sentence.span, f);
}

/**
 * "the pass rate dipped slightly, to 97.4%", "fell to 57.62": the figure after "to" in a change is the
 * value the change went to. Verbs only: "up to 40%" is a cap.
 */
const CHANGE_TO = new RegExp(`\\b(?:${CHANGE_VERBS})\\b(?:[^.;:]|\\.(?=\\d)){0,24}\\bto\\s+$`, 'i');

/** Whether a figure is the value a change went to ("dipped to 97.4%"). */
export function endingValue(text: ArticleText, f: Figure): boolean {
  const sentence = text.sentences[f.sentence];
  if (!sentence) return false;
  const from = Math.max(sentence.span.start, f.span.start - 40);
  let e = f.span.start;
  while (e > from && SPACE.test(text.plain[e - 1])) e--;
  // Most figures follow another word than "to": one look at two letters before the pattern is tried.
  if (e === f.span.start || e - 2 < from || text.plain.slice(e - 2, e).toLowerCase() !== 'to') return false;
  return CHANGE_TO.test(text.plain.slice(from, f.span.start));
}

/** "the remaining five regions", "the other 12 players": what is left of a whole told beside it. */
const REST_BEFORE = /\b(?:remaining|other)\s+$/i;
/**
 * "Two bidders left.", "with 40 seconds remaining,": what is left, said after the count and closing its
 * clause ("two bidders left the room" is a verb with its object, and counts all who left).
 */
const REST_AFTER = /^\s+(?:left|remaining)\s*(?:[.,;:!?)\u2013\u2014]|$)/i;

/** Whether a figure counts the rest of a whole ("The remaining five regions are on amber"), another quantity than its part. */
export function restOfWhole(text: ArticleText, f: Figure): boolean {
  const sentence = text.sentences[f.sentence];
  if (!sentence) return false;
  if (REST_BEFORE.test(text.plain.slice(Math.max(sentence.span.start, f.span.start - 12), f.span.start))) return true;
  return REST_AFTER.test(text.plain.slice(f.span.end, Math.min(sentence.span.end, f.span.end + 14)));
}

/**
 * "had expected a cut of 25 basis points", "one member preferred a 25-basis-point move": a figure
 * someone expected or wanted, not what happened; it belongs to no moment and holds no source to it.
 */
const EXPECTED = /\b(?:expect(?:ed|s|ing)?|predict(?:ed|s|ing)?|preferr(?:ed|ing)|prefers?|tipp(?:ed|ing)|pencill?ed in|priced in|pricing in|hoped for|called for|consensus)\b[^.;:,!?]{0,30}$/i;

/**
 * "Consensus for the quarter, compiled from 11 analysts, was growth of 2.5% and profit of £89m": a
 * sentence whose subject is the analysts' consensus tells only what they expected.
 */
const CONSENSUS_SUBJECT = /^\W{0,4}(?:\d+\.\s+)?(?:the\s+|analysts'\s+|market\s+)?consensus\b/i;

export function expectedValue(text: ArticleText, f: Figure): boolean {
  const sentence = text.sentences[f.sentence];
  if (!sentence) return false;
  if (EXPECTED.test(text.plain.slice(Math.max(sentence.span.start, f.span.start - 40), f.span.start))) return true;
  return CONSENSUS_SUBJECT.test(text.plain.slice(sentence.span.start, Math.min(sentence.span.end, sentence.span.start + 40)));
}

const PAST_PERFECT = /\bhad\s+(?!been\b)[a-z]+(?:ed|en)\b/i;
/** The past perfect, active or passive: "had cancelled", "had been diverted". */
const HAD_DONE = /\bhad\s+(?:been\s+)?[a-z]+(?:ed|en)\b/i;
/** "By" opening a sentence before its day: "By Wednesday evening, …". */
const OPENING_BY = /^[\s"“'‘*_]*by$/i;

/** A day bound ("By Wednesday") that opens its sentence. */
function opensWithBound(plain: string, sentence: Span, t: TimeClaim): boolean {
  if (t.span.start < sentence.start || t.span.start - sentence.start > 8) return false;
  // The bound's "By" is in the time's words or right before them.
  return /^by\b/i.test(t.text) ? OPENING_BY.test(plain.slice(sentence.start, t.span.start) + 'by') : OPENING_BY.test(plain.slice(sentence.start, t.span.start).trimEnd());
}

/** What every figure's time is looked for in: the times by sentence, the paragraphs a time stamp heads. */
export interface TimePlaces {
  bySentence: Map<number, number[]>;
  entryStamps: Map<number, number>;
  /** Sentences right after one with a clock time. */
  clockBefore: Set<number>;
  /** Sentence → the "By <day>" that opens the sentence before it ("By Wednesday evening, …"). */
  boundBefore: Map<number, number>;
  /** A sentence's own test (OWN_TIME), run once per sentence however many figures it holds. */
  ownTimes: Map<number, boolean>;
  /** A list item's first sentence → the clock time its lead-in line tells ("As of 19:00, the centre had recorded:"). */
  listLeads: Map<number, number>;
  /** Paragraph → the live blog stamp opening it before a dash ("**18:40** – …"). */
  entryOpeners: Map<number, number>;
}

export function timePlaces(text: ArticleText, times: TimeClaim[]): TimePlaces {
  const bySentence = new Map<number, number[]>();
  const clockBefore = new Set<number>();
  const boundBefore = new Map<number, number>();
  const entryOpeners = new Map<number, number>();
  times.forEach((t, i) => {
    const s = text.sentences[t.sentence];
    if (s && !entryOpeners.has(s.paragraph) && opensEntry(text, t)) entryOpeners.set(s.paragraph, i);
    const list = bySentence.get(t.sentence);
    if (list) list.push(i); else bySentence.set(t.sentence, [i]);
    if (t.granularity === 'clock') clockBefore.add(t.sentence + 1);
    if (t.granularity === 'date' && s && opensWithBound(text.plain, s.span, t) && !boundBefore.has(t.sentence + 1)) boundBefore.set(t.sentence + 1, i);
  });
  return { bySentence, entryStamps: stampsOf(text, times), clockBefore, boundBefore, ownTimes: new Map(), entryOpeners, listLeads: listLeadsOf(text, times, bySentence) };
}

/** A bullet opening its paragraph: "- ", "* ", "• ", "– ". */
const ITEM_BULLET = /^[ \t]*[-*•–][ \t]/;
/** Right before a lead-in's clock time: what makes it the moment of the counts listed ("As of", "by", "at"). */
const LEAD_MOMENT = /\b(?:as[ \t]+(?:of|at)|by|at)[ \t]+$/i;
/** A lead-in sentence's end: a colon, maybe markup after it. */
const LEAD_END = /:[ \t*_]*$/;

/**
 * "As of 19:00, the centre had recorded: ⏎ - 47 reports of landslides ⏎ - 55 people injured": the
 * items of a list are counts at the moment its lead-in line (ending in a colon) tells, "as of", "by"
 * or "at" a clock time. Each item's first sentence (its paragraph opening on a bullet, the items
 * running on from the lead-in paragraph by paragraph) → that clock time's index.
 */
function listLeadsOf(text: ArticleText, times: TimeClaim[], bySentence: ReadonlyMap<number, number[]>): Map<number, number> {
  const out = new Map<number, number>();
  let lead = -1;
  let lastParagraph = -2;
  for (let j = 0; j < text.sentences.length; j++) {
    const s = text.sentences[j];
    const paragraph = text.paragraphs[s.paragraph];
    const opensParagraph = paragraph !== undefined && (j === 0 || text.sentences[j - 1].paragraph !== s.paragraph);
    if (!opensParagraph) continue;
    const item = ITEM_BULLET.test(text.plain.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 8)));
    if (item && lead >= 0 && s.paragraph === lastParagraph + 1) {
      out.set(j, lead);
      lastParagraph = s.paragraph;
      continue;
    }
    lead = -1;
    // The lead-in: the paragraph's last sentence ends in a colon and tells the moment.
    let k = j;
    while (k + 1 < text.sentences.length && text.sentences[k + 1].paragraph === s.paragraph) k++;
    const last = text.sentences[k];
    if (!LEAD_END.test(text.plain.slice(last.span.start, last.span.end))) continue;
    const clocks = (bySentence.get(k) ?? NONE).filter((i) => times[i].granularity === 'clock');
    if (clocks.length !== 1) continue;
    const t = times[clocks[0]];
    if (!LEAD_MOMENT.test(text.plain.slice(Math.max(last.span.start, t.span.start - 12), t.span.start)) && !/^(?:as of|by|at)\b/i.test(t.text)) continue;
    lead = clocks[0];
    lastParagraph = s.paragraph;
  }
  return out;
}

/**
 * For each figure, its time before onePerTime. A figure in a sentence with no time, not after one
 * with a clock time and not under a time stamp is tied to none: its tests are skipped.
 */
export function nearestTimes(text: ArticleText, figures: Figure[], times: TimeClaim[]): number[] {
  const places = timePlaces(text, times);
  return figures.map((f) => {
    const sentence = text.sentences[f.sentence];
    if (!sentence) return -1;
    if (!places.bySentence.has(f.sentence) && !places.clockBefore.has(f.sentence) && !places.boundBefore.has(f.sentence) && !places.entryStamps.has(sentence.paragraph) && !places.listLeads.has(f.sentence)) return -1;
    return nearestTime(text, times, places, f);
  });
}

/**
 * "**06:45** The ministry confirms a €42m package for fishermen, spread over four years": a sum over a
 * stated term is a commitment, not a reading of the moment its clock time (or entry stamp) tells.
 * Bounded slice, one lazy bounded run: linear-time.
 */
const OVER_TERM = /^[^.;!?]{0,60}?\b(?:over|across)\s+(?:the\s+)?(?:(?:next|coming|following|first)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(?:years?|months?)\b/i;
/** Characters read after the sum. */
const TERM_REACH = 90;
function termSum(text: ArticleText, sentence: Span, f: Figure): boolean {
  return f.unit === 'money' && OVER_TERM.test(text.plain.slice(f.span.end, Math.min(sentence.end, f.span.end + TERM_REACH)));
}

/** "a fine of up to", "fined up to", "penalties of up to": the words before a most a court may fine. */
const PENALTY_CAP_BEFORE = /\b(?:fine[ds]?|penalty|penalties)\b[^.;:!?]{0,24}$/i;
/** Characters read before the sum. */
const PENALTY_REACH = 40;

/**
 * "**15:15** Breaking the ban can lead to a fine of up to £1,000": the most a court may fine is set by
 * law, not read at the moment an entry is posted or a clock time in its sentence tells; and two such
 * caps are one amount however far apart (findings/figures.ts).
 */
export function penaltyCap(text: ArticleText, sentence: Span, f: Figure): boolean {
  return f.unit === 'money' && f.qualifier === 'up-to' && PENALTY_CAP_BEFORE.test(text.plain.slice(Math.max(sentence.start, f.span.start - PENALTY_REACH), f.span.start));
}

const NONE: readonly number[] = [];

/** A figure's time before onePerTime, every test run (nearestTimes without its screen, for its tests). */
export function nearestTime(text: ArticleText, times: TimeClaim[], places: TimePlaces, f: Figure): number {
  const a = toldTime(text, times, places, f);
  if (a < 0 || times[a].granularity !== 'clock') return a;
  const sentence = text.sentences[f.sentence].span;
  return termSum(text, sentence, f) || penaltyCap(text, sentence, f) ? -1 : a;
}

function toldTime(text: ArticleText, times: TimeClaim[], places: TimePlaces, f: Figure): number {
  const { bySentence, entryStamps } = places;
  const sentence = text.sentences[f.sentence];
  if (!sentence || expectedValue(text, f) || isTallied(f)) return -1;
  if (WHOLE_BEFORE.test(text.plain.slice(Math.max(sentence.span.start, f.span.start - 24), f.span.start))) return -1;
  // "rose 3.8% in the 13 weeks to 27 September": the figure is told over the stretch, not on its last day.
  // (Loops, not filter and find with closures over the figure: run for every figure at every keystroke.)
  const here: number[] = [];
  const inSentence = bySentence.get(f.sentence) ?? NONE;
  for (let k = 0; k < inSentence.length; k++) {
    const i = inSentence[k];
    // "Since the outbreak was declared on Monday 29 December, 2,497 cases": the day of the event a
    // running total started from, not the moment it was counted. ("Since Saturday, 127 …" keeps its
    // day: a count over the stretch from that day, not the day's snapshot.)
    if (times[i].granularity !== 'date' || (!endsPeriod(text.plain, times[i].span.start) && !laterPlanDay(text.plain, f, times[i]) && !setOnOther(text.plain, f, times[i]) &&
      !sinceEvent(text, sentence.span, times[i]))) here.push(i);
  }
  for (let k = 0; k < here.length; k++) if (ownedDay(text.plain, times[here[k]]) && OWNED_FIGURE.test(text.plain.slice(times[here[k]].span.end, f.span.start))) return here[k];
  // "the previous record of 23,400 MW set on April 2", "41,000 visitors, recorded on 3 June": a day
  // the figure was set on, told right after it, is its moment, not the clock time of the sentence.
  for (let k = 0; k < here.length; k++) {
    const t = times[here[k]];
    if (t.granularity === 'date' && t.span.start >= f.span.end && t.span.start - f.span.end <= SET_ON_REACH && SET_ON.test(text.plain.slice(f.span.end, t.span.start))) return here[k];
  }
  // "up from 58 on April 1": a prior value keeps only a time told right beside it.
  if (priorValue(text, sentence.span, f)) {
    for (let k = 0; k < here.length; k++) if (times[here[k]].span.start >= f.span.end && times[here[k]].span.start - f.span.end <= 6) return here[k];
    return -1;
  }
  const told: number[] = [];
  for (let k = 0; k < here.length; k++) if (times[here[k]].granularity === 'clock') told.push(here[k]);
  const start = planStartDay(text.plain, times, here, told, f);
  if (start >= 0) return start;
  const clocks: number[] = [];
  // "before the first boat arrived at 10.05am (04:05 GMT)": the time converted in brackets is that other event's too.
  let other = -1;
  for (let k = 0; k < told.length; k++) {
    const t = times[told[k]];
    if (otherEventTime(text, f, t) || (other >= 0 && inBracketsAfter(text.plain, times[other], t))) { other = told[k]; continue; }
    // "By 14:30 GMT (15:30 in Paris), 148 …": the time in brackets tells the clock before it, its zone
    // written, in another zone; the figure keeps the time the sentence tells it by, however near the
    // brackets stand. (A zone-less local time and its GMT in brackets are read as a pair elsewhere.)
    if (clocks.length > 0 && times[clocks[clocks.length - 1]].zoneExplicit && inBracketsAfter(text.plain, times[clocks[clocks.length - 1]], t)) continue;
    if (!countStart(text, sentence.span, t)) clocks.push(told[k]);
  }
  if (clocks.length === 0 && told.length > 0) {
    // "**18:30** – … 2,950 vehicles have driven through since the barrier went up at 15:00": a running
    // count from that time, told when its live blog entry was posted.
    if (told.every((i) => countStart(text, sentence.span, times[i]))) return places.entryOpeners.get(sentence.paragraph) ?? entryStamps.get(sentence.paragraph) ?? -1;
    // "won by 903 votes, after a recount asked for at 2:20": the clock times of the sentence are
    // those of another event; the figure is tied to none of them.
    return -1;
  }
  if (clocks.length > 0) {
    const clause = clauseOf(text.plain, sentence.span, f.span.start);
    const inClause = clocks.filter((i) => times[i].span.start >= clause.start && times[i].span.end <= clause.end);
    if (inClause.length > 0) return timeOfPart(text, times, clause, inClause, f);
    // "we have received 980 patients since Saturday, and that was the count at seven o'clock": the
    // clause after the figure's that tells its count's moment gives the figure that clock time.
    for (const i of clocks) if (times[i].span.start >= clause.end && COUNT_WAS_AT.test(text.plain.slice(clause.end, times[i].span.start))) return i;
    // "9,600 lost power overnight; 87% were back by 18:00": a clause that names its own time
    // is not the clock of the next clause.
    const words = text.plain.slice(clause.start, clause.end);
    if (OWN_TIME.test(words) || MARKET_SESSION.test(words)) return -1;
    return nearest(times, clocks, f.span);
  }
  const previous = text.sentences[f.sentence - 1];
  const own = text.plain.slice(sentence.span.start, sentence.span.end);
  // "… cut rates at 0200 GMT. Fourteen of 19 economists had expected …": the past perfect tells
  // of a time before the sentence before, not of its clock time.
  if (previous && previous.paragraph === sentence.paragraph && !ownTime(places, f.sentence, own) && !PAST_PERFECT.test(own)) {
    const previousTimes = bySentence.get(f.sentence - 1) ?? NONE;
    const before = previousTimes.filter((i) => times[i].granularity === 'clock');
    const clause = clauseOf(text.plain, sentence.span, f.span.start);
    const ownDays = here.filter((i) => times[i].span.start >= clause.start && times[i].span.end <= clause.end);
    if (before.length > 0 && !namesOtherDay(times, ownDays, previousTimes, before[before.length - 1])) return before[before.length - 1];
  }
  // "By Wednesday evening, 287 operations had been cancelled. Eighty-one ambulances had been diverted …":
  // a sentence in the past perfect goes on telling where things stood by the day that opened the one before.
  const bound = places.boundBefore.get(f.sentence);
  if (bound !== undefined && here.length === 0 && previous && previous.paragraph === sentence.paragraph && !ownTime(places, f.sentence, own) && HAD_DONE.test(own)) return bound;
  // "As of 19:00, the centre had recorded: ⏎ - 55 people injured": a list item's count is its lead-in's.
  const lead = places.listLeads.get(f.sentence);
  if (lead !== undefined && here.length === 0) return lead;
  if (here.length > 0) {
    // "6% from 1 April 2027 and 4% from 1 April 2028": a day told right after the figure by a
    // preposition is its own, however near the day before it stands.
    for (let k = 0; k < here.length; k++) {
      const t = times[here[k]];
      if (t.span.start < f.span.end || t.span.start - f.span.end > DAY_AFTER_REACH) continue;
      const gap = text.plain.slice(f.span.end, t.span.start);
      // The day's own span may open with its preposition ("until 1 April 2028").
      if (DAY_AFTER.test(gap) || (BLANK.test(gap) && DAY_OPENER.test(t.text))) return here[k];
    }
    // "opens 6.3% higher, against Wednesday's close": the day of the thing compared with is not the figure's.
    const day = nearest(times, here, f.span);
    if (!ownedDay(text.plain, times[day])) return day;
  }
  // A live blog entry: the clock time that heads the paragraph dates what it says.
  const stamp = entryStamps.get(sentence.paragraph);
  return stamp !== undefined && (!ownTime(places, f.sentence, own) || soFarOnly(own)) ? stamp : -1;
}

/** Whether two days are surely not one: other weekdays written, or two full dates apart. */
function otherDays(a: TimeClaim, b: TimeClaim): boolean {
  if (a.weekday !== undefined && b.weekday !== undefined) return a.weekday !== b.weekday;
  const x = a.date;
  const y = b.date;
  return x.year !== undefined && x.month !== undefined && x.day !== undefined && y.year !== undefined && y.month !== undefined &&
    y.day !== undefined && (x.year !== y.year || x.month !== y.month || x.day !== y.day);
}

/**
 * "… raided the depot at 06:15 on Tuesday. A final count released on Wednesday put it at 38,400": a
 * clause that names a day of its own (`here`: the days of the figure's clause), surely another than
 * the day of the sentence before (its written days, else its clock time's), is not told at that
 * sentence's clock time.
 */
function namesOtherDay(times: TimeClaim[], here: readonly number[], previous: readonly number[], clock: number): boolean {
  const days = here.filter((i) => times[i].granularity === 'date');
  if (days.length === 0) return false;
  const theirs = previous.filter((i) => times[i].granularity === 'date');
  const reference = theirs.length > 0 ? theirs : [clock];
  return days.every((d) => reference.every((r) => otherDays(times[d], times[r])));
}

/** "so far", "to date", "thus far": in a live blog's entry, as of the entry's stamp. */
const SO_FAR = /\b(?:so|thus)[ \t]+far\b|\bto[ \t]+date\b/gi;

/**
 * "10:00am ⏎ The company says 131 stations have switched so far": a running total in a live blog's
 * entry is told as of the entry's stamp, the only time the sentence places itself at.
 */
function soFarOnly(own: string): boolean {
  SO_FAR.lastIndex = 0;
  if (!SO_FAR.test(own)) return false;
  const rest = own.replace(SO_FAR, ' ');
  return !OWN_TIME.test(rest) && !MARKET_SESSION.test(rest);
}

/** Between a figure and the day a plan starts on: "by 25 per cent from Wednesday", "£4 effective 1 May". */
const PLAN_START = /^[ \u00a0]{1,2}(?:from|effective|starting)[ \u00a0]{1,2}$/i;
const PLAN_START_OPENER = /^(?:from|effective|starting)[ \u00a0]/i;

/**
 * "said at 10:30 a.m. it would cut output by 25 per cent from Wednesday": a day told right after the
 * figure as the start of a plan is the figure's own moment, though the sentence tells a clock time
 * before the figure: that is when the plan was told, not when its figure holds. Only when every clock
 * time of the sentence stands before the figure ("from 06:00 on Wednesday" is the plan's own clock).
 * The index of that day among times, or -1.
 */
function planStartDay(plain: string, times: TimeClaim[], here: readonly number[], clocks: readonly number[], f: Figure): number {
  if (clocks.length === 0) return -1;
  for (let k = 0; k < clocks.length; k++) if (times[clocks[k]].span.end > f.span.start) return -1;
  for (let k = 0; k < here.length; k++) {
    const t = times[here[k]];
    if (t.granularity !== 'date' || t.span.start < f.span.end || t.span.start - f.span.end > DAY_AFTER_REACH) continue;
    const gap = plain.slice(f.span.end, t.span.start);
    if (PLAN_START.test(gap) || (BLANK.test(gap) && PLAN_START_OPENER.test(t.text))) return here[k];
  }
  return -1;
}

/** A preposition between a figure and the day it is told for: "4% from 1 April 2028", "£12 on 3 May". */
const DAY_AFTER = /^[ \u00a0]{1,2}(?:from|on|by|until|till|as[ \u00a0]of|effective|starting)[ \u00a0]{1,2}$/i;
const DAY_AFTER_REACH = 14;
const BLANK = /^[ \u00a0]{1,2}$/;
const DAY_OPENER = /^(?:from|on|by|until|till|as[ \u00a0]of|effective|starting)[ \u00a0]/i;

/**
 * "had already paid £23.2m to 80,600 customers and would pay the rest by Sept. 30": a day after the
 * figure, behind "and" and a verb of the future, is the day of that other, planned act.
 */
const AND_FUTURE = /\band\s+(?:would|will|is\s+to|are\s+to|plans?\s+to|intends?\s+to|aims?\s+to|expects?\s+to)\s/i;
/** Characters looked at between a figure and a later day. */
const LATER_PLAN_REACH = 120;

function laterPlanDay(plain: string, f: Figure, t: TimeClaim): boolean {
  if (t.span.start < f.span.end || t.span.start - f.span.end > LATER_PLAN_REACH) return false;
  return AND_FUTURE.test(plain.slice(f.span.end, t.span.start));
}

/** Between a figure and the day it was set on: "set on", "was recorded on", "reached in". */
const SET_ON = /^,?[ \t]{1,2}(?:(?:was|were|had[ \t]been)[ \t]{1,2})?(?:set|recorded|reached|registered|logged|posted|achieved|measured)[ \t]{1,2}(?:on|in)[ \t]{1,2}$/i;
/** Characters looked at between a figure and the day it was set on. */
const SET_ON_REACH = 32;

/**
 * Between a figure and a later day: another number right before "recorded on" ("79 new cases …, well
 * below the peak of 142 recorded on Jan. 4"). The day is when that other number was set, not f's moment.
 * Bounded: one number word or digit, then SET_ON's few words.
 */
const OTHER_SET_ON = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion))[ \t]{1,2}(?:(?:was|were|had[ \t]been)[ \t]{1,2})?(?:set|recorded|reached|registered|logged|posted|achieved|measured)[ \t]{1,2}(?:on|in)[ \t]{1,2}$/i;

function setOnOther(plain: string, f: Figure, t: TimeClaim): boolean {
  if (t.span.start < f.span.end || t.span.start - f.span.end > LATER_PLAN_REACH) return false;
  return OTHER_SET_ON.test(plain.slice(f.span.end, t.span.start));
}

/** "against Wednesday's close of 412p": a day in the possessive owns a thing of its own, not the sentence's figures. */
function ownedDay(plain: string, t: TimeClaim): boolean {
  return t.granularity === 'date' && POSSESSIVE_AFTER.test(plain.slice(t.span.end, t.span.end + 3));
}

const POSSESSIVE_AFTER = /^['\u2019]s\b/;
/** "Wednesday's close of 412p", "Monday's peak at 90", "last night's 368p close": the figure is the day's own. */
const OWNED_FIGURE = /^['\u2019]s\s+(?:(?:[a-z-]+\s+){1,3}(?:of|at|was|were)\s+)?$/i;

/**
 * "won by 903 votes, after a recount that was asked for at 2:20", "… before the vote at 6pm": a
 * clock time after a figure, behind "after"/"before" and a noun phrase, is the time of that other
 * event, not of the figure. "after 3pm" (the time right behind the word) is not.
 */
const OTHER_EVENT = /\b(?:after|before|following|ahead of)\s+(?:a|an|the|his|her|its|their|this|that)\s+[^.;:!?]*$/i;
/** Characters looked at between a figure and a later clock time. */
const OTHER_EVENT_REACH = 160;

/**
 * Whether clock time b stands in brackets right after clock time a ("10.05am (04:05 GMT)"), also past
 * the day a is told on ("6:10 am IST on Friday, May 9 (00:40 GMT)", as alignment/corpus.ts converts reads it).
 */
function inBracketsAfter(plain: string, a: TimeClaim, b: TimeClaim): boolean {
  return a.span.end <= b.span.start && b.span.start - a.span.end <= BRACKET_GAP && BRACKET_BETWEEN.test(plain.slice(a.span.end, b.span.start));
}

/** The bracket, or a weekday (with its date or not) and then the bracket. Literal alternatives, each run bounded by the next literal: linear. */
const BRACKET_BETWEEN = /^[ \t]*(?:(?:on[ \t]+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,?[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[a-z]{3,9}\.?|[a-z]{3,9}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?))?[ \t]*)?\([ \t]*$/i;
const BRACKET_GAP = 34;

function otherEventTime(text: ArticleText, f: Figure, t: TimeClaim): boolean {
  if (t.span.start < f.span.end || t.span.start - f.span.end > OTHER_EVENT_REACH) return false;
  return OTHER_EVENT.test(text.plain.slice(f.span.end, t.span.start));
}

/**
 * "since 15:00", "since the barrier went up at 15:00": the time a running count started from, in its
 * clause, not the moment it was counted. Bounded reach; one pass per "since" (linear).
 */
const SINCE_BEFORE = /\bsince\s(?:[^.;:!?,]*\s)?$/i;
const SINCE_REACH = 80;
/** The time's own qualifier ("since 06:00"). */
const SINCE_OWN = /^since\b/i;

function countStart(text: ArticleText, sentence: Span, t: TimeClaim): boolean {
  if (SINCE_OWN.test(t.text)) return true;
  const from = Math.max(sentence.start, t.span.start - SINCE_REACH);
  return SINCE_BEFORE.test(text.plain.slice(from, t.span.start));
}

/** Right before a time: "since" alone ("since Saturday"), no event between. */
const SINCE_RIGHT_BEFORE = /\bsince\s+$/i;

/** "since the outbreak was declared on Monday 29 December": a day told after "since" and the event that started the count. */
function sinceEvent(text: ArticleText, sentence: Span, t: TimeClaim): boolean {
  if (SINCE_OWN.test(t.text) || !countStart(text, sentence, t)) return false;
  return !SINCE_RIGHT_BEFORE.test(text.plain.slice(Math.max(sentence.start, t.span.start - 8), t.span.start));
}

/** OWN_TIME of sentence `index` (its text `own`), tested once per sentence. */
function ownTime(places: TimePlaces, index: number, own: string): boolean {
  let x = places.ownTimes.get(index);
  if (x === undefined) {
    // "23,900 customers are without power, down from 41,300 this morning": the time after the number a
    // change starts from is that number's moment, not the sentence's.
    const rest = own.includes('from') ? own.replace(FROM_EARLIER, ' ') : own;
    places.ownTimes.set(index, x = OWN_TIME.test(rest) || MARKET_SESSION.test(rest));
  }
  return x;
}

/** "down from 41,300 this morning", "up from 12 yesterday": a change's starting number and its own moment. */
const FROM_EARLIER = /\b(?:down|up)[ \t]+from[ \t]+\d[\d,.]*(?:[ \t]+[a-z]+)?[ \t]+(?:(?:this|last|yesterday)(?:[ \t]+(?:morning|afternoon|evening|night))?|overnight|yesterday)\b/gi;
