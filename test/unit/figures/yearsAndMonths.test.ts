// "three years and four months", "5 years 2 months": a prison term told in years and months is one
// duration in months, so a draft's "six years and four months" is not supported by a source's "six
// years" of another term beside the months of a third.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const durations = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.filter((f) => f.unit === 'duration').map((f) => [f.text, f.value, f.measure]);

describe('figures: years and months of one term', () => {
  it('reads years and months as one duration in months', () => {
    assert.deepEqual(durations('The judge jailed him for three years and four months.'), [['three years and four months', 40, 'month']]);
    assert.deepEqual(durations('Sentence: 5 years 2 months.'), [['5 years 2 months', 62, 'month']]);
  });
  it('leaves years and months of two things apart', () => {
    assert.deepEqual(durations('He served two years, suspended for 18 months of it.').map((d) => d[0]), ['two years', '18 months']);
  });
  it('flags a draft\'s term whose months belong to another defendant', () => {
    const files = {
      '000_wire.txt': 'GDANSK, March 3 (Wirepost) - A court in Gdansk jailed former port manager Olaf Brandt for six years and two months for fraud. His co-defendant Ewa Saar was jailed for four years and four months.',
      '001_blog.md': '# Port fraud verdict\n\n**11:02** — Olaf Brandt gets 6 years 2 months; Ewa Saar 4 years 4 months.',
      'draft.md': 'A court in Gdansk jailed former port manager Olaf Brandt for six years and four months for fraud. His co-defendant Ewa Saar was jailed for four years and four months.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.text), ['six years and four months']);
  });
});
