// "Harbour pilot Mara Quill … Mayor Tobias Quill … “…,” Quill said … “…,” Mayor Quill added": a surname
// two people share, told after one of them as a person of its own ("Mayor Quill"), is still read in
// order for whose it is: a role right before it that just one of them holds names that one, and the
// surname alone right after one is told in full names that one. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const draft = 'Harbour pilot Mara Quill said the channel would stay shut until Friday.\n\n' +
  'Mayor Tobias Quill, speaking at the town hall, said the council had set aside money for repairs.\n\n' +
  '"We have never had a storm like this one," Quill said. "The quay will be rebuilt."\n\n' +
  'He thanked the lifeboat crews.\n\n' +
  '"Keep away from the sea wall until the engineers have checked it," Mayor Quill added.';

describe('people: a surname two people share, told with a role one of them holds', () => {
  const a = analyzeArticle({ path: 'draft.md', text: draft });

  it('gives "Quill said" and "Mayor Quill" to the mayor', () => {
    assert.equal(a.people.find((p) => p.key === 'tobias quill')?.mentions.length, 3);
    assert.equal(a.people.find((p) => p.key === 'mara quill')?.mentions.length, 1);
    assert.equal(a.people.find((p) => p.key === 'quill'), undefined);
  });

  it('so does not call the mayor\'s own words another person\'s', () => {
    const wire = 'PORT QUAY, Jan 8 (Coast Wire) - "We have never had a storm like this one," Mayor Tobias Quill told reporters.';
    assert.deepEqual(findingsIn({ '000_wire.txt': wire, 'draft.md': draft }, 'draft.md', 'attribution-conflict'), []);
  });
});
