// "280 milligrams of sulphate per litre": the substance named between the mass and the volume is still a
// concentration in mg/L (as "280 mg/L of sulphate"), not a count of milligrams; and "One acre (ac) equals
// about 4,047 square metres", a note defining a unit, states no figure of the story.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const figures = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.value, f.counted]);

describe('figures: a substance named inside a concentration, and a unit\'s definition', () => {
  it('reads a mass of a substance per volume as a concentration', () => {
    assert.deepEqual(figures('Tests on Friday showed 280 milligrams of sulphate per litre.'), [['280 milligrams', 280, 'mg/l']]);
    assert.deepEqual(figures('The well held 12 micrograms of dissolved lead per litre.'), [['12 micrograms', 12, 'µg/l']]);
    // No volume after "per": no concentration.
    assert.deepEqual(figures('Each pill holds 40 milligrams of caffeine.'), [['40 milligrams', 40, 'milligram']]);
  });

  it('supports a draft\'s mg/L with a source\'s words, and flags a wrong one', () => {
    const wire = 'Tests at the Riverside plant on Friday morning showed 280 milligrams of sulphate per litre, the utility said.';
    const right = { '000_wire.txt': wire, 'draft_water.md': 'Treated water at the Riverside plant showed 280 mg/L of sulphate on Friday morning, the utility said.' };
    assert.deepEqual([...findingsIn(right, 'draft_water.md', 'figure-conflict'), ...findingsIn(right, 'draft_water.md', 'unsourced-claim')], []);
    const wrong = { '000_wire.txt': wire, 'draft_water.md': 'Treated water at the Riverside plant showed 380 mg/L of sulphate on Friday morning, the utility said.' };
    assert.equal([...findingsIn(wrong, 'draft_water.md', 'figure-conflict'), ...findingsIn(wrong, 'draft_water.md', 'unsourced-claim')].length, 1);
  });

  it('reads no figure from a sentence defining a unit', () => {
    assert.deepEqual(figures('One acre (ac) equals about 4,047 square metres.'), []);
    assert.deepEqual(figures('- 1 nautical mile = 1.852 km.'), []);
    assert.deepEqual(figures('One hectare is equal to 10,000 square metres.'), []);
    // A figure of the story that opens with one is read.
    assert.deepEqual(figures('One hectare of vines burned, and 12 hectares were saved.').map((f) => f[1]), [1, 12]);
  });

  it('holds no source\'s unit definition against another\'s figure in that unit', () => {
    const files = {
      '000_wire.txt': 'The lake held 2.6 cubic kilometres on Monday, the agency said.',
      '001_notes.txt': 'NOTES TO EDITORS\n\nOne cubic kilometre (km³) equals one billion cubic metres.',
    };
    assert.deepEqual(findingsIn(files, '001_notes.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'figure-conflict'), []);
  });
});
