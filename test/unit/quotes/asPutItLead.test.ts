// "As Okafor put it when asked about the final climb: “…”", "As the coach, Dana Reyes, said on Monday,
// “…”": an "as" clause with a person and "put it" (or a strong speech verb) running to the mark before
// the quotation credits it to that person. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakers = (text: string) => analyzeArticle({ path: '004_guide.md', text }).quotes.map((q) => q.speaker?.key ?? null);

describe('quotes: "As X put it: “…”"', () => {
  it('credits the person of the "as" clause', () => {
    const intro = 'Coach Tunde Okafor has guided Mara Vell since 2021. ';
    assert.deepEqual(speakers(intro + 'As Okafor put it when asked about the final climb: “The rest was all her.”'), ['tunde okafor']);
    assert.deepEqual(speakers(intro + 'Mara Vell rode alone from there. As Okafor explained, “The rest was all her.”'), ['tunde okafor']);
  });

  it('credits no one in the clause where another person or speech verb stands before the mark', () => {
    const intro = 'Coach Tunde Okafor has guided Mara Vell since 2021. ';
    assert.notDeepEqual(speakers(intro + 'As Okafor put it, the team director Sven Holm said: “The rest was all her.”'), ['tunde okafor']);
    assert.notDeepEqual(speakers(intro + 'As Okafor put it last week, reporters wrote: “The rest was all her.”'), ['tunde okafor']);
  });
});
