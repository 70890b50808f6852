// "brings to 17 the number of people killed": the count stands before what it counts, so a draft's
// toll no source gives is flagged (and "to 17" is no clock hour).
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const read = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.counted]);

describe('figures: "to N the number of …"', () => {
  it('counts the plural after "the number of" / "the total of"', () => {
    assert.deepEqual(read('The crash brings to 23 the number of cyclists killed on the road this year.'), [['23', 'cyclist']]);
    assert.deepEqual(read('The blaze raised to 40 the total of homes lost.'), [['40', 'home']]);
  });

  it('flags a draft\'s toll no source gives', () => {
    const files = {
      '001_wire.txt': 'LYON, June 2 (Wirepost) - A cyclist was killed when a lorry hit him on the Rue Garibaldi on Monday, police said.',
      'draft_cyclist.md': '# Cyclist killed\n\nA cyclist was killed on the Rue Garibaldi on Monday. The crash brings to 23 the number of cyclists killed in the city this year.',
    };
    const found = findingsIn(files, 'draft_cyclist.md', 'unsourced-claim');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].text, /23/);
  });
});
