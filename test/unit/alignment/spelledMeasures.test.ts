// A measure spelled out ("4.2 kilograms", "18 kilometres") is a measure like its symbol ("4.2 kg"): it
// does not change over time, so sources are held to each other on it as on "kg".
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { changesOverTime } from '../../../server/src/analysis/alignment/figures';
import { findingsIn } from '../findings/review';

const figure = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures[0];

describe('alignment: measures spelled out', () => {
  it('a spelled-out unit does not change over time, as its symbol does not', () => {
    assert.equal(changesOverTime(figure('Each bale weighs 2.6 kilograms.')), false);
    assert.equal(changesOverTime(figure('Each bale weighs 2.6 kg.')), false);
    assert.equal(changesOverTime(figure('The farm has 2,600 sheep.')), true);
  });

  it('a source with the spelled-out unit is held to a third that disagrees, as the symbol is', () => {
    const files = {
      '001_wire.txt': 'Published May 2, 2027\n\nThe hives produced honey with an average weight of 2.6 kilograms per frame, the co-operative said.',
      '002_release.txt': 'Published May 2, 2027\n\nFrames carried an average weight of 2.6 kg of honey this season.',
      '003_explainer.md': 'Published May 3, 2027\n\n| | |\n|---|---|\n| Average weight | 3.1 kg |\n',
    };
    const found = findingsIn(files, '001_wire.txt', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label), ['003']);
  });
});
