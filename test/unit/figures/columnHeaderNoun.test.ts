// A table whose rows are labelled by names ("| Portugal | 41,800 |") counts what its column's header
// names ("| Country | Bottles withdrawn |"): the bottles, not "states" read from "| United States |".
// A row label that names its own thing ("| Boats seized | 14 |") keeps it. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const counted = (text: string) => analyzeArticle({ path: '001_factbox.md', text }).figures.map((f) => [f.value, f.counted]);

const table = '# Merrow cider recall: by country\n\n| Country | Bottles withdrawn |\n|---|---|\n| United States | 52,300 |\n| Portugal | 41,800 |\n';

describe('figures: a table row labelled by a name counts its column header\'s noun', () => {
  it('reads the header\'s plural noun for rows labelled by names', () => {
    assert.deepEqual(counted(table).filter(([v]) => v === 52300 || v === 41800), [[52300, 'bottle'], [41800, 'bottle']]);
  });

  it('keeps a row label that names its own thing', () => {
    assert.deepEqual(counted('| Measure | Total |\n|---|---|\n| Boats seized | 14 |\n'), [[14, 'boat']]);
  });
});
