// A clock time told as a plan: "was due to open at 10am", "the vote, scheduled for 14:00, …", "had
// been expected at noon", "instead of 9am". A plan and what happened are two claims: "due to open at
// 10am" and "opened its doors at 10.40am" do not disagree, so a planned time is never one moment with
// a time told as done (findings/times.ts); two plans still are.
import type { Span } from '../types';

/** Characters before a time read for its plan word: the word and a few words of the verb it governs. */
const REACH = 64;
/**
 * Most words between the plan word and the time: "due to open its doors at", "due on the main Riverside
 * Stage at", "due to announce the new farm price at" (a verb with its object of a few words).
 */
const MAX_BETWEEN = 8;

/** Words that make what follows a plan ("due to open at", "scheduled for"). */
const PLAN_WORDS = new Set(['due', 'scheduled', 'rescheduled', 'planned', 'timetabled', 'supposed', 'meant', 'intended', 'expected', 'expects', 'expect', 'originally']);
/** "set to begin at", "set for": "set" alone is also a past verb ("the fire was set at 2am"). */
const SET_AFTER = new Set(['to', 'for']);
/** "was to have opened at", "is to open at": a be-verb right before "to". */
const BE_WORDS = new Set(['is', 'are', 'was', 'were']);
/** After "due to": a cause, not a plan ("died due to his injuries at 3.10pm", "closed due to the fire at 2pm"). */
const CAUSE_AFTER = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'heavy', 'bad', 'poor', 'high', 'low', 'strong', 'severe', 'technical', 'safety', 'staff', 'weather', 'illness', 'injury', 'injuries', 'concerns', 'problems', 'issues', 'delays']);
/** Words right before a past form that keep it a plan's: "to have opened at", "had been scheduled". */
const PERFECT = new Set(['have', 'been', 'be']);

/** The text before `at` in `sentence` back to the nearest break of the clause (a comma, semicolon, colon, dash, "but", "and", "then"). */
function clauseBefore(plain: string, sentence: Span, at: number): string {
  const from = Math.max(sentence.start, at - REACH);
  let text = plain.slice(from, at);
  const mark = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(':'), text.lastIndexOf('—'), text.lastIndexOf('–'), text.lastIndexOf('('));
  if (mark >= 0) text = text.slice(mark + 1);
  const lower = text.toLowerCase();
  const cut = Math.max(lower.lastIndexOf(' but '), lower.lastIndexOf(' and '), lower.lastIndexOf(' then '), lower.lastIndexOf(' when '));
  return cut >= 0 ? lower.slice(cut + 1) : lower;
}

/** Whether the clock time at `time`, in `sentence`, is told as what was planned rather than what happened. */
export function plannedTime(plain: string, sentence: Span, time: Span): boolean {
  const words = clauseBefore(plain, sentence, time.start).match(/[a-z]+/g);
  if (!words) return false;
  const n = words.length;
  // "instead of 9am", "rather than at 10.30": the time named is the one that did not happen.
  if (n >= 2 && ((words[n - 2] === 'instead' && words[n - 1] === 'of') || (words[n - 2] === 'rather' && words[n - 1] === 'than'))) return true;
  if (n >= 3 && words[n - 1] === 'at' && ((words[n - 3] === 'instead' && words[n - 2] === 'of') || (words[n - 3] === 'rather' && words[n - 2] === 'than'))) return true;
  for (let k = n - 1; k >= 0 && n - 1 - k <= MAX_BETWEEN; k--) {
    const w = words[k];
    const plan = PLAN_WORDS.has(w) || (w === 'set' && SET_AFTER.has(words[k + 1] ?? '')) || (w === 'to' && k > 0 && BE_WORDS.has(words[k - 1]));
    if (!plan) continue;
    if (w === 'due' && words[k + 1] === 'to' && CAUSE_AFTER.has(words[k + 2] ?? '')) return false;
    // What comes between tells a plan's verb, not a deed: "due to open its doors at", not "due to rain, opened at".
    for (let j = k + 1; j < n; j++) if (words[j].endsWith('ed') && !PERFECT.has(words[j - 1])) return false;
    return true;
  }
  return false;
}
