// A Markdown table row labels its count as a fact line does: "| Boats seized | 14 |" counts boats,
// and is held against a source that counts them with two digits swapped. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const counted = (text: string) => analyzeArticle({ path: '001_explainer.md', text }).figures.map((f) => [f.value, f.counted]);

const table = '# The Tarvik smuggling ring: the numbers\n\n| Measure | Figure |\n|---|---|\n| Boats seized | 274 |\n| Smugglers detained on board | 31 |\n| Share of the fleet | about 40% |\n| Fuel per boat | 120 kg, or 96 L |\n';

describe('figures: a table row that labels its count', () => {
  it('counts what the first cell names, when the count stands alone in the next', () => {
    const figures = counted(table);
    assert.deepEqual(figures.filter(([v]) => v === 274 || v === 31), [[274, 'boat'], [31, 'smuggler']]);
  });

  it('leaves a count that shares its cell with other words alone', () => {
    assert.deepEqual(counted('| Item | Detail |\n|---|---|\n| Boats seized | 274 seized at sea, 12 in port |\n').filter(([v]) => v === 12), [[12, null]]);
  });

  it('holds the row against a source that swaps two of its digits', () => {
    const files = {
      '001_explainer.md': table,
      '002_radio.txt': 'PRESENTER: Coastguard officers seized two hundred and forty-seven boats in the raids overnight, the agency said.\n',
    };
    const found = findingsIn(files, '001_explainer.md', 'figure-conflict');
    assert.equal(found.length, 1);
    assert.ok(table.slice(found[0].span.start, found[0].span.end).includes('Boats seized'));
  });

  it('reads the count after a label whose last word is a capitalised name ("at Port Tarvik"), in its own cell', () => {
    const row = '| Measure | Figure | Source |\n|---|---|---|\n| Ferries held at Port Tarvik | 318 | Harbour Board |\n';
    assert.deepEqual(counted(row).filter(([v]) => v === 318), [[318, 'ferry']]);
  });

  it('still leaves a name with a number out of running text ("held at Port 318")', () => {
    assert.deepEqual(counted('Two ferries were held at Port 318 overnight, the board said.\n').filter(([v]) => v === 318), []);
  });

  it('takes no counted thing from the next cell ("| 381 | Straits Ferry Authority |")', () => {
    const row = '| Measure | Figure | Source |\n|---|---|---|\n| Sailings cancelled | 381 | Straits Ferry Authority |\n';
    assert.deepEqual(counted(row).filter(([v]) => v === 381), [[381, 'sailing']]);
  });
});
