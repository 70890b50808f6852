// A quotation woven into the writer's sentence, opening in lower case ("crews found “people trapped
// against the railings …”"), may drop the auxiliary after its first word to fit the sentence: that
// is the writer's grammar, not a misquote of "People were trapped against the railings …".
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const full = 'HALE, England, May 3 (Coastline News) - "People were trapped against the railings for several minutes. Some could not breathe," ' +
  'said Nia Pryce, a duty manager for the county ambulance service.';
const woven = (words: string) => '# LIVE: Crush at Hale pier\n\n*Hale Courier live desk · all times BST*\n\n' +
  `**21:10** 🩺 Duty manager Nia Pryce, at the scene, says crews found “${words}” She praised the lifeguards.`;

describe('quotes: a quotation woven into the writer\'s sentence', () => {
  it('does not call a dropped auxiliary after the woven opening word a misquote, on either side', () => {
    const files = { '000_wire.txt': full, '001_blog.md': woven('people trapped against the railings for several minutes. Some could not breathe.') };
    assert.deepEqual(findingsIn(files, '001_blog.md', 'quote-mismatch').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'quote-mismatch').map((f) => f.text), []);
  });

  it('still calls a changed or dropped word of another kind a misquote', () => {
    const changed = { '000_wire.txt': full, '001_blog.md': woven('people crushed against the railings for several minutes. Some could not breathe.') };
    assert.equal(findingsIn(changed, '001_blog.md', 'quote-mismatch').length, 1);
    const dropped = { '000_wire.txt': full.replace('People were trapped', 'People badly trapped'), '001_blog.md': woven('people trapped against the railings for several minutes. Some could not breathe.') };
    assert.equal(findingsIn(dropped, '001_blog.md', 'quote-mismatch').length, 1);
  });
});
