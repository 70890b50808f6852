// "Calls to the helpline have risen by 25 per cent since Friday": a move told as a percentage in the
// perfect ("have risen by", "have grown by") is sourced only by a percentage, not by a count that has
// its number ("25 mm of rain"), as "rose by" already was. Invented text (round 51).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const source = [
  'PORT ELMA, May 3 (Coastline News) - Floodwater reached the old town on Saturday in a port that rarely sees more than 25 mm of rain in a day.', '',
].join('\n');

const draft = [
  '# Port Elma floods', '',
  'Calls to the city helpline have risen by 25 per cent since Friday.', '',
].join('\n');

describe('figures: a percentage move in the perfect', () => {
  it('is unsourced where a source has its number only as a count', () => {
    const files = { '000_wire.txt': source, 'draft_floods.md': draft };
    assert.deepEqual(findingsIn(files, 'draft_floods.md', 'unsourced-claim').map((f) => f.text), ['25 per cent']);
  });
});
