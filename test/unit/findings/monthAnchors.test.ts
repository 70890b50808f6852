// "In April, 6,020 new homes were sold" / "In May, 6,410 new homes were sold": figures tied to two
// different months are counts of two periods, never in conflict, however alike their words
// (alignment/toldMonth.ts otherAnchorMonths). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'LISBON, July 2 (Tejo Wire) - Sales of new homes in Portugal rose to 7,150 in June, the housing institute said.\n\n' +
  'In May, 6,410 new homes were sold, and prices rose 3.1% from a year earlier.';

describe('findings: figures of two months', () => {
  it('does not hold a count of one month against a count of another', () => {
    const files = {
      '001_wire.txt': wire,
      'draft.md': 'Sales of new homes in Portugal rose to 7,150 in June, the housing institute said.\n\nIn April, 6,020 new homes were sold, and prices rose 3.1 percent from a year earlier.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.message), []);
    assert.equal(findingsIn(files, 'draft.md', 'unsourced-claim').length, 1);
  });

  it('still holds two counts of one month that differ', () => {
    const files = {
      '001_wire.txt': wire,
      'draft.md': 'In May, 6,140 new homes were sold in Portugal, and prices rose 3.1% from a year earlier.',
    };
    assert.equal(findingsIn(files, 'draft.md', 'figure-conflict').length, 1);
  });
});
