// A share of a group ("41 per cent of residents") no source gives as a share is unsourced, though a
// source has the number as something else ("by 52 votes to 41"); a source's share of it sources it.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'KESTON, June 9 (Wirepost) - The county council approved the new bypass by 52 votes to 41 on Monday, after a four-hour debate.';

describe('figures: a share no source gives as a share', () => {
  it('is unsourced though a source has its number as a vote', () => {
    const files = {
      '001_wire.txt': wire,
      'draft_bypass.md': '# Bypass approved\n\nThe council approved the bypass by 52 votes to 41. A survey last month found that 41 per cent of residents opposed it.',
    };
    const found = findingsIn(files, 'draft_bypass.md', 'unsourced-claim');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].text, /41 per cent/);
  });

  it('is sourced by a source that gives the share', () => {
    const files = {
      '001_wire.txt': wire + ' A survey found 41% of residents opposed the road.',
      'draft_bypass.md': '# Bypass approved\n\nThe council approved the bypass by 52 votes to 41. A survey last month found that 41 per cent of residents opposed it.',
    };
    assert.deepEqual(findingsIn(files, 'draft_bypass.md', 'unsourced-claim'), []);
  });
});
