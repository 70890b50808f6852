// "Harwell runs 162 branches in the county … By 10am, 151 branches were charging the new fees": a count
// read at a clock time, where the draft states a source's untimed number of that specific thing itself
// (the whole), is a snapshot of the whole, not the whole misreported.
// A wrong whole is still held. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: the draft states the source\'s number of the same thing itself', () => {
  const sources = {
    '001_wire.txt': 'Published May 12, 2027\n\nHarwell Bank raised its fees on Tuesday. Queues formed at its branches across the county, and a union threatened to strike. Harwell operates 162 branches in the county, and not all of them switched at once.',
    '002_explainer.md': 'Published May 13, 2027\n\nHarwell raised its fees overnight. The company has 162 branches in the county. Not all of them switched at the stroke of midnight; the changeover took most of Tuesday.',
    '003_blog.txt': 'Published May 12, 2027\n\n10:00am\nHarwell says 120 branches have switched to the new fees so far. Staff at two branches in Marsh End said they had no new forms.',
  };
  const later = ' but the switch to the new fees was slow. By 10am, 151 branches were charging the new fees, according to the company.';

  it('does not hold the snapshot against the whole the draft also states', () => {
    const files = { ...sources, 'draft_bank.md': `Harwell runs 162 branches in the county,${later}` };
    const conflicts = findingsIn(files, 'draft_bank.md', 'figure-conflict');
    assert.ok(!conflicts.some((c) => c.text.startsWith('151') && c.against.some((a) => a.label === '002')), JSON.stringify(conflicts));
  });

  it('still holds a wrong whole against the sources', () => {
    const files = { ...sources, 'draft_bank.md': `Harwell runs 126 branches in the county,${later}` };
    const conflicts = findingsIn(files, 'draft_bank.md', 'figure-conflict');
    assert.ok(conflicts.some((c) => c.text.startsWith('126')), JSON.stringify(conflicts));
  });
});
