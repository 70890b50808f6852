// WordShapes answers "certainly not in the set" only for words that are not in it: a member, or any
// word equal to one, is always let through to the set's own look-up.
import { strict as assert } from 'node:assert';
import { WordShapes } from '../../../server/src/analysis/text/wordShapes';
import { seeded as rng } from '../robustness/arbitraries';

describe('word shapes', () => {
  it('lets every member through and turns away words no member is shaped like', () => {
    const members = ['a', 'an', 'twelve', 'dozen', 'usd', 'half', 'x'.repeat(40)];
    const shapes = new WordShapes(members);
    for (const w of members) assert.ok(shapes.mayHave(w.slice(0)), w);
    assert.equal(shapes.mayHave('the'), false);
    assert.equal(shapes.mayHave('said'), false);
    assert.equal(shapes.mayHave('é'), false);
    // Longer words share a bucket: a long word with a member's ends is let through (then looked up).
    assert.equal(shapes.mayHave('x'.repeat(50)), true);
  });

  it('never turns away a member, among random sets and words, non-ASCII ends included', () => {
    const random = rng(37);
    const letters = 'abcdeAZ’é-.1';
    const word = (): string => {
      let w = '';
      const length = Math.floor(random() * 6);
      for (let k = 0; k < length; k++) w += letters[Math.floor(random() * letters.length)];
      return w;
    };
    for (let round = 0; round < 200; round++) {
      const set = new Set(Array.from({ length: 1 + Math.floor(random() * 20) }, word));
      const shapes = new WordShapes(set);
      for (let n = 0; n < 200; n++) {
        const w = word();
        if (set.has(w)) assert.ok(shapes.mayHave(w), JSON.stringify(w));
      }
      for (const w of set) assert.ok(shapes.mayHave(w), JSON.stringify(w));
    }
  });

  it('turns away a word of the same length whose ends no member has', () => {
    const shapes = new WordShapes(['one']);
    assert.equal(shapes.mayHave('two'), false);
  });
});
