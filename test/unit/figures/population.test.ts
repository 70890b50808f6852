// A place's population ("a town of about 9,800 people", "home to 9,800 residents") is what the place
// is, not a count of people something happened to: a source's count of people cut off that day is
// no snapshot of it. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { figureClass } from '../../../server/src/analysis/alignment/figures';
import { findingsIn } from '../findings/review';

function classOf(text: string, figure: string): string | null {
  const f = analyzeArticle({ path: 'x.txt', text }).figures.find((x) => x.text.includes(figure));
  assert.ok(f, `no figure ${figure}`);
  return figureClass(f);
}

describe('figures: a place\'s population', () => {
  it('counts inhabitants after "a town of", "home to" and "population"', () => {
    assert.equal(classOf('Flooding hit Marlow Bridge, a town of about 9,800 people, on Friday, March 6.', '9,800'), 'count:inhabitant');
    assert.equal(classOf('The valley is home to 4,300 residents.', '4,300'), 'count:inhabitant');
    assert.equal(classOf('The island, population 2,150 people, has one ferry.', '2,150'), 'count:inhabitant');
    // People counted otherwise are a crowd, as before.
    assert.equal(classOf('About 4,300 people lost power on Friday.', '4,300'), 'count:crowd');
    assert.equal(classOf('Some 600 of the town\'s people were moved out.', '600'), 'count:crowd');
  });

  it('does not hold a town\'s population against a count of people cut off on the same day', () => {
    const files = {
      '001_wire.txt': 'MARLOW BRIDGE, March 7 (Wirepost) - The river burst its banks on Friday, March 6, 2026. Northvale Power said 4,300 customers lost power on Friday night.',
      '002_explainer.md': 'Flooding hit Marlow Bridge, a town of about 9,800 people, on Friday, March 6, 2026. The river burst its banks after two days of rain.',
    };
    assert.deepEqual(findingsIn(files, '002_explainer.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'figure-conflict'), []);
  });
});
