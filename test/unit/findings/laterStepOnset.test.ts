// "At 06:12 a valve cracked … Evacuation of nearby homes began at 07:02": an article whose first time
// told with "began" is 07:02 but which tells the wire's onset minute (06:12) as a moment of its own is
// telling a later step (an evacuation, passengers led off a train), so the two onsets are not one
// moment; a draft's onset is still held to the wire's where neither tells the other's minute.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'HARTWELL, May 4 (Coastwire) - A gas leak occurred at 6:12 a.m. on Tuesday at the Brayford fertiliser plant in Hartwell, the company said. About 300 workers were sent home.';
const operator = 'Tuesday 4 May 2027\n\nBrayford Nitrates: statement on the Hartwell leak\n\n' +
  'At 06:12, a valve at the plant\'s ammonia store cracked, releasing gas into the yard. ' +
  'Evacuation of nearby homes began at 07:02, and about 300 workers were sent home.';
const bulletin = 'Tuesday 4 May 2027\n\nHartwell leak: what we know\n\n' +
  '| Time | What happened |\n|---|---|\n| 6.12am | Valve cracks at the ammonia store |\n| 7.02am | Residents begin leaving their homes |\n';

describe('time findings: a later step told with "began" is not the story\'s onset', () => {
  it('does not hold the wire\'s "occurred at" against an evacuation that "began" later', () => {
    const files = { '001_wire.txt': wire, '002_operator.txt': operator, '003_bulletin.md': bulletin };
    for (const path of Object.keys(files)) assert.deepEqual(findingsIn(files, path, 'time-conflict').map((f) => f.text), [], path);
  });

  it('still holds a draft\'s onset against the wire\'s', () => {
    const files = {
      '001_wire.txt': wire,
      '002_operator.txt': operator,
      'draft.md': 'The trouble began at 6.55am on Tuesday, when gas escaped from a tank at the Brayford site.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'time-conflict').map((f) => f.text), ['6.55am']);
  });
});
