// A road post or exit named by its number ("milepost 4", "mile marker 27", "between mileposts 4 and
// 11") is a place on the road, not a count. Sentences are our own, not from any corpus.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function texts(body: string): string[] {
  return analyzeArticle({ path: 'story.txt', text: body }).figures.map((f) => f.text);
}

describe('figures: road posts named by their number', () => {
  it('leaves out "milepost N" and "mile marker N" and keeps the count beside them', () => {
    assert.deepEqual(texts('The county road is shut from milepost 4 to milepost 11 while crews clear the slide, and 30 homes are cut off.'), ['30 homes']);
    assert.deepEqual(texts('The crash happened near mile marker 27 on the interstate.'), []);
  });

  it('leaves out the second number of "mileposts N and M"', () => {
    assert.deepEqual(texts('Traffic was stopped between mileposts 4 and 11, officials said.'), []);
  });

  it('still reads "N and M" counts with no naming word', () => {
    assert.ok(texts('Crews rescued 4 and 11 people on the two days.').length > 0);
  });
});
