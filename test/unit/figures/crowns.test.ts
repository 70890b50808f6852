// Scandinavian money: "kroner", "kronor", "NOK 60 million", and "crowns" after a scale or a nation.
// One measure for them all, so "NOK 60 million" and "60 million crowns" agree and a sum in kroner no
// source tells is unsourced, not matched to a bare number.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

function money(text: string): Array<[string, string | undefined, number]> {
  return analyzeArticle({ path: 'x.txt', text }).figures.filter((f) => f.unit === 'money').map((f) => [f.text, f.measure, f.value]);
}

describe('figures: crowns', () => {
  it('reads kroner, kronor, NOK and crowns after a scale or a nation as one currency', () => {
    assert.deepEqual(money('The ferry line put the cost at NOK 60 million.'), [['NOK 60 million', 'KR', 60e6]]);
    assert.deepEqual(money('The ferry line put the cost at 60 million kroner.'), [['60 million kroner', 'KR', 60e6]]);
    assert.deepEqual(money('Sales rose to 4.2 billion Swedish crowns.'), [['4.2 billion Swedish crowns', 'KR', 4.2e9]]);
    assert.deepEqual(money('Tickets cost 350 kronor.'), [['350 kronor', 'KR', 350]]);
  });

  it('leaves crowns that are no money alone', () => {
    assert.deepEqual(money('The skater has won two crowns this winter.'), []);
    assert.deepEqual(money('The dentist fitted 3 crowns.'), []);
  });

  it('calls a sum in kroner no source tells unsourced, and agrees across spellings', () => {
    const source = 'BERGVIK, May 3 (Coastwire) - The ferry line put the cost of the repairs at NOK 60 million, about 40 km of cable included.';
    const draft = (line: string) => `# Ferry repairs\n\n${line}`;
    const unsourced = findingsIn({ '001_wire.txt': source, 'draft_ferry.md': draft('Insurers put further claims at around 40 million kroner.') }, 'draft_ferry.md', 'unsourced-claim');
    assert.equal(unsourced.length, 1, JSON.stringify(unsourced));
    const same = findingsIn({ '001_wire.txt': source, 'draft_ferry.md': draft('The repairs will cost 60 million crowns.') }, 'draft_ferry.md', 'figure-conflict');
    assert.deepEqual(same, []);
    assert.deepEqual(findingsIn({ '001_wire.txt': source, 'draft_ferry.md': draft('The repairs will cost 60 million crowns.') }, 'draft_ferry.md', 'unsourced-claim'), []);
  });
});
