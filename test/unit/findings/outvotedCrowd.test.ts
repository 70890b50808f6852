// Two sources tell one finished count of a crowd alike ("In all, 47 people testified"); a third tells
// it as another number of a crowd doing the same thing ("Fifty-seven residents testified"): the third
// is outvoted. A crowd that did something else ("attended") may be another crowd. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  '001_wire.txt': 'GRANTSVILLE, Utah, March 3 (Desert Wire) - The planning board heard the landfill expansion plan on Tuesday night. In all, 47 people testified, most of them against the plan.',
  // Undated: it tells the number alike, but is no third source of the same day (sidedByThird).
  '002_paper.txt': 'The landfill hearing drew a full room. In all, 47 people testified before the board adjourned.',
  '003_radio.txt': 'GRANTSVILLE, Utah, March 3 (KGVR) - The landfill hearing lasted three hours. Fifty-seven residents testified, our reporter counted, and a vote is due next month.',
};

describe('figures: a crowd outvoted in like words', () => {
  it('flags the lone count of the crowd that did the same thing', () => {
    assert.equal(findingsIn(files, '003_radio.txt', 'figure-conflict').length, 1);
  });

  it('leaves a crowd that did something else alone', () => {
    const other = { ...files, '003_radio.txt': 'GRANTSVILLE, Utah, March 3 (KGVR) - The landfill hearing lasted three hours. Fifty-seven residents attended, our reporter counted, and a vote is due next month.' };
    assert.deepEqual(findingsIn(other, '003_radio.txt', 'figure-conflict'), []);
  });
});
