// "more than 5,000 schools" where the sources count 4,870 schools: a floor in numerals rounded up past
// the only count of the thing the sources give says more than they do: a conflict with that count, not
// a figure of the writer's own. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'NICOSIA, Oct 3 (Medwire) - Teachers at 4,870 schools joined the strike on Tuesday, the union said.';
const paper = 'Island Post\n\nThe education ministry said 4,870 schools were shut by the walkout on Tuesday.';

const found = (draft: string, kind: 'figure-conflict' | 'unsourced-claim') =>
  findingsIn({ '001_wire.txt': wire, '002_paper.txt': paper, 'draft.md': draft }, 'draft.md', kind).map((f) => [f.text, f.against.map((e) => e.label)]);

describe('figure findings: a floor rounded up past the sources\' count', () => {
  it('holds "more than 5,000 schools" against the sources that count 4,870', () => {
    const draft = 'The strike closed more than 5,000 schools across the island on Tuesday.';
    assert.deepEqual(found(draft, 'figure-conflict'), [['more than 5,000 schools', ['001', '002']]]);
    assert.deepEqual(found(draft, 'unsourced-claim'), []);
  });

  it('lets a floor the count reaches stand, and one far above it stays the writer\'s own', () => {
    assert.deepEqual(found('The strike closed more than 4,800 schools across the island on Tuesday.', 'figure-conflict'), []);
    assert.deepEqual(found('The strike closed more than 9,000 schools across the island on Tuesday.', 'figure-conflict'), []);
  });
});
