// "31 patients were in hospital on Friday, 6 of them in intensive care": the part "of them" is
// counted in its own condition. A draft that gives the whole's number to the part's condition ("31
// patients are in intensive care") contradicts the part, and the whole's number is no support.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const source = 'TURKU, Sept 5 (Wirepost) - Legionnaires\' disease has now sickened 74 people in the city, the health board said. ' +
  '31 patients were in hospital on Friday, 6 of them in intensive care.';

describe('figures: counts of people in a stated condition', () => {
  it('holds "31 patients are in intensive care" to the source\'s "6 of them in intensive care"', () => {
    const files = { '001_wire.txt': source, 'draft.md': 'Legionnaires\' disease has sickened 74 people in Turku, and 31 patients are in intensive care.' };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.text), ['31 patients']);
  });
  it('leaves the right counts alone', () => {
    const files = { '001_wire.txt': source, 'draft.md': 'Legionnaires\' disease has sickened 74 people in Turku; 31 patients are in hospital, 6 of them in intensive care.' };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, 'draft.md', 'unsourced-claim').map((f) => f.text), []);
  });
});
