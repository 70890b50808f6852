// "Dr Anna Kolar of the University of Brno, who examined the bones in 2024, called it “…”": a person,
// a short "of …" description and a ", who …," clause before the verb; the quotation is the person's.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakers = (text: string) => analyzeArticle({ path: '001_paper.md', text }).quotes.map((q) => q.speaker?.key ?? null);

describe('quotes: a relative clause between the speaker and the verb', () => {
  it('credits the person before ", who …," and a short description', () => {
    assert.deepEqual(speakers('Dr Anna Kolar of the University of Brno, who examined the bones in 2024, called it “the find of the decade”.'), ['anna kolar']);
    assert.deepEqual(speakers('Harbour master Jens Okafor, whose crew found the wreck, said it was “a ghost in the fog”.'), ['jens okafor']);
  });

  it('leaves a clause about a place or a thing alone', () => {
    assert.deepEqual(speakers('The old mill at Brno, which closed in 2024, was called “the find of the decade” by locals.'), [null]);
  });
});
