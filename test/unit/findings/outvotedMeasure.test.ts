// "about four point six kilometres from this station" (one source) / "about 3.6 km from the ranger
// station" (three): a measure is one value, so a lone source's number with one digit changed, against
// a number two or more other sources tell alike, is that measure misheard or mistyped; each side is
// held against the other.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { oneDigitChanged } from '../../../server/src/analysis/alignment/figures';
import { analyzeArticle } from '../../../server/src/analysis';

const files: Record<string, string> = {
  '001_wire.txt': 'The two hikers sheltered overnight in a stone cabin. The cabin is about 3.6 km (2.2 miles) from the ranger station, park officials said.',
  '002_release.txt': 'Rescuers reached the stone cabin, approx. 3.6 km from the ranger station, at dawn.',
  '003_explainer.md': 'The hikers were found about 3.6 km from the ranger station.',
  '004_transcript.txt': 'WARDEN: The cabin where they were found is about four point six kilometres from this station.',
};

describe('figure findings: a measure one digit off, outvoted', () => {
  it('holds the lone measure and the majority\'s against each other', () => {
    const lone = findingsIn(files, '004_transcript.txt', 'figure-conflict');
    assert.equal(lone.length, 1, JSON.stringify(lone));
    assert.deepEqual(lone[0].against.map((e) => e.label).sort(), ['001', '002', '003']);
    for (const p of ['001_wire.txt', '002_release.txt', '003_explainer.md']) {
      const found = findingsIn(files, p, 'figure-conflict');
      assert.equal(found.length, 1, `${p}: ${JSON.stringify(found)}`);
      assert.deepEqual(found[0].against.map((e) => e.label), ['004']);
    }
  });

  it('leaves two sources alone that only each other tell', () => {
    const two = { '001_wire.txt': files['001_wire.txt'], '004_transcript.txt': files['004_transcript.txt'] };
    assert.deepEqual(findingsIn(two, '001_wire.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(two, '004_transcript.txt', 'figure-conflict'), []);
  });

  it('reads one digit changed only at two significant digits or more', () => {
    const fig = (text: string) => analyzeArticle({ path: '001_x.txt', text }).figures[0];
    assert.equal(oneDigitChanged(fig('It lies 3.6 km away.'), fig('It lies 4.6 km away.')), true);
    assert.equal(oneDigitChanged(fig('It lies 346 metres away.'), fig('It lies 348 metres away.')), true);
    assert.equal(oneDigitChanged(fig('It lies 3 km away.'), fig('It lies 4 km away.')), false);
    assert.equal(oneDigitChanged(fig('It lies 3.6 km away.'), fig('It lies 4.7 km away.')), false);
    assert.equal(oneDigitChanged(fig('It lies 3.6 km away.'), fig('It lies 36 km away.')), false);
  });
});
