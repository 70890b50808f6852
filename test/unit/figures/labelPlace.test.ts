// A fact line's label that names where its things are ("Ferries berthed in Brask harbours: 152")
// counts the noun before the place (ferries), not the place's plural (harbours). Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const counted = (text: string) => analyzeArticle({ path: '001_blog.md', text }).figures.map((f) => [f.value, f.counted]);

describe('figures: a fact line whose label names a place', () => {
  it('counts the noun before the place', () => {
    assert.deepEqual(counted('What we know:\n- Ferries berthed in Brask harbours: 152, down from 170\n'), [[152, 'ferry'], [170, 'ferry']]);
  });

  it('still counts a label without a place by its nearest plural', () => {
    assert.deepEqual(counted('What we know:\n- Relief camps opened: 27\n'), [[27, 'camp']]);
  });

  it('holds the line against a source whose count has two digits swapped', () => {
    const files = {
      '001_blog.md': '# LIVE: Brask port\n\n*all times GMT · Monday 2 March 2026*\n\n**10:10** What we know:\n- Ferries berthed in Brask harbours: 152, down from 170\n',
      '002_radio.txt': 'REPORTER: From today a hundred and twenty-five of its ferries can berth in Brask, down from a hundred and seventy.\n',
    };
    assert.equal(findingsIn(files, '001_blog.md', 'figure-conflict').length, 1);
  });
});
