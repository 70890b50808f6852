// A duration told with a weekday on both sides ("delayed by 40 minutes on Friday") is one event's
// measure, not a snapshot of a count: the weekdays are still held to each other.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_wire.txt': 'HOLBECK, June 4 (Northwire) - The first sailing of the new Holbeck ferry, on Friday morning, left the quay 40 minutes late after a fault in its ramp hydraulics.',
  '002_paper.txt': 'The first sailing of the Holbeck ferry left the quay on Friday morning 40 minutes late, held up by a fault in the ramp hydraulics.',
};

describe('time findings: a weekday told with a duration', () => {
  it('holds the weekday of one event told with the same duration on both sides', () => {
    const files = { ...sources, 'draft.md': 'The first sailing of the Holbeck ferry, on Thursday morning, left the quay 40 minutes late because of a fault in the ramp hydraulics.' };
    const found = findingsIn(files, 'draft.md', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['Thursday']);
  });

  it('still leaves counts told on two weekdays as snapshots', () => {
    const counts = {
      '001_wire.txt': 'HOLBECK, June 6 (Northwire) - The first sailing of the Holbeck ferry carried 212 passengers on Friday morning.',
      '002_paper.txt': 'The first sailing of the Holbeck ferry carried 180 passengers on Saturday morning.',
    };
    assert.deepEqual(findingsIn(counts, '002_paper.txt', 'time-conflict'), []);
  });
});
