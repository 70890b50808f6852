// "$15 million (about €16.3 million)" where a source converts the same sum to "about €13.8 million" at
// 0.92 euros to the dollar: the draft divided by the rate instead of multiplying, and its conversion is
// wrong though the two lie closer than two outlets' rates are otherwise allowed to part. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = 'PORT AUTHORITY OF DELVANO\n\nThe Authority will spend $15 million (about €13.8 million) on new cranes at the container terminal in 2027, the board said on Monday.';
const draft = (euros: string) => `# Delvano buys cranes\n\nThe port authority of Delvano will spend $15 million (about €${euros} million) on new cranes at its container terminal next year.`;
const flagged = (euros: string) => findingsIn({ '001_release.txt': release, 'draft.md': draft(euros) }, 'draft.md', 'figure-conflict').map((f) => f.text);

describe('figures: a conversion at the rate the wrong way round', () => {
  it('holds a conversion made with the inverse rate against the source\'s conversion', () => {
    assert.deepEqual(flagged('16.3'), ['about €16.3 million']);
  });

  it('leaves a conversion at another outlet\'s rate, or one rounded otherwise', () => {
    assert.deepEqual(flagged('14.3'), []);
    assert.deepEqual(flagged('15.6'), []);
  });
});
