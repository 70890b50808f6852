// Volumes and flows ("cubic feet per second", "cu ft/s", "m³/s", "cfs", "acre-feet") are units of
// their own, not the length in their name. Sentences are our own, not from any corpus.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function counted(body: string): [string, string | null][] {
  return analyzeArticle({ path: 'story.txt', text: body }).figures.map((f) => [f.text, f.counted]);
}

describe('figures: volumes and flows', () => {
  it('reads a flow in words, in symbols and in one word', () => {
    assert.deepEqual(counted('The weir passed 1,250 cubic feet per second at dawn and 40 cubic metres a second by noon.'), [
      ['1,250 cubic feet per second', 'ft³/s'], ['40 cubic metres a second', 'm³/s'],
    ]);
    assert.deepEqual(counted('Release: 1,250 cu ft/s (35 m³/s), later 900 cfs.'), [
      ['1,250 cu ft/s', 'ft³/s'], ['35 m³/s', 'm³/s'], ['900 cfs', 'ft³/s'],
    ]);
  });

  it('reads a stored volume, and keeps a plain length a length', () => {
    assert.deepEqual(counted('The lake holds 8,100 acre-feet, about 10 million cubic metres, behind a wall 40 feet high.'), [
      ['8,100 acre-feet', 'acre-ft'], ['about 10 million cubic metres', 'm³'], ['40 feet', 'foot'],
    ]);
  });
});
