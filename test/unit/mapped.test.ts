// mapped() stands in for Array.prototype.map where the engine's lists are made: it must give the
// same elements in the same order, with the same index passed, on the gold sets' words and on
// random lists (empty ones too), and a list of its own (not the input).
import { strict as assert } from 'node:assert';
import { mapped } from '../../server/src/analysis/mapped';
import { corpora } from './incremental/corpora';
import { seeded as rng } from './robustness/arbitraries';

describe('mapped', () => {
  it('gives what map gives on the gold sets\' words', () => {
    for (const set of corpora()) {
      for (const f of set.files) {
        const words = f.text.split(/\s+/);
        const fn = (w: string, i: number) => `${i}:${w.toLowerCase()}`;
        assert.deepEqual(mapped(words, fn), words.map(fn), f.path);
      }
    }
  });

  it('gives what map gives on random lists of numbers and objects', () => {
    const next = rng(14);
    for (let round = 0; round < 200; round++) {
      const n = Math.floor(next() * 12);
      const items = Array.from({ length: n }, () => ({ start: Math.floor(next() * 1000), end: next() * 1000 }));
      const fn = (s: { start: number; end: number }, i: number) => (i % 2 === 0 ? s.end - s.start : { at: s.start, i });
      const got = mapped(items, fn);
      assert.deepEqual(got, items.map(fn));
      assert.notEqual(got as unknown, items as unknown);
    }
  });
});
