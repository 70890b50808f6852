// A live blog's entry opens with its stamp ("11:52 – …"): the sentence's subject comes after the dash,
// so "she said" and a quotation after a colon are credited as in any sentence. And "had" before a
// determiner is a verb, not an auxiliary: "Ruiz had the last word: “…”". Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function speakers(text: string): Array<string | null> {
  return analyzeArticle({ path: '001_blog.md', text }).quotes.map((q) => q.speaker?.key ?? null);
}

describe('quotes: subjects after an entry stamp, and "had" as a verb', () => {
  it('reads the subject after a blog entry stamp', () => {
    const text = '*All times BST.*\n\n**14:05** – Councillor Imogen Farrant is on her feet. “We will not close a single library,” she said.\n';
    assert.deepEqual(speakers(text), ['imogen farrant']);
  });

  it('reads the subject after a blog entry stamp marked with an emoji instead of a dash', () => {
    const text = '*All times BST.*\n\n**14:05** \u{1F3DB}\uFE0F Councillor Imogen Farrant is on her feet. “We will not close a single library,” she said.\n\n'
      + '**13:40** \u26A0\uFE0F Ferry skipper **Tobias Wrenfield**, 52, walked us round the slipway. “Nobody goes out today,” he said.\n';
    assert.deepEqual(speakers(text), ['imogen farrant', 'tobias wrenfield']);
  });

  it('credits a quotation after a colon to a subject whose verb is "had"', () => {
    const text = 'Published June 2, 2027\n\nTobias Wrenfield, who chairs the harbour board, had the last word: “The ferry runs on Monday.”\n';
    assert.deepEqual(speakers(text), ['tobias wrenfield']);
    const blog = '*All times BST.*\n\n**14:10** – Tobias Wrenfield, who chairs the harbour board, had the last word: “The ferry runs on Monday.”\n';
    assert.deepEqual(speakers(blog), ['tobias wrenfield']);
  });
});
