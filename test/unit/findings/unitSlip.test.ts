// "some 1,240 miles from Leeds" where a source says "Varna, 1,240km (771 miles) from Leeds": a
// source's distance with the other unit is one figure misreported, though the sentences share little.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_paper.md': '# Stranded\n\nAnika Holm, 29, a nurse from Otley, was stuck in Varna, 1,240km (771 miles) from Leeds, with her mother.',
  '002_wire.txt': 'LEEDS, June 3 (Wirepost) - Tour operator Baltic Sun has collapsed, leaving about 900 customers abroad.',
};

describe('figure findings: a distance told with the other unit', () => {
  it('flags "1,240 miles" against "1,240km" when the place is shared', () => {
    const files = { ...sources, 'draft.md': 'The furthest stranded are in Varna, one of the resort towns, some 1,240 miles from Leeds.' };
    const found = findingsIn(files, 'draft.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].text, /1,240 miles/);
  });

  it('leaves the right unit, and a round distance shared by chance, alone', () => {
    const right = { ...sources, 'draft.md': 'The furthest stranded are in Varna, one of the resort towns, some 1,240km from Leeds.' };
    assert.deepEqual(findingsIn(right, 'draft.md', 'figure-conflict'), []);
    const round = {
      '001_paper.md': '# Detour\n\nThe diversion near Varna adds 20km to the journey.',
      'draft.md': 'Drivers near Varna face a queue stretching 20 miles.',
    };
    assert.deepEqual(findingsIn(round, 'draft.md', 'figure-conflict'), []);
  });
});
