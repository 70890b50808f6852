// "A similar flood in 2009 cost £2.3m to repair" beside the sources' "repairs will cost £6m": a figure
// told of a past year ("in 2009" in its stretch of the clause) and a figure whose sentence names no
// year (of the story's time) are two quantities, never in conflict; the draft's figure is then
// unsourced. A sentence that writes a year of its own is still held as before. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { articleClaims } from '../../../server/src/analysis/alignment/corpus';
import { findingsIn } from './review';

const told = (text: string) => articleClaims(analyzeArticle({ path: 'x.txt', text })).figures.map((f) => [f.figure.text, f.toldYear ?? null]);

describe('findings: a figure told of a past year', () => {
  it('reads the year a figure is told of in its stretch of the clause', () => {
    assert.deepEqual(told('A similar flood in 2009 cost £2.3m to repair.'), [['£2.3m', 2009]]);
    assert.deepEqual(told('In 2009, a similar flood cost £2.3m to repair.'), [['£2.3m', 2009]]);
    // Set off by commas, or with another figure between, the year is not the figure's.
    assert.deepEqual(told('The bridge, opened in 1932, carries 8,100 vehicles a day.'), [['8,100 vehicles', null]]);
    assert.deepEqual(told('Profit rose to £41m from £30m in 2019.'), [['£41m', null], ['£30m', 2019]]);
  });

  it('does not hold a past year\'s sum against the story\'s sum', () => {
    const files = {
      '001_wire.md': 'HEXLEY, March 3 (Wire) - A storm breached the sea wall at Hexley on Tuesday. The head of engineering said an early estimate put the cost of clearing and repairing the promenade at 6 million pounds. The wall was last breached in 2009.',
      '002_council.md': 'Council statement, Tuesday 3 March 2026. Initial estimates put the cost of clearing debris and repairing the promenade at GBP 6 million. Crews were on scene by 07:10.',
      '003_blog.md': 'Live, Tuesday 3 March 2026. Waves topped the sea wall overnight and flooded twelve shops on the front. Police closed the promenade.',
      '004_radio.md': 'Radio news, Tuesday 3 March 2026. Twelve shops on the seafront were flooded when the sea wall gave way. Residents watched from the cliff path.',
      'draft_wall.md': 'A storm breached the sea wall at Hexley on Tuesday, flooding twelve shops. A similar breach in 2009 cost £2.3m to clear.',
    };
    assert.equal(findingsIn(files, 'draft_wall.md', 'figure-conflict').length, 0);
    assert.equal(findingsIn(files, 'draft_wall.md', 'unsourced-claim').length, 1);
  });

  it('still holds a figure whose sentence writes a year of its own, and a sum of the story\'s time', () => {
    const files = {
      '001_paper.md': 'Hexley, 3 March 2026. The council said repairs to the sea wall would cost £6m.',
      'draft_wall.md': 'Repairs to the sea wall, first built in 1911, will cost £9m.',
    };
    assert.equal(findingsIn(files, 'draft_wall.md', 'figure-conflict').length, 1);
  });
});
