// "forty-seven hearing days": the "seven" of a number hyphened after its tens is no figure of its own,
// even where the whole number is not read (a count opening its clause after a comma).
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const figures = (text: string) => analyzeArticle({ path: 'story.txt', text }).figures.map((f) => f.text);

describe('figures: the unit word of a hyphened number', () => {
  it('reads no figure from the "seven" of "forty-seven"', () => {
    assert.ok(!figures('The inquiry sat for months, thirty-six sitting days in all.').includes('six sitting days'));
    assert.ok(!figures('The trial lasted two years, forty-seven hearing days, and the jury heard it all.').includes('seven hearing days'));
  });
  it('still reads a whole hyphened number and a unit word of its own', () => {
    assert.deepEqual(figures('The inquiry sat for thirty-six sitting days.'), ['thirty-six sitting days']);
    assert.deepEqual(figures('The inquiry sat for six sitting days.'), ['six sitting days']);
  });
});
