// A draft that sides with one side of a disagreement the sources have among themselves ("412 metres"
// in two sources, "430 metres" in a third, each in like words) is held to the other side: the editor
// sees that its figure is disputed. Only where the sources are held to each other as well; counts
// told at two moments, a rounded bound, a total beside its part stay apart.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');
const labels = (files: Record<string, string>, path: string) => figureConflicts(files, path).map((f) => f.against.map((e) => e.label).sort().join(','));

describe('figure findings: a draft that sides with one side of the sources\' dispute', () => {
  const sources = {
    '001_wire.txt': 'Published March 3, 2027\n\nThe Vell footbridge is 412 metres long and crosses the estuary at its narrowest point. Ferries will run a shuttle until repairs are done. Walkers were told to use the road bridge upstream.',
    '002_paper.txt': 'Published March 3, 2027\n\nEngineers closed the Vell footbridge, which is 412 metres long, after cracks were found. Inspectors will return next week. Cyclists face a long detour.',
    '003_radio.txt': 'Published March 3, 2027\n\nThe Vell footbridge is 430 metres long, the council said. Shops near the harbour expect fewer customers. A public meeting is planned for Friday.',
  };

  it('is held to the source on the other side, and only to it', () => {
    const files = { ...sources, 'draft_bridge.md': 'The Vell footbridge, 412 metres long, was closed on Tuesday.' };
    assert.deepEqual(labels(files, 'draft_bridge.md'), ['003']);
    // The sources are held to each other too.
    assert.deepEqual(labels(files, '003_radio.txt'), ['001,002']);
  });

  it('a draft that agrees with every source is not flagged', () => {
    const files = { '001_wire.txt': sources['001_wire.txt'], '002_paper.txt': sources['002_paper.txt'], 'draft_bridge.md': 'The Vell footbridge, 412 metres long, was closed on Tuesday.' };
    assert.deepEqual(labels(files, 'draft_bridge.md'), []);
  });

  it('a count told at another moment is a snapshot, not the other side', () => {
    const files = {
      '001_a.txt': 'Published March 3, 2027\n\nBy 9 a.m. ET, 14 people had been taken to hospital with smoke inhalation.',
      '002_b.txt': 'Published March 3, 2027\n\nBy 3 p.m. ET, 23 people had been taken to hospital with smoke inhalation.',
      '003_c.txt': 'Published March 3, 2027\n\nAt 3 p.m. ET officials said 23 people had been taken to hospital with smoke inhalation.',
      'draft_fire.md': 'By 3 p.m. ET, 23 people had been taken to hospital with smoke inhalation.',
    };
    assert.deepEqual(labels(files, 'draft_fire.md'), []);
    // Told "so far", with no time, the count is still moving.
    const moving = {
      '001_a.txt': 'Published March 3, 2027\n\nSo far 14 people have been taken to hospital with smoke inhalation.',
      '002_b.txt': 'Published March 3, 2027\n\n23 people have now been taken to hospital with smoke inhalation.',
      '003_c.txt': 'Published March 3, 2027\n\nOfficials said 23 people have been taken to hospital with smoke inhalation.',
      'draft_fire.md': '23 people have been taken to hospital with smoke inhalation.',
    };
    assert.deepEqual(labels(moving, 'draft_fire.md'), []);
  });

  it('a rounded bound and a total beside its part are not the other side', () => {
    const rounded = {
      '001_a.txt': 'Published March 3, 2027\n\nMore than 300 volunteers registered with the rescue trust over the day.',
      '002_b.txt': 'Published March 3, 2027\n\nA total of 312 volunteers registered with the rescue trust over the day.',
      'draft_x.md': 'A total of 312 volunteers registered with the rescue trust.',
    };
    assert.deepEqual(labels(rounded, 'draft_x.md'), []);
    const parts = {
      '001_a.txt': 'Published March 3, 2027\n\nThe ferry was carrying 212 passengers when it ran aground.',
      '002_b.txt': 'Published March 3, 2027\n\nThe ferry was carrying 212 passengers; 180 passengers were taken off by lifeboat.',
      'draft_x.md': 'The ferry was carrying 212 passengers when it ran aground.',
    };
    assert.deepEqual(labels(parts, 'draft_x.md'), []);
  });
});
