// A measure read at two clock times ("a plume 8 km long at 09:00" / "14 km by the 15:00 flight") is two
// readings of something that may have grown: sources are not held to each other on it, as counts at
// two moments are not. Read at one time, two measures still disagree.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const conflicts = (files: Record<string, string>, path: string): string[] =>
  findingsIn(files, path, 'figure-conflict').map((f) => f.text);

describe('figure findings: a measure read at two clock times', () => {
  const wire = 'DUNLOE, May 3 (Fenwire) - A survey flight at 09:00 spotted an ash plume about 8 km long drifting east of the Dunloe crater, the volcano office said.';

  it('two readings of a plume at different times do not disagree', () => {
    const paper = 'Kerry Evening Star\n\nThe volcano office said its 15:00 survey flight measured the ash plume at 14 km, drifting east of the Dunloe crater.';
    const files = { '001_wire.txt': wire, '002_paper.txt': paper };
    assert.deepEqual(conflicts(files, '001_wire.txt'), []);
    assert.deepEqual(conflicts(files, '002_paper.txt'), []);
  });

  it('two readings at the same time still disagree', () => {
    const paper = 'Kerry Evening Star\n\nThe volcano office said its 09:00 survey flight measured the ash plume at 14 km, drifting east of the Dunloe crater.';
    const files = { '001_wire.txt': wire, '002_paper.txt': paper };
    assert.deepEqual(conflicts(files, '002_paper.txt'), ['14 km']);
  });
});
