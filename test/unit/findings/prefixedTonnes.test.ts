// "48 gigatonnes of CO2" where the sources tell "48 megatonnes" or "48 million tonnes": a unit's prefix
// is a scale word, and the same number a thousand times off is one figure misreported, not a figure no
// source gives (otherScale). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_release.txt': 'In 2021 Baltic Cement was responsible for 48 megatonnes of CO2 from its kilns and the fuel it burns.',
  '002_wire.txt': 'Baltic Cement reported emissions of 48 million tonnes of CO2 in 2021, the regulator said on Friday.',
};

describe('findings: a mass told at another prefix of the tonne', () => {
  it('holds gigatonnes against the sources\' megatonnes', () => {
    const files = { ...sources, 'draft_cement.md': 'Baltic Cement was responsible for 48 gigatonnes of CO2 in 2021, the regulator said.' };
    const found = findingsIn(files, 'draft_cement.md', 'figure-conflict');
    assert.equal(found.length, 1);
    assert.equal(findingsIn(files, 'draft_cement.md', 'unsourced-claim').length, 0);
  });

  it('leaves the same mass told in megatonnes alone', () => {
    const files = { ...sources, 'draft_cement.md': 'Baltic Cement was responsible for 48 megatonnes of CO2 in 2021, the regulator said.' };
    assert.deepEqual(findingsIn(files, 'draft_cement.md', 'figure-conflict'), []);
  });
});
