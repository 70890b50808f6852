// "2.6 billion tonnes" where the sources say "2.6 million tonnes": the same number told with another
// scale word, in like words, is one figure misreported (a conflict), not a figure no source gives.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_wire.txt': 'KESTREL BAY, March 4 (Wirepost) - The port of Kestrel Bay handled 2.6 million tonnes of grain last year, its operator said on Tuesday.',
  '002_release.txt': 'Kestrel Bay Port Authority: annual results. Grain throughput reached 2.6 million tonnes in the year, up from 2.1 million tonnes.',
};

describe('figure findings: a scale word misreported', () => {
  it('flags "2.6 billion tonnes" against "2.6 million tonnes" in like words', () => {
    const files = { ...sources, 'draft.md': 'The port of Kestrel Bay handled 2.6 billion tonnes of grain last year, its operator said.' };
    const found = findingsIn(files, 'draft.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].text, /2\.6 billion/);
    assert.deepEqual(findingsIn(files, 'draft.md', 'unsourced-claim'), []);
  });

  it('leaves the right scale alone', () => {
    const files = { ...sources, 'draft.md': 'The port of Kestrel Bay handled 2.6 million tonnes of grain last year, its operator said.' };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict'), []);
  });
});
