// A firm's workforce told in other words ("employs about 6,450 people" / "employs some 4,650 staff" /
// "6,450 colleagues"): one count, so two sources with its digits swapped disagree.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { figureClass } from '../../../server/src/analysis/alignment/figures';
import { findingsIn } from '../findings/review';

function classOf(text: string, figure: string): string | null {
  const f = analyzeArticle({ path: 'x.txt', text }).figures.find((x) => x.text.includes(figure));
  assert.ok(f, `no figure ${figure}`);
  return figureClass(f);
}

describe('figures: a workforce', () => {
  it('counts employees after "employs", and in words only staff are called', () => {
    assert.equal(classOf('Dunmore Bakeries employs about 6,450 people at 60 sites.', '6,450'), 'count:employee');
    assert.equal(classOf('The group employed 2,900 workers last year.', '2,900'), 'count:employee');
    assert.equal(classOf('Its 8,350 colleagues will keep their pensions.', '8,350'), 'count:employee');
    assert.equal(classOf('The chain has 1,200 staff in Wales.', '1,200'), 'count:employee');
    // People counted otherwise are a crowd, as before.
    assert.equal(classOf('About 8,350 people lost power on Sunday.', '8,350'), 'count:crowd');
  });

  it('holds two sources with the workforce\'s digits swapped to each other', () => {
    const files = {
      '001_wire.txt': 'CARDIFF, May 2 (Wirepost) - Dunmore Bakeries, which makes bread for three supermarket chains, employs about 6,450 people at 60 sites.',
      '002_paper.md': 'The Newport-based baker, which has 60 sites and employs some 4,650 staff, said on Friday that it had agreed the sale.',
    };
    const found = findingsIn(files, '002_paper.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label), ['001']);
  });
});
