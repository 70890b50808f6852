// A price told per amount of a good ("a kilo", "per litre", "/kg") is a price of that amount: a
// source's per-litre conversion of a per-kilo price is another quantity, never held against it.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const blog = '# LIVE: honey market\n\n*Market Live · Tuesday 7 October 2025 · All times CEST*\n\n' +
  '**18:05** Closing prices. Traders at Setúbal reported wholesale honey deals at €6.80 per kilo this evening, up from €6.52 in the morning.\n';
const trade = '# Honey climbs\n\n**Apiary Trade Review** | Thursday 9 October 2025\n\n' +
  'Wholesale honey traded at **€6.80/kg** at Setúbal on Tuesday, roughly €6.20 a litre. That is up 9% from €6.24/kg at the start of September.\n';

describe('figures: a price per amount of a good', () => {
  it('does not hold a price per litre against one per kilo of the same day', () => {
    const files = { '001_blog.md': blog, '002_trade.md': trade };
    assert.deepEqual(findingsIn(files, '002_trade.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_blog.md', 'figure-conflict'), []);
  });

  it('still holds a price per kilo against another per kilo', () => {
    const files = {
      '001_blog.md': blog, '002_trade.md': trade,
      'draft_honey.md': '# Honey\n\nWholesale honey traded at €7.60 a kilo at Setúbal on Tuesday, roughly €6.20 a litre.',
    };
    const found = findingsIn(files, 'draft_honey.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '€7.60');
  });
});
