// "For a flat priced at 400,000 crowns, the duty would rise from 8,000 crowns today to 14,000 crowns" /
// "A flat costing 400,000 crowns pays 8,000 crowns today and 12,000 crowns from July": two sentences
// that state the same two givens of the figure's kind work one sum out of them, whatever their other
// words (findings/figures.ts sharedGivens). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const explainer = 'From July the stamp duty on first homes goes up. A flat costing 400,000 crowns pays 8,000 crowns today and 12,000 crowns from July, an extra 4,000 crowns.';

describe('findings: one sum worked out of the same givens', () => {
  it('holds the draft\'s sum against the source\'s', () => {
    const files = {
      '001_explainer.md': explainer,
      'draft.md': 'For a flat priced at 400,000 crowns before fees, the duty bill would rise from 8,000 crowns today to 14,000 crowns.',
    };
    const found = findingsIn(files, 'draft.md', 'figure-conflict');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /12,000 crowns/);
  });

  it('does not hold it where only one given is shared', () => {
    const files = {
      '001_explainer.md': explainer,
      'draft.md': 'For a flat priced at 400,000 crowns before fees, the duty bill would rise to 14,000 crowns.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.message), []);
  });
});
