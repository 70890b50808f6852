// "… treated 31 people, and nine were kept in hospital overnight": a number in words before an
// auxiliary and a participle not in -ed ("kept", "taken", "held") counts a part of the group just
// counted, as "nine were admitted" does. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

describe('figures: a count in words before "were kept", "were taken"', () => {
  it('reads the count and what it counts', () => {
    const a = analyzeArticle({ path: '001_wire.txt', text: 'The clinic treated 26 people on Friday, and three were kept in overnight. Two were taken to Arden by ambulance.\n' });
    const counts = a.figures.map((f) => [f.value, f.counted]);
    assert.deepEqual(counts.filter(([v]) => v === 3 || v === 2), [[3, 'person'], [2, 'person']]);
  });

  it('holds a draft\'s count of those kept in against the sources\'', () => {
    const files = {
      '001_wire.txt': 'LORRIN, May 4 (Coastwire) - The clinic in Lorrin treated 26 people after the gas leak. Three were kept in overnight for checks.\n',
      '002_paper.md': '# Gas leak\n\nLorrin Clinic treated 26 people after the leak, and three were kept in overnight for checks.\n',
      'draft_leak.md': '# Gas leak in Lorrin\n\nLorrin Clinic treated 26 people, and eight were kept in overnight for checks.\n',
    };
    const found = findingsIn(files, 'draft_leak.md', 'figure-conflict');
    assert.equal(found.length, 1);
    assert.equal(found[0].text, 'eight');
  });
});
