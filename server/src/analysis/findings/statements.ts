// Venue findings: the same statement said to different outlets ("told Sky News" / "told the BBC").
import type { Evidence, Venue } from '../types';
import { isCall, isConference, isNote } from '../claims/quotes/venue';
import type { StatementRef } from '../alignment/corpus';
import { alignQuotes } from '../alignment/quotes';
import { namesOwnOutlet, toldByPhone, venuesConflict } from '../alignment/statements';
import type { Check } from './check';
import { evidence } from './check';
import { against } from './messages';

/** Reported speech is the same statement when it shares this many weighted words. */
const MIN_SHARED_WORDS = 3;
const MIN_SIMILARITY = 0.3;

function sameStatement(check: Check, a: StatementRef, b: StatementRef): boolean {
  if (a.quote && b.quote) {
    const { a: wa, b: wb, alignment } = alignQuotes(a.quote.words, b.quote.words);
    if (alignment && alignment.edits <= 1 && alignment.matched >= 2 &&
      (alignment.matched >= 0.8 * wa.length || alignment.matched >= 0.8 * wb.length)) return true;
  }
  const shared = check.corpus.vocabulary.shared(a.context, b.context);
  return shared.count >= MIN_SHARED_WORDS && check.corpus.vocabulary.similarity(a.context, b.context) >= MIN_SIMILARITY;
}

export function checkStatements(check: Check): void {
  for (const st of check.self.statements) {
    const mine = check.speaker(st.speaker, check.article);
    if (!mine) continue;
    // A source telling of its own interview (namesOwnOutlet), read once per statement.
    const ownInterview = !check.isDraft && namesOwnOutlet(st);
    let conflicts: StatementRef[] = [];
    const agreeing: StatementRef[] = [];
    for (const o of check.corpus.statementsOf(mine, check.article.path)) {
      if (o.article.path === check.article.path) continue;
      if (check.speaker(o.speaker, o.article) !== mine) continue;
      if (!sameStatement(check, st, o)) continue;
      // Two sources that each tell of their own interview, one of them a call: the speaker took
      // each outlet's call, and said it to both.
      if (ownInterview && namesOwnOutlet(o) && (toldByPhone(st) || toldByPhone(o))) continue;
      if (venuesConflict(st.venue, o.venue)) conflicts.push(o);
      else if (st.venue.type === o.venue.type) agreeing.push(o);
    }
    // "told Pioneer FM" in the draft and a source, "told Coastline Radio" in another: a draft on one
    // side of sources that disagree among themselves is held to the other side (the outlet is in
    // dispute), as its figures and times are; a source that agrees and no other says otherwise, never.
    if (check.isDraft && agreeing.length > 0) conflicts = conflicts.filter((o) => disputedBy(check, agreeing, o));
    if (conflicts.length === 0) continue;
    const seen = new Set<string>();
    const ev: Evidence[] = [];
    for (const o of conflicts) {
      if (seen.has(o.article.path)) continue;
      seen.add(o.article.path);
      ev.push({ ...evidence(o.article, o.span), venue: o.venue.text });
    }
    // The outlet is what is in dispute, not the quoted words: mark the venue.
    check.add('attribution-conflict', 'warning', st.venue.span,
      `said ${told(st.venue)} here, but ${told(conflicts[0].venue)} in ${against(ev)}`, ev,
      { part: 'venue', span: st.venue.span, text: check.article.text.original.slice(st.venue.span.start, st.venue.span.end) });
  }
}

/** A source on the draft's side tells the same statement to another outlet than o's: the venue is in dispute among the sources. */
function disputedBy(check: Check, agreeing: readonly StatementRef[], o: StatementRef): boolean {
  return agreeing.some((a) => a.article !== o.article && venuesConflict(a.venue, o.venue) && sameStatement(check, a, o));
}

/** "to the BBC"; "in a note to clients", "on a call with analysts" (said to no outlet). */
function told(v: Venue): string {
  return isNote(v) ? `in ${v.text}` : isCall(v) ? `on ${v.text}` : isConference(v) ? `at ${v.text}` : `to ${v.text}`;
}
