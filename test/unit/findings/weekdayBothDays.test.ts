// A thing told on two days ("were left without water on Thursday" and "… on Friday"): an article that
// tells it on both weekdays, in like words, holds both days, so another article's one day is not in
// dispute with it, either way round.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'HALDEN, Oct 16 (NWS) - The water board estimated that 12,400 households were left without water on Thursday.\n\nEngineers said repairs would take most of the weekend.';
const table = '# The Halden water cut, explained\n\n| Measure | Figure |\n|---|---|\n| Households left without water, Thursday (board estimate) | about 12,000 |\n| Households left without water, Friday (board estimate) | about 8,000 |\n| Engineers on site | 60 |\n';
const fridayOnly = '# The Halden water cut, explained\n\n| Measure | Figure |\n|---|---|\n| Households left without water, Friday (board estimate) | about 8,000 |\n| Engineers on site | 60 |\n';

describe('time findings: a thing an article tells on two weekdays', () => {
  it('does not hold the wire\'s Thursday against the table that tells Thursday and Friday', () => {
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, '002_table.md': table }, '001_wire.txt', 'time-conflict'), []);
  });

  it('does not hold the table\'s Friday row against the wire\'s Thursday', () => {
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, '002_table.md': table }, '002_table.md', 'time-conflict'), []);
  });

  it('still holds a table that tells Friday alone against the wire\'s Thursday', () => {
    const found = findingsIn({ '001_wire.txt': wire, '002_table.md': fridayOnly }, '001_wire.txt', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['Thursday']);
  });
});
