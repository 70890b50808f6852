// "Mill Lane was at 85% of its capacity" is a share of what the ground holds, its own quantity: it is
// not held against "home fans bought 91% of the tickets" told in like words. "at 85% capacity" and
// "85% full" are the same share of capacity, and a draft's other share of capacity still disagrees.
// Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const shares = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.of ?? null]);

const files = {
  '001_wire.txt': 'BRANSTON, England, Oct. 4 (Northwire) - Home fans bought 91% of the tickets for Saturday\'s match against Corby at Mill Lane, Branston Rovers said.\n',
  '002_paper.md': '# Rovers back near full house\n\nBranston Rovers said home fans took 91% of the tickets for Saturday\'s match against Corby at Mill Lane, which was 85% full.\n',
};

describe('figures: a share of capacity', () => {
  it('reads "85% capacity" and "85% full" as shares of capacity', () => {
    assert.deepEqual(shares('The ground was at 85% capacity.'), [['85% capacity', 'capacity']]);
    assert.deepEqual(shares('The ground was 85 per cent full.'), [['85 per cent', 'capacity']]);
    assert.deepEqual(shares('About 85% full-time staff stayed.')[0]?.[1], null);
  });

  it('does not hold a share of capacity against a share of tickets', () => {
    const draft = { ...files, 'draft_rovers.md': '# Rovers crowds return\n\nMill Lane was at 85% of its capacity for Saturday\'s match against Corby, Branston Rovers said, and home fans bought most of the tickets.\n' };
    assert.deepEqual(findingsIn(draft, 'draft_rovers.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(draft, 'draft_rovers.md', 'unsourced-claim'), []);
  });

  it('calls a share of capacity no source tells unsourced, not a conflict with the share of tickets', () => {
    const only = {
      '001_wire.txt': files['001_wire.txt'],
      '002_paper.md': '# Rovers back near full house\n\nBranston Rovers said home fans took 91% of the tickets for Saturday\'s match against Corby at Mill Lane.\n',
      'draft_rovers.md': '# Rovers crowds return\n\nMill Lane was at 85% of its capacity for Saturday\'s match against Corby, Branston Rovers said, and home fans bought most of the tickets.\n',
    };
    assert.deepEqual(findingsIn(only, 'draft_rovers.md', 'figure-conflict'), []);
    assert.equal(findingsIn(only, 'draft_rovers.md', 'unsourced-claim').length, 1);
  });

  it('still holds another share of capacity', () => {
    const draft = { ...files, 'draft_rovers.md': '# Rovers crowds return\n\nMill Lane was 95% full for Saturday\'s match against Corby, Branston Rovers said, and home fans bought most of the tickets.\n' };
    const found = findingsIn(draft, 'draft_rovers.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.text), ['85%']);
  });
});
