// "The survey covers 96,000 farms" where two sources say "The survey covers 2,300 farms … inspectors
// logged about 96,000 fields": the draft gives its thing the number the sources give to another
// counted thing beside it. Not on one source alone, not when a source counts the draft's thing with
// its number, and not for a number no source gives to anything in that paragraph. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '000_wire.txt': 'KARLOV, May 3 (Harbour Wire) - The agriculture office said its annual survey covers 2,300 farms, and its inspectors logged about 96,000 fields across 14 districts in April.',
  '001_release.txt': 'AGRICULTURE OFFICE\n\nNOTES\n\n1. The annual survey covers 2,300 representative farms. In April, inspectors logged approximately 96,000 individual fields in 14 districts.',
};
const draft = 'The agriculture office\'s annual survey covers 96,000 farms, visited in 14 districts.';

describe("figure findings: a draft's count that the sources give to another thing", () => {
  it('flags the draft against the sources\' count of its thing', () => {
    const found = findingsIn({ ...sources, 'draft_farms.md': draft }, 'draft_farms.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '96,000 farms');
    assert.equal(found[0].against.length, 2);
  });

  it('does not flag on one source alone', () => {
    const files = { '000_wire.txt': sources['000_wire.txt'], 'draft_farms.md': draft };
    assert.deepEqual(findingsIn(files, 'draft_farms.md', 'figure-conflict'), []);
  });

  it('does not flag when a source counts the draft\'s thing with its number', () => {
    const files = { ...sources, '002_paper.md': 'Published May 3, 2027\n\nSome 96,000 farms in the region received the survey form by post.', 'draft_farms.md': draft };
    assert.deepEqual(findingsIn(files, 'draft_farms.md', 'figure-conflict'), []);
  });
});
