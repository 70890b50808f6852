// "33 of them at the North Quay" where a source tells "47 of them at the North Quay and 33 at the
// Harbour Basin": the draft's number is the source's count of the other named part, and the source's
// count of the part the draft names is what it disagrees with. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '000_wire.txt': 'May 4, 2027\n\nBy 8 a.m. on Tuesday, 80 trucks were waiting to board, 47 of them at the North Quay and 33 at the Harbour Basin, port data showed.',
  '001_blog.md': 'May 4, 2027\n\nPort data show 80 trucks waiting to board this morning: 47 at the North Quay and 33 at the Harbour Basin.',
};

describe('figure findings: the counts of two named parts swapped', () => {
  it('holds the draft\'s count to the source\'s count of the part it names', () => {
    const files = { ...sources, 'draft_port.md': 'By Tuesday morning, 80 trucks were waiting to board, 33 of them at the North Quay.' };
    const found = findingsIn(files, 'draft_port.md', 'figure-conflict');
    assert.deepEqual(found.map((f) => [f.text, f.against[0].text]), [['33', '47']], JSON.stringify(found));
  });

  it('leaves a count told of its own part alone', () => {
    const files = { ...sources, 'draft_port.md': 'By Tuesday morning, 80 trucks were waiting to board, 33 of them at the Harbour Basin.' };
    assert.deepEqual(findingsIn(files, 'draft_port.md', 'figure-conflict'), []);
  });
});
