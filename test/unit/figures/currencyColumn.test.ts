// "| Item | € | US$ (at 1.09) |" over "| Harbour repairs | 12 million | 13.1 million |": a bare number alone
// in a table cell is a sum in the currency its column's header names by sign or code, as "€12 million"
// would be; a column headed by a noun keeps its counts. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const figures = (text: string) => analyzeArticle({ path: '001_explainer.md', text }).figures.map((f) => [f.text.replace(/[*\s]+/g, ' ').trim(), f.unit, f.measure ?? null]);

describe('figures: a table column headed by a currency', () => {
  it('reads its cells as sums in that currency', () => {
    const text = '# What the flood will cost\n\n| Item | € | US$ (at 1.09) |\n|---|---|---|\n| Harbour repairs | 12 million | 13.1 million |\n| **Total** | **17 million** | **18.5 million** |\n';
    assert.deepEqual(figures(text).filter(([t]) => String(t).endsWith('million')), [
      ['12 million', 'money', 'EUR'], ['13.1 million', 'money', 'USD'], ['17 million', 'money', 'EUR'], ['18.5 million', 'money', 'USD'],
    ]);
  });

  it('reads a dollar with its country\'s letters and a code in capitals', () => {
    const text = '| Budget line | C$ | NZD |\n|---|---|---|\n| Snow clearing | 4.2 million | 5.1 million |\n';
    assert.deepEqual(figures(text).filter(([t]) => String(t).endsWith('million')), [['4.2 million', 'money', 'CAD'], ['5.1 million', 'money', 'NZD']]);
  });

  it('leaves a column headed by a noun a count', () => {
    const text = '| District | Crews | Budget |\n|---|---|---|\n| North | 140 | 2 million |\n';
    assert.deepEqual(figures(text).filter(([t]) => String(t).endsWith('140') || t === '2 million').map(([, u]) => u), ['count', 'count']);
  });
});
