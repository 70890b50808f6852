// "The freighter's 31 crew were unhurt" in a draft where a source tells "The freighter’s 28 crew are all
// safe" and another ship's crew elsewhere: a count of one thing owned by the same thing, named in the
// possessive right before it, is one quantity however little else the sentences share, so the draft's
// number is a figure-conflict, not a figure no source supports. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: a count owned by the same thing', () => {
  const files = (draft: string): Record<string, string> => ({
    '000_blog.md': '# LIVE: Freighter and trawler collide off Cape Verde\n\n**09:10** Coast guard says the trawler’s 12 crew were rescued by a passing yacht. The freighter’s 28 crew are all safe.\n',
    '001_wire.txt': 'Freighter and trawler collide\n\nPRAIA, June 2 (NWR) - A freighter and a trawler collided off Cape Verde on Tuesday. The Maltese-flagged freighter, which had 28 crew aboard, was not damaged.\n',
    'draft.md': draft,
  });

  it('holds the draft\'s count to the source\'s count owned by the same thing', () => {
    const text = '# Trawler crew rescued\n\nThe freighter\'s 31 crew were unhurt.\n';
    const found = findingsIn(files(text), 'draft.md', 'figure-conflict');
    assert.deepEqual(found.map((f) => f.text), ['31 crew']);
    assert.match(found[0].message, /28 crew/);
    assert.deepEqual(findingsIn(files(text), 'draft.md', 'unsourced-claim'), []);
  });

  it('leaves the same count alone', () => {
    const text = '# Trawler crew rescued\n\nThe freighter\'s 28 crew were unhurt.\n';
    assert.deepEqual(findingsIn(files(text), 'draft.md', 'figure-conflict'), []);
  });
});
