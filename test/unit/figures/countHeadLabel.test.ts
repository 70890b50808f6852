// A label headed by "count", "tally" or "total" ("Visitor count from the museum: 4,120") counts the
// noun before its head (visitors), not nothing; "Final count: 5,000" names no counted thing. A bare
// snapshot left uncounted let a blog's "by 13:00" be read as another source's "by 10:00" told in like
// words. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const counted = (text: string) => analyzeArticle({ path: '001_blog.md', text }).figures.map((f) => [f.value, f.counted]);

describe('figures: a label headed by a count word', () => {
  it('counts the noun before the head', () => {
    assert.deepEqual(counted('Visitor count from the gallery: 4,120 by noon.'), [[4120, 'visitor']]);
    assert.deepEqual(counted('Vote tally: 2,318.'), [[2318, 'vote']]);
  });

  it('reads no counted thing from a head named only by which count it is', () => {
    assert.deepEqual(counted('Final count: 5,000.'), [[5000, null]]);
  });

  it('keeps two snapshots of a count at two times apart', () => {
    const files = {
      '001_wire.txt': 'Lorvik gallery reopens\n\nLORVIK, June 3 (Northwire) - The city gallery reopened on Tuesday after two years of repairs.\n\nBy 10:00, the gallery had counted 2,300 visitors on its free opening day, against about 9,000 who come on a busy Saturday.',
      '002_blog.md': '# LIVE: Lorvik gallery reopens\n\n**Lorvik Post** · Live coverage · Tuesday 3 June 2025 · All times CEST\n\n### 13:20 Midday numbers\n\nVisitor count from the gallery: **4,120** by 13:00. For comparison, 2,300 had come in by 10:00. Only two wings are open.\n',
      'draft_gallery.md': '# Gallery reopens\n\nThe gallery reopened on Tuesday.',
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_blog.md', 'time-conflict'), []);
  });
});
