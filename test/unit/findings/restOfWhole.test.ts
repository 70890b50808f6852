// "six districts" / "the remaining four districts": the rest of a whole is another quantity than
// the part told before it, even tied to the same clock time.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: the rest of a whole', () => {
  const files = {
    '001_wire.txt': 'ORLAN, May 3 (Wirepost) - The flood warning stays in force for six districts until 18:00 on Saturday, officials said.',
    '002_release.txt': 'ORLAN, May 3 (Wirepost) - The flood warning covers the lowland districts until 18:00 on Saturday. The remaining four districts are on a watch.',
    'draft_flood.md': '# Flood warning\n\nA flood warning is in force for six districts. The other four districts are on a watch.',
  };

  it('does not hold "the remaining four districts" against "six districts"', () => {
    assert.deepEqual(findingsIn(files, '002_release.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'figure-conflict'), []);
  });

  it('holds the draft\'s rest to the sources\' rest, not to the part', () => {
    assert.deepEqual(findingsIn(files, 'draft_flood.md', 'figure-conflict'), []);
    const wrong = { ...files, 'draft_flood.md': '# Flood warning\n\nA flood warning is in force for six districts. The other five districts are on a watch.' };
    const found = findingsIn(wrong, 'draft_flood.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].text ?? '', /five/);
  });
});
