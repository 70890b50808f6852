// "about 52 km/h when the driver braked" / "limited to 30 km/h" / "an estimated 41 km/h at impact":
// the words a speed's unit is written with ("km", "h") say what it is measured in, not which speed,
// so they do not make every speed in km/h "the same words". Speeds of different moments and a limit
// are three quantities; the same speed told two ways is still one.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { analyzeArticle } from '../../../server/src/analysis';
import { speedUnitWord } from '../../../server/src/analysis/claims/figures/units';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict').map((f) => f.text);

const SOURCES = {
  '001_wire.txt': 'HARNBY, March 4 (Coastline News) - Inspector Mara Feld said the recorder showed the bus was travelling at about 52 km/h (32 mph) when the driver braked, on a bend where the limit is 30 km/h (19 mph).',
  '002_council.txt': 'Published March 4, 2027\n\nNotes to editors\n\n1. The Quay Street bend is one where buses are limited to 30 km/h (19 mph).',
  '003_explainer.md': 'Published March 4, 2027\n\n## The numbers\n\n- **52 km/h** (about 32 mph) when the driver braked\n- **30 km/h** (19 mph) limit on the bend\n- An estimated **41 km/h** (25 mph) when the bus hit the wall, according to the board\n',
};

describe('figure findings: the words of a speed\'s unit', () => {
  it('does not hold a speed at one moment to a limit or to a speed at another moment', () => {
    for (const path of Object.keys(SOURCES)) assert.deepEqual(conflicts(SOURCES, path), [], path);
  });

  it('does not hold a draft\'s speed at impact to the speed when the brakes went on', () => {
    const files = { ...SOURCES, 'draft_bus.md': 'The board put the speed when the bus hit the wall at about 41 km/h. The limit on the bend is 30 km/h.' };
    assert.deepEqual(conflicts(files, 'draft_bus.md'), []);
  });

  it('still finds a speed the draft gets wrong in the same words', () => {
    const files = { ...SOURCES, 'draft_bus.md': 'The recorder showed the bus was travelling at about 62 km/h when the driver braked.' };
    assert.deepEqual(conflicts(files, 'draft_bus.md'), ['about 62 km/h']);
  });

  it('reads "km" and "h" of km/h, and "kilometres" and "hour", as the unit', () => {
    assert.equal(speedUnitWord('km/h', 'km'), true);
    assert.equal(speedUnitWord('km/h', 'h'), true);
    assert.equal(speedUnitWord('km/h', 'kilometres'), true);
    assert.equal(speedUnitWord('mph', 'hour'), true);
    assert.equal(speedUnitWord('km/h', 'average'), false);
    assert.equal(speedUnitWord('km', 'km'), false);
    assert.equal(speedUnitWord(null, 'hour'), false);
    const speed = analyzeArticle({ path: 'a.txt', text: 'It was going at 52 km/h.' }).figures[0];
    assert.equal(speed.counted, 'km/h');
  });
});
