// A number named by an abbreviation with its point ("the No. 14 tram", "Vol. 2") is a label, not a count.
// Sentences are our own, not from any corpus.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function texts(body: string): string[] {
  return analyzeArticle({ path: 'story.txt', text: body }).figures.map((f) => f.text);
}

describe('figures: numbers named by an abbreviation', () => {
  it('leaves out the number after "No." and keeps the counts around it', () => {
    assert.deepEqual(texts('Nine carriages, among them the No. 14 tram, were stranded.'), ['Nine carriages']);
    assert.deepEqual(texts('The report is in Vol. 3 of the inquiry.'), []);
  });

  it('still reads a count that opens a sentence after a noun', () => {
    assert.ok(texts('Crowds filled the square. 40 people were hurt.').includes('40 people'));
  });
});
