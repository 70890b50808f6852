// sharedWord hands back plain.slice(start, end), sharing the string of a word read before; sharedLower
// its lower case. Only the bytes allocated may differ from slicing: every answer equals the slice.
import { strict as assert } from 'node:assert';
import { hashUnit, sharedLower, sharedWord, sharedWordHashed } from '../../../server/src/analysis/text/wordStrings';
import { seeded as rng } from '../robustness/arbitraries';

describe('shared word strings', () => {
  it('equal the slice and its lower case, and share a word read again', () => {
    const plain = 'The mayor said The MAYOR said Zoë ÉCOLE straße İstanbul';
    const first = sharedWord(plain, 0, 3);
    assert.equal(first, 'The');
    assert.equal(sharedLower(first), 'the');
    assert.equal(sharedWord(plain, 15, 18), 'The');
    assert.equal(sharedLower('The'), 'the');
    for (const [s, e] of [[4, 9], [19, 24], [30, 33], [34, 39], [40, 46], [47, 55]]) {
      const w = sharedWord(plain, s, e);
      assert.equal(w, plain.slice(s, e));
      assert.equal(sharedLower(w), plain.slice(s, e).toLowerCase());
    }
    assert.equal(sharedWord(plain, 5, 5), '');
    const long = 'x'.repeat(40);
    assert.equal(sharedWord(long, 0, 40), long);
    assert.equal(sharedLower(long), long);
  });

  it('answers as slicing does over many words, colliding slots included', () => {
    const random = rng(29);
    const letters = 'abcAB’-éZ';
    for (let n = 0; n < 20000; n++) {
      let word = '';
      const length = 1 + Math.floor(random() * 6);
      for (let k = 0; k < length; k++) word += letters[Math.floor(random() * letters.length)];
      const plain = ` ${word} `;
      const w = sharedWord(plain, 1, 1 + word.length);
      assert.equal(w, word);
      // Sometimes a lower case asked after another word was read: still that word's lower case.
      if (n % 7 === 0) sharedWord('zz', 0, 2);
      assert.equal(sharedLower(w), word.toLowerCase());
    }
  });

  it('answers the same given the hash a scanner made as it read the word', () => {
    const random = rng(31);
    const letters = 'abcAB’-éZ.';
    for (let n = 0; n < 20000; n++) {
      let plain = ' ';
      const length = 1 + Math.floor(random() * 30);
      for (let k = 0; k < length; k++) plain += letters[Math.floor(random() * letters.length)];
      plain += ' ';
      let h = 0;
      for (let i = 1; i < plain.length - 1; i++) h = hashUnit(h, plain.charCodeAt(i));
      // Read both ways, in either order: the same word, and the same lower case.
      const a = n % 2 === 0 ? sharedWordHashed(plain, 1, plain.length - 1, h) : sharedWord(plain, 1, plain.length - 1);
      assert.equal(a, plain.slice(1, -1));
      assert.equal(sharedLower(a), plain.slice(1, -1).toLowerCase());
      const b = n % 2 === 0 ? sharedWord(plain, 1, plain.length - 1) : sharedWordHashed(plain, 1, plain.length - 1, h);
      assert.equal(b, plain.slice(1, -1));
    }
  });
});
