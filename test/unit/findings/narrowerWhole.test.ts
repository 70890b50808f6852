// "about 34 percent of all delivery vans on Danish roads" / "38.4 per cent of all new delivery vans": a
// share of all of a kind narrowed by a word of its own ("new") and a share of all of the kind are
// shares of two wholes (findings/figures.ts otherWholes, narrowerKinds). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = 'Electric vans made up 38.4 per cent of all new delivery vans registered in Denmark in April, the road agency said.';

describe('findings: a share of a narrower whole', () => {
  it('does not hold a share of all of a kind against a share of all new ones', () => {
    const files = {
      '001_release.txt': release,
      'draft.md': 'Electric vans made up about 34 percent of all delivery vans on Danish roads in April, the road agency said.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.message), []);
  });

  it('still holds two shares of the same whole that differ', () => {
    const files = {
      '001_release.txt': release,
      'draft.md': 'Electric vans made up 34.8 percent of all new delivery vans registered in Denmark in April, the road agency said.',
    };
    assert.equal(findingsIn(files, 'draft.md', 'figure-conflict').length, 1);
  });
});
