// "Ma. Teresa Cruz" (María, as Filipino names are often written), "Wm. Hale": a given name written
// short with a period before the rest of the name. The period ended the sentence there, so a quotation
// credited after it ("…," said Ma. Teresa Cruz, a town engineer.) had no speaker. Invented text.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis';

function credits(text: string): { people: string[]; speakers: (string | undefined)[]; sentences: number } {
  const a = analyzeArticle({ path: '/desk/001_wire.txt', text });
  return { people: a.people.map((p) => p.name), speakers: a.quotes.map((q) => q.speaker?.key), sentences: a.text.sentences.length };
}

describe('people: a given name written short before the rest of the name', () => {
  it('credits a quotation to "Ma. Teresa Cruz" in one sentence', () => {
    const got = credits('"The levee held through the night, and that is why the town was spared," said Ma. Teresa Cruz, a provincial engineer, at a briefing.');
    assert.equal(got.sentences, 1);
    assert.deepEqual(got.speakers, ['teresa cruz']);
    assert.ok(got.people.includes('Teresa Cruz'), JSON.stringify(got));
  });

  it('credits "Wm. Hale" too', () => {
    assert.deepEqual(credits('"We shut the gates at six," said Wm. Hale, the lock keeper.').speakers, ['hale']);
  });

  it('still ends a sentence on a surname "Ma" before a sentence opener', () => {
    const got = credits('"We will list in Singapore," said Ostrava Foods founder Jack Ma. He spoke in Brno.');
    assert.equal(got.sentences, 2);
    assert.deepEqual(got.speakers, ['jack ma']);
  });
});
