// A draft that restates a measure in another unit after "or" ("about 600 tonnes, or some 44,000
// barrels"), where a source restates the very same figure in the same unit ("about 600 tonnes, or
// roughly 4,400 barrels"), a quarter or more away: the draft's arithmetic went wrong, a figure-conflict
// with that source, not a figure no source supports. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: a draft\'s restatement joined by "or"', () => {
  const files = (draft: string): Record<string, string> => ({
    '000_wire.txt': 'Pipeline leak fouls estuary\n\nPORT ELLEN, May 3 (NWR) - The operator raised its estimate of the leak to about 600 tonnes, or roughly 4,400 barrels, on Monday evening.\n',
    '001_release.txt': 'MEDIA RELEASE\n\nThe operator now estimates that about 600 tonnes of crude has leaked from the damaged section of the pipeline.\n',
    'draft.md': draft,
  });

  it('holds a restatement ten times over against the source\'s restatement of that figure', () => {
    const text = '# Estuary spill grows\n\nBy the evening the operator had raised its estimate to about 600 tonnes, or some 44,000 barrels.\n';
    const found = findingsIn(files(text), 'draft.md', 'figure-conflict');
    assert.deepEqual(found.map((f) => f.text), ['some 44,000 barrels']);
    assert.match(found[0].message, /4,400/);
    assert.deepEqual(findingsIn(files(text), 'draft.md', 'unsourced-claim'), []);
  });

  it('leaves a right restatement alone', () => {
    const text = '# Estuary spill grows\n\nBy the evening the operator had raised its estimate to about 600 tonnes, or some 4,400 barrels.\n';
    assert.deepEqual(findingsIn(files(text), 'draft.md', 'figure-conflict'), []);
  });
});
