// "48,300 customers without power. The company says around 31,000 of those are due to the rolling
// cuts": a count taken "of those" is a part of the group told before, not that group's count at the
// moment of the entry, and was flagged against another source's 48,300 at that moment. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict').map((f) => f.text);

const wire = 'KELSO BAY, Feb 3 (Southwire) - At the peak of the outage, at 7:20pm, 48,300 customers were without electricity, distributor Eastline Power said.';
const blogWith = (part: string) => `Kelso Bay Ledger live\n\n---\n\n**7.30pm**\n\nEastline's latest figure: **48,300 customers** without power. The company says ${part} are due to the rolling cuts and the remainder are local faults.\n`;

describe('figure findings: a part taken "of those"', () => {
  it('does not hold a part of the group told before to that group\'s count', () => {
    const files = { '001_wire.txt': wire, '002_blog.md': blogWith('around 31,000 of those') };
    assert.deepEqual(conflicts(files, '002_blog.md'), []);
    assert.deepEqual(conflicts(files, '001_wire.txt'), []);
  });

  it('still holds a count of the moment that disagrees', () => {
    const files = { '001_wire.txt': wire, '002_blog.md': blogWith('around 31,000 customers') };
    const paper = 'Kelso Bay Courier\n\nAt the peak of the outage, at 7:20pm, 44,100 customers were without electricity, Eastline Power said.';
    assert.deepEqual(conflicts({ ...files, '003_paper.txt': paper }, '003_paper.txt'), ['44,100 customers']);
  });
});
