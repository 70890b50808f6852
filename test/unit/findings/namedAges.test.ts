// An age told in apposition after a name ("Lena Marsh, 41,") is that person's: two sources giving the
// ages of two differently named residents are not one figure told twice.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figures: ages of differently named people', () => {
  const files = {
    '001_wire.txt': 'KESTLEY, March 9 (Wirepost) - A fire gutted a row of shops in Kestley on Sunday. ' +
      'Lena Marsh, 41, who runs a bakery on the street, said she woke to the smell of smoke.',
    '002_paper.txt': 'A fire gutted a row of shops in Kestley on Sunday. ' +
      'Tobias Ferrand, 38, who runs a bakery on the street, said he woke to the smell of smoke.',
    '003_blog.md': 'A fire gutted a row of shops in Kestley on Sunday. ' +
      'Lena Marsh, 44, who runs a bakery on the street, said she woke to the smell of smoke.',
  };
  it('does not hold one named person\'s age against another\'s', () => {
    assert.deepEqual(findingsIn(files, '002_paper.txt', 'figure-conflict').map((f) => f.message), []);
  });
  it('still holds two ages of the same named person against each other', () => {
    assert.equal(findingsIn(files, '003_blog.md', 'figure-conflict').length, 1);
  });
});

// Two relatives share a surname ("Ruth Halloway, 27" and her brother "Martin Halloway, 24"): the
// surname alone does not make their ages one figure.
describe('figures: ages of two people with one surname', () => {
  const files = {
    '001_wire.txt': 'DUNMERE, May 4 (Wirepost) - Ruth Halloway, 27, died after her car left the coast road near Dunmere on Saturday. ' +
      'The driver of the van, Peter Oakes, 58, was not hurt.',
    '002_paper.txt': 'Her brother, Martin Halloway, 24, read a statement from the family outside the court on Monday. ' +
      'He said Ruth had been driving home from a late shift.',
    '003_release.txt': 'The inquest heard that Ruth Halloway, 27, of Mill Row, Dunmere, died at the scene on Saturday.',
    '004_blog.md': 'Ruth Halloway, 29, died after her car left the coast road near Dunmere on Saturday.',
  };
  it('does not hold one relative\'s age against the other\'s', () => {
    assert.deepEqual(findingsIn(files, '002_paper.txt', 'figure-conflict').map((f) => f.message), []);
    assert.deepEqual(findingsIn(files, '003_release.txt', 'figure-conflict').map((f) => f.message).filter((m) => m.includes('24')), []);
  });
  it('still holds two ages of the same full name against each other', () => {
    assert.equal(findingsIn(files, '004_blog.md', 'figure-conflict').length, 1);
  });
});

// A single given name before an age ("Tamsin, 26,") and a name right after an age with no article
// ("15-year-old Brodie was") tell whose age it is, as a full name does: two swimmers' ages in like
// words are two quantities.
describe('figures: ages told with one name, before or after the age', () => {
  const files = {
    '001_wire.txt': 'PORTHALLOW, July 2 (Wirepost) - Two teenagers were pulled from the sea at Porthallow on Sunday. ' +
      'Lifeguards reached Tamsin Reyes at 14:10, and 15-year-old Brodie was brought ashore on a board at 14:10.',
    '002_paper.txt': 'Two teenagers were pulled from the sea at Porthallow on Sunday. ' +
      'Lifeguards reached 17-year-old Ailsa on a board at 14:10 as she tired.',
    draft: 'Two teenagers were pulled from the sea at Porthallow on Sunday. ' +
      'Tamsin, 26, was brought ashore on a board at 14:10.',
  };
  it('does not hold one named swimmer\'s age against another\'s', () => {
    assert.deepEqual(findingsIn(files, 'draft', 'figure-conflict').map((f) => f.message), []);
  });
  it('still holds a name alone against the same name written in full', () => {
    const same = { ...files, '003_blog.md': 'Two teenagers were pulled from the sea at Porthallow on Sunday. Tamsin Reyes, 24, was brought ashore on a board at 14:10.' };
    assert.equal(findingsIn(same, 'draft', 'figure-conflict').length, 1);
  });
});
