// A weekday told alone in a draft ("on Friday evening") is held to a source's weekday for the same
// event when their clauses share four words, at a lower likeness than three shared words need, as
// for clock times.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = 'HARBOUR WATER LTD - STATEMENT\nKestrel Bay, 5 June 2026\n\nHarbour Water confirms that supply has been restored to all homes in the Kestrel Bay district following the burst at its Marsh Lane pumping station on the evening of Thursday 4 June 2026.\n\nCrews worked through the night.';
const draft = (day: string) => `# Kestrel Bay left dry\n\nTaps ran dry across Kestrel Bay after a burst at a pumping station on ${day} evening, leaving hundreds of families without water.`;

describe('time findings: a weekday in four shared words', () => {
  it('flags the wrong weekday for the event the source dates', () => {
    const found = findingsIn({ '001_release.txt': release, 'draft_bay.md': draft('Friday') }, 'draft_bay.md', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['Friday']);
  });

  it('leaves the right weekday alone', () => {
    assert.deepEqual(findingsIn({ '001_release.txt': release, 'draft_bay.md': draft('Thursday') }, 'draft_bay.md', 'time-conflict'), []);
  });
});
