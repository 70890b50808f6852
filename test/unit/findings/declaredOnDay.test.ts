// "and the premier's office declared a state of emergency for the valley on Friday": a draft's official
// declaration, dated to a day, that no source reports in any form of "declare" is a claim of the draft's
// own. A source that tells the declaration, in other words around it, leaves the draft alone. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources: Record<string, string> = {
  '000_wire.txt': 'DALBY, Aug. 7 (Wirepost) - Floodwater cut the valley road on Thursday, and about 400 residents left their homes, the shire council said.',
  '001_blog.md': '# Live: valley floods\n\n**18:10**\nThe council says about 400 people have left their homes. The road will stay shut until the water drops.',
};
const draft = '# Floods\n\nAbout 400 residents left their homes, and the premier\'s office declared a state of emergency for the valley on Friday, the council said.';

describe('times: a declaration no source reports', () => {
  it('flags the draft\'s declaration of an emergency when no source tells any', () => {
    const found = findingsIn({ ...sources, 'draft_floods.md': draft }, 'draft_floods.md', 'unsourced-claim');
    assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
    assert.match(found[0].message, /declared a state of emergency/);
  });

  it('leaves it alone where a source tells the declaration', () => {
    const told = { ...sources, '002_release.txt': 'OFFICE OF THE PREMIER\n\nThe premier has declared a state of emergency for the Dalby valley.' };
    assert.deepEqual(findingsIn({ ...told, 'draft_floods.md': draft }, 'draft_floods.md', 'unsourced-claim'), []);
  });
});
