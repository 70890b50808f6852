// "could take another three hours" is what is left of a stretch of time told partway through, not
// how long the whole lasted: a live entry's remainder is no rival to the whole told afterwards, and
// a number it shares with some other span does not carry that span into a conflict. Invented text only.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { remainderDuration } from '../../../server/src/analysis/alignment/figures';
import type { Figure } from '../../../server/src/analysis/types';

const files = {
  '001_live.md': '# Ferry stuck off Marrow Point\n\n**21:10** We are told the tow to Harlsey harbour could take another three hours in the heavy swell.',
  '002_release.txt': 'HARLSEY - The lifeboat crew towed the stricken ferry to Harlsey harbour, a tow that took about four and a half hours in heavy swell.',
  '003_radio.txt': 'The tow to Harlsey harbour took about four and a half hours, the lifeboat crew said. The skipper said the swell rose three hours earlier than forecast.',
  'draft_ferry.md': '# Ferry towed in\n\nThe ferry is back in Harlsey.',
};

describe('figures: a duration still to come', () => {
  it('does not hold the whole span against a remainder told partway through', () => {
    assert.deepEqual(findingsIn(files, '002_release.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '003_radio.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_live.md', 'figure-conflict'), []);
  });

  it('still holds two wholes told in like words against each other', () => {
    const whole = { ...files, '001_live.md': '# Ferry stuck off Marrow Point\n\n**23:40** The tow to Harlsey harbour took three hours in heavy swell, the coastguard told us.' };
    assert.equal(findingsIn(whole, '001_live.md', 'figure-conflict').length, 1);
  });

  it('reads "another", "a further" and "an extra" before a duration, and only a duration', () => {
    const fig = (start: number, unit: Figure['unit']): Figure => ({ span: { start, end: start + 5 }, unit } as Figure);
    assert.equal(remainderDuration('could take another three hours', fig(19, 'duration')), true);
    assert.equal(remainderDuration('for a further two days', fig(14, 'duration')), true);
    assert.equal(remainderDuration('needs an extra ten minutes', fig(15, 'duration')), true);
    assert.equal(remainderDuration('the carry took three hours', fig(16, 'duration')), false);
    assert.equal(remainderDuration('another 40 homes', fig(8, 'count')), false);
  });
});
