// "about forty-five metres down" is the depth other sources tell as "a depth of 35 metres": a length
// told as how far down carries the word "depth" among its near words, as if the speaker had used it, so
// the two are one quantity that disagrees. "down the shaft from the gallery" is a way along, not a depth.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources: Record<string, string> = {
  '000_wire.txt': 'KARVINA, May 4 (Wirepost) - Rescuers reached four trapped miners at a depth of 35 metres (115 feet) on Monday, about 3 km east of the town, the mine operator said.',
  '001_release.txt': 'OSTRAVA MINING COMPANY\n\nThe four miners were found on Monday at a depth of 35 metres, 3 km east of Karvina.',
  '002_blog.md': '# Live: mine rescue\n\n**14:05**\nThe men are at a depth of 35 m (115 ft), the company says.',
};
const radio = 'Radio Karvina, Monday 4 May 2026\nHost: Eva Dvorak\nGuest: Petr Novak, rescue chief\n\nDVORAK: How deep are they?\n\n' +
  'NOVAK: Our figures have them at about forty-five metres down, roughly a hundred and fifty feet, and three kilometres east of the town.\n\nDVORAK: Thank you.';

describe('figures: a length told as how far down is a depth', () => {
  it('holds "forty-five metres down" against "a depth of 35 metres"', () => {
    const found = findingsIn({ ...sources, '003_radio.txt': radio }, '003_radio.txt', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
    assert.match(found[0].message, /35 metres/);
  });

  it('does not read "down the shaft" as a depth', () => {
    const along = radio.replace('forty-five metres down,', 'forty-five metres down the shaft from the gallery,');
    assert.deepEqual(findingsIn({ ...sources, '003_radio.txt': along }, '003_radio.txt', 'figure-conflict'), []);
  });
});
