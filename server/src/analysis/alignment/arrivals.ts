// Who arrived at a clock time: "our first engineers arrived at 07:25" and "first fire crews arrive"
// (6:53am) tell two parties' arrivals, two moments, though both clauses say "first" and "arrive".
import type { Span } from '../types';
import { lemma } from '../claims/figures/units';

/** An arrival, with the words of its party right before it ("crews arrived", "teams were on the scene"). */
const ARRIVAL = /\b([\p{L}-]+)\s+(?:[a-z]+ly\s+)?(?:arrived|arrive|arrives|arriving|reached the (?:scene|site)|(?:was|were) (?:at|on) the (?:scene|site)|(?:was|were) in attendance)\b/iu;
/** A piece every ARRIVAL match holds, with its flags: a sentence without one tells no arrival (most clock times' sentences). */
const ARRIVAL_CUE = /arriv|the (?:scene|site)|attendance/iu;
/** Words before the verb that are no party ("they arrived": a pronoun says nothing of whom). */
const NO_PARTY = new Set(['they', 'he', 'she', 'it', 'we', 'who', 'which', 'that', 'had', 'have', 'has', 'then', 'first', 'finally', 'later', 'to', 'and']);

/** False only when no part of plain[span) tells an arrival: arrivingParty would find none there. */
export function mayTellArrival(plain: string, span: Span): boolean {
  return ARRIVAL_CUE.test(plain.slice(span.start, span.end));
}

/** The noun (singular) of the party said to arrive in `part` of the text, or null. */
export function arrivingParty(plain: string, part: Span): string | null {
  const m = ARRIVAL.exec(plain.slice(part.start, part.end));
  if (!m) return null;
  const word = m[1].toLowerCase();
  return NO_PARTY.has(word) ? null : lemma(word);
}
