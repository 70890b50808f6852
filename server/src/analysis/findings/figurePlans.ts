// What a figure's check (findings/figures.ts) reads, split in two, so that a keystroke re-checking
// a figure redoes only the part its edit can change. A figure's check walks the source figures its
// class and magnitude can meet and reads, of the figure:
//   - its number, unit, qualifier and what is counted or measured (the Figure), its class, the time
//     it is tied to (anchor), its own describing words (modifiers), whether it is quoted or a
//     starting value, the condition counted people are in: the FigureRef but for two word sets;
//   - the content words of its whole sentence (context) and those right beside it within its
//     clause, up to six each side (near). These enter only through a few numbers per source figure:
//     how many words they share and how alike they are (the Vocabulary's shared and similarity);
//   - and when it decides, the article's text at the figure and at the figure before it (a part of
//     a whole), and for a source's figure also the text and figures of its sentence and its
//     dateline: read afresh every time.
// Typing in a sentence changes its context words at nearly every keystroke, and the near words of
// the figures close by; the rest seldom. So which source figures can count, and as what (a plan),
// is kept per figure under a key of the rest (planKey), and a re-check of a figure whose key is
// unchanged skips the look-up of candidates and every comparison but those of the words. What the
// words share with each candidate's is kept in the plan too, and reused while the figure's words
// that any candidate has stay the same (findings/figures.ts, SharedWords).
import type { FigureRef } from '../alignment/corpus';
import { WordSet } from '../alignment/wordSet';
import { boundsPartOfDay } from '../claims/partOfDay';

/**
 * Plans kept from one check: the figures a keystroke re-checks are a handful; a paste is bounded. A
 * plan is a step per candidate (hundreds in a large archive), about 30 KB when made and up to about
 * 100 KB once used again (its candidates' words and the sums of a few word lists).
 */
const MAX_PLANS = 32;

/** Plans by key, those of the last two checks (a plan unused for a whole check is dropped). */
export class FigurePlans<Plan> {
  private previous = new Map<string, Plan>();
  private current = new Map<string, Plan>();
  /** Figures of this check that found a plan. */
  reused = 0;

  /** A new check starts: plans neither made nor used since the one before are let go. */
  begin(): void {
    this.previous = this.current;
    this.current = new Map();
    this.reused = 0;
  }

  get(key: string): Plan | undefined {
    const plan = this.current.get(key) ?? this.previous.get(key);
    if (plan !== undefined) {
      this.current.set(key, plan);
      this.reused++;
    }
    return plan;
  }

  set(key: string, plan: Plan): void {
    if (this.current.size < MAX_PLANS) this.current.set(key, plan);
  }
}

/**
 * Everything of a figure its plan depends on: the FigureRef without its article, its index, its
 * context and near words, offsets and sentence numbers relative to the figure (a figure moved by an edit before it
 * keeps its plan), and for a figure told of a part of the day whether its sentence bounds one. Sets are written in their order; numbers JSON cannot tell apart (infinities, -0,
 * NaN) are written as objects no other value can be.
 */
export function planKey(ref: FigureRef): string {
  const at = ref.figure.span.start;
  const sentence = ref.figure.sentence;
  const key = JSON.stringify(ref, function (this: unknown, k: string, v: unknown): unknown {
    if (this === ref && (k === 'article' || k === 'index' || k === 'context' || k === 'near')) return undefined;
    if (v instanceof WordSet || v instanceof Set) return { set: [...(v as Iterable<unknown>)] };
    if (typeof v !== 'number') return v;
    if (!Number.isFinite(v) || Object.is(v, -0)) return { n: Object.is(v, -0) ? '-0' : String(v) };
    if (k === 'start' || k === 'end' || k === 'after') return { at: v - at };
    if (k === 'sentence') return { s: v - sentence };
    return v;
  });
  // A figure told of a part of the day is held to the sources' counts of that part unless its
  // sentence names a part only as a bound ("before dawn": movedToPart, figures.ts), read from the
  // sentence's words, which the FigureRef does not hold.
  return ref.part !== null && boundedSentence(ref) ? `${key}|b` : key;
}

/** Whether the figure's sentence names a part of the day only as a bound ("struck before dawn"). */
function boundedSentence(ref: FigureRef): boolean {
  const s = ref.article.text.sentences[ref.figure.sentence];
  return !!s && boundsPartOfDay(ref.article.text.plain, s.span);
}
