// A source's figure tied to a day ("the closing price … on 10 May") is that day's; another source's
// figure tied to no time is of its own story's day. Two different days: two snapshots, no conflict.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: a figure tied to another day than the other story\'s', () => {
  const notice = 'Halberd Inc.\n11 May 2029\n\nThe closing price per Halberd share was $23.00 on 10 May 2029.';

  it('is not held against a figure of no time in a story of another day', () => {
    const files = { '001_daily.txt': 'Markets Daily\n11 May 2029\n\nThe closing price per Halberd share was $25.10.', '002_notice.txt': notice };
    assert.deepEqual(findingsIn(files, '001_daily.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_notice.txt', 'figure-conflict'), []);
  });

  it('is held against one in a story of that very day', () => {
    const files = { '001_daily.txt': 'Markets Daily\n10 May 2029\n\nThe closing price per Halberd share was $25.10.', '002_notice.txt': notice };
    assert.equal(findingsIn(files, '001_daily.txt', 'figure-conflict').length, 1);
  });
});
