// A sum told before a charge and one told with the charge in it are two quantities ("£1,150 per
// permit before a processing fee" / "£1,250 including a £100 processing fee"): not a conflict, in
// sources or in a draft; the same sum on the same side of the charge still is.
import { strict as assert } from 'node:assert';
import { chargeBasisOf } from '../../../server/src/analysis/alignment/charges';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const before = 'Brankley council will charge landlords a licence fee of 3.2 million pounds a year, the equivalent of 1,150 pounds per flat before a processing charge.';
const aboutBefore = 'Landlords will pay £3.2 million a year, which works out at about £1,150 per licence before processing charges.';
const including = 'Landlords will pay an annual licence fee of £3.2 million. Each licence costs £1,250 per year including a £100 processing charge.';

function figureConflicts(files: Record<string, string>, path: string): string[] {
  return findingsIn(files, path, 'figure-conflict').map((f) => f.text);
}

describe('alignment: the side of a charge a sum is told on', () => {
  const basisOf = (text: string, sum: string) => {
    const a = analyzeArticle({ path: '001_x.txt', text });
    const f = a.figures.find((x) => x.text.includes(sum));
    assert.ok(f, `no figure ${sum}`);
    return chargeBasisOf(a.text, f);
  };

  it('reads "before a fee", "including a £100 fee", "after tax", "excluding VAT"', () => {
    assert.equal(basisOf(before, '1,150'), 'without');
    assert.equal(basisOf(aboutBefore, '1,150'), 'without');
    assert.equal(basisOf(including, '1,250'), 'with');
    assert.equal(basisOf('Profit was $4.2 million after tax, the bank said.', '4.2'), 'with');
    assert.equal(basisOf('Tickets cost €45 excluding VAT and booking fees.', '45'), 'without');
  });

  it('reads "plus VAT" as the price the tax is still to go on, "inc VAT" as the price with it', () => {
    assert.equal(basisOf('The council sells compost bins at £18 plus VAT.', '18'), 'without');
    assert.equal(basisOf('Each bin costs £21.60 inc VAT from the depot.', '21.60'), 'with');
    assert.equal(basisOf('Each bin costs £18 ex VAT from the depot.', '18'), 'without');
  });

  it('reads no side without a charge named, or past the clause', () => {
    assert.equal(basisOf('The fund paid out £2.4m before the deadline in March.', '2.4'), null);
    assert.equal(basisOf('The fine was £800; before that, fees were waived.', '800'), null);
  });
});

describe('findings: a sum before a charge and one with it', () => {
  it('sources are not held to each other, though two of them agree', () => {
    const files = { '001_wire.txt': before, '002_paper.txt': including, '003_blog.md': aboutBefore };
    assert.deepEqual(figureConflicts(files, '001_wire.txt'), []);
    assert.deepEqual(figureConflicts(files, '002_paper.txt'), []);
    assert.deepEqual(figureConflicts(files, '003_blog.md'), []);
  });

  it('a draft on one side is not held to a source on the other', () => {
    const files = { '001_wire.txt': including, 'draft_fees.md': 'Landlords will pay £1,150 for each flat before a processing charge.' };
    assert.deepEqual(figureConflicts(files, 'draft_fees.md'), []);
  });

  it('a price plus VAT and the price including VAT are two sums', () => {
    const files = {
      '001_wire.txt': 'The council is also offering residents compost bins at 18 pounds plus VAT.',
      '002_blog.md': '- Compost bins on offer at £21.60 including VAT',
    };
    assert.deepEqual(figureConflicts(files, '001_wire.txt'), []);
    assert.deepEqual(figureConflicts(files, '002_blog.md'), []);
  });

  it('the same side of the charge still conflicts', () => {
    const files = { '001_wire.txt': including, 'draft_fees.md': 'Each licence costs £1,350 per year including a £100 processing charge.' };
    assert.deepEqual(figureConflicts(files, 'draft_fees.md'), ['£1,350']);
  });
});
