// A few things counted ("three cranes") are often the writer's own and go unflagged; a measure told to
// a decimal ("a 3.4-kilometre stretch", "4.5 metres of water") is a number someone measured, which a
// source must give. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const source = 'TALMOR, May 6 (Valewire) - Work on the Talmor ring road resumed on Monday after a three-week pause, the county said. ' +
  'The 12-kilometre road is due to open in 2028, and 140 workers are on site.';

describe('figure findings: a measure told to a decimal is unsourced like a larger number', () => {
  it('flags a decimal measure no source gives', () => {
    const files = { '001_wire.txt': source, 'draft.md': 'Work on the 12-kilometre Talmor ring road resumed on Monday. A 3.4-kilometre stretch near the river has been idle since March.' };
    assert.deepEqual(findingsIn(files, 'draft.md', 'unsourced-claim').map((f) => f.text), ['3.4-kilometre']);
  });

  it('still leaves a few things counted alone', () => {
    const files = { '001_wire.txt': source, 'draft.md': 'Work on the 12-kilometre Talmor ring road resumed on Monday, with three cranes back on site.' };
    assert.deepEqual(findingsIn(files, 'draft.md', 'unsourced-claim'), []);
  });
});
