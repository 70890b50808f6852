// "Tomas Brenner, the operator's manager, …. Brenner said …" and only later "Ilse Brenner, a nurse who
// is not related to him": until the second person of a surname is introduced, the surname alone names
// the one the reader has met. After both are named it names neither. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const text = 'Tomas Brenner, general manager of the tram operator, said talks should resume.\n\n' +
  'Brenner said the city was moving stranded riders by bus. "Our priority is getting people home," he said.\n\n' +
  'Ilse Brenner, a nurse who is not related to the manager, said she had walked for an hour.\n\n' +
  'Brenner said the strike would end on Friday.';

describe('people: a surname two people share, read in order', () => {
  const a = analyzeArticle({ path: '001_wire.txt', text });
  const tomas = a.people.find((p) => p.key === 'tomas brenner');
  const ilse = a.people.find((p) => p.key === 'ilse brenner');

  it('gives the surname to the one named before it', () => {
    assert.equal(tomas?.mentions.length, 2);
    assert.equal(a.quotes[0].speaker?.key, 'tomas brenner');
  });

  it('gives it to neither once both are named', () => {
    assert.equal(ilse?.mentions.length, 1);
    assert.equal(tomas?.mentions.some((m) => m.start > text.indexOf('Ilse')), false);
  });
});
