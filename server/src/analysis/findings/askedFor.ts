// "Operators had asked for 60 cents" / "the fare rises to 45 cents": what a party asked for (requested,
// demanded, called for, sought) is a quantity of its own, not what was decided or paid. A figure told
// as asked for is held only to another figure told as asked for (findings/figures.ts).
import type { FigureRef } from '../alignment/corpus';

/** Characters read back from a figure, within its sentence, for the words that make it a request. */
const ASKED_REACH = 48;

/**
 * A request's verb or noun right before what was asked ("had asked for", "requesting", "a demand for").
 * "demand" and "request" bare are nouns as often ("peak demand of 24,800 MW"): only their verb forms,
 * or the noun with "for" ("a demand for 12%").
 */
const REQUEST = /\b(?:(?:ask|call|press|push)(?:s|ed|ing)?[ \t]+for|(?:request|demand)(?:ed|ing)|(?:request|demand)s?[ \t]+for|sought|seek(?:s|ing)?)\b/gi;

/** At most this many words between the request and the figure ("a fare of", "a floor price of"). */
const MAX_WORDS_BETWEEN = 4;

/** Punctuation that ends the request's object: what follows is told of something else. */
const OTHER_CLAUSE = /[,;:()!?]/;
const ARTICLE = /^(?:a|an|the)$/i;
/** The words between end on the preposition that takes the figure ("a fare of", "a rise to"). */
const TAKES_FIGURE = /^(?:of|to)$/i;

/** Whether the figure is told as what someone asked for: a request's words end right before it. */
export function askedFor(r: FigureRef): boolean {
  const sentence = r.article.text.sentences[r.figure.sentence];
  const from = Math.max(sentence ? sentence.span.start : 0, r.figure.span.start - ASKED_REACH);
  const before = r.article.text.plain.slice(from, r.figure.span.start);
  let last: RegExpExecArray | null = null;
  REQUEST.lastIndex = 0;
  for (let m = REQUEST.exec(before); m !== null; m = REQUEST.exec(before)) last = m;
  if (last === null) return false;
  const between = before.slice(last.index + last[0].length);
  if (OTHER_CLAUSE.test(between)) return false;
  // "asked for 60 cents", "asked for a 7% rise", "requesting a fare of USD 0.60"; not "demand for
  // power reached 300 MW" nor "asked for time and got 4%".
  const words = between.split(/[ \t\n]+/).filter((w) => w !== '');
  if (words.length === 0 || (words.length === 1 && ARTICLE.test(words[0]))) return true;
  return words.length <= MAX_WORDS_BETWEEN && TAKES_FIGURE.test(words[words.length - 1]);
}
