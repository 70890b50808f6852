// "An earlier entry said the ban would start on Friday 16 July.", "This story previously said the
// match kicked off at 3pm.": a correction tells what the article got wrong before. The days and times
// it retells after those words are the retracted ones, no claim of the article (the note, or the
// article elsewhere, gives the right one): held against the sources they would be flagged again,
// away from the entry that was corrected.

/** "An earlier entry said", "the original version of this story stated", "this post previously reported". */
const RETRACTING = /\b(?:(?:an?|the)\s+(?:earlier|previous|original|initial|prior)\s+(?:version|entry|post|update|report|story|article|item|edition)(?:\s+of\s+(?:this|the)\s+(?:story|article|post|report|blog|entry|page|item|piece|update|explainer|analysis|column|guide|feature|newsletter|bulletin|briefing|factbox|timeline|profile))?|(?:this|the)\s+(?:article|story|post|entry|report|update|item)\s+(?:previously|originally|earlier|wrongly|incorrectly|mistakenly))\s+(?:said|stated|reported|gave|put|wrongly\s+said|incorrectly\s+said|misstated)\b/i;

/** Where the retracting words end in the sentence, or -1 when the sentence retells no earlier version. */
export function retractedFrom(plain: string, start: number, end: number): number {
  const m = RETRACTING.exec(plain.slice(start, end));
  return m ? start + m.index + m[0].length : -1;
}
