// "Growers, led by Ifan Rhys of the Hill Growers' Union, had asked for 80 pence" / the draft's "could
// cope at 62 pence": what a party asked for and what was set are two quantities, so a figure told as
// asked for (requested, demanded, called for, sought) is held only to another figure told so.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { askedFor } from '../../../server/src/analysis/findings/askedFor';
import { analyzeArticle } from '../../../server/src/analysis';
import { articleClaims } from '../../../server/src/analysis/alignment/corpus';

const source = [
  '# Milk price: what changed',
  '',
  'The Dairy Board set the new farm-gate price at 62 pence a litre on Tuesday, up from 51 pence.',
  '',
  '- Growers, led by Ifan Rhys of the Hill Growers\' Union, had asked for 80 pence.',
].join('\n');

describe('figures: a figure asked for', () => {
  it('does not hold a figure against what a party had asked for', () => {
    const draft = '# Milk price rises\n\nIfan Rhys, head of the Hill Growers\' Union, said growers could "just about cope" at 62 pence.';
    assert.deepEqual(findingsIn({ '001_source.md': source, 'draft.md': draft }, 'draft.md', 'figure-conflict').map((f) => f.text), []);
  });

  it('still holds two figures each told as asked for', () => {
    const draft = '# Milk price rises\n\nThe Dairy Board set the price at 62 pence a litre. Growers, led by Ifan Rhys of the Hill Growers\' Union, had asked for 90 pence.';
    assert.deepEqual(findingsIn({ '001_source.md': source, 'draft.md': draft }, 'draft.md', 'figure-conflict').map((f) => f.text), ['90 pence']);
  });

  it('reads a request right before the figure, a few words at most', () => {
    const text = 'The union had requested a rise of 7% and the board offered 3%. Nurses are demanding 12%. They asked for time, and got 4%. ' +
      'Peak demand of 310 MW was met. Demand for power reached 290 MW. Growers called for a floor price of 40 pence.';
    const article = analyzeArticle({ path: 'a.txt', text });
    const refs = articleClaims(article).figures;
    const asked = refs.filter(askedFor).map((r) => r.figure.text);
    assert.deepEqual(asked, ['7%', '12%', '40 pence']);
  });
});
