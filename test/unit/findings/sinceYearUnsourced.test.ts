// "It was the worst flood in the valley since 1954": a draft's year after "since" that no source
// writes anywhere is a claim no source makes; one that a source writes, in any words, is not; nor is
// one inside a quotation. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('unsourced findings: a draft\'s "since <year>" that no source writes', () => {
  const sources = {
    '001_wire.txt': 'ARDEN, March 3 (Coastwire) - The river Lune burst its banks at Arden on Tuesday, flooding 240 homes.\n',
    '002_paper.md': '# Arden floods\n\nThe Lune flooded 240 homes in Arden on Tuesday. The town\'s flood wall was built in 1971.\n',
  };

  it('flags the year no source gives', () => {
    const draft = '# Floods in Arden\n\nThe Lune flooded 240 homes in Arden on Tuesday. It was the worst flood in the valley since 1954.\n';
    const found = findingsIn({ ...sources, 'draft_arden.md': draft }, 'draft_arden.md', 'unsourced-claim');
    assert.deepEqual(found.map((f) => f.text), ['since 1954']);
  });

  it('leaves a year a source writes, and one inside a quotation', () => {
    const draft = '# Floods in Arden\n\nThe Lune flooded 240 homes in Arden on Tuesday, the worst since 1971. "I have farmed here since 1962," said one resident.\n';
    // (The quotation itself is unsourced as a quotation; its year is not a claim of its own.)
    const years = findingsIn({ ...sources, 'draft_arden.md': draft }, 'draft_arden.md', 'unsourced-claim').filter((f) => /^since/.test(f.text));
    assert.deepEqual(years.map((f) => f.text), []);
  });
});
