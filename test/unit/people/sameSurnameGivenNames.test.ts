// "Keiko Arai, the head teacher, said …" and "Takashi Arai, the harbour master, …": two people of one
// surname, each named by a given name opening a sentence, are two people; a given name (the wide
// list) is not a capitalised word glued onto the other's surname ("Given Musk" beside "Elon Musk").
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const text = 'Keiko Arai, the head teacher, said the school in Nishihama would reopen on Monday.\n\n' +
  '"Our pupils come first," she said.\n\n' +
  'Takashi Arai, the harbour master, who is not related to her, said the ferry would sail at noon.';

describe('people: two people of one surname', () => {
  it('keeps both, each with a role of their own', () => {
    const a = analyzeArticle({ path: '001_wire.txt', text });
    assert.deepEqual(a.people.map((p) => p.key).sort(), ['keiko arai', 'takashi arai']);
  });

  it('credits the quotation to the one it follows', () => {
    const a = analyzeArticle({ path: '001_wire.txt', text });
    assert.deepEqual(a.quotes.map((q) => q.speaker?.key ?? null), ['keiko arai']);
  });
});
