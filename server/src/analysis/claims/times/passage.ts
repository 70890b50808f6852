// Where a mention sits: which sentence and paragraph, and whether its line is page clutter.
import type { ArticleText } from '../../types';
import { lineBreak } from './dateline';
import { CuedPattern, withinSpans } from '../../text/cuedPattern';

/** Lines that are links to other stories or widgets ("READ: …", "RELATED: …"), not the story. */
const CLUTTER = /^[ \t]{0,8}(?:ALSO READ|READ MORE|READ ALSO|READ|RELATED|WATCH|LISTEN|SEE ALSO|MORE ON THIS|RECOMMENDED)[ \t]{0,3}[:|]/gim;

/**
 * Every clutter line holds its ':' or '|' at most 23 code units after its start (8 spaces, "MORE
 * ON THIS", 3 spaces), and starts a line: the pattern is tried only at line starts just before
 * each ':' and '|', not at every position of the article. Exported for its test.
 */
export const CUED_CLUTTER = new CuedPattern(CLUTTER, /[:|]/, 23, (text, at) => {
  const c = at > 0 ? text.charCodeAt(at - 1) : 10;
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
});

export class Passage {
  private readonly starts: number[];
  private readonly clutter: Array<[number, number]> = [];

  constructor(private readonly text: ArticleText) {
    this.starts = text.sentences.map((s) => s.span.start);
    const plain = text.plain;
    for (let m = CUED_CLUTTER.exec(plain, 0); m; m = CUED_CLUTTER.exec(plain, m.index + m[0].length)) {
      this.clutter.push([m.index, lineBreak(plain, m.index)]);
    }
  }

  /** Index of the sentence holding offset `at` (the last one starting at or before it), or -1. */
  sentenceAt(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }

  paragraphStart(sentence: number): number {
    const p = this.text.paragraphs[this.text.sentences[sentence].paragraph];
    return p ? p.start : this.text.sentences[sentence].span.start;
  }

  isClutter(at: number): boolean {
    return withinSpans(this.clutter, at);
  }
}
