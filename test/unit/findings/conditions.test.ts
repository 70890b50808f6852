// People counted in one stated condition ("in intensive care") in articles of the same day are one
// count between sources, though one says "as of Monday" and the other "remain".
import { strict as assert } from 'node:assert';
import { analyzeArticle, reviewArticles } from '../../../server/src/analysis';
import type { Finding } from '../../../server/src/analysis/types';

function figureConflicts(files: Record<string, string>, path: string): Finding[] {
  const analyses = Object.entries(files).map(([p, text]) => analyzeArticle({ path: p, text }));
  const doc = reviewArticles(analyses).documents.find((d) => d.path === path);
  return (doc?.findings ?? []).filter((f) => f.kind === 'figure-conflict');
}

const a = (day: string, body: string) => `Published March ${day}, 2027 5:20 p.m. EDT\n\nHALDEN, Vt. - ${body}`;

describe('figures: people counted in a condition', () => {
  it('two sources of one day that count the patients in intensive care differently conflict', () => {
    const files = {
      '001_a.txt': a('8', 'Nine people were treated after the chlorine leak, the health unit said, including four workers who were in intensive care as of Monday.'),
      '002_b.txt': a('8', 'Six workers remain in intensive care, a hospital spokesman said.'),
    };
    const found = figureConflicts(files, '002_b.txt');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label), ['001']);
  });

  it('on different days, or in different conditions, they are not one count', () => {
    const later = {
      '001_a.txt': a('8', 'Nine people were treated after the chlorine leak, including four workers who were in intensive care as of Monday.'),
      '002_b.txt': a('11', 'Six workers remain in intensive care, a hospital spokesman said.'),
    };
    assert.deepEqual(figureConflicts(later, '002_b.txt'), []);
    const other = {
      '001_a.txt': a('8', 'Nine people were treated after the chlorine leak, including four workers who were in intensive care as of Monday.'),
      '002_b.txt': a('8', 'Six workers remain in hospital, a hospital spokesman said.'),
    };
    assert.deepEqual(figureConflicts(other, '002_b.txt'), []);
  });

  it('"three are nurses": a number opening its clause counts the plural noun after "are"', () => {
    const figures = analyzeArticle({ path: 'x.txt', text: 'Of the nine people treated, four are nurses who remain in intensive care. Two were released, and 30 were questioned.' }).figures;
    const four = figures.find((f) => f.value === 4);
    assert.equal(four?.counted, 'nurse');
    assert.notEqual(figures.find((f) => f.value === 30)?.counted, 'questioned');
    const files = {
      '001_a.txt': a('8', 'Of the nine people treated after the leak, four are nurses who remain in intensive care.'),
      '002_b.txt': a('8', 'Two nurses remain in intensive care, a hospital spokesman said.'),
    };
    assert.equal(figureConflicts(files, '002_b.txt').length, 1);
  });
});
