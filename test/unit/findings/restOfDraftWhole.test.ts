// "Ana Lutz carried 21 of the city's 27 wards. Her rival won six wards": a draft's count that its own
// part and whole of that thing leave over is the rest of the whole, not a source's part misreported
// (findings/figures.ts restOfDraftWhole). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'GRAZBURG, May 11 (Alpen Wire) - Ana Lutz of the Green List has been elected mayor of Grazburg, the election office said on Monday.\n\n' +
  'Lutz won 21 of the city\'s 27 wards, with her rival Karl Mendt strongest in the hill wards to the north.';

describe('findings: the rest of a whole the draft tells', () => {
  it('does not hold the rest of the wards against the winner\'s wards', () => {
    const files = {
      '001_wire.txt': wire,
      'draft.md': 'Ana Lutz carried 21 of Grazburg\'s 27 wards. Karl Mendt won six hill wards to the north.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.message), []);
  });

  it('still holds a count that is no such rest', () => {
    const files = {
      '001_wire.txt': wire,
      'draft.md': 'Ana Lutz carried 21 of Grazburg\'s 27 wards. Karl Mendt won nine hill wards to the north.',
    };
    assert.equal(findingsIn(files, 'draft.md', 'figure-conflict').length, 1);
  });
});
