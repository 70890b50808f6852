// "Tamsin Vey, one of the organisers, said …": an apposition naming a group by its role in the plural
// is a role, as "an organiser" would be.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const people = (text: string) => analyzeArticle({ path: '001_wire.txt', text }).people.map((p) => `${p.name} [${p.roles.join('; ')}]`);

describe('people: "one of the <role>s" after a name', () => {
  it('reads the apposition as a role and the run as a person', () => {
    assert.deepEqual(people('Tamsin Vey, one of the organisers, told a rally in Hexley: "We will march again."'), ['Tamsin Vey [one of the organisers]']);
    assert.deepEqual(people('Odhrán Keel, one of its directors, said the plant would close.'), ['Odhrán Keel [one of its directors]']);
  });

  it('leaves a group that is no role alone', () => {
    assert.deepEqual(people('Larch Vale, one of the busiest streets, was closed on Monday.'), []);
    assert.deepEqual(people('Porto Vell, one of the host cities, said it was ready.'), []);
  });
});
