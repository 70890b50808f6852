// "fell to 5.2% in March, down from 6.8% in February" where the sources say "to 5.2% in March from
// 5.6% in February" (and give 6.8% to March a year before): two changes that went to the same value,
// each started in the same month, are one change, so their starting values are one quantity, though
// the draft's number is stated of another month. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '000_wire.txt': 'VESTRA, April 14 (Harbour Wire) - Unemployment in Vestra fell to 5.2% in March from 5.6% in February, the labour office said on Tuesday. A year earlier, in March 2026, Vestra’s unemployment rate stood at 6.8%.',
  '001_paper.md': 'Published April 14, 2027\n\nThe jobless rate dropped to 5.2% in March, down from 5.6% in February. A year earlier, in March 2026, the unemployment rate was 6.8%.',
  '002_radio.txt': 'Broadcast April 14, 2027\n\nThe unemployment rate eased to 5.2% in March, from 5.6% in February, its lowest in four years. The unemployment rate was 6.8% in March 2026.',
};
const draft = (start: string) => `Vestra's unemployment rate fell to 5.2% in March, down from ${start} in February, the labour office said.`;

describe('figure findings: the start of one change told of the same month', () => {
  it("flags a draft's start that the sources give to another month", () => {
    const found = findingsIn({ ...sources, 'draft_jobs.md': draft('6.8%') }, 'draft_jobs.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '6.8%');
  });

  it('leaves the right start alone', () => {
    assert.deepEqual(findingsIn({ ...sources, 'draft_jobs.md': draft('5.6%') }, 'draft_jobs.md', 'figure-conflict'), []);
  });

  it('does not hold a start told of another month to it', () => {
    const other = `Vestra's unemployment rate fell to 5.2% in March, down from 6.8% in March 2026, the labour office said.`;
    assert.deepEqual(findingsIn({ ...sources, 'draft_jobs.md': other }, 'draft_jobs.md', 'figure-conflict'), []);
  });
});
