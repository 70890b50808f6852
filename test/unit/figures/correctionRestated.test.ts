// A correction note's figure that the article tells outside the note restates the corrected entry:
// no claim of its own, so a disagreement is flagged once, at the entry. A note's figure told nowhere
// else still stands. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const blog = '# LIVE: Orland harbour deal\n\n*all times GMT · Tuesday 3 March 2026*\n\n' +
  '**11:20** The council says the harbour wall repairs will cost £6.4m in total.\n\n' +
  '> **Correction (12:05):** An earlier entry at 11:20 said the repairs would cost £6.4m a year. They cost £6.4m in total. We apologise for the error.\n';

const figures = (text: string) => analyzeArticle({ path: '001_blog.md', text }).figures.map((f) => f.text);

describe('figures: a correction note restating the article', () => {
  it('drops the note\'s figures the article tells elsewhere', () => {
    assert.deepEqual(figures(blog), ['£6.4m']);
  });

  it('keeps a note\'s figure told nowhere else', () => {
    const text = 'The harbour wall will be rebuilt.\n\n*Correction: the repairs will cost £7.1m, not £6.4m as we said.*\n';
    assert.deepEqual(figures(text), ['£7.1m', '£6.4m']);
  });

  it('holds only the entry against a source that disagrees', () => {
    const files = {
      '001_blog.md': blog,
      '002_paper.txt': 'Orland council said on Tuesday the harbour wall repairs would cost £8.2m in total.\n',
      '003_wire.txt': 'The harbour wall repairs will cost £8.2m in total, Orland council said on Tuesday.\n',
    };
    const found = findingsIn(files, '001_blog.md', 'figure-conflict');
    assert.deepEqual(found.map((f) => f.span.start), [blog.indexOf('£6.4m')]);
  });
});
