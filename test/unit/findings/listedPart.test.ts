// A part given as the whole: "two primary schools (310 pupils) and the secondary school (190)" in a
// source, "closed two primary schools and the secondary school …, keeping 310 pupils at home" in a
// draft. The source's 310 is the primary schools' count, no support for the draft's whole.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_blog.md': 'All three schools in Varnby were closed on Monday: two primary schools (310 pupils) and the secondary school (190). That is 500 children at home.',
  '002_wire.txt': 'Two primary schools and the secondary school in Varnby were closed on Monday, affecting 500 pupils, the council said.',
  '003_release.txt': 'The three schools in Varnby have 500 pupils, 310 of them at primary level, and were closed on Monday.',
};

describe('figure findings: a listed part\'s count given as the whole', () => {
  it('flags the draft that tells the part\'s count of all the schools', () => {
    const draft = 'The council closed two primary schools and the secondary school in Varnby on Monday, keeping 310 pupils at home.';
    const found = findingsIn({ ...sources, 'draft_varnby.md': draft }, 'draft_varnby.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(draft.slice(found[0].span.start, found[0].span.end), '310 pupils');
  });

  it('leaves the part\'s count told of the part alone', () => {
    const part = 'The council closed two primary schools in Varnby on Monday, keeping 310 pupils at home.';
    assert.deepEqual(findingsIn({ ...sources, 'draft_varnby.md': part }, 'draft_varnby.md', 'figure-conflict'), []);
    const named = 'The council closed two primary schools and the secondary school in Varnby on Monday, keeping 310 primary pupils at home.';
    assert.deepEqual(findingsIn({ ...sources, 'draft_varnby.md': named }, 'draft_varnby.md', 'figure-conflict'), []);
  });
});
