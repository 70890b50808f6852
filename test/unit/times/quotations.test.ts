// Which dates sit inside a quotation (daysource.ts, Quotations) is read from the places of the
// quotation marks only. It must answer as reading every character of every paragraph does: checked
// at every position of the gold sets' articles and of random paragraphs of quotes and marks.
import { strict as assert } from 'node:assert';
import { Quotations } from '../../../server/src/analysis/claims/times/daysource';
import { prepareText } from '../../../server/src/analysis/text';
import type { ArticleText } from '../../../server/src/analysis/types';
import { corpora } from '../incremental/corpora';
import { seeded } from '../robustness/arbitraries';

/** Inside a quotation, reading every character (the spans' first way of being found). */
function quotedPlain(text: ArticleText): boolean[] {
  const inside = new Array<boolean>(text.plain.length + 1).fill(false);
  const mark = (a: number, b: number) => { for (let i = a; i < b && i < inside.length; i++) inside[i] = true; };
  for (const p of text.paragraphs) {
    let open = -1;
    for (let i = p.start; i < p.end && i < text.plain.length; i++) {
      const c = text.plain[i];
      if (c === '“' || (c === '"' && open < 0)) {
        if (open < 0) open = i;
      } else if ((c === '”' || c === '"') && open >= 0) {
        mark(open, i + 1);
        open = -1;
      }
    }
    if (open >= 0) mark(open, p.end);
  }
  return inside;
}

function compare(text: ArticleText, what: string): number {
  const expected = quotedPlain(text);
  const q = new Quotations(text);
  let inside = 0;
  for (let i = 0; i <= text.plain.length; i++) {
    assert.equal(q.has(i), expected[i], `${what} at ${i}`);
    if (expected[i]) inside++;
  }
  return inside;
}

const PIECES = ['"', '“', '”', 'said', 'Monday', 'at 10 a.m.', '.', '\n\n', '\n', ' ', '“quoted”', '"x"', 'é'];

describe('times: quotation spans', () => {
  it('are those of every character read, in the gold sets', () => {
    let inside = 0;
    for (const set of corpora()) for (const file of set.files) inside += compare(prepareText(file.text, file.path), file.path);
    assert.ok(inside > 1000, `only ${inside} quoted positions`);
  });

  it('are those of every character read, in random text', () => {
    const r = seeded(7);
    for (let n = 0; n < 500; n++) {
      let s = '';
      const k = 1 + Math.floor(r() * 30);
      for (let i = 0; i < k; i++) s += PIECES[Math.floor(r() * PIECES.length)] + (r() < 0.5 ? ' ' : '');
      compare(prepareText(s, 'random.txt'), JSON.stringify(s));
    }
  });
});
