// A house number in an address ("14 Kestrel Road", "220 E. Mill St.", "7 Abbey Street, Dunmore")
// names a building, not a count; a lower-case noun after the street's name makes the number a count
// of what the street names ("40 Main Street shops"). Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function texts(body: string): string[] {
  return analyzeArticle({ path: 'story.txt', text: body }).figures.map((f) => f.text);
}

describe('figures: house numbers in addresses', () => {
  it('leaves out the number of a street address', () => {
    assert.deepEqual(texts('The clinic at 14 Kestrel Road, Dunmore, treated 35 patients.'), ['35 patients']);
    assert.deepEqual(texts('Donations go to 220 E. Mill St. until Friday, and to 9 Quay Road in the mornings.'), []);
    assert.deepEqual(texts('The hall at 7 Abbey Street has 80 beds.'), ['80 beds']);
  });

  it('keeps a count of what the street names', () => {
    assert.deepEqual(texts('Flooding closed 40 Main Street shops on Monday.'), ['40 Main Street shops']);
  });
});
