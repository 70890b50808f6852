// "holds 27 of the 45 seats": a count taken from a whole its own sentence states right after it ("of
// the", "of our", "of the chamber's") is not held against a source's figure of the whole's number;
// that figure is the whole, which the draft tells too. Invented text only.
import { strict as assert } from 'node:assert';
import { findingsIn } from '../findings/review';

describe('figures: the whole a part is taken from', () => {
  it('does not hold a draft\'s part against the whole a source tells with an owner between', () => {
    const files = {
      '001_wire.txt': 'LANBURY, May 3 (Wirepost) - The ruling alliance holds 27 of the chamber\'s 45 seats, so the independents decide the vote.',
      'draft_vote.md': '# Vote\n\nWith the ruling alliance holding 27 of the 45 seats, the independents decide the vote.',
    };
    assert.deepEqual(findingsIn(files, 'draft_vote.md', 'figure-conflict'), []);
  });

  it('still holds a part told wrongly against the source\'s part', () => {
    const files = {
      '001_wire.txt': 'LANBURY, May 3 (Wirepost) - The ruling alliance holds 27 of the 45 seats, so the independents decide the vote.',
      'draft_vote.md': '# Vote\n\nWith the ruling alliance holding 29 of the 45 seats, the independents decide the vote.',
    };
    const found = findingsIn(files, 'draft_vote.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].message, /27/);
  });
});
