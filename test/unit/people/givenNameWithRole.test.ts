// "Bo Sandell, harbour master at Vikhamn, said …" beside "Ingrid Sandell": a pair opening its sentence
// and set off by a role in apposition introduces a person in full, though no list knows the given name;
// it is not a capitalised word glued onto the other's surname ("Given Musk"). Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const text = 'Ingrid Sandell, the mayor of Vikhamn, said the ferry timetable would change in June.\n\n' +
  '"We have listened to the islanders," she said.\n\n' +
  'Bo Sandell, harbour master at the island\'s quay, who is not related to the mayor, said the new boats were late.\n\n' +
  '"They should have been here in March," he said.';

describe('people: a rare given name introduced with a role', () => {
  it('keeps both people of the surname, each with a role of their own', () => {
    const a = analyzeArticle({ path: '001_wire.txt', text });
    assert.deepEqual(a.people.map((p) => p.key).sort(), ['bo sandell', 'ingrid sandell']);
  });

  it('credits the quotation after the second to him', () => {
    const a = analyzeArticle({ path: '001_wire.txt', text });
    assert.deepEqual(a.quotes.map((q) => q.speaker?.key ?? null), ['ingrid sandell', 'bo sandell']);
  });

  it('still drops a capitalised word glued on with no role after it', () => {
    const a = analyzeArticle({ path: '001_wire.txt', text: 'Ingrid Sandell, the mayor, spoke first.\n\nAsked Sandell said nothing more.' });
    assert.deepEqual(a.people.map((p) => p.key), ['ingrid sandell']);
  });
});
