// "It lapses on 14 June 2033" where three sources give 14 June 2032 ("will lapse on June 14, 2032",
// "Licence lapses on 14 June 2032", "| Ends | 14 June 2032 |"): the same day and month in one year a
// slip away, told by three sources or more and beside a word of the draft's in one of them, is the
// year misreported, though the draft's sentence is too short to share three words with any.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '000_wire.txt': 'OSLO, June 2 (Wirepost) - The fishing licence runs from June 15, 2028, and will lapse on June 14, 2032, the ministry said.',
  '001_blog.md': 'Key points:\n\n- Licence lapses on 14 June 2032.\n- The fee is unchanged.',
  '002_release.txt': 'The licence period will therefore end on 14 June 2032.',
};

describe('findings: a full date\'s year slipped, told by three sources', () => {
  it('flags the draft\'s year', () => {
    const files = { ...sources, 'draft_licence.md': 'The fishing licence runs from 15 June 2028. It lapses on 14 June 2033.' };
    const found = [...findingsIn(files, 'draft_licence.md', 'time-conflict'), ...findingsIn(files, 'draft_licence.md', 'figure-conflict')];
    assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
  });

  it('needs three sources', () => {
    const files = { '000_wire.txt': sources['000_wire.txt'], '001_blog.md': sources['001_blog.md'], 'draft_licence.md': 'The fishing licence runs from 15 June 2028. It lapses on 14 June 2033.' };
    const found = [...findingsIn(files, 'draft_licence.md', 'time-conflict'), ...findingsIn(files, 'draft_licence.md', 'figure-conflict')];
    assert.equal(found.length, 0);
  });
});
