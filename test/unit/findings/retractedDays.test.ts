// "Correction, 14:20: An earlier entry said the ferry would resume on Thursday 9 March. It resumes on
// Thursday 16 March.": a correction retells the day the article got wrong before; that day is no
// claim of the article, and is not held against the sources. The same day told as the article's own
// claim still is. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const wire = 'KILMORY, March 2 (Coast Wire) - The ferry to Inchmore will resume sailing on Thursday, March 16, the operator said on Thursday.';
const note = '**Correction, 14:20:** An earlier entry said the ferry would resume on Thursday 9 March. It resumes on Thursday 16 March.';

function timesOf(text: string): string[] {
  return analyzeArticle({ path: '002_blog.md', text }).times.map((t) => t.text);
}

describe('time claims: a correction retelling an earlier version', () => {
  it('reads no claim from the retracted words, and keeps the rest of the note', () => {
    const told = timesOf(`# Live: Inchmore ferry\n\n*Thursday 2 March 2028*\n\n${note}`);
    assert.ok(!told.some((t) => t.includes('9 March')), told.join(' | '));
    assert.ok(told.some((t) => t.includes('16 March')), told.join(' | '));
    const story = timesOf('The original version of this story stated that talks ended on Friday 3 March. They ended on Saturday 4 March.');
    assert.ok(!story.some((t) => t.includes('3 March')) && story.some((t) => t.includes('4 March')), story.join(' | '));
  });

  it('does not hold the retracted day against a source', () => {
    const blog = `# Live: Inchmore ferry\n\n*Thursday 2 March 2028*\n\n${note}`;
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, '002_blog.md': blog }, '002_blog.md', 'time-conflict'), []);
  });

  it('still holds the same day told as the article\'s own claim', () => {
    const blog = '# Live: Inchmore ferry\n\n*Thursday 2 March 2028*\n\n**14:20** The ferry to Inchmore will resume sailing on Thursday 9 March, the operator says.';
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, '002_blog.md': blog }, '002_blog.md', 'time-conflict').map((f) => f.text), ['Thursday 9 March']);
  });
});
