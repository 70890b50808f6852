// "Velde was also critical of the owners. “…,” she said.": the person "she" stands for is named in the
// sentence right before; when the credit is in dispute, the finding takes in that name with the
// quotation, as it does a name beside the quotation (creditAfterQuote.test.ts). Not across a claim of
// its own in between ("Velde, 44, …"), which the squiggle would mark as disputed too.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('attribution findings: a pronoun credit named in the sentence before', () => {
  const paper = '# Pier collapse\n\nThe pier at Selmouth gave way on Saturday.\n\n' +
    'Mara Velde was also critical of the pier owners. “The old timbers simply gave way under the crowd,” she said.\n';
  const wire = 'SELMOUTH, June 7 (Coastwire) - Tomas Hale, the pier owner, said: "The old timbers simply gave way under the crowd."\n';

  it('marks the name and the quotation', () => {
    const found = findingsIn({ '001_paper.md': paper, '002_wire.txt': wire }, '001_paper.md', 'attribution-conflict');
    assert.equal(found.length, 1);
    assert.ok(found[0].text.startsWith('Mara Velde was also critical'), found[0].text);
    assert.ok(found[0].text.includes('she'), found[0].text);
  });

  it('leaves the name out when a figure stands between', () => {
    const aged = paper.replace('Mara Velde was also', 'Mara Velde, 44, was also');
    const found = findingsIn({ '001_paper.md': aged, '002_wire.txt': wire }, '001_paper.md', 'attribution-conflict');
    assert.equal(found.length, 1);
    assert.ok(!found[0].text.includes('Velde'), found[0].text);
  });
});
