// Counts told as the peak of something that rises and falls: "121,400 homes were without power at the
// peak of the outage", "down from a peak of 121,400", "At the height of the blackout, nearly 215,000
// customers …", "Without power at peak: 121,400". The peak is one quantity however many snapshots an
// article gives, so two figures told as the peak are held to each other, whatever their times.
import type { ArticleAnalysis, Figure } from '../types';
import { changesOverTime } from './figures';

/** A cheap look first: sentences without any of these words have no peak. */
const ANY_CUE = /peak|height|highest/i;
/**
 * Right before the figure, the cue owns it: "a peak of 121,400", "peaked at 9,800", "at peak: 121,400",
 * and a fact box's label of one word after "Peak" ("Peak workforce: 1,240 workers").
 */
const CUE_BEFORE = /\b(?:peak(?:ed)?|high|maximum)(?:\s+(?:of|at))?\s*:?\s*$|\bpeak\s+[a-z]+\s*:\s*$/i;
/** A phrase that places its clause at the peak: "at the peak", "at its height", "the highest". */
const CUE_PHRASE = /\bat\s+(?:the|its)\s+(?:peak|height)\b|\bthe\s+highest\b/gi;
/** Text before a cue that shows it opens its clause: "and, at the peak, left N" (or the sentence's start). */
const OPENS_CLAUSE = /(?:[,;:(]|\band)\s*$/i;
/** How far a figure may stand from the cue that makes it the peak. */
const REACH = 120;

/**
 * Indices of the article's figures told as a peak: counts that change over time, or with `measures`
 * the measures instead ("spillway flow peaked at 3,400 cubic feet per second").
 */
export function peakFigures(article: ArticleAnalysis, measures = false): Set<number> {
  const out = new Set<number>();
  const { figures, text } = article;
  const plain = text.plain;
  let i = 0;
  while (i < figures.length) {
    // The figures of one sentence: figures come in text order.
    let j = i;
    while (j < figures.length && figures[j].sentence === figures[i].sentence) j++;
    const sentence = text.sentences[figures[i].sentence];
    if (sentence) {
      const ranged: number[] = [];
      for (let k = i; k < j; k++) if (figures[k].unit === 'count' && figures[k].counted !== null && changesOverTime(figures[k]) !== measures) ranged.push(k);
      // Sliced only for a sentence with a count that changes over time (most have none).
      const body = ranged.length > 0 ? plain.slice(sentence.span.start, sentence.span.end) : '';
      if (ranged.length > 0 && ANY_CUE.test(body)) markSentence(plain, sentence.span.start, body, figures, ranged, out);
    }
    i = j;
  }
  markToldAfter(article, measures, out);
  return out;
}

/** A sentence that names the count before it as the peak: "That is the highest since the strike began." */
const PEAK_AFTER = /^[\s*_"“]*(?:that|this|it)(?:\s+(?:is|was)|['’]s)\s+(?:the\s+highest|the\s+most|(?:a|the)\s+(?:new\s+)?peak)\b/i;

/**
 * "**21 ships** at anchor waiting to berth. That is the highest since the strike began.": the sentence
 * after a count tells it is the peak; the last count of the sentence before is.
 */
function markToldAfter(article: ArticleAnalysis, measures: boolean, out: Set<number>): void {
  const { figures, text } = article;
  let last = -1;
  let lastSentence = -1;
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    if (f.unit !== 'count' || f.counted === null || changesOverTime(f) === measures) continue;
    if (f.sentence !== lastSentence && last >= 0) tryNext(last, lastSentence);
    last = k;
    lastSentence = f.sentence;
  }
  if (last >= 0) tryNext(last, lastSentence);

  function tryNext(k: number, sentence: number): void {
    const prev = text.sentences[sentence];
    const next = text.sentences[sentence + 1];
    if (!prev || !next || next.paragraph !== prev.paragraph) return;
    const head = text.plain.slice(next.span.start, Math.min(next.span.end, next.span.start + 48));
    if (ANY_CUE.test(head) && PEAK_AFTER.test(head)) out.add(k);
  }
}

function markSentence(plain: string, start: number, body: string, figures: readonly Figure[], ranged: readonly number[], out: Set<number>): void {
  for (const k of ranged) {
    const f = figures[k];
    if (CUE_BEFORE.test(plain.slice(Math.max(start, f.span.start - 30), f.span.start))) out.add(k);
  }
  for (const m of body.matchAll(CUE_PHRASE)) {
    const at = start + (m.index ?? 0);
    const end = at + m[0].length;
    // Opening its clause, "at the peak" is about the count after it; else, and "…, the highest", about the count before it.
    const opens = !/^the/i.test(m[0]) && (at === start || OPENS_CLAUSE.test(plain.slice(Math.max(start, at - 40), at)));
    let pick = -1;
    if (opens) {
      for (const k of ranged) if (figures[k].span.start >= end) { pick = k; break; }
      if (pick >= 0 && figures[pick].span.start - end > REACH) pick = -1;
    } else {
      for (const k of ranged) if (figures[k].span.end <= at) pick = k;
      if (pick >= 0 && at - figures[pick].span.end > REACH) pick = -1;
    }
    if (pick >= 0) out.add(pick);
  }
}
