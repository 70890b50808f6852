// "floodwater up to 140 mm deep in Harlow Green" in a draft, where the sources measured the water there
// at 140 cm: the small units of a depth or a height (centimetres, millimetres) are units of one kind
// like metres and miles, so the number copied with the other unit is the unit misread (findings/
// measureUnit.ts). Not where a source gives the depth itself in any unit. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '000_wire.txt': 'Published May 3, 2027\n\nThe worst-hit area was Harlow Green, where the Brede burst its banks and water reached 140 cm, submerging cottages to the eaves.',
  '002_release.txt': 'Published May 3, 2027\n\nThe maximum inundation depth recorded by the county is 140 cm in Harlow Green. Other depths include 90 cm in Ashby.',
  '001_paper.md': 'Published May 3, 2027\n\nOur reporter says the water is at chest height and rising. Local officials put the depth in the lowest lanes at 140 cm.',
};
const draft = (depth: string) => `In Harlow Green, officials measured water up to ${depth} deep, enough to submerge cottages.`;

describe('figure findings: a depth in millimetres where the sources give the number in centimetres', () => {
  it('flags "140 mm" against the sources\' "140 cm"', () => {
    const found = findingsIn({ ...sources, 'draft.md': draft('140 mm') }, 'draft.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text.includes('140 mm'), true);
  });

  it('not where a source gives the depth itself (14 cm)', () => {
    const told = { ...sources, '002_radio.txt': 'Published May 3, 2027\n\nA few streets away the water was only 14 cm deep.' };
    assert.deepEqual(findingsIn({ ...told, 'draft.md': draft('140 mm') }, 'draft.md', 'figure-conflict'), []);
  });
});
