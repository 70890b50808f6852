// "Length: 318 metres" in a fact box, where another source's "the 318-metre Carrow viaduct" is held to a
// third's "the 346-metre Carrow viaduct" in like words: a measure is one value, so the source that states
// the very number (three significant digits or more) disagrees with the third too, in whatever words.
// Not a round number, not when its own article states the third's number too, and not a number it tells
// twice (the claim is held where its own words hold it).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');
const on = (files: Record<string, string>, path: string, text: string) => figureConflicts(files, path).filter((f) => f.text.includes(text));

describe('figure findings: a measure held to what a source of its number is held to', () => {
  const pad = ' Engineers closed the road on Monday after cracks were found in two piers. Buses will divert via Halsey.';
  const files = {
    '000_wire.txt': 'Viaduct closed\n\nPublished May 4, 2027\n\nThe 318-metre Carrow viaduct was built in 1961 and carries the A40 over the Tain valley.' + pad,
    '001_paper.txt': 'Viaduct closed\n\nPublished May 4, 2027\n\nThe 346-metre Carrow viaduct was built in 1961 and carries the A40 across the Tain valley.' + pad,
    '002_release.md': 'Viaduct closed\n\nPublished May 4, 2027\n\n- **Length:** 318 metres, spanning the Tain\n- **Opened:** 1961\n\n' + pad,
  };

  it('the fact box is held to the source its number is held to', () => {
    const wire = figureConflicts(files, '000_wire.txt');
    assert.deepEqual(wire.map((f) => f.against.map((e) => e.label)), [['001']]);
    const box = figureConflicts(files, '002_release.md');
    assert.equal(box.length, 1, JSON.stringify(box));
    assert.deepEqual(box[0].against.map((e) => e.label), ['001']);
  });

  it('not for a round number, when its article states the other number too, or when it tells its number twice', () => {
    const round = Object.fromEntries(Object.entries(files).map(([p, t]) => [p, t.replace(/318/g, '300')]));
    assert.deepEqual(on(round, '002_release.md', '300'), []);
    const both = { ...files, '002_release.md': files['002_release.md'].replace('spanning the Tain', 'spanning the Tain (346 metres with the ramps)') };
    assert.deepEqual(on(both, '002_release.md', '318'), []);
    const twice = { ...files, '002_release.md': files['002_release.md'] + '\n\nThe viaduct is 318 metres long.' };
    assert.deepEqual(on(twice, '002_release.md', '318'), []);
  });
});
