// "nearly 90,000 litres" in a draft where the sources say "about 78,000 litres": the draft's round
// number is just under 90,000, and neither number lies within the other's reach, so the draft rounded
// wrong, though the two ranges touch. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: "nearly" against "about"', () => {
  const wire = 'GDANSK, May 12 (Baltic Wire) - A tanker leaked about 78,000 litres of fuel oil into the harbour on Tuesday, the port authority said.\n';
  const paper = '# Harbour leak\n\nThe port authority said the tanker leaked about 78,000 litres of fuel oil before divers sealed the hull.\n';
  const draft = (n: string) => `# Tanker leak in Gdansk\n\nA tanker leaked nearly ${n} litres of fuel oil into the harbour on Tuesday, the port authority said.\n`;

  it('flags a "nearly" figure that does not reach the sources\' "about" figure', () => {
    const found = findingsIn({ '001_wire.txt': wire, '002_paper.md': paper, 'draft.md': draft('90,000') }, 'draft.md', 'figure-conflict');
    assert.equal(found.length, 1);
  });

  it('keeps a "nearly" figure whose range holds the sources\' number', () => {
    const found = findingsIn({ '001_wire.txt': wire, '002_paper.md': paper, 'draft.md': draft('80,000') }, 'draft.md', 'figure-conflict');
    assert.equal(found.length, 0);
  });
});
