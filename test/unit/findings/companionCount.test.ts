// "212 passengers and nine crew" / "214 passengers and nine crew": a count told with an equal count of
// a second thing is the same total in both sources, even where one ties it to a clock time; counts
// each tied to its own moment stay snapshots.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

describe('figure findings: a count told with a companion count', () => {
  const files = {
    '001_coast.txt': 'Published June 4, 2027\n\nThe ferry Islay Belle, with 212 passengers and nine crew on board, ran aground at 6:40 a.m. BST near Port Ellen.',
    '002_wire.txt': 'Published June 4, 2027\n\nThe Islay Belle was carrying 214 passengers and nine crew when it struck rocks off Port Ellen.',
    '003_radio.txt': 'Published June 4, 2027\n\nCoastguard officials said 214 passengers and nine crew were rescued from the stricken vessel.',
  };

  it('sources that tell the same companion count are held to each other', () => {
    const found = figureConflicts(files, '001_coast.txt');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label).sort(), ['002', '003']);
    assert.equal(figureConflicts(files, '002_wire.txt').length, 1);
    // A draft that sides with some of them is held to the source that disputes them, and only to it.
    const sides = figureConflicts({ ...files, 'draft_ferry.md': 'The Islay Belle was carrying 214 passengers and nine crew.' }, 'draft_ferry.md');
    assert.equal(sides.length, 1, JSON.stringify(sides));
    assert.deepEqual(sides[0].against.map((e) => e.label), ['001']);
    // One that sides with none is held to all three.
    const draft = figureConflicts({ ...files, 'draft_ferry.md': 'The Islay Belle was carrying 241 passengers and nine crew.' }, 'draft_ferry.md');
    assert.equal(draft.length, 1, JSON.stringify(draft));
  });

  it('another companion count, or two moments, leave them apart', () => {
    const other = { ...files, '002_wire.txt': 'Published June 4, 2027\n\nThe Islay Belle was carrying 214 passengers and eleven crew when it struck rocks.' };
    assert.deepEqual(figureConflicts({ '001_coast.txt': files['001_coast.txt'], '002_wire.txt': other['002_wire.txt'] }, '001_coast.txt'), []);
    const snapshots = {
      '001_a.txt': 'Published June 4, 2027\n\nBy 9 a.m. BST, lifeboats had brought ashore 12 passengers and nine crew.',
      '002_b.txt': 'Published June 4, 2027\n\nBy 3 p.m. BST, lifeboats had brought ashore 15 passengers and nine crew.',
    };
    assert.deepEqual(figureConflicts(snapshots, '001_a.txt'), []);
  });
});
