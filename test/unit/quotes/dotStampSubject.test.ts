// A live blog may set its entry stamp off with a middle dot or a bullet ("**12:05** · …", "09:40 • …")
// rather than a dash: the sentence's subject comes after it, so a quotation after a colon is credited
// to the person the entry opens with. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function speakers(text: string): Array<string | null> {
  return analyzeArticle({ path: '001_blog.md', text }).quotes.map((q) => q.speaker?.key ?? null);
}

describe('quotes: a subject after an entry stamp set off by a dot', () => {
  it('reads the subject after "**HH:MM** ·"', () => {
    const text = '*Valley Times live · all times CET*\n\n**09:35** · Orla Brenwick, head of research at Tamsin Securities, sent over her verdict: “The shipyard order book is thinner than it looks.”\n';
    assert.deepEqual(speakers(text), ['orla brenwick']);
  });

  it('reads the subject after "HH:MM •"', () => {
    const text = '*All times CET*\n\n09:40 • Orla Brenwick, head of research at Tamsin Securities, sent over her verdict: “The order book is thin.”\n';
    assert.deepEqual(speakers(text), ['orla brenwick']);
  });
});
