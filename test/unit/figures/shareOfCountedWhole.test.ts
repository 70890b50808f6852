// "more than a quarter of the roughly 6,200 people employed in the trade": a fraction whose whole is
// told with its own count is no share of a noun here. The word before the number ("roughly") was read
// as the whole, so the share was of "roughly", and a source's "accounted for 27% of Tarvin's wool
// exports" was held against it in like words ("account for"). Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const shares = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures
  .filter((f) => f.unit === 'percent').map((f) => [f.text, f.of ?? null]);

describe('figures: a fraction of a counted whole', () => {
  it('does not read the number\'s qualifier as what the share is of', () => {
    for (const f of shares('Together they account for more than a quarter of the roughly 6,200 people employed in the trade.')) {
      assert.notEqual(f[1], 'roughly');
    }
    for (const f of shares('Half of the nearly 300 staff were sent home.')) assert.notEqual(f[1], 'nearly');
  });

  it('still reads a fraction of a noun', () => {
    assert.deepEqual(shares('A quarter of the growers sell abroad.'), [['A quarter of the growers', 'grower']]);
  });

  const files = {
    '001_wire.txt': 'TARVIN, Nov. 3 (Northwire) - The state takes 27% of Tarvin\'s wool exports. The two mills employ about 1,900 people, out of roughly 6,200 people employed in the trade.\n',
    '002_notes.txt': 'Notes to editors\n\n1. The state accounted for 27% of Tarvin\'s wool exports by value in 2025.\n\n2. The wool trade as a whole employs approximately 6,200 people.\n',
  };

  it('does not hold the share against a share of exports said in like words', () => {
    const draft = { ...files, 'draft_wool.md': '# Wool levy hits Tarvin\n\nThe two mills employ about 1,900 people. Together they account for more than a quarter of the roughly 6,200 people employed in the trade.\n' };
    assert.deepEqual(findingsIn(draft, 'draft_wool.md', 'figure-conflict'), []);
  });
});
