// A sum no source states that is a source's sum misreported, digits swapped ("€2,358" for
// "€2,385") or at another scale ("$12 million" for "$12 billion"), is a conflict with that sum,
// not a new fact called unsourced.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const source = 'The brewer agreed to buy its Danish rival on Monday in a deal worth about $12 billion. ' +
  'Shareholders will get €2,385 a share, the company said.';

function kinds(draft: string): string[] {
  const found = [...findingsIn({ '001_wire.txt': source, 'draft_deal.md': draft }, 'draft_deal.md', 'figure-conflict'),
    ...findingsIn({ '001_wire.txt': source, 'draft_deal.md': draft }, 'draft_deal.md', 'unsourced-claim')];
  return found.map((f) => f.kind);
}

describe('findings: a sum misreported', () => {
  it('the same sum at another scale word conflicts', () => {
    assert.deepEqual(kinds('The takeover values the Copenhagen firm at about $12 million.'), ['figure-conflict']);
  });

  it('a sum with two neighbouring digits swapped conflicts, in any words', () => {
    assert.deepEqual(kinds('Holders are offered €2,358 per share.'), ['figure-conflict']);
  });

  it('a sum of another currency, or another number, stays unsourced', () => {
    assert.deepEqual(kinds('Holders are offered £2,358 per share.'), ['unsourced-claim']);
    assert.deepEqual(kinds('The takeover values the Copenhagen firm at about $19 million.'), ['unsourced-claim']);
  });
});

describe('findings: a sum misreported at another scale, "about" dropped', () => {
  const estimate = 'Police put the first estimate for the search at about NOK 3.7 million, mostly overtime.';
  const found = (draft: string) => {
    const files = { '001_paper.txt': estimate, 'draft_search.md': draft };
    return [...findingsIn(files, 'draft_search.md', 'figure-conflict'), ...findingsIn(files, 'draft_search.md', 'unsourced-claim')].map((f) => f.kind);
  };

  it('a bare sum at another scale word conflicts with an "about" sum of the same number', () => {
    assert.deepEqual(found('The search has cost NOK 3.7 billion so far.'), ['figure-conflict']);
  });

  it('a bound at another scale word stays unsourced', () => {
    assert.deepEqual(found('The search has cost more than NOK 3.7 billion so far.'), ['unsourced-claim']);
  });
});
