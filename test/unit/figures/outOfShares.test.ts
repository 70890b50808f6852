// "four out of five homes", "nine out of 10 residents": a share said with "out of" is a percentage of
// the noun after it, like "seven in ten of its tenants", not a count of five homes or ten residents.
// Read as a count, "four out of five homes were flooded" was held against a source's "Twelve homes
// … were flooded". Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const read = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.value, f.unit, f.of ?? f.counted]);

describe('figures: shares said "out of"', () => {
  it('reads "N out of M <noun>" as a percentage of the noun', () => {
    assert.deepEqual(read('Four out of five homes lost power.'), [['Four out of five homes', 80, 'percent', 'home']]);
    assert.deepEqual(read('Nine out of 10 residents had no warning.'), [['Nine out of 10 residents', 90, 'percent', 'resident']]);
    assert.deepEqual(read('Three out of every four voters backed it.'), [['Three out of every four voters', 75, 'percent', 'voter']]);
    assert.deepEqual(read('Seven out of ten of its tenants were affected.'), [['Seven out of ten of its tenants', 70, 'percent', 'tenant']]);
  });

  it('leaves wholes that are no share\'s and nouns of time alone', () => {
    assert.ok(read('Twelve out of 40 schools closed.').every((f) => f[2] !== 'percent'));
    assert.ok(read('The line was shut three out of four weeks.').every((f) => f[2] !== 'percent'));
  });

  const files = {
    '001_wire.txt': 'DUNMORE, Scotland, Nov. 20 (Northwire) - Storm Iona cut power to 2,300 homes in Dunmore on Tuesday, the network operator said.\n\nTwelve homes on the seafront were flooded, the council said.\n',
    '002_paper.md': '# Storm leaves Dunmore in the dark\n\nAbout 2,300 homes in Dunmore lost power when Storm Iona brought down lines on Tuesday. A dozen homes on the seafront were flooded.\n',
  };

  it('does not hold a share of homes against a count of homes', () => {
    const draft = { ...files, 'draft_storm.md': '# Storm Iona cuts power\n\nStorm Iona cut power to 2,300 homes in Dunmore on Tuesday. On the seafront, four out of five homes were flooded, the council said.\n' };
    assert.deepEqual(findingsIn(draft, 'draft_storm.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(draft, 'draft_storm.md', 'unsourced-claim'), []);
  });

  it('still holds a wrong count of homes', () => {
    const draft = { ...files, 'draft_storm.md': '# Storm Iona cuts power\n\nStorm Iona cut power to 2,300 homes in Dunmore on Tuesday. Twenty homes on the seafront were flooded, the council said.\n' };
    assert.equal(findingsIn(draft, 'draft_storm.md', 'figure-conflict').length, 1);
  });
});
