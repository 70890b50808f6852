// "At 06:15 a valve cracked … Evacuation of nearby homes began at 07:02": "began" there is a later
// step of the story (an evacuation, a rescue, passengers led off a train), not its onset, since the
// article tells a moment before it. The story's start told with "occurred" elsewhere is not held
// against it; the earliest cued time of an article is still its onset.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'HARTWELL, May 4 (Coastwire) - A gas leak occurred at 6:15 a.m. on Tuesday at the Brayford fertiliser plant in Hartwell, the company said. About 300 workers were sent home.';
const operator = 'Tuesday 4 May 2027\n\nBrayford Nitrates: statement on the Hartwell leak\n\n' +
  'At 06:15, a valve at the plant\'s ammonia store cracked, releasing gas into the yard. ' +
  'Evacuation of nearby homes began at 07:02, and about 300 workers were sent home.';
const bulletin = 'Tuesday 4 May 2027\n\nHartwell leak: what we know\n\n' +
  '| Time | What happened |\n|---|---|\n| 6.15am | Valve cracks at the ammonia store |\n| 7.02am | Residents begin leaving their homes |\n';

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
