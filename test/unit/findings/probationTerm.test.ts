// "two years suspended for three years": a probation is told after its term and set exactly. Another
// defendant's "suspended for three years", after another term, is no support for it, and a source's
// "suspended for four years" after the same term is the probation misreported (no rounding lets 3
// and 4 years meet, as it would for a duration told loosely).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '000_wire.txt': 'RIGA, April 9 (Wirepost) - A Riga court gave harbour clerk Inga Vilks two years suspended for five years and a fine. Her co-defendant, broker Janis Ozols, got 1 year and 6 months, suspended for four years.',
  '001_blog.md': '# Harbour bribes verdict\n\n**11:10** — Inga Vilks: 2 years, suspended for 5 years. Janis Ozols: 1 year 6 months, suspended for 4 years.',
};

describe('findings: a probation told after its term', () => {
  it('holds the draft\'s probation to the one told after the same term, not to another defendant\'s', () => {
    const draft = 'A Riga court gave harbour clerk Inga Vilks two years suspended for four years and a fine.';
    assert.deepEqual(findingsIn({ ...sources, 'draft.md': draft }, 'draft.md', 'figure-conflict').map((f) => f.text), ['four years']);
  });
  it('leaves the right probation alone', () => {
    const draft = 'A Riga court gave harbour clerk Inga Vilks two years suspended for five years and a fine.';
    assert.deepEqual(findingsIn({ ...sources, 'draft.md': draft }, 'draft.md', 'figure-conflict').map((f) => f.text), []);
  });
});
