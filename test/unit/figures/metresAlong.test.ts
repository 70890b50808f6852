// "about 600m up Kestrel Road", "300m along the ridge", "400m of track": an "m" glued to a numeral
// before a word of direction, or of a length of something laid, is metres, not millions. Read as
// millions, such a distance took the noun of a count of its size before it ("150m litres … homes 600m
// down Kestrel Road" became 600 million litres) and was held against that count. "600m up from 450m",
// "600m up 5%" and sums stay millions. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const read = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.value, f.counted]);

describe('figures: metres before a direction', () => {
  it('reads a way along a road, a ridge or a river as metres', () => {
    assert.deepEqual(read('The wall gave way about 600m up Kestrel Road.'), [['about 600m', 600, 'metre']]);
    assert.deepEqual(read('The crash happened 250m down Mill Lane.'), [['250m', 250, 'metre']]);
    assert.deepEqual(read('The fire spread 400m along the ridge.'), [['400m', 400, 'metre']]);
    assert.deepEqual(read('The boat sank 200m offshore.'), [['200m', 200, 'metre']]);
    assert.deepEqual(read('The car stopped 300m north of the bridge.'), [['300m', 300, 'metre']]);
    assert.deepEqual(read('Engineers replaced 600m of track.'), [['600m', 600, 'metre']]);
    assert.deepEqual(read('Crews laid 300m of new fencing.'), [['300m', 300, 'metre']]);
  });

  it('keeps millions for changes, sums and other things', () => {
    assert.deepEqual(read('Sales were 600m up from 450m.').map((f) => f[1]), [6e8, 4.5e8]);
    assert.deepEqual(read('Revenue reached 600m up 5% on last year.')[0], ['600m', 6e8, null]);
    assert.deepEqual(read('Profit hit 400m down on the year.')[0], ['400m', 4e8, null]);
    assert.deepEqual(read('The fund fell 600m short of its target.')[0], ['600m', 6e8, null]);
    assert.deepEqual(read('The firm raised £600m up front.')[0][1], 6e8);
    assert.deepEqual(read('It sold 600m of shares.')[0], ['600m', 6e8, null]);
  });

  const files = {
    '001_wire.txt': 'ASHFORD, England, Feb. 2 (Northwire) - A burst water main released about 150m litres of water on Monday, flooding homes along Kestrel Road, Southern Water said.\n\nThe main burst about 600 metres up Kestrel Road shortly after 6 a.m.\n',
    '002_paper.md': '# Burst main floods Ashford street\n\nSome 150 million litres of water poured down Kestrel Road in Ashford on Monday after a main burst, the water company said.\n',
  };

  it('does not hold a distance down a road against a count of litres', () => {
    const draft = { ...files, 'draft_main.md': '# Water main bursts\n\nAbout 150m litres of water poured out on Monday, flooding homes 600m down Kestrel Road, Southern Water said.\n' };
    assert.deepEqual(findingsIn(draft, 'draft_main.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(draft, 'draft_main.md', 'unsourced-claim'), []);
  });
});
