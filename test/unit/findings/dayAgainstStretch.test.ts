// "Thursday was the worst day, with 11 oil sheens" / "48 oil sheens in seven days": a count told of
// one day and a count told over a stretch of days are a part and its whole, not one count misreported.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { overDays } from '../../../server/src/analysis/alignment/period';
import { analyzeArticle } from '../../../server/src/analysis';

const week = 'Harbour wardens along the Varna coast logged 48 oil sheens in seven days, the port authority said.';

describe('figure findings: a day\'s count against a count over several days', () => {
  it('leaves a day\'s count alone', () => {
    const worst = 'Thursday was the worst day, with 11 oil sheens logged by harbour wardens along the Varna coast.';
    assert.deepEqual(findingsIn({ '001_port.txt': week, 'draft_sheens.md': worst }, 'draft_sheens.md', 'figure-conflict'), []);
    const on = 'On Thursday, harbour wardens logged 11 oil sheens along the Varna coast.';
    assert.deepEqual(findingsIn({ '001_port.txt': week, 'draft_sheens.md': on }, 'draft_sheens.md', 'figure-conflict'), []);
  });

  it('still holds a count of no day to the stretch\'s', () => {
    const all = 'Harbour wardens logged 41 oil sheens along the Varna coast.';
    assert.equal(findingsIn({ '001_port.txt': week, 'draft_sheens.md': all }, 'draft_sheens.md', 'figure-conflict').length, 1);
  });

  it('reads a stretch of several days after the figure, not a single day', () => {
    const read = (text: string) => {
      const a = analyzeArticle({ path: '001_x.txt', text });
      return overDays(a.text, a.figures[0]);
    };
    assert.equal(read('Wardens logged 48 sheens over the past fortnight.'), true);
    assert.equal(read('Wardens logged 48 sheens in two weeks.'), true);
    assert.equal(read('Wardens logged 48 sheens in one day.'), false);
    assert.equal(read('Wardens logged 48 sheens in the harbour.'), false);
  });
});
