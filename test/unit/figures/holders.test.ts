// "41,780 ticket holders", "season-ticket holders": holders count the things they hold, so a count of
// ticket holders is a count of tickets (and two neighbouring digits swapped are one figure misreported).
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

function counted(body: string, words: string): (string | null)[] {
  return analyzeArticle({ path: 'story.txt', text: body }).figures.filter((f) => f.text === words).map((f) => f.counted);
}

describe('figures: holders count what they hold', () => {
  it('reads "ticket holders" as tickets, "season-ticket holders" too', () => {
    assert.deepEqual(counted('Refunds go to all 18,240 ticket holders, the club says.', '18,240 ticket holders'), ['ticket']);
    assert.deepEqual(counted('About 3,200 season-ticket holders were told by email.', 'About 3,200 season-ticket holders'), ['ticket']);
  });
  it('leaves holders of nothing named', () => {
    assert.deepEqual(counted('The 12 holders of the title met in Leeds.', '12 holders'), ['holder']);
  });
  it('holds ticket holders with swapped digits against the tickets sold', () => {
    const files = {
      '000_wire.txt': 'CORRIN, England, May 9 (Coastline News) - The club said 18,420 tickets had been sold for the final.',
      '001_blog.md': '# LIVE: Corrin final called off\n\n*all times BST*\n\n**22:05** 💬 The club has issued a statement. Refunds for all 18,240 ticket holders, it says.',
    };
    assert.equal(findingsIn(files, '001_blog.md', 'figure-conflict').length, 1);
  });
});
