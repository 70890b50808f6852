// A rise told over a stated stretch ("had climbed 37% in the 18 months before the bid") is another
// quantity than a premium or a day's move in like words: not a conflict (and, with no source for
// its number, unsourced).
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { overPeriod } from '../../../server/src/analysis/alignment/period';
import { findingsIn } from './review';

const source = 'LEEDS, June 4 (Wirepost) - The offer is a 22% premium to Marlow Tools\' undisturbed share price before the approach became public, the company said.';

describe('figure findings: a change over a stated stretch', () => {
  it('is not held against a premium in like words', () => {
    const draft = 'Marlow Tools\' shares had climbed 37% in the 18 months before the approach became public.';
    const files = { '001_wire.txt': source, 'draft_marlow.md': draft };
    assert.deepEqual(findingsIn(files, 'draft_marlow.md', 'figure-conflict'), []);
    assert.equal(findingsIn(files, 'draft_marlow.md', 'unsourced-claim').length, 1);
  });

  it('a premium that moves the source\'s number still conflicts', () => {
    const draft = 'The offer is a 27% premium to Marlow Tools\' undisturbed share price before the approach became public.';
    assert.equal(findingsIn({ '001_wire.txt': source, 'draft_marlow.md': draft }, 'draft_marlow.md', 'figure-conflict').length, 1);
  });

  it('reads the stretch after the figure or before it, and not a calendar stretch', () => {
    const stretch = (text: string, figure: string) => {
      const a = analyzeArticle({ path: 'x.txt', text });
      const f = a.figures.find((x) => x.text === figure);
      assert.ok(f, `no figure ${figure} in ${JSON.stringify(a.figures.map((x) => x.text))}`);
      return overPeriod(a.text, f);
    };
    assert.equal(stretch('Its shares rose 12% over the past year.', '12%'), true);
    assert.equal(stretch('Its shares are up 9% so far this year.', '9%'), true);
    assert.equal(stretch('The stock posted a 12-month gain of 41% before the bid.', '41%'), true);
    assert.equal(stretch('Its shares closed up 6% on Tuesday.', '6%'), false);
    assert.equal(stretch('Sales rose 4% in the first quarter.', '4%'), false);
    assert.equal(stretch('Sales rose 4% in the 26 weeks to 5 October.', '4%'), false);
    assert.equal(stretch('Sales rose 4% in the 26 weeks.', '4%'), true);
    // A stretch naming what was voted on is no stretch of the vote's share.
    assert.equal(stretch('Teachers voted to accept a two-year pay offer by 58.3% to 41.7%.', '58.3%'), false);
    assert.equal(stretch('Members accepted the two-year deal, by 58.3% to 41.7%.', '58.3%'), false);
    assert.equal(stretch('The index posted a two-year rise of 5% to the end of June.', '5%'), true);
  });
});
