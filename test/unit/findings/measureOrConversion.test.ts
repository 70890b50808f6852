// "the ash column reached 3,500 metres above the summit, or about 11,500 feet": the figure after "or"
// converts the measure before it, rightly, and carries no error of its own. The measure carries the
// conflict with the sources' height; a second squiggle on its conversion counted one disagreement
// twice. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  '000_wire.txt': 'QUITO, May 4 (Andes Wire) - Mount Tarqui erupted before dawn on Monday, sending a column of ash 3,000 metres (about 9,800 feet) above its summit and forcing the closure of the airport.',
  '001_release.txt': 'According to the Geophysics Institute, the eruption produced an ash column approximately 3,000 metres above the summit of Mount Tarqui, drifting to the west.',
  '002_radio.txt': 'BEN: The institute says the ash column went up three thousand metres above the summit, so about ten thousand feet.',
  '003_explainer.md': 'Tarqui erupted at 5:42am local time. The institute said the ash column reached 3,500 metres above the summit, or about 11,500 feet, before the wind carried it west.',
};

describe('findings: a measure converted after "or"', () => {
  it('flags the measure, not its right conversion', () => {
    assert.deepEqual(findingsIn(files, '003_explainer.md', 'figure-conflict').map((f) => f.text), ['3,500 metres']);
  });

  it('still flags the measure of each source on the other side', () => {
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'figure-conflict').map((f) => f.text), ['3,000 metres']);
  });
});
