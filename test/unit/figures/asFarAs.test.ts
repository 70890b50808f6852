// "some hikers walked as far as 3.4 km": "as far as" caps a distance as "up to" and "as many as" do.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

describe('figures: "as far as" is a cap', () => {
  it('reads "as far as 3.4 km" as up to 3.4 km', () => {
    const a = analyzeArticle({ path: 'story.txt', text: 'Rangers said some of the stranded hikers walked as far as 3.4 km to reach the road.' });
    const f = a.figures.find((x) => x.text.endsWith('3.4 km'));
    assert.ok(f, JSON.stringify(a.figures.map((x) => x.text)));
    assert.equal(f.text, 'as far as 3.4 km');
    assert.equal(f.qualifier, 'up-to');
    assert.equal(f.interval.high, 3.4);
  });

  it('leaves a bare distance exact', () => {
    const a = analyzeArticle({ path: 'story.txt', text: 'Rangers said the stranded hikers walked 3.4 km to reach the road.' });
    assert.equal(a.figures.find((x) => x.text.endsWith('3.4 km'))?.qualifier, 'exact');
  });
});
