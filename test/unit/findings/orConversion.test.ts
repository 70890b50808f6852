// A source that converts a sum with "or" ("7.2 crore rupees, or about $860,000"; "about ₹72 million
// or roughly $860,000") converts it as one in brackets does: a draft's conversion of the same sum in
// brackets ten times off ("₹7.2 crore (roughly $8.6m)") is the writer's arithmetic gone wrong, and the
// source's conversion of that very sum says so.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: a conversion joined by "or"', () => {
  const files = (draft: string): Record<string, string> => ({
    '000_wire.txt': 'PUNE, Aug 3 (Deccan Wire) - The state utility put the cost of the repairs at 7.2 crore rupees, or about $860,000, its chairman said.',
    'draft.md': draft,
  });

  it('holds a conversion in brackets ten times off against the source\'s', () => {
    const found = findingsIn(files('# Pune dam repairs\n\nThe utility put the cost of the repairs at ₹7.2 crore (roughly $8.6m), its chairman said.'), 'draft.md', 'figure-conflict');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /860,000/);
  });

  it('leaves a right conversion alone', () => {
    assert.deepEqual(findingsIn(files('# Pune dam repairs\n\nThe utility put the cost of the repairs at ₹7.2 crore (roughly $860,000), its chairman said.'), 'draft.md', 'figure-conflict'), []);
  });
});
