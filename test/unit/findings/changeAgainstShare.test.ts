// "Tram ridership was up 23 per cent on a normal Monday" / "Monday's total was roughly a fifth of usual
// traffic": a percentage told as a change and one told as a share of a named whole are two
// quantities, not one told wrongly (findings/changeShare.ts). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: a change against a share', () => {
  const files = {
    '001_radio.txt': 'CITY RADIO 88.4 - MORNING LINE\nBroadcast: Monday 9 March 2026, 09:30\n\nPRESENTER: Good morning.\n\nMIRELA DASK: Ridership on the tram between seven and nine this morning was up twenty-three per cent on a normal Monday. The trams were full but they moved.\n',
    '002_explainer.md': '# What the bus strike means\n\n*City Ledger · Tuesday 10 March 2026*\n\nOn a normal weekday the same routes carry about 96,000 people, so Monday\'s total was roughly a fifth of usual traffic.\n',
    'draft_strike.md': '# Bus strike\n\nBuses stayed in depots on Monday.',
  };

  it('does not hold the change against the share', () => {
    assert.deepEqual(findingsIn(files, '001_radio.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_explainer.md', 'figure-conflict'), []);
  });

  it('still holds two changes against each other', () => {
    const changed = { ...files, '002_explainer.md': '# What the bus strike means\n\nRidership on the tram this morning was up thirty-eight per cent on a normal Monday, the operator said.\n' };
    assert.equal(findingsIn(changed, '002_explainer.md', 'figure-conflict').length, 1);
  });
});
