import * as assert from 'node:assert/strict';
import { kindsInTurn, spread } from './goldBudget';

describe('tests over every gold set: a fixed budget', () => {
  it('spreads a few items over the whole list, the first kept, none twice', () => {
    const items = Array.from({ length: 66 }, (_, i) => i);
    const got = spread(items, 40);
    assert.equal(got.length, 40);
    assert.equal(got[0], 0);
    assert.equal(new Set(got).size, 40);
    assert.ok(got[39] >= 60, 'the end of the list is reached');
    assert.deepEqual(spread(items.slice(0, 5), 40), [0, 1, 2, 3, 4]);
  });

  it('shares a budget of changes among items, every kind applied, at least one each', () => {
    for (const count of [1, 7, 66, 150, 400]) {
      const all = Array.from({ length: count }, (_, i) => kindsInTurn(i, count, 10, 200));
      const total = all.reduce((n, ks) => n + ks.length, 0);
      assert.ok(all.every((ks) => ks.length >= 1 && new Set(ks).size === ks.length), `count ${count}`);
      assert.ok(total <= Math.max(200, count), `count ${count}: ${total} changes`);
      if (count * all[0].length >= 10) assert.equal(new Set(all.flat()).size, 10, `count ${count}`);
    }
    assert.deepEqual(kindsInTurn(0, 1, 10, 200), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Just past 100 items the budget is still spent, not halved to one change each.
    const past = Array.from({ length: 104 }, (_, i) => kindsInTurn(i, 104, 10, 200).length);
    assert.equal(past.reduce((a, b) => a + b, 0), 200);
  });
});
