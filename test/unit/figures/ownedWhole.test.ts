// "six of our 20 depots", "six of the city's 20 depots": with an owner between "of" and the whole,
// the whole is still no snapshot of the moment. (The part is not read as a count of the whole's
// thing: "Three of the chamber's 151 members were absent" then met a vote's breakdown at its minute.)
import { strict as assert } from 'node:assert';
import { findingsIn } from '../findings/review';

describe('figures: a part of an owned whole', () => {
  it('does not hold the whole against another source\'s part at the same time', () => {
    const files = {
      '001_wire.txt': 'ORLAN, May 3 (Wirepost) - A flood warning covered six of the province\'s 20 districts until 18:00 on Saturday, officials said.',
      '002_release.txt': 'ORLAN, May 3 (Wirepost) - The flood warning stays in force for six districts until 18:00 on Saturday.',
      'draft_flood.md': '# Flood warning\n\nA flood warning is in force.',
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_release.txt', 'figure-conflict'), []);
  });
});
