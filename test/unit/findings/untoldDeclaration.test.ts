// "declared a state of emergency in three counties": a small count is not flagged unsourced on its
// number alone (small numbers are told in many ways), but the places a declaration covers, where no
// source tells of any such declaration, are a fact the draft adds. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const source = 'BRANDT FALLS (Coastwire) - Floodwater closed 14 roads across the region on Friday, and 2,300 people left their homes, county officials said.\n';
const draft = 'Floodwater closed 14 roads on Friday, and 2,300 people left their homes. The governor declared a state of emergency in three counties on Friday evening.\n';

describe('findings: places a declaration covers that no source tells of', () => {
  it('flags "a state of emergency in three counties" as unsourced', () => {
    const found = findingsIn({ 'draft_floods.md': draft, '001_wire.txt': source }, 'draft_floods.md', 'unsourced-claim');
    assert.deepEqual(found.map((f) => draft.slice(f.span.start, f.span.end)), ['three counties']);
  });

  it('leaves it alone where a source tells of the state of emergency', () => {
    const told = source + '\nThe governor declared a state of emergency late on Friday.\n';
    assert.deepEqual(findingsIn({ 'draft_floods.md': draft, '001_wire.txt': told }, 'draft_floods.md', 'unsourced-claim'), []);
  });
});
