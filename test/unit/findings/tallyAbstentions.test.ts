// A tally told with its abstentions ("by 27 votes to 19, with 4 abstentions"): two tallies whose other
// side and abstentions both agree are one vote, however unlike the words around them ("Trustees
// voted 28 to 19, with four abstentions" in a live blog). Held only by their words, the sources on
// the majority's side were never held to the blog that got a side wrong. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  '001_wire.txt': 'The board of governors approved the merger by 27 votes to 19, with 4 abstentions, shortly before midnight.',
  '002_blog.md': '**23:51** Trustees voted 28 to 19, with four abstentions. Loud jeers from the gallery.',
  '003_release.txt': 'The Board agreed the proposals of its committee by 27 votes to 19, with 4 abstentions.',
};
const draft = 'The board of governors approved the merger by 27 votes to 19, with four abstentions, on Tuesday.';

describe('findings: a tally told with its abstentions', () => {
  it('holds every source to the one that got a side wrong, and that one to each', () => {
    for (const path of ['001_wire.txt', '003_release.txt']) {
      const found = findingsIn(files, path, 'figure-conflict');
      assert.equal(found.length, 1, path + JSON.stringify(found));
      assert.match(found[0].message, /28/);
    }
    assert.equal(findingsIn(files, '002_blog.md', 'figure-conflict').length, 1);
  });

  it('holds a draft siding with the majority to the one that got a side wrong', () => {
    const found = findingsIn({ ...files, 'draft.md': draft }, 'draft.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].message, /28/);
  });

  it('leaves tallies alone whose abstentions differ (two votes of one sitting)', () => {
    const other = { ...files, '002_blog.md': files['002_blog.md'].replace('four abstentions', 'two abstentions') };
    for (const path of Object.keys(other)) assert.deepEqual(findingsIn(other, path, 'figure-conflict'), [], path);
  });
});
