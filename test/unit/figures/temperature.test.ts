// Temperatures with their scale, signed and read in Celsius: "minus 5 degrees Fahrenheit" is not
// "minus 5 Celsius (23 Fahrenheit)"; "23 degrees" with no scale is still found in "23 Fahrenheit".
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

function temperatures(text: string): Array<[string, string | null, number]> {
  return analyzeArticle({ path: 'x.txt', text }).figures.filter((f) => f.unit === 'count' && (f.counted?.includes('°') || f.counted === 'degree'))
    .map((f) => [f.text, f.counted, Math.round(f.value * 10) / 10]);
}

const wire = 'ODDA, Feb 2 (Coastwire) - Thousands of homes lost heating overnight in temperatures of minus 5 Celsius (23 Fahrenheit), the utility said.';
const paper = '# A cold night in Odda\n\nIn the upper valley, where the temperature fell to −5 °C overnight, families sheltered in the school hall.';
const draft = (line: string) => `# Odda freeze\n\nThousands of homes lost heating overnight in temperatures of ${line}.`;

describe('figures: temperatures', () => {
  it('reads the scale and the sign, in Celsius', () => {
    assert.deepEqual(temperatures('It was minus 5 Celsius (23 Fahrenheit) at dawn.'), [['minus 5 Celsius', '°C', -5], ['23 Fahrenheit', '°C', -5]]);
    assert.deepEqual(temperatures('The valley fell to −5 °C, and later to 40 degrees F in town.'), [['−5 °C', '°C', -5], ['40 degrees F', '°C', 4.4]]);
    // No scale: either, or an angle.
    assert.deepEqual(temperatures('It was minus 5 degrees in town.'), [['5 degrees', 'degree', 5]]);
  });

  it('holds a draft\'s temperature in the wrong scale against the sources', () => {
    const files = { '001_wire.txt': wire, '002_paper.md': paper, 'draft_odda.md': draft('minus 5 degrees Fahrenheit') };
    const found = findingsIn(files, 'draft_odda.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, 'minus 5 degrees Fahrenheit');
  });

  it('leaves the right temperature in either scale, and one told without a scale, alone', () => {
    for (const line of ['minus 5 Celsius', '23 degrees Fahrenheit', '23 degrees']) {
      const files = { '001_wire.txt': wire, '002_paper.md': paper, 'draft_odda.md': draft(line) };
      assert.deepEqual(findingsIn(files, 'draft_odda.md', 'figure-conflict'), [], line);
      assert.deepEqual(findingsIn(files, 'draft_odda.md', 'unsourced-claim'), [], line);
    }
  });
});
