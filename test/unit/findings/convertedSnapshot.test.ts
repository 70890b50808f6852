// A sum converted in brackets ("£2.2bn ($2.75bn)") is the writer's arithmetic: it is no snapshot of
// its own, so two sources converting different sums told at the same moment do not disagree.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: a converted sum at a clock time', () => {
  const files = {
    '001_wire.txt': 'LONDON, May 4 (Wirepost) - Halberd agreed the takeover at 1100 GMT. The deal values its equity at about £2.2bn ($2.75bn) and gives it an enterprise value of £3.1bn.',
    '002_blog.txt': 'Markets Live | Tuesday 4 May 2027\nAll times GMT.\n\n11:00\nIt is official: Halberd agreed the takeover at 11am. Equity value about £2.2bn; enterprise value £3.1bn ($3.9bn).',
  };

  it('is not held against another converted sum of the same moment', () => {
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_blog.txt', 'figure-conflict'), []);
  });

  it('the sums themselves still are', () => {
    const wrong = { ...files, '002_blog.txt': files['002_blog.txt'].replace('£3.1bn', '£3.6bn') };
    assert.equal(findingsIn(wrong, '002_blog.txt', 'figure-conflict').length, 1);
  });
});
