// "a grant of 2.65 million rand, or about US$1,470,000" where the sources say "about US$147,000": the
// same digits ten times over are the sum with its decimal point slipped, a conflict with the sources,
// not a new fact no source gives. Sums whose digits are common by chance are not held so. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figures: a sum with its decimal point slipped', () => {
  const files = {
    '001_wire.txt': 'DURBAN, May 6 (Coastwire) - The city council approved a grant of 2.65 million rand, about US$147,000, for each flooded school on Tuesday.',
    '002_release.txt': 'MEDIA STATEMENT\n\nThe council has approved a grant of R2,650,000 (approximately US$147,000) for each school damaged by the floods.',
    'draft.md': 'The city council approved a grant of 2.65 million rand, or about US$1,470,000, for each flooded school on Tuesday.',
  };
  it('holds the slipped sum against the sources\' sum', () => {
    const found = findingsIn(files, 'draft.md', 'figure-conflict').filter((f) => /1,470,000/.test(f.text));
    assert.equal(found.length, 1, JSON.stringify(findingsIn(files, 'draft.md', 'unsourced-claim')));
    assert.equal(findingsIn(files, 'draft.md', 'unsourced-claim').filter((f) => /1,470,000/.test(f.text)).length, 0);
  });
  it('does not pair round sums ten times apart', () => {
    const round = { ...files, 'draft.md': files['draft.md'].replace('US$1,470,000', 'US$1,500,000') };
    const r = { ...round, '001_wire.txt': files['001_wire.txt'].replace('US$147,000', 'US$150,000'), '002_release.txt': files['002_release.txt'].replace('US$147,000', 'US$150,000') };
    assert.equal(findingsIn(r, 'draft.md', 'figure-conflict').filter((f) => /1,500,000/.test(f.text)).length, 0);
  });
});
