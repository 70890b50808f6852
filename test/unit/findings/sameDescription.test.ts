// A draft's count told with the very same describing words as a source's ("11 relief shelters" /
// "14 relief shelters") is held to it in whatever words around them, as sources are to each other:
// a conflict, not a figure no source supports. Not when either count is still moving ("so far").
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'MANILA, Nov 4 (Islandwire) - Typhoon Perla forced 8,400 people into 14 relief shelters across Albay province on Tuesday, officials said.';
const paper = 'Bicol Daily\n\nAuthorities said 14 relief shelters were open in Albay on Tuesday as the storm passed, with more families arriving by the hour.';

function draftFindings(draft: string): { conflicts: string[][]; unsourced: string[] } {
  const files = { '001_wire.txt': wire, '002_paper.txt': paper, 'draft.md': draft };
  return {
    conflicts: findingsIn(files, 'draft.md', 'figure-conflict').map((f) => [f.text, ...f.against.map((e) => e.label)]),
    unsourced: findingsIn(files, 'draft.md', 'unsourced-claim').map((f) => f.text),
  };
}

describe('figure findings: a count in the very same describing words', () => {
  it('is held to the source count however the sentences around them differ', () => {
    const got = draftFindings('About 8,400 residents spent Tuesday night in 11 relief shelters, up from 5,000 the night before.');
    assert.deepEqual(got.conflicts, [['11 relief shelters', '001', '002']]);
    assert.deepEqual(got.unsourced, []);
  });

  it('not when the draft tells the count as still moving', () => {
    const got = draftFindings('About 8,400 residents are so far in 11 relief shelters, up from 5,000 the night before.');
    assert.deepEqual(got.conflicts, []);
  });
});
