// "six of our 20 depots", "six of the city's 20 depots": a part counts what its whole counts even
// with an owner between "of" and the whole, and the whole is no snapshot of the moment.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const read = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.counted]);

describe('figures: a part of an owned whole', () => {
  it('counts the whole\'s thing past "our" or a possessive', () => {
    assert.deepEqual(read('The strike shut six of our 20 depots on Friday.'), [['six', 'depot'], ['20 depots', 'depot']]);
    assert.deepEqual(read('The strike shut six of the city\'s 20 depots on Friday.'), [['six', 'depot'], ['20 depots', 'depot']]);
  });

  it('does not hold the whole against another source\'s part at the same time', () => {
    const files = {
      '001_wire.txt': 'ORLAN, May 3 (Wirepost) - A flood warning covered six of the province\'s 20 districts until 18:00 on Saturday, officials said.',
      '002_release.txt': 'ORLAN, May 3 (Wirepost) - The flood warning stays in force for six districts until 18:00 on Saturday.',
      'draft_flood.md': '# Flood warning\n\nA flood warning is in force.',
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_release.txt', 'figure-conflict'), []);
  });
});
