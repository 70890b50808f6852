// "the loan-to-value ratio on new mortgages was 0.84", "a ratio of 2.35": a bare number told as a ratio
// counts that ratio and is compared with the same ratio elsewhere; "about 0.9" of a ratio told to one
// decimal is that ratio rounded (0.85–0.95), so a source's 0.84 is not it. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const figure = (text: string, words: string) => {
  const f = analyzeArticle({ path: 'a.txt', text }).figures.find((x) => x.text === words);
  assert.ok(f, `no figure "${words}"`);
  return f;
};

describe('figures: a number told as a ratio', () => {
  it('counts the ratio the words before it name', () => {
    assert.equal(figure('The loan-to-value ratio on new mortgages was 0.84 in March.', '0.84').counted, 'ratio');
    assert.equal(figure('The fund kept a cover ratio of 2.35 through the year.', '2.35').counted, 'ratio');
    // A number after another clause is not the ratio's.
    assert.equal(figure('The ratio fell, and 12 banks reported losses.', '12 banks').counted, 'bank');
  });

  it('reads about on one decimal as that ratio rounded', () => {
    const f = figure('The loan-to-value ratio was about 0.9 in March.', 'about 0.9');
    assert.ok(Math.abs(f.interval.low - 0.85) < 1e-9 && Math.abs(f.interval.high - 0.95) < 1e-9, JSON.stringify(f.interval));
  });

  it('holds a draft\'s badly rounded ratio against the sources', () => {
    const sources = {
      '001_wire.txt': 'OSLEN, May 2 (Nordwire) - The loan-to-value ratio on new mortgages was 0.84 in April, the regulator said.',
      '002_paper.md': '# Mortgage lending\n\nThe loan-to-value ratio on new mortgages was 0.84 in April, a record.',
    };
    const run = (draft: string) => findingsIn({ ...sources, 'draft.md': draft }, 'draft.md', 'figure-conflict').map((f) => f.text);
    assert.deepEqual(run('The loan-to-value ratio on new mortgages was about 0.9 in April.'), ['about 0.9']);
    assert.deepEqual(run('The loan-to-value ratio on new mortgages was about 0.8 in April.'), []);
  });
});
