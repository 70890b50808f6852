// "Dr Ines Marlow, head of the Coastal Relief Agency (CRA), which is co-funding the drive, said …": a
// description, a bracketed acronym and a ", which …," clause after the name are stepped over to the
// verb, so "she" in the next sentence is the person named. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakers = (text: string) => analyzeArticle({ path: '001_wire.txt', text }).quotes.map((q) => q.speaker?.key ?? null);

describe('quotes: a relative clause after a description of the speaker', () => {
  it('credits "she" to the person before the description and the clause', () => {
    assert.deepEqual(speakers('Dr Ines Marlow, head of the Coastal Relief Agency, which is co-funding the drive, said the boats were a stopgap. ' +
      '"Boats buy us days, but they do not replace the dyke," she told reporters.'), ['ines marlow']);
  });

  it('steps over a bracketed acronym in the description too', () => {
    assert.deepEqual(speakers('Dr Ines Marlow, head of the Coastal Relief Agency (CRA), which is co-funding the drive, said the boats were a stopgap. ' +
      '"Boats buy us days, but they do not replace the dyke," she told reporters.'), ['ines marlow']);
  });

  it('leaves a dateline before the name alone', () => {
    assert.deepEqual(speakers('SELMOUTH, June 7 (Coastwire) - The boats, which arrived overnight, were a stopgap. "Boats buy us days," she said.'), [null]);
  });
});
