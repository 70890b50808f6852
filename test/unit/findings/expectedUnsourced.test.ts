// "Traffic is expected to peak at around 90 lorries a day": a figure the writer says is expected is
// loose against the sources' figures (someone's view, like a quoted one), but a number no source
// states at all is still the writer's own claim and is flagged; a figure inside a quotation is not.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const source = 'HALTWELL, June 2 (Wirepost) - Work on the Haltwell bypass will start in August and cost £48 million, the county council said.';

describe('figure findings: an expected figure no source gives', () => {
  it('flags a forecast in the writer\'s words that no source has', () => {
    const files = { '001_wire.txt': source, 'draft_bypass.md': 'The Haltwell bypass will cost £48 million. Site traffic is expected to peak at around 90 lorry movements a day.' };
    const found = findingsIn(files, 'draft_bypass.md', 'unsourced-claim');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].text, /90 lorry movements/);
  });

  it('leaves a forecast the sources give, and one inside a quotation, alone', () => {
    const sourced = { '001_wire.txt': source, 'draft_bypass.md': 'The Haltwell bypass is expected to cost £48 million.' };
    assert.deepEqual(findingsIn(sourced, 'draft_bypass.md', 'unsourced-claim'), []);
    const quoted = { '001_wire.txt': source, 'draft_bypass.md': 'The Haltwell bypass will cost £48 million. "We expect around 90 lorry movements a day," the contractor said.' };
    // (The quotation itself is flagged as one no source has; its figure is not flagged again.)
    assert.deepEqual(findingsIn(quoted, 'draft_bypass.md', 'unsourced-claim').filter((f) => /figure/.test(f.message)), []);
  });
});
