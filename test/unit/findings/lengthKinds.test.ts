// How far a place lies ("about four kilometres south-west of the village") and how long a thing is
// ("about four and a half kilometres long") are two quantities: held together by the name of the body
// both sentences credit, they were flagged. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { lengthKind } from '../../../server/src/analysis/alignment/figures';
import { analyzeArticle } from '../../../server/src/analysis';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict').map((f) => f.text);

const SOURCES = {
  '001_wire.txt': 'BRENZ, April 2 (Alpwire) - The landslide came down on Monday, about four kilometres south-west of the village, the Cantonal Geology Survey Office said.',
  '002_blog.md': 'Brenz Tagblatt live\n\n**09.40** LANDSLIDE. A slope has given way about four kilometres south-west of Brenz, rescuers say.',
  '003_radio.txt': 'ANNA KELLER: The Geology Survey Office now puts the landslide at about four and a half kilometres long. At first it was about two kilometres.',
};

describe('figure findings: a distance and a size', () => {
  it('does not hold how far a place lies to how long a thing is', () => {
    for (const path of Object.keys(SOURCES)) assert.deepEqual(conflicts(SOURCES, path), [], path);
  });

  it('reads a length as a size, a distance or neither', () => {
    const kinds = (text: string) => { const a = analyzeArticle({ path: 'x.txt', text }); return a.figures.map((f) => lengthKind(a.text.plain, f)); };
    assert.deepEqual(kinds('The crack is 3.8 km long and lies 12 km north-east of the town.'), ['dimension', 'distance']);
    assert.deepEqual(kinds('The quake struck at a depth of 10 km, some 40 miles from the coast.'), ['dimension', 'distance']);
    assert.deepEqual(kinds('The fissure is now 3.4 km.'), [null]);
  });

  it('still holds two sizes of one thing to each other', () => {
    const paper = 'Alpen Zeitung\n\nThe Geology Survey Office now puts the landslide at about six kilometres long.';
    const files = { '003_radio.txt': SOURCES['003_radio.txt'], '004_paper.txt': paper, '005_other.txt': 'The Geology Survey Office says the landslide is four and a half kilometres long.' };
    assert.deepEqual(conflicts(files, '004_paper.txt'), ['about six kilometres']);
  });
});
