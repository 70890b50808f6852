// "19 licensed fishing boats, up from 14 on Monday": a source that tells a count going from one number
// to the other shows that another source's 14 and a third's 19 are the count before and after, not one
// count misreported. A bare number after "up from" is where the change started, not a clock hour.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const harbour = 'Wednesday 4 March 2026\n\nHarbour officials said 14 licensed fishing boats are moored inside the exclusion area off Pelling Point.';
const guide = 'Thursday 5 March 2026\n\nThe exclusion areas off Pelling Point take in 19 licensed fishing boats, the harbour master said.';
const blog = 'Thursday 5 March 2026\n\nA second exclusion area was drawn at Pelling Point. The areas cover 19 licensed fishing boats, up from 14 on Monday.';

describe('figure findings: a count another source tells as a change', () => {
  it('holds two sources to each other on the same described count', () => {
    const found = findingsIn({ '001_harbour.txt': harbour, '002_guide.txt': guide }, '001_harbour.txt', 'figure-conflict');
    assert.deepEqual(found.map((f) => f.text), ['14 licensed fishing boats']);
  });

  it('does not when a third source tells the count going from one number to the other', () => {
    const files = { '001_harbour.txt': harbour, '002_guide.txt': guide, '003_blog.txt': blog };
    assert.deepEqual(findingsIn(files, '001_harbour.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_guide.txt', 'figure-conflict'), []);
  });

  it('reads the number after "up from" as a count, not an hour', () => {
    const a = analyzeArticle({ path: '003_blog.txt', text: blog });
    assert.deepEqual(a.figures.map((f) => f.text), ['19 licensed fishing boats', '14']);
  });
});
