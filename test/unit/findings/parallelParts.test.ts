// "cut fare income by about $38 million and the bus diversion by about $14 million": two amounts told
// in parallel, each after "by", are the parts of a whole another source tells ("about $52 million").
// A part is no rival of that whole; and a draft's "a combined $61 million" of those rounded parts is the
// sum got wrong, held to the sources' rounded whole. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '000_wire.txt': 'June 9, 2027\n\nThe council estimated that the closure of the Arlen bridge would cost it about $52 million in toll income in the year that ends in March.',
  '001_release.txt': 'June 9, 2027\n\nThe council estimates that the closure of the Arlen bridge will reduce toll income by approximately $38 million and the bus diversion by approximately $14 million in the year ending 31 March.',
  '002_paper.md': 'June 9, 2027\n\nThe closure of the Arlen bridge will cost the council roughly $52 million this year, officials said.',
};

describe('figure findings: amounts told in parallel are parts of a whole', () => {
  it('does not hold a part to the whole', () => {
    assert.deepEqual(findingsIn(sources, '001_release.txt', 'figure-conflict'), []);
  });

  it('holds a draft\'s misadded total of rounded parts to the rounded whole', () => {
    const files = { ...sources, 'draft_bridge.md': 'The council expects the closure to cut toll income by about $38 million and the bus diversion by about $14 million in the year to March, a combined $61 million.' };
    const found = findingsIn(files, 'draft_bridge.md', 'figure-conflict');
    assert.deepEqual(found.map((f) => f.text), ['$61 million'], JSON.stringify(found));
  });
});
