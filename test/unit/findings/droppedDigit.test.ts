// "blank for nine days before the crash" in one source, "for 19 days before the crash" in the rest: a
// duration with a digit dropped is one figure misreported, though the two numbers are more than twice
// apart (sources are otherwise held to each other only within a factor of two).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figures: a duration with a digit dropped, outvoted by the other sources', () => {
  const files = {
    '001_wire.txt': 'BRAYMOOR, Feb. 3 (Northwire) - The inquest heard the bus\'s rear sensor had been switched off for 17 days before the crash at Braymoor depot.',
    '002_paper.md': 'A depot engineer told the inquest the rear sensor had been switched off for 17 days before the crash.',
    '003_radio.txt': 'PRESENTER: The court heard the sensor on the bus had been off for seven days before the crash.',
    '004_blog.md': 'The rear sensor had been disabled for 17 days, the depot engineer said.',
  };
  it('holds the lone source against the others', () => {
    const found = findingsIn(files, '003_radio.txt', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
    assert.match(found[0].message, /17 days/);
  });
  it('flags a draft on the side of the many against the lone source', () => {
    const draft = { ...files, 'draft.md': 'The bus\'s rear sensor had been switched off for 17 days before the crash, the inquest heard.' };
    const found = findingsIn(draft, 'draft.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
    assert.match(found[0].message, /seven days/);
  });
  it('does not read durations of other measures as a digit dropped ("72 hours" / "seven days")', () => {
    const other = {
      '001_wire.txt': 'BRAYMOOR, Feb. 3 (Northwire) - Passengers have 72 hours to claim a refund before the crash fund closes.',
      '002_paper.md': 'Passengers have 72 hours to claim a refund before the crash fund closes, the operator said.',
      '003_radio.txt': 'PRESENTER: Passengers have seven days to claim a refund before the crash fund closes.',
      '004_blog.md': 'Passengers have 72 hours to claim a refund.',
    };
    assert.deepEqual(findingsIn(other, '003_radio.txt', 'figure-conflict').map((f) => f.message), []);
  });
  it('does not hold two durations of unlike numbers far apart ("17 days" / "42 days")', () => {
    const far = { ...files, '003_radio.txt': 'PRESENTER: The court heard the sensor on the bus had been off for 42 days before the crash.' };
    assert.deepEqual(findingsIn(far, '003_radio.txt', 'figure-conflict').map((f) => f.message), []);
  });
});
