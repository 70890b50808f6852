// "you're listening to Harbour Hour on Radio Kestrel" … "TOMAS RIDLEY [recorded]: …": a clip played on
// air was said where it was recorded (here a news conference the presenter names), not to the station
// whose sign-on opens the transcript. The clip takes no venue from the sign-on, so a wire that has the
// same words told to a news conference is no attribution conflict; a guest's live turn still is. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const show = (label: string) => [
  'RADIO KESTREL',
  'HARBOUR HOUR',
  '',
  'PETRA VANCE: Good evening, you\'re listening to Harbour Hour on Radio Kestrel. The mayor, Tomas Ridley, spoke to a news conference this morning about the ferry contract:',
  '',
  `${label}: This ferry contract is a scandal from start to finish.`,
  '',
  'PETRA VANCE: Strong words from the mayor. Now to the weather with Anselm Graf.',
  '',
  'ANSELM GRAF: Thank you, Petra. Rain all weekend, I am afraid.',
].join('\n');

const wire = 'PORTHALLOW, June 4 (Coastwire) - "This ferry contract is a scandal from start to finish," Mayor Tomas Ridley told a news conference on Thursday.';

describe('findings: a recorded clip in a transcript is not said to the station', () => {
  it('gives a clip marked [recorded] or (RECORDED) no venue from the sign-on', () => {
    for (const label of ['TOMAS RIDLEY [recorded]', 'TOMAS RIDLEY (RECORDED)', '[CLIP] TOMAS RIDLEY (MAYOR)']) {
      const files = { '001_show.txt': show(label), '002_wire.txt': wire };
      assert.deepEqual(findingsIn(files, '001_show.txt', 'attribution-conflict'), [], label);
      assert.deepEqual(findingsIn(files, '002_wire.txt', 'attribution-conflict'), [], label);
    }
  });

  it('still gives a live turn the station of the sign-on', () => {
    const files = { '001_show.txt': show('TOMAS RIDLEY'), '002_wire.txt': wire };
    assert.equal(findingsIn(files, '002_wire.txt', 'attribution-conflict').length, 1);
  });
});
