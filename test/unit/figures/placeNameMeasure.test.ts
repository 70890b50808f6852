// "and Kessel Vale 217 millimetres": a unit of measure right after a number that follows a capitalised
// place name makes the number a measure of that place, not part of a name ("Flight 370", "Class 158").
// Invented text (round 50).
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const figures = (text: string) => analyzeArticle({ path: 'draft_rain.md', text }).figures.map((f) => f.text);

describe('figures: a measure after a place name', () => {
  it('reads the number before a unit of measure as a figure', () => {
    const found = figures('Upper Marsh recorded 244.1 mm of rain by evening, and Kessel Vale 217 millimetres.\n');
    assert.ok(found.includes('217 millimetres'), JSON.stringify(found));
  });

  it('still reads a name with a number in it as a name', () => {
    const found = figures('Passengers on Flight 370 waited for hours, and Class 158 trains were cancelled.\n');
    assert.deepEqual(found.filter((f) => f.startsWith('370') || f.startsWith('158')), []);
  });
});
