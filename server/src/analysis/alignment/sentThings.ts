// "A written statement from the minister has just landed", "the letter landed on Friday morning":
// newsrooms say a statement, a letter, an email or a set of results "landed" when it reached them. That
// is no aircraft's landing, and must not be keyed as one (alignment/events.ts keys a landing alone, so
// any two landings in the workspace meet).

/** Characters looked back from the verb for its subject. */
const SUBJECT_REACH = 96;

/**
 * A thing that is sent, published or handed over, as the subject right before the verb: its noun, at
 * most one phrase after it ("from the Health Secretary", "by the union", "of the inquiry"), and at most
 * three auxiliaries or adverbs ("has just", "had finally"). Anchored at the end of a short stretch;
 * the words of the phrase hold no blank, so each split of it is one: linear-time.
 */
const SENT_SUBJECT = new RegExp(String.raw`\b(?:${[
  'statements?', 'letters?', 'e-?mails?', 'reports?', 'results?', 'messages?', 'memos?', 'texts?', 'tweets?',
  'notices?', 'announcements?', 'responses?', 'repl(?:y|ies)', 'rulings?', 'decisions?', 'news', 'updates?',
  'invitations?', 'summons(?:es)?', 'figures', 'data', 'documents?', 'papers', 'bills?', 'invoices?', 'offers?',
  'proposals?', 'complaints?', 'petitions?', 'writs?', 'lawsuits?', 'warnings?', 'submissions?', 'dossiers?',
  'findings', 'polls?', 'forecasts?', 'budgets?', 'bids?', 'verdicts?', 'judg(?:e)?ments?', 'releases?',
].join('|')})(?:[ \t]+(?:from|by|of|to|on|for)(?:[ \t]+[^\s,;:.!?]+){1,4})?[ \t]+(?:(?:has|have|had|just|finally|now|only|also|then|already)[ \t]+){0,3}$`, 'i');

/** A craft or those aboard named in the subject: "the helicopter carrying the letters landed" is a landing. */
const CRAFT = /\b(?:helicopters?|planes?|aircraft|airliners?|jets?|flights?|choppers?|pilots?|craft|spacecraft|capsules?|drones?|balloons?|gliders?|landers?|probes?|rockets?|airships?|seaplanes?|turboprops?|crews?|passengers?)\b/i;

/** What ends the subject looking back: a clause break or a sentence's end. */
const SUBJECT_BREAK = /[,;:()[\]—–.!?\n]/;

/**
 * Whether the verb at plain[verbStart) ("landed") is told of a thing sent or published rather than
 * of a craft: its subject, read back to the clause's start (`from`) or a clause break, is such a thing.
 */
export function landedOfSentThing(plain: string, from: number, verbStart: number): boolean {
  let start = Math.max(from, verbStart - SUBJECT_REACH);
  for (let i = verbStart - 1; i >= start; i--) if (SUBJECT_BREAK.test(plain[i])) { start = i + 1; break; }
  const subject = plain.slice(start, verbStart);
  return SENT_SUBJECT.test(subject) && !CRAFT.test(subject);
}
