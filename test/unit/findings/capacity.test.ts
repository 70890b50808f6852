// What a venue holds: "a 21,000-capacity arena", "a 21,000-seat arena", "has a capacity of 21,000"
// and "Arena capacity: 21,000" count one thing, and a draft's other number for it is a conflict with
// the sources that agree on it, not an unsourced figure.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

function counted(text: string): Array<[string, string | null]> {
  return analyzeArticle({ path: '001_x.txt', text }).figures.map((f) => [f.text, f.counted]);
}

describe('figures: the capacity of a venue', () => {
  it('reads a capacity told as a compound, after "capacity of" and under a label', () => {
    assert.deepEqual(counted('Fans packed the 21,000-capacity arena in Lisbury.'), [['21,000-capacity', 'capacity']]);
    assert.deepEqual(counted('Fans packed the 21,000-seat arena in Lisbury.'), [['21,000-seat', 'capacity']]);
    assert.deepEqual(counted('The Halden Arena has a capacity of 21,000.'), [['21,000', 'capacity']]);
    assert.deepEqual(counted('Arena capacity: 21,000'), [['21,000', 'capacity']]);
  });

  it('leaves seats that are not a venue\'s alone', () => {
    assert.notDeepEqual(counted('The party won a 64-seat majority in the assembly.')[0]?.[1], 'capacity');
  });

  const files = {
    '001_wire.txt': 'A crowd of 19,870 watched the concert at the 21,000-capacity Halden Arena on Friday night.',
    '002_paper.txt': 'Organisers said the Halden Arena, which has a capacity of 21,000, was nearly full when the lights failed.',
  };

  it('holds a draft\'s capacity against the one the sources agree on', () => {
    const draft = { ...files, 'draft_gig.md': 'Most of the 19,870 fans in the 24,000-capacity venue were still inside when the lights failed.' };
    const found = findingsIn(draft, 'draft_gig.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.ok(draft['draft_gig.md'].slice(found[0].span.start, found[0].span.end).startsWith('24,000'));
    assert.deepEqual(findingsIn(draft, 'draft_gig.md', 'unsourced-claim'), []);
  });

  it('leaves a draft that gives the same capacity alone', () => {
    const draft = { ...files, 'draft_gig.md': 'Most of the 19,870 fans in the 21,000-seat venue were still inside when the lights failed.' };
    assert.deepEqual(findingsIn(draft, 'draft_gig.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(draft, 'draft_gig.md', 'unsourced-claim'), []);
  });
});
