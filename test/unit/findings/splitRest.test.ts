// "by 58.3% to 41.7%" / "by 58.1% to 41.9%": the second share of a vote's split is the rest of the
// first, so when both splits make 100 the disagreement is one (on the first share), not two. A share
// that does not make 100 with the one before it is a claim of its own and still held.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: the rest of a split told as its second share', () => {
  const wire = 'Published May 6, 2027\n\nMembers of the Pellow Teachers Association voted to accept the offer by 58.3% to 41.7%, on a turnout of 66%, the association said on Thursday.';
  const release = 'Published May 6, 2027\n\nThe Pellow Teachers Association said members had accepted the offer by 58.3% to 41.7% on a 66% turnout.';

  it('flags a source\'s split once, on its first share', () => {
    const files = {
      '001_wire.txt': wire,
      '002_release.txt': release,
      '003_blog.md': 'Teachers in Pellow accepted the offer by 58.1% to 41.9%, with turnout at 66%.',
    };
    const conflicts = findingsIn(files, '003_blog.md', 'figure-conflict');
    assert.deepEqual(conflicts.map((c) => c.text), ['58.1%'], JSON.stringify(conflicts));
  });

  it('still flags a second share that is not the rest of the first', () => {
    const files = {
      '001_wire.txt': wire,
      '002_release.txt': release,
      '003_blog.md': 'Teachers in Pellow accepted the offer by 58.3% to 44.7%, with turnout at 66%.',
    };
    const conflicts = findingsIn(files, '003_blog.md', 'figure-conflict');
    assert.deepEqual(conflicts.map((c) => c.text), ['44.7%'], JSON.stringify(conflicts));
  });

  it('holds the first shares of two splits to each other, told among other shares and after a stretch', () => {
    const files = {
      '001_wire.txt': 'Published May 6, 2027\n\nMembers of the Pellow Teachers Association voted to accept a two-year pay offer by 58.3% to 41.7%, on a turnout of 66%.',
      '002_release.txt': 'Published May 6, 2027\n\nThe Pellow Teachers Association said members accepted the two-year pay offer, by 58.3% to 41.7%, on a 66% turnout.',
      '003_blog.md': 'Teachers in Pellow accept the pay offer by 58.1% to 41.9% on a 66% turnout, and 12% of schools will close early.',
      'draft.md': 'Pellow teachers have voted to accept a two-year pay offer by 58.3% to 41.7%.',
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'figure-conflict').map((c) => c.text), ['58.3%']);
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((c) => [c.text, c.against.map((a) => a.label)]), [['58.3%', ['003']]]);
  });
});
