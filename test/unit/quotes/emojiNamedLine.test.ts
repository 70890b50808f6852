// A live blog's line that opens with an emoji, on a line of its own below the entry's stamp, before
// "Role Name at the briefing:" and a quotation: the emoji (its surrogate halves and variation selector)
// is no part of the line, and the quotation is the named person's, as it is without the emoji. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function speakers(text: string): Array<string | null> {
  return analyzeArticle({ path: '001_blog.md', text }).quotes.map((q) => q.speaker?.key ?? null);
}

describe('quotes: an emoji opening a named line', () => {
  it('credits the quotation after the emoji and the named line to that person', () => {
    const text = '# Live: Harlow Bay storm\n\n**2:10 p.m. Monday**\n\n\u{1F399}\uFE0F Harbour master Tobias Wrenfield at this morning’s briefing: “No vessel leaves the inner harbour until the surge has passed.”\n\n'
      + '**1:05 p.m. Monday**\n\n\u2693 Port spokeswoman Imogen Farrant at the ferry terminal: “Every sailing today is cancelled.”\n';
    assert.deepEqual(speakers(text), ['tobias wrenfield', 'imogen farrant']);
  });

  it('still credits no one where the line names no person', () => {
    const text = '# Live: Harlow Bay storm\n\n**2:10 p.m. Monday**\n\n\u{1F399}\uFE0F From this morning’s briefing: “No vessel leaves the inner harbour until the surge has passed.”\n';
    assert.deepEqual(speakers(text), [null]);
  });
});
