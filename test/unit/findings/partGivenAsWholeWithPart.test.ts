// A draft that tells a part as the whole and then a part of it ("91 evacuees were staying in shelters
// across the county, most of them at the leisure centre") where a source tells that number as a part
// ("406 evacuees …, 91 of them at the leisure centre"): no source's 91 supports the draft's whole, and
// it is held to the sources' whole. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: a part told as the whole, with a part of its own', () => {
  const sources = {
    '000_release.txt': 'On Monday evening, 406 evacuees were staying in shelters across the county, 91 of them at the Oakfield leisure centre.',
    '001_wire.txt': 'On Monday evening, 406 evacuees were staying in shelters across the county, the council said.',
    '002_blog.md': 'The Oakfield leisure centre still had 91 evacuees on Monday evening, volunteers said.',
  };

  it('holds the draft\'s whole against the sources\' 406', () => {
    const files = { ...sources, 'draft_floods.md': 'On Monday evening, 91 evacuees were staying in shelters across the county, most of them at the Oakfield leisure centre.' };
    const found = findingsIn(files, 'draft_floods.md', 'figure-conflict');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /406/);
  });

  it('still lets a draft tell the part as the part', () => {
    const files = { ...sources, 'draft_floods.md': 'On Monday evening, 91 evacuees were staying at the Oakfield leisure centre, the council said.' };
    assert.deepEqual(findingsIn(files, 'draft_floods.md', 'figure-conflict').map((f) => f.message), []);
  });
});
