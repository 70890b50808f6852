// "the worst disruption at the airport since a fire in 2016", "where records began in 1881": a year a
// record's run began, told through the event that opened it, is a claim of the draft's as "since 2016"
// is; unsourced when no source writes the year. Not a year told of something else, nor one a source gives.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const SOURCES = {
  '001_wire.txt': 'HOLMBRIDGE, March 3 (Wirepost) - Flights at Holmbridge airport were grounded for six hours on Tuesday after a radar fault, the airport said.',
  '002_paper.txt': 'A radar fault grounded flights at Holmbridge airport for six hours on Tuesday, the airport said.',
};
const unsourced = (draft: string, extra: Record<string, string> = {}) =>
  findingsIn({ ...SOURCES, ...extra, 'draft_radar.md': draft }, 'draft_radar.md', 'unsourced-claim').map((f) => f.text);

describe('findings: the year a record run began, told through its event', () => {
  it('flags the record from its word to the year when no source writes the year', () => {
    assert.deepEqual(unsourced('A radar fault grounded flights at Holmbridge airport for six hours on Tuesday. It was the worst disruption at the airport since a fire in 2016.'),
      ['worst disruption at the airport since a fire in 2016']);
    assert.deepEqual(unsourced('A radar fault grounded flights at Holmbridge airport for six hours on Tuesday, the longest closure in a region where records began in 1881.'),
      ['records began in 1881']);
  });

  it('leaves a year of something else and a year a source writes alone', () => {
    assert.deepEqual(unsourced('A radar fault grounded flights at Holmbridge airport for six hours on Tuesday. The radar was installed by a contractor, and a fire in 2016 closed the airport too.'), []);
    assert.deepEqual(unsourced('A radar fault grounded flights at Holmbridge airport for six hours on Tuesday. It was the worst disruption at the airport since a fire in 2016.',
      { '003_radio.txt': 'The airport had a fire in 2016 that closed it for a day, and on Tuesday a radar fault grounded flights for six hours.' }), []);
  });
});
