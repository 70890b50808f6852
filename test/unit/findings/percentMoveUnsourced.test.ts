// "Calloway shares fell 9 percent": a move told as a percentage is sourced by a percentage, not by a
// count that happens to have its number ("nine people were hurt"). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figures: a percentage move no source tells', () => {
  const sources = {
    '001_wire.txt': 'LEEDS, May 7 (Wirepost) - An explosion at a Calloway Chemicals plant near Leeds injured nine people on Thursday, the fire service said. Trading in Calloway shares was halted pending an announcement.',
  };
  const draft = 'An explosion at a Calloway Chemicals plant injured nine people on Thursday. Calloway shares fell 9 percent on Friday.';
  it('is unsourced though a source has its number as a count', () => {
    const found = findingsIn({ ...sources, 'draft.md': draft }, 'draft.md', 'unsourced-claim');
    assert.ok(found.some((f) => f.text.startsWith('9 percent')), JSON.stringify(found));
  });
  it('is sourced by a source percentage', () => {
    const told = { '001_wire.txt': sources['001_wire.txt'] + ' Calloway shares fell 9% in early trading on Friday.', 'draft.md': draft };
    assert.equal(findingsIn(told, 'draft.md', 'unsourced-claim').filter((f) => f.text.startsWith('9')).length, 0);
  });
});
