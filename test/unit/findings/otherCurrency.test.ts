// A draft's exact sum in one currency where two sources or more tell the very same number, in like
// words, in one other currency ("a €40,000 relief fund" / "a £40,000 relief fund"), and no source
// tells the number in the draft's currency: the currency misread. Not for a conversion in brackets,
// not on one source alone, not for dollars (a story's "$" is often its own dollar), not where a source
// states the sum in the draft's currency too, nor where the number is told in unlike words.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');
const unsourced = (files: Record<string, string>, path: string) => findingsIn(files, path, 'unsourced-claim');

const sources = {
  '000_wire.txt': 'Published April 9, 2027\n\nThe district council has opened a £40,000 relief fund for families whose shops were flooded on the quay.',
  '001_paper.md': 'Published April 9, 2027\n\nFamilies whose shops flooded can apply to a £40,000 relief fund opened by the district council.',
  '002_radio.txt': 'Published April 9, 2027\n\nThe council says its relief fund of £40,000 will go to flooded shop owners first.',
};
const draft = (sum: string) => `The district council has opened a ${sum} relief fund for families whose shops were flooded.`;

describe('figure findings: a draft\'s sum in the wrong currency', () => {
  it('flags the sources\' number in another currency, told in like words by several sources', () => {
    const files = { ...sources, 'draft_quay.md': draft('€40,000') };
    const found = figureConflicts(files, 'draft_quay.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '€40,000');
    assert.ok(found[0].against.length >= 2, JSON.stringify(found[0].against));
  });

  it('does not flag the sum in the sources\' currency, nor its conversion in brackets', () => {
    assert.deepEqual(figureConflicts({ ...sources, 'draft_quay.md': draft('£40,000') }, 'draft_quay.md'), []);
    const converted = { ...sources, 'draft_quay.md': 'The district council has opened a £40,000 (€40,000) relief fund for families whose shops were flooded.' };
    assert.deepEqual(figureConflicts(converted, 'draft_quay.md'), []);
  });

  it('does not flag on one source alone', () => {
    const files = { '000_wire.txt': sources['000_wire.txt'], '003_other.txt': 'Published April 9, 2027\n\nShops on the quay were flooded.', 'draft_quay.md': draft('€40,000') };
    assert.deepEqual(figureConflicts(files, 'draft_quay.md'), []);
  });

  it('does not flag a dollar sum against the same number in another dollar', () => {
    const files = {
      '000_wire.txt': 'Published April 9, 2027\n\nThe district council has opened an A$40,000 relief fund for families whose shops were flooded on the quay.',
      '001_paper.md': 'Published April 9, 2027\n\nFamilies whose shops flooded can apply to an A$40,000 relief fund opened by the district council.',
      'draft_quay.md': draft('$40,000'),
    };
    assert.deepEqual(figureConflicts(files, 'draft_quay.md'), []);
  });

  it('does not flag when a source tells the number in the draft\'s currency as well', () => {
    const files = { ...sources, '003_eu.txt': 'Published April 9, 2027\n\nA regional grant of €40,000 went to the harbour board for new pumps.', 'draft_quay.md': draft('€40,000') };
    assert.deepEqual(figureConflicts(files, 'draft_quay.md'), []);
  });

  it('does not flag the same number said of something else', () => {
    const files = {
      '000_wire.txt': 'Published April 9, 2027\n\nThe harbour board paid £40,000 for new pumps last spring.',
      '001_paper.md': 'Published April 9, 2027\n\nNew pumps bought last spring cost the harbour board £40,000.',
      'draft_quay.md': draft('€40,000'),
    };
    assert.deepEqual(figureConflicts(files, 'draft_quay.md'), []);
    // Still a sum no source states in any words the draft's: not called unsourced either (its number is stated).
    assert.deepEqual(unsourced(files, 'draft_quay.md'), []);
  });
});
