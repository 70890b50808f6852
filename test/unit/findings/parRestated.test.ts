// "a fine of N$4,000 … Because the Namibian dollar is pegged to the rand, that is R4,000": a sum told again
// at the same number in a currency pegged at par to the one just told is the writer's arithmetic on
// that sum, not a claim of its own, and is not held against the sources' restatement of another sum
// ("the fine equals R1,200") (findings/parRestated.ts). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '000_wire.txt': 'OSHAKATI, May 9 (Northern Wire) - The town council on Friday set a fine of N$1,200 for dumping rubbish in storm drains. Because the Namibian dollar is pegged one-to-one to the rand, the fine equals R1,200. Businesses caught twice face N$4,000.',
  '001_paper.md': 'Published May 9, 2029\n\nShops caught dumping rubbish in storm drains a second time will pay N$4,000, the council said on Friday. A first offence costs N$1,200.',
};

describe('figure findings: a sum restated at par in a pegged currency', () => {
  it('does not hold the restated sum against another sum the sources restate', () => {
    const draft = 'Businesses caught dumping rubbish twice face a fine of N$4,000. Because the Namibian dollar is pegged to the rand, that is R4,000.';
    const found = findingsIn({ ...sources, 'draft_drains.md': draft }, 'draft_drains.md', 'figure-conflict');
    assert.deepEqual(found.map((f) => f.text), []);
  });

  it('still checks a sum in the other currency that restates nothing', () => {
    const draft = 'Businesses caught dumping rubbish twice face a fine of N$4,000. Because the Namibian dollar is pegged to the rand, a first offence costs R1,900.';
    const files = { ...sources, 'draft_drains.md': draft };
    const found = [...findingsIn(files, 'draft_drains.md', 'figure-conflict'), ...findingsIn(files, 'draft_drains.md', 'unsourced-claim')];
    assert.deepEqual(found.map((f) => f.text), ['R1,900']);
  });
});
