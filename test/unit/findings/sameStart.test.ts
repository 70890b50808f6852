// "grows to 4,410mAh from 4,000mAh" / "a 4,460mAh cell, up from 4,000mAh": two sources' measures of
// one kind, each told with the same value it changed from, are one change's end and must agree, in
// whatever words. Counts that move (people, sales) and changes from different starts are left alone.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict').map((f) => f.against.map((e) => e.label));

describe('findings: two measures changed from the same start', () => {
  it('sources that tell different ends of one change from one start conflict', () => {
    const files = {
      '001_review.md': 'Speaking of which, the cell grows to 4,410mAh from 4,000mAh this year.',
      '002_release.txt': 'Orion ships with a 4,460mAh battery, up from 4,000mAh in Orion 2.',
    };
    assert.deepEqual(conflicts(files, '001_review.md'), [['002']]);
    assert.deepEqual(conflicts(files, '002_release.txt'), [['001']]);
  });

  it('different starts, or a count of people, are two quantities', () => {
    const starts = {
      '001_review.md': 'Speaking of which, the cell grows to 4,410mAh from 4,000mAh this year.',
      '002_release.txt': 'Orion ships with a 4,460mAh battery, up from 3,900mAh in Orion 2.',
    };
    assert.deepEqual(conflicts(starts, '001_review.md'), []);
    const people = {
      '001_wire.txt': 'The festival drew 41,000 visitors, up from 38,000 last summer.',
      '002_paper.txt': 'Attendance climbed to 44,000 people from 38,000 as the heat eased.',
    };
    assert.deepEqual(conflicts(people, '001_wire.txt'), []);
  });
});
