// "1,360 of its 1,750 crew members had stopped work" in two sources and "one thousand six hundred and
// thirty of our members" from the union's leader on air: a ship's or a line's crew is a crowd of
// people like its members, and an exact count with two neighbouring digits swapped is one count
// misreported, held back from the side the odd source's own check holds (each side of a dispute is a
// finding against the other). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: a crew count with swapped digits', () => {
  const files = {
    '001_wire.txt': 'Tram drivers strike in Varna\n\nVARNA, March 9 (Blackwire) - Tram drivers walked out on Monday. The city operator said 1,360 of its 1,750 crew members did not go to work, and most lines did not run.',
    '002_explainer.md': '# Why Varna\'s trams stopped\n\n*Varna Ledger · Tuesday 10 March 2026*\n\n- Crew members on strike: **1,360** of Varna Transit\'s 1,750 crew\n- Lines run: 2 of 14\n',
    '003_radio.txt': 'RADIO VARNA - EVENING LINE\nBroadcast: Monday 9 March 2026, 19:00\n\nPRESENTER: How many of your people stayed at home today?\n\nPETAR DONEV: One thousand six hundred and thirty of our members did not go to work today. That is almost every driver in the city, and they stopped work for their pay.\n',
    'draft_trams.md': '# Tram strike\n\nTrams stayed in depots on Monday.',
  };

  it('holds the odd source against the others', () => {
    assert.equal(findingsIn(files, '003_radio.txt', 'figure-conflict').length, 1);
  });

  it('holds the others against the odd source', () => {
    assert.equal(findingsIn(files, '001_wire.txt', 'figure-conflict').length, 1);
  });
});
