// "the first lorry reversing into the depot at 04:12" / "the first lorry pulling up at the gates at
// 4.48am": a participle after the first thing's noun tells what it did, so the thing is the lorry in
// both, one moment, and the two readings 36 minutes apart disagree. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { firstKeys } from '../../../server/src/analysis/alignment/firsts';

const keyOf = (s: string, time: string) => {
  const at = s.indexOf(time);
  return firstKeys(s, { start: 0, end: s.length }, { start: at, end: at + time.length });
};

describe('time findings: a first thing followed by a participle', () => {
  it('keys the noun, not the participle', () => {
    assert.deepEqual(keyOf('Camera footage shows the first lorry reversing into the depot at 04:12.', '04:12'), ['~first:lorry']);
    // The phrase's first word may be a noun in -ing: it is still read as the head.
    assert.deepEqual(keyOf('The first building collapsed at 04:12.', '04:12'), ['~first:build']); // the word's stem
  });

  it('holds two sources\' times of the first lorry to each other', () => {
    const files = {
      '001_wire.txt': 'Published June 2, 2027\n\nCamera footage shows the first lorry reversing into the depot at 04:12, the haulier said.',
      '002_blog.md': 'Published June 2, 2027\n\nNeighbours saw the first lorry pulling up outside the gates at 4.48am.',
    };
    const found = findingsIn(files, '002_blog.md', 'time-conflict');
    assert.equal(found.length, 1);
  });
});
