// "Six of the eight patients were treated for burns" / "five of the eight patients have gone home":
// two parts of one whole said to do different things are two subsets, not one count. Held as one, the
// draft's six was flagged against the hospital's five. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const blog = [
  '# LIVE: Tanner Street factory fire',
  '',
  '*Valley Echo live team · Thursday 12 March 2026 · all times local*',
  '',
  '**16:40** 🏥 Kellaway Royal Infirmary says five of the eight patients have gone home. The two firefighters hurt at the scene are being kept in overnight.',
  '',
  '**11:05** Eight workers were taken to hospital after the fire at the Tanner Street factory.',
  '',
].join('\n');

describe('findings: two subsets of one whole', () => {
  it('holds a part said to do another thing against no other part', () => {
    const draft = '# Factory fire\n\nEight workers were taken to hospital after the Tanner Street factory fire. Six of the eight patients were treated for burns at Kellaway Royal Infirmary.\n';
    assert.deepEqual(findingsIn({ '001_blog.md': blog, 'draft_fire.md': draft }, 'draft_fire.md', 'figure-conflict'), []);
  });

  it('still holds a part said to do the same thing', () => {
    const draft = '# Factory fire\n\nEight workers were taken to hospital after the Tanner Street factory fire. Kellaway Royal Infirmary says six of the eight patients have gone home.\n';
    assert.equal(findingsIn({ '001_blog.md': blog, 'draft_fire.md': draft }, 'draft_fire.md', 'figure-conflict').length, 1);
  });

  it('reads what the part did before it too ("had cancelled 412 of the 3,100 trains")', () => {
    const files = {
      '001_wire.txt': 'OSLIN, July 8 (Railwire) - State operator Norrail cancelled 412 of the 3,100 trains it had scheduled for the day as track temperatures climbed.',
      'draft_heat.md': '# Rail heat\n\nNorrail cut speeds from 11:00, and by the end of the day had cancelled 421 of the 3,100 trains it had planned.\n',
    };
    assert.equal(findingsIn(files, 'draft_heat.md', 'figure-conflict').length, 1);
  });
});
