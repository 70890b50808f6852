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
    assert.deepEqual(found.map((f) => f.text), ['worst flood in the valley since 1954']);
  });

  // The record is the claim: marked from its word ("first", "worst", "third") to the year, within the clause.
  it('marks the record with its year, and the year alone where the clause names no record', () => {
    const first = '# Floods in Arden\n\nThe Lune flooded 240 homes in Arden on Tuesday. It is the first time the council has closed the Arden bridge for floods since 1968.\n';
    const found = findingsIn({ ...sources, 'draft_arden.md': first }, 'draft_arden.md', 'unsourced-claim');
    assert.deepEqual(found.map((f) => f.text), ['first time the council has closed the Arden bridge for floods since 1968']);
    const plain = '# Floods in Arden\n\nThe Lune flooded 240 homes in Arden on Tuesday. The first homes were cleared, and the bridge has stood since 1968.\n';
    const alone = findingsIn({ ...sources, 'draft_arden.md': plain }, 'draft_arden.md', 'unsourced-claim');
    assert.deepEqual(alone.map((f) => f.text), ['since 1968']);
  });

  // "the worst since March 1954": a month before the year names the record's start as closely.
  it('flags a month and year no source gives', () => {
    const draft = '# Floods in Arden\n\nThe Lune flooded 240 homes in Arden on Tuesday. It was the worst flood in the valley since March 1954.\n';
    const found = findingsIn({ ...sources, 'draft_arden.md': draft }, 'draft_arden.md', 'unsourced-claim');
    assert.deepEqual(found.map((f) => f.text), ['worst flood in the valley since March 1954']);
    const told = findingsIn({ ...sources, 'draft_arden.md': draft.replace('March 1954', 'March 1971') }, 'draft_arden.md', 'unsourced-claim');
    assert.deepEqual(told.map((f) => f.text), []);
  });

  it('leaves a year a source writes, and one inside a quotation', () => {
    const draft = '# Floods in Arden\n\nThe Lune flooded 240 homes in Arden on Tuesday, the worst since 1971. "I have farmed here since 1962," said one resident.\n';
    // (The quotation itself is unsourced as a quotation; its year is not a claim of its own.)
    const years = findingsIn({ ...sources, 'draft_arden.md': draft }, 'draft_arden.md', 'unsourced-claim').filter((f) => /^since/.test(f.text));
    assert.deepEqual(years.map((f) => f.text), []);
  });
});
