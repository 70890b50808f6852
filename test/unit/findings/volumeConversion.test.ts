// Litres converted to US gallons in brackets ("2.5 million litres (about 660,000 US gallons)") are the
// writer's arithmetic, as lengths and masses are: right, no source is needed; wrong, still flagged.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'GDANSK, Mar 4 (Balticwire) - A leaking valve emptied a depot holding 2.5 million litres of heating oil, the harbour office said.';
const paper = 'Baltic Evening\n\nThe harbour office said the depot had held 2.5 million litres of heating oil before the valve failed.';

const unsourced = (draft: string): string[] =>
  findingsIn({ '001_wire.txt': wire, '002_paper.txt': paper, 'draft.md': draft }, 'draft.md', 'unsourced-claim').map((f) => f.text);

describe('figure findings: litres converted to US gallons in brackets', () => {
  it('a right conversion of a sourced volume is not unsourced', () => {
    assert.deepEqual(unsourced('The depot had held 2.5 million litres (about 660,000 US gallons) of heating oil.'), []);
  });

  it('a wrong conversion is still flagged', () => {
    assert.deepEqual(unsourced('The depot had held 2.5 million litres (about 940,000 US gallons) of heating oil.'), ['about 940,000 US gallons']);
  });
});
