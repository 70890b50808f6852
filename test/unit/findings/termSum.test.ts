// "€3.1 million over five years" for a sum the sources give as "€3.1 million a year" (or "an annual
// fee of €3.1 million") is the stretch misreported: the same number, another quantity. A term's sum
// and a year's sum of other numbers are not held against each other. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const conflicts = (files: Record<string, string>) => findingsIn(files, 'draft_ferry.md', 'figure-conflict').map((f) => f.text);

describe('figures: a sum over a whole term', () => {
  it('holds the same sum over a term against the sum a year', () => {
    assert.deepEqual(conflicts({
      '001_wire.txt': 'Brask Ferries will pay the port 3.1 million euros a year for the berths, the company said.',
      'draft_ferry.md': 'Brask Ferries will pay the port €3.1 million over five years for the berths.',
    }), ['€3.1 million']);
  });

  it('reads "an annual fee of" as a sum a year', () => {
    assert.deepEqual(conflicts({
      '001_release.txt': 'Brask Ferries will pay an annual berth fee of EUR 3.1 million to the port.',
      'draft_ferry.md': 'Brask Ferries will pay a berth fee of €3.1 million over five years to the port.',
    }), ['€3.1 million']);
  });

  it('does not hold a term\'s sum against a year\'s sum of another number', () => {
    assert.deepEqual(conflicts({
      '001_wire.txt': 'Brask Ferries will pay the port 3.1 million euros a year, or 15.5 million euros over the five years, the company said.',
      'draft_ferry.md': 'Brask Ferries will pay the port €15.5 million over five years, or €3.1 million a year.',
    }), []);
  });
});
