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
