// "at about 4,160 metres (14,961 feet)" where the sources tell "4,560 metres (14,961 ft)": the draft's
// own conversion in brackets converts the sources' measure, not its own number, so the number before
// the brackets is the slip, even where "about" lets it lie close to another height the sources tell
// (the hut's 4,250 metres). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = (draft: string) => ({
  '000_wire.txt': 'ZERMATT, June 3 (Alp Wire) - The slab avalanche started at about 4,560 metres (14,961 ft), below the summit ridge.',
  '001_release.txt': 'MOUNTAIN RESCUE ZERMATT\n\nThe slab broke at approximately 4,560 metres. The guides had crossed from the Tracuit hut towards the summit ridge.\n\nNotes: the Tracuit hut sits at 4,250 metres = 13,944 feet; 4,560 metres = 14,961 feet.',
  '002_blog.md': '# Live: Zermatt\n\n**9:10** – The guides had crossed from the Tracuit hut (4,250 m / 13,944 ft) towards the summit ridge.',
  'draft_slab.md': draft,
});

describe('findings: a measure whose own bracketed conversion is the sources\'', () => {
  it('flags the number before the brackets', () => {
    const found = findingsIn(files('The slab avalanche started at about 4,160 metres (14,961 feet), as guides were crossing from the Tracuit hut towards the summit ridge.'), 'draft_slab.md', 'figure-conflict');
    assert.deepEqual(found.map((f) => f.text), ['about 4,160 metres'], JSON.stringify(found));
  });

  it('leaves a right pair alone', () => {
    assert.deepEqual(findingsIn(files('The slab avalanche started at about 4,560 metres (14,961 feet), as guides were crossing from the Tracuit hut towards the summit ridge.'), 'draft_slab.md', 'figure-conflict'), []);
  });
});
