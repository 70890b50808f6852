// "64 cattle on the levee at 9.10am, 40 alive and 24 dead": a source tells one moment's whole and its
// parts in one sentence. A draft that tells one of the parts at that moment ("40 cattle alive at
// 9.10am") agrees with the source; it is not the whole's count misreported.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_blog.md': '**9.40am** – The first full count is in, taken at first light (9.10am): **64 cattle** stranded on the levee, **40 alive** and **24 dead**.',
  '002_wire.txt': 'Farmers said 64 cattle had been stranded on the levee when the river rose overnight.',
};
const draft = (n: number) => `The first full count, taken at first light at 9.10am, found ${n} cattle alive on the levee, among them several calves.`;

describe('figure findings: a part of a moment\'s whole', () => {
  it('leaves a draft\'s count alone that the source states as a part of the moment\'s whole', () => {
    assert.deepEqual(findingsIn({ ...sources, 'draft_flood.md': draft(40) }, 'draft_flood.md', 'figure-conflict'), []);
  });

  it('still flags a count that is no part the source states', () => {
    const files = { ...sources, 'draft_flood.md': draft(46) };
    const found = findingsIn(files, 'draft_flood.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(files['draft_flood.md'].slice(found[0].span.start, found[0].span.end), '46 cattle');
  });

  it('still flags a part the source tells of another moment', () => {
    const files = {
      ...sources,
      '001_blog.md': '**9.40am** – The first full count is in, taken at first light (9.10am): **64 cattle** stranded on the levee. By 11am, **40 alive** and **24 dead**.',
      'draft_flood.md': draft(40),
    };
    assert.equal(findingsIn(files, 'draft_flood.md', 'figure-conflict').length, 1);
  });
});
