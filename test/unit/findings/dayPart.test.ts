// A count a source ties only to a day ("Ninety-eight passengers … want to travel on tonight") may be a
// part of the whole or one of the day's snapshots: when the same source also states the draft's number of
// the same thing, it does not contradict the draft.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

const briefing = 'Published June 4, 2027\n\nHARBOURMASTER: There were two hundred and twelve passengers on the ferry. ' +
  'Ninety-eight passengers have told us they want to travel on tonight.';

describe('figure findings: a part tied to a day', () => {
  it('a source that states the whole too does not contradict it', () => {
    const files = { '001_briefing.txt': briefing, 'draft_ferry.md': 'The Islay Belle was carrying 212 passengers on Friday, June 4, when it lost power.' };
    assert.deepEqual(figureConflicts(files, 'draft_ferry.md'), []);
  });

  it('a whole the source does not state still conflicts with the day\'s count', () => {
    const files = { '001_briefing.txt': briefing, 'draft_ferry.md': 'The Islay Belle was carrying 221 passengers on Friday, June 4, when it lost power.' };
    assert.equal(figureConflicts(files, 'draft_ferry.md').length, 1);
  });
});
