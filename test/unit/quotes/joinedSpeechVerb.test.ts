// "The mayor, Ines Varga, has closed the pier and promised that “…”": a speech verb joined by "and" to
// the subject's own verb is the subject's, unless someone else is named between. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function speakers(text: string): Array<string | null> {
  return analyzeArticle({ path: '002_paper.md', text }).quotes.map((q) => q.speaker?.key ?? null);
}

describe('quotes: a speech verb joined by "and" to the subject\'s verb', () => {
  it('credits the sentence\'s subject', () => {
    assert.deepEqual(speakers('Harbour master Ines Varga has closed the pier to walkers for a week and promised that “every plank will be checked” before it reopens.'), ['ines varga']);
  });

  it('leaves it alone when another person is named between', () => {
    assert.deepEqual(speakers('Harbour master Ines Varga has closed the pier after talks with Councillor Tomas Brill and promised that “every plank will be checked” before it reopens.'), [null]);
  });
});
