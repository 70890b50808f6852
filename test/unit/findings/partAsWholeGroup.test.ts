// "The operator's fleet of 9 ferries is laid up" in a draft, where the sources tell "9 of the operator's
// 23 ferries are laid up": the draft names the whole fleet by the part's number. The sources' 9 is the
// part's, no support; their 23 is what the draft's figure disagrees with. A source that tells the number
// as a whole of its own supports the draft. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';

const wire = 'OBAN, Feb 4 (Westwire) - Strait Ferries said 9 of the operator\'s 23 ferries are laid up after the storm damaged two piers.';
const blog = '# Live: storm on the west coast\n\n**10:15** Strait Ferries says 9 of its 23 ferries are laid up for now.';
const draft = '# Storm lays up ferries\n\nStrait Ferries said its fleet of 9 ferries is laid up after the storm damaged two piers.';

describe('findings: a part given as the whole group', () => {
  it('holds the draft\'s fleet against the sources\' whole', () => {
    const found = findingsIn({ '001_wire.txt': wire, '002_blog.md': blog, 'draft_storm.md': draft }, 'draft_storm.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].message, /23 ferries/);
  });

  it('lets the draft stand where a source tells the number as a whole, or the draft as a part', () => {
    const whole = 'OBAN, Feb 4 (Westwire) - Strait Ferries said its fleet of 9 ferries is laid up after the storm damaged two piers.';
    assert.deepEqual(findingsIn({ '001_wire.txt': whole, '002_blog.md': blog, 'draft_storm.md': draft }, 'draft_storm.md', 'figure-conflict'), []);
    const part = draft.replace('its fleet of 9 ferries is', '9 of its 23 ferries are');
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, '002_blog.md': blog, 'draft_storm.md': part }, 'draft_storm.md', 'figure-conflict'), []);
  });
});

describe('findings: a part given as the whole group, looked up through the indexes', () => {
  it('answers as comparing all pairs does when the whole is far larger than the rule looks', () => {
    // 9 of 2,300: a whole more than fifty times the part is beyond the rule's reach, whichever corpus hands it out.
    const texts: Record<string, string> = {
      '001_wire.txt': wire.replace("23 ferries", '2,300 ferries'),
      '002_blog.md': blog.replace('23 ferries', '2,300 ferries'),
    };
    const indexed = new Corpus();
    const exhaustive = new Corpus({ exhaustive: true });
    for (const [path, text] of Object.entries(texts)) { const a = analyzeArticle({ path, text }); indexed.set(a); exhaustive.set(a); }
    const d = analyzeArticle({ path: 'draft_storm.md', text: draft });
    const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));
    assert.deepEqual(plain(checkArticle(exhaustive, d)), plain(checkArticle(indexed, d)));
  });
});
