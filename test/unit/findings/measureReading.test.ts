// A draft's fine-mark time held against one source ten minutes off needs two sources at its own minute.
// A source linked to the draft's time by a measure both sentences tell ("at about 2,300 metres"), at the
// very same minute, is one of them: it tells that moment's reading as surely as one linked by the verb.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: a source at the draft\'s minute, linked by a measure, counts among its readings', () => {
  it('holds the draft with two sources against the one ten minutes off', () => {
    const files = {
      '000_wire.txt': 'ALTENHORN, March 3 (Alp Wire) - A cornice broke away at 6:40 a.m. CET on Tuesday at about 2,300 metres above the Altenhorn hut.',
      '001_radio.txt': 'The snow came down at twenty to seven this morning, our reporter says, just above the hut.',
      '002_blog.md': '# Live: Altenhorn\n\n*Tuesday 3 March 2026*\n\n**7:15 am** – Guides at the hut say a large cornice came down at 6:50 am onto the upper trail.',
      'draft_altenhorn.md': 'A cornice broke away at 6:40 a.m. CET on Tuesday at about 2,300 metres above the Altenhorn hut, burying the upper trail.',
    };
    const found = findingsIn(files, 'draft_altenhorn.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].message, /002/);
  });
});
