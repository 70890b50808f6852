// "so we are talking about a cut of nearly twenty million tonnes" / "down to no more than about 30
// million tonnes": how much a thing changed and the level it comes to are two quantities, whatever
// they count (sourcesSameQuantity, toldAsChangeAmount). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const radio = 'In 2020 the plant\'s emissions came to fifty million tonnes, so we are talking about a cut of nearly twenty million tonnes a year by the end of the decade.';

describe('findings: a change told by its amount is no level', () => {
  it('does not hold a cut\'s amount against a level another source gives', () => {
    const files = {
      '001_radio.txt': radio,
      '002_explainer.md': 'Brakel Chemie must bring its emissions from 50 million tonnes in 2020 down to no more than about 30 million tonnes in 2031.',
    };
    assert.deepEqual(findingsIn(files, '001_radio.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_explainer.md', 'figure-conflict'), []);
  });

  it('still holds two levels that differ', () => {
    const files = {
      '001_radio.txt': 'Brakel Chemie\'s emissions must come down to about 20 million tonnes a year by 2031.',
      '002_explainer.md': 'Brakel Chemie must bring its emissions from 50 million tonnes in 2020 down to no more than about 30 million tonnes in 2031.',
    };
    assert.equal(findingsIn(files, '001_radio.txt', 'figure-conflict').length, 1);
  });
});
