// "| Length | 142 m | 96 m (315 ft) |": a numeral with a spaced "m" alone in a table cell, in a row whose
// label names a length, is metres (nobody labels millions "Length"), so it meets the sources' lengths;
// the same cell in a row of money ("| Revenue | 142 m |") stays no length. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const read = (text: string) => analyzeArticle({ path: 'x.md', text }).figures.map((f) => [f.text, f.counted]);

describe('figures: a table cell of metres in a length row', () => {
  const table = (label: string) => `# The two ferries\n\n| | Island Spirit | Coast Runner |\n|---|---|---|\n| Operator | Tidewater Lines | Bay Ferries |\n| ${label} | 142 m | 96 m (315 ft) |\n| Cars | 120 | 40 |\n`;

  it('reads the cell as metres where the row names a length', () => {
    assert.deepEqual(read(table('Length')).slice(0, 1), [['142 m', 'metre']]);
    assert.deepEqual(read(table('Overall length')).slice(0, 1), [['142 m', 'metre']]);
  });

  it('leaves it alone in a row that names no length', () => {
    assert.ok(read(table('Revenue')).every((f) => !(f[0] === '142 m' && f[1] === 'metre')));
  });

  it('holds the table\'s length against a source\'s length of the same ship', () => {
    const files = {
      '000_release.txt': 'MEDIA RELEASE\n\nNOTES TO EDITORS\n\na) Vessel particulars:\n   - Island Spirit: passenger ferry, Tidewater Lines, length overall 152 metres, 120 cars.\n   - Coast Runner: passenger ferry, Bay Ferries, length overall 96 metres, 40 cars.\n',
      '001_explainer.md': table('Length'),
    };
    assert.deepEqual(findingsIn(files, '001_explainer.md', 'figure-conflict').map((f) => f.text), ['142 m']);
  });
});
