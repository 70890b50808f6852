// "~480 sq mi" in a fact box: the tilde (or ≈) is the writer's "about", so the figure is a rounded one.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

describe('figures: a tilde before a number means "about"', () => {
  it('reads "~480 sq mi" and "≈ 1,240 km²" as about', () => {
    const a = analyzeArticle({ path: 'box.md', text: '## At a glance\n\n- **Lake area:** ~1,243 km² (~480 sq mi)\n- **Basin:** ≈ 2,100 km²\n' });
    const mi = a.figures.find((x) => x.text.endsWith('480 sq mi'));
    assert.ok(mi, JSON.stringify(a.figures.map((x) => x.text)));
    assert.equal(mi.qualifier, 'about');
    assert.ok(mi.interval.low <= 479.6 && mi.interval.high >= 480.4);
    assert.equal(a.figures.find((x) => x.text.endsWith('2,100 km²'))?.qualifier, 'about');
  });

  it('leaves a bare number exact and a tilde between numbers alone', () => {
    const a = analyzeArticle({ path: 'box.md', text: 'The lake covers 480 sq mi. Shifts ran 10~12 hours.' });
    assert.equal(a.figures.find((x) => x.text.endsWith('480 sq mi'))?.qualifier, 'exact');
    assert.notEqual(a.figures.find((x) => x.text.startsWith('12'))?.qualifier, 'about');
  });
});
