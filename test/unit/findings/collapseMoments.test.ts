// A fall told in the verbs reporters vary ("collapsed", "gave way", "broke away", "came down", a
// timeline's "collapses") is one event of the story, whatever each calls the thing that fell. And two
// exact readings at five-minute marks ten minutes apart ("at 6:40" / "at 6:50") are no rounding of one
// moment: where three sources tell one and a fourth the other, the fourth is outvoted. Invented text.
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from './review';

describe('findings: a collapse told at one moment', () => {
  it('keys the fall in any of its verbs', () => {
    for (const [text, time] of [
      ['The cornice gave way at 6:20 a.m. above the hut.', '6:20 a.m.'],
      ['A grandstand roof collapsed at 3:10 pm during the match.', '3:10 pm'],
      ['Part of the quay wall broke away at 11:40 on Friday.', '11:40'],
      ['06:40 - Cornice collapses onto the upper trail.', '06:40'],
    ]) assert.ok(eventKeysAt(text, time).includes('~collapse'), `${text} ${JSON.stringify(eventKeysAt(text, time))}`);
  });

  it('holds the one source ten minutes off against three that agree', () => {
    const files = {
      '000_wire.txt': 'ALTENHORN, March 4 (Alp Wire) - A cornice broke away at 6:40 a.m. on Tuesday above the Altenhorn hut, burying part of the upper trail.',
      '001_release.txt': 'ALTENHORN MOUNTAIN SERVICE\nTuesday 4 March 2025\n\nTIMELINE\n\n06:40 - Cornice collapses onto the upper trail.\n07:25 - First team leaves the hut.',
      '002_radio.txt': 'The snow came down at twenty to seven this morning, our reporter says, just above the hut.',
      '003_blog.md': '# Live: Altenhorn\n\n*Tuesday 4 March 2025*\n\n**7:15 am** – Guides at the hut say a large cornice came down at 6:50 am onto the upper trail.',
    };
    const found = findingsIn(files, '003_blog.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '6:50 am');
    assert.equal(findingsIn(files, '000_wire.txt', 'time-conflict').length, 1);
  });
});
