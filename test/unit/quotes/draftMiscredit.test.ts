// A draft that changes one word of a quotation ("rarely the highest" for "rarely the tallest") and credits
// it to the speaker most sources name is a misquote against those sources, and a misattribution against a
// source that credits the same words by name to someone else: each finding is held where it stands; not between two people of one surname (round 47, a
// held-out set). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from '../findings/review';

const sources: Record<string, string> = {
  '000_wire.txt': 'BERGEN, June 9 (Wirepost) - "The first surge is rarely the tallest, so keep away from the quay until we say so," said Ingrid Solheim, the harbour authority\'s duty officer.',
  '001_release.txt': 'HARBOUR AUTHORITY\n\n"The first surge is rarely the tallest, so keep away from the quay until we say so," duty officer Ingrid Solheim said.',
  '002_explainer.md': '# What happened\n\n"The first surge is rarely the tallest, so keep away from the quay until we say so," said Anders Vik, director of the harbour authority.',
};

describe('quotes: a draft\'s changed word in words a source credits to another', () => {
  it('flags the credit against the source naming someone else, and the words against the speaker\'s sources', () => {
    const draft = '# Surge\n\n"The first surge is rarely the highest, so keep away from the quay until we say so," Ingrid Solheim, the duty officer, said.';
    const files = { ...sources, 'draft_surge.md': draft };
    const credit = findingsIn(files, 'draft_surge.md', 'attribution-conflict');
    assert.equal(credit.length, 1, JSON.stringify(credit.map((f) => f.message)));
    assert.match(credit[0].message, /Anders Vik/);
    assert.equal(findingsIn(files, 'draft_surge.md', 'quote-mismatch').length, 1);
  });

  it('flags no credit between two people of one surname, where a name read short is likelier than a miscredit', () => {
    const kin = { ...sources, '002_explainer.md': sources['002_explainer.md'].replace('said Anders Vik, director', 'said Berit Solheim, director') };
    const draft = '# Surge\n\n"The first surge is rarely the highest, so keep away from the quay until we say so," Ingrid Solheim, the duty officer, said.';
    const files = { ...kin, 'draft_surge.md': draft };
    assert.deepEqual(findingsIn(files, 'draft_surge.md', 'attribution-conflict'), []);
    assert.equal(findingsIn(files, 'draft_surge.md', 'quote-mismatch').length, 1);
  });

  it('flags no credit when every source names the draft\'s speaker', () => {
    const same = { ...sources, '002_explainer.md': sources['002_explainer.md'].replace('said Anders Vik, director of the harbour authority', 'said Ingrid Solheim, the duty officer') };
    const draft = '# Surge\n\n"The first surge is rarely the highest, so keep away from the quay until we say so," Ingrid Solheim, the duty officer, said.';
    assert.deepEqual(findingsIn({ ...same, 'draft_surge.md': draft }, 'draft_surge.md', 'attribution-conflict'), []);
  });
});
