// Flows are units of their own, converted in brackets like lengths; and a measure an article tells
// apart from the peak it gives ("1,900 cubic feet per second at 5 a.m." beside "peaked at 2,600")
// is a reading at another moment, not held against another source's peak.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'ELMIRA, Apr 4 (Ridgewire) - Water over the Tamsin Dam spillway peaked at 2,600 cubic feet per second shortly after noon, the water district said.';

describe('figure findings: flows and off-peak readings', () => {
  it('a flow converted right in brackets is not unsourced; converted wrong, it is', () => {
    const draftWith = (bracket: string) => findingsIn({ '001_wire.txt': wire, 'draft.md': `Water over the Tamsin Dam spillway peaked at 2,600 cubic feet per second (${bracket}) shortly after noon.` }, 'draft.md', 'unsourced-claim').map((f) => f.text);
    assert.deepEqual(draftWith('about 74 cubic metres a second'), []);
    assert.deepEqual(draftWith('about 92 cubic metres a second'), ['about 92 cubic metres a second']);
  });

  it('an early reading in an article that tells its peak elsewhere is not held to another source\'s peak', () => {
    const blog = 'Ridge Courier live\n\n**1:05 p.m.** – Spillway flow peaked at 2,600 cubic feet per second shortly after noon, the district says.\n\n**6:20 a.m.** – Spillway flow was measured at 1,900 cubic feet per second at 5 a.m., according to the water district.';
    const files = { '001_wire.txt': wire, '002_blog.md': blog };
    const conflicts = (path: string) => findingsIn(files, path, 'figure-conflict').map((f) => f.text);
    assert.deepEqual(conflicts('002_blog.md'), []);
    assert.deepEqual(conflicts('001_wire.txt'), []);
  });

  it('two peaks that disagree still conflict', () => {
    const paper = 'Elmira Ledger\n\nWater over the Tamsin Dam spillway peaked at 2,100 cubic feet per second shortly after noon, the water district said.';
    const files = { '001_wire.txt': wire, '002_paper.txt': paper };
    assert.deepEqual(findingsIn(files, '002_paper.txt', 'figure-conflict').map((f) => f.text), ['2,100 cubic feet per second']);
  });
});
