// "Three people drowned, two were hit by falling trees and one was electrocuted" in a draft, where the
// sources tell "six people died: three drowned, …": a count that opens a breakdown in its clause, each
// further part a number with a verb of its own, is the first part of the whole its parts add up to, no
// rival of that whole. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'PORT ELLIS, Aug 2 (Coast Wire) - The storm killed six people, the civil defence office said. Six people had died: three drowned, two were hit by falling trees and one was electrocuted.';
const draft = 'Civil defence said three people drowned, two were hit by falling trees and one was electrocuted in Port Ellis.';

describe('figures: the first part of a breakdown is no rival of its whole', () => {
  it('does not hold "three people" against "six people" when the parts add up to six', () => {
    assert.deepEqual(findingsIn({ '000_wire.txt': wire, 'draft.md': draft }, 'draft.md', 'figure-conflict'), []);
  });

  it('still holds it when the parts add up to another number', () => {
    const other = draft.replace('and one was electrocuted', 'and two were electrocuted');
    const at = other.indexOf('three people');
    assert.ok(findingsIn({ '000_wire.txt': wire, 'draft.md': other }, 'draft.md', 'figure-conflict').some((f) => f.span.start === at));
  });
});
