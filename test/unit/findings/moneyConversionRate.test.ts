// "a fee of £30 ($43.50)" in a draft, where two sources convert the same £30 at one rate ("£30 ($38.10)",
// "£30 (about $38)"): the draft's arithmetic went wrong, though its amount is less than a quarter away
// (one source's conversion alone leaves room for another outlet's rate). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'KENDAL, May 12 (Northwire) - The Lakes park authority will charge a parking fee of £30 ($38.10) a day at Brackmere from June, officials said.';
const guide = '# What the Brackmere fee means\n\nFrom June, a day at Brackmere costs £30 (about $38) in parking, the park authority says.';
const draft = (fee: string) => `# Brackmere parking fee\n\nThe park authority will charge a parking fee of ${fee} a day at Brackmere from June.`;

describe('findings: a draft\'s conversion that two sources\' one rate does not meet', () => {
  it('holds the draft\'s converted sum to the sources\' conversions of the same sum', () => {
    const found = findingsIn({ '001_wire.txt': wire, '002_guide.md': guide, 'draft_fee.md': draft('£30 ($43.50)') }, 'draft_fee.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '$43.50');
  });

  it('lets a conversion near the sources\' stand, and holds none to one source alone', () => {
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, '002_guide.md': guide, 'draft_fee.md': draft('£30 ($39)') }, 'draft_fee.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, 'draft_fee.md': draft('£30 ($43.50)') }, 'draft_fee.md', 'figure-conflict'), []);
  });
});
