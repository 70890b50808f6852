// A draft's sum in a currency no source uses, where the sources give the very same sum in like words
// in another currency, is the currency misread.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figures: the same sum in another currency', () => {
  const files = {
    '001_wire.txt': 'CARDELL, April 8 (Wirepost) - The county board approved a $480,000 flood relief grant for farmers on Tuesday.',
    'draft.md': 'The county board approved a €480,000 flood relief grant for farmers on Tuesday.',
  };
  it('flags a draft\'s sum told in another currency than the sources\' same sum', () => {
    assert.equal(findingsIn(files, 'draft.md', 'figure-conflict').length, 1);
  });
  it('leaves a sum in the sources\' own currency alone', () => {
    const right = { ...files, 'draft.md': files['draft.md'].replace('€', '$') };
    assert.equal(findingsIn(right, 'draft.md', 'figure-conflict').length, 0);
  });
});
