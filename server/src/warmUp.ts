// A rehearsal of the typing path after a start. A start from the index decodes the sources instead
// of analysing them, and the draft's stored checks are seeded, so the code an edit runs (the draft's
// incremental analysis, the check of its changed claims against the corpus, the diagnostics) has
// run at most once, and V8 compiles and optimises it during the first few dozen keystrokes: they
// took about twice as long as later ones. Here a phrase with a name and a figure is typed into a
// copy of the draft's review and deleted again, one character at a time, so that code is warm when
// the editor types. The copy (LiveReview.rehearsal) has its own analyser and claim memory and
// shares the corpus read-only; nothing is published and the live review is not touched.
import { diagnosticsFor } from './diagnostics';
import type { LiveReview } from './review';
import type { ArticleEntry, ArticleInput, ReviewView } from './snapshot';
import { SuppressedView } from './suppressedView';
import type { ArticleRules } from './suppression';

/** Typed, then deleted: a name, a figure and a counted thing, the claims a keystroke most often re-checks. */
const PHRASE = ' as Ana Ruiz said 240 people';

/**
 * A rehearsal stops once it has taken this long, whatever is left (a very long draft). The whole
 * phrase took 0.7 to 1.4 s at 1,000 sources on the shared 2-core machine; cut at 1 s under load (17
 * to 24 keystrokes) it no longer lowered the p95.
 */
const MAX_MS = 2000;

export interface Rehearsed {
  /** Keystrokes typed into the copy. */
  edits: number;
  ms: number;
}

/**
 * The keystrokes of the rehearsal: PHRASE typed one character at a time before the full stop of the
 * first sentence that ends after a third of the text (the end of the text if none), then deleted
 * one character at a time. Each keystroke is the whole text after it.
 */
export function rehearsalTexts(text: string): string[] {
  let at = text.length;
  for (let i = Math.floor(text.length / 3); i < text.length - 1; i++) {
    if (text[i] === '.' && /\s/.test(text[i + 1])) { at = i; break; }
  }
  const texts: string[] = [];
  for (let k = 1; k <= PHRASE.length; k++) texts.push(text.slice(0, at) + PHRASE.slice(0, k) + text.slice(at));
  for (let k = PHRASE.length - 1; k >= 0; k--) texts.push(text.slice(0, at) + PHRASE.slice(0, k) + text.slice(at));
  return texts;
}

/**
 * Types the rehearsal into a copy of open draft `path`'s review (see the top of the file) and
 * throws the copy away. Undefined when there is no copy to make (not an open draft, or its checks
 * are not current). Diagnostics are made as for publishing (with `rulesFor`), and dropped.
 */
export function rehearseTyping(live: LiveReview, path: string, rulesFor: (entry: ArticleEntry) => ArticleRules): Rehearsed | undefined {
  const t0 = performance.now();
  const copy = live.rehearsal(path);
  const entry = copy?.entryByPath(path);
  if (!copy || !entry) return undefined;
  // Sources are placed in the diagnostics' related information through the live review's entries.
  const both: ReviewView = {
    get articles() { return live.articles; },
    entryByPath: (p) => copy.entryByPath(p) ?? live.entryByPath(p),
    entryByUri: (u) => copy.entryByUri(u) ?? live.entryByUri(u),
    reviewOf: (p) => copy.reviewOf(p),
    speakers: () => copy.speakers(),
    review: () => copy.review(),
  };
  const view = new SuppressedView(() => both, rulesFor);
  const base: ArticleInput = { path, uri: entry.uri, text: entry.text, version: entry.version, ...(entry.role ? { role: entry.role } : {}) };
  let edits = 0;
  for (const text of rehearsalTexts(entry.text)) {
    copy.update([{ ...base, text, version: (entry.version ?? 0) + edits + 1 }]);
    diagnosticsFor(view, path);
    edits++;
    if (performance.now() - t0 > MAX_MS) break;
  }
  return { edits, ms: performance.now() - t0 };
}
