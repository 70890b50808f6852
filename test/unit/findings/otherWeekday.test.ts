// "By Wednesday evening, 1,490 …" in a wire whose dateline has no year, "By Friday, more than 2,300 …"
// in a draft with no dateline: counts told of two different weekdays are two snapshots, though
// neither day of the month is known. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figures: counts told of different weekdays', () => {
  it('does not hold a count by one weekday against a count by another', () => {
    const files = {
      '001_wire.txt': 'HARTFELL, May 6 (Wirepost) - By Wednesday evening, 1,490 hotel bookings had been cancelled across the valley, the council said.',
      'draft_valley.md': 'By Friday, more than 2,300 hotel bookings had been cancelled across the valley.',
    };
    assert.deepEqual(findingsIn(files, 'draft_valley.md', 'figure-conflict').map((f) => f.message), []);
  });

  it('still holds counts told of the same weekday', () => {
    const files = {
      '001_wire.txt': 'HARTFELL, May 6 (Wirepost) - By Wednesday evening, 1,490 hotel bookings had been cancelled across the valley, the council said.',
      'draft_valley.md': 'By Wednesday evening, 2,300 hotel bookings had been cancelled across the valley.',
    };
    assert.equal(findingsIn(files, 'draft_valley.md', 'figure-conflict').length, 1);
  });

  it('still holds a count told of an event on another weekday (the weekday itself may be the slip)', () => {
    const files = {
      '001_wire.txt': 'HARTFELL, May 5 2026 (Wirepost) - The Hartfell mill said on Tuesday it would cut 420 jobs, about 14% of its staff.',
      'draft_mill.md': 'The Hartfell mill said on Wednesday it would cut 420 jobs, roughly 19% of its staff.',
    };
    assert.equal(findingsIn(files, 'draft_mill.md', 'figure-conflict').length, 1);
  });
});
