// "were led for up to 2.5 miles" in a draft where two sources say "up to 2.5 km" and a third that one
// hiker "walked about 900m": a distance under the draft's cap is one case of it, not its limit, so it
// does not outweigh the sources' caps that disagree; alone, it still keeps the cap from being unsourced.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const caps = {
  '001_wire.txt': 'KESTON, Aug 3 (Coastwire) - Rangers led 140 hikers off the flooded Brae ridge path on Saturday, some of them for up to 2.5 km along the old drovers\' track to the car park.',
  '002_parks.txt': 'Saturday 3 August 2026\n\nKeston Parks Service\n\nOur rangers escorted 140 hikers off the ridge. Walking distances along the old drovers\' track to the car park were up to 2.5 km.',
};
const walker = 'Saturday 3 August 2026\n\nKeston Gazette\n\nMaya Lindqvist, who was among the hikers, said she walked about 900m along the old drovers\' track before a ranger met her.';
const draft = 'Rangers led 140 hikers off the flooded ridge on Saturday, some of them for up to 2.5 miles along the old drovers\' track to the car park.';

describe('figure findings: a figure under a draft\'s cap', () => {
  it('does not let a distance under the cap outweigh sources\' caps that disagree', () => {
    const found = findingsIn({ ...caps, '003_gazette.txt': walker, 'draft.md': draft }, 'draft.md', 'figure-conflict');
    assert.deepEqual(found.map((f) => f.text), ['up to 2.5 miles']);
  });

  it('still supports the cap where no source\'s cap disagrees', () => {
    const files = { '003_gazette.txt': walker, 'draft.md': 'Some hikers walked for up to 2.5 miles along the old drovers\' track.' };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, 'draft.md', 'unsourced-claim').filter((f) => f.text.includes('2.5')), []);
  });
});
