// A currency's price told in cents ("71.08 US cents", as wires quote the Australian dollar) is money
// of its own measure, and the value a change started from is held only to another starting value.
import { strict as assert } from 'node:assert';
import { analyzeArticle, reviewArticles } from '../../../server/src/analysis';
import type { Finding } from '../../../server/src/analysis/types';

function figureConflicts(files: Record<string, string>, path: string): Finding[] {
  const analyses = Object.entries(files).map(([p, text]) => analyzeArticle({ path: p, text }));
  const doc = reviewArticles(analyses).documents.find((d) => d.path === path);
  return (doc?.findings ?? []).filter((f) => f.kind === 'figure-conflict');
}

describe('figures: prices in cents', () => {
  it('reads "US cents" and "cents" as money, each its own measure', () => {
    const a = analyzeArticle({ path: 'fx.txt', text: 'The Australian dollar touched 71.08 US cents, and stamps rose to 95 cents.' });
    const byText = new Map(a.figures.map((f) => [f.text, f]));
    assert.equal(byText.get('71.08 US cents')?.unit, 'money');
    assert.equal(byText.get('71.08 US cents')?.measure, 'US cents');
    assert.equal(byText.get('95 cents')?.measure, 'cents');
  });

  it('a low in US cents with two digits swapped conflicts with the sources', () => {
    const files = {
      '001_fx.txt': 'SYDNEY, March 3 (Harbour Wire) - The Australian dollar sank to a low of 71.08 US cents after the jobs data.',
      'draft_fx.md': 'The Australian dollar sank to a low of 71.80 US cents after the jobs figures came out.',
    };
    const found = figureConflicts(files, 'draft_fx.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].message, /71\.08 US cents/);
  });

  it('where a fall started is not held against where it went ("from 72.30" / "below 72")', () => {
    const files = {
      '001_fx.txt': 'SYDNEY, March 3 (Harbour Wire) - The Australian dollar fell below 72 US cents after the jobs data.',
      'draft_fx.md': 'The Australian dollar fell from 72.30 US cents to 71.60 US cents after the jobs data.',
    };
    assert.deepEqual(figureConflicts(files, 'draft_fx.md'), []);
  });
});
