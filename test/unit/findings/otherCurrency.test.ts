// A draft's exact sum in one currency where two sources or more tell the very same number, in like
// words, in one other currency ("a €40,000 relief fund" / "a £40,000 relief fund"), and no source
// tells the number in the draft's currency: the currency misread, told exactly or rounded ("about").
// A conversion in brackets only against the sources' conversions of the very same sum (one source is
// enough there), never against a sum told as it stands; not on one source alone otherwise; a dollar
// sum never against another dollar (a story's "$" is often its own dollar), not where a source
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

  it('flags a rounded sum, and a dollar sum, told in another currency by several sources (misses41)', () => {
    const rounded = {
      '000_wire.txt': 'Published April 9, 2027\n\nThe district council put the repairs at about £620 a shop, to be paid from its flood reserve.',
      '001_paper.md': 'Published April 9, 2027\n\nRepairs will cost around £620 a shop, the district council said, from its flood reserve.',
    };
    for (const sum of ['about €620', 'about $620']) {
      const found = figureConflicts({ ...rounded, 'draft_quay.md': `The district council put the repairs at ${sum} a shop, paid from its flood reserve.` }, 'draft_quay.md');
      assert.equal(found.length, 1, sum + ' ' + JSON.stringify(found));
      assert.deepEqual(found[0].against.map((e) => e.label).sort(), ['000', '001']);
    }
    // The sources' own currency, rounded: no conflict.
    assert.deepEqual(figureConflicts({ ...rounded, 'draft_quay.md': 'The district council put the repairs at about £620 a shop, paid from its flood reserve.' }, 'draft_quay.md'), []);
  });

  it('holds a conversion in brackets to a source\'s conversion of the very same sum, not to a sum told as it stands (misses41)', () => {
    const draftText = 'The insurer put the claims at SEK 3.2 billion (about $280 million), most of it for flooded homes.';
    const converted = {
      '000_wire.txt': 'Published April 9, 2027\n\nThe insurer put the claims at SEK 3.2 billion (about €280 million), most of it for flooded homes.',
      // Another conversion that the draft's comes near ("about" allows it) is no support for its currency.
      '001_paper.md': 'Published April 9, 2027\n\nThe insurer put the claims at SEK 3.2 billion (roughly €280 million, or about $300 million), most of it for flooded homes.',
    };
    const found = figureConflicts({ ...converted, 'draft_quay.md': draftText }, 'draft_quay.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, 'about $280 million');
    assert.ok(found[0].against.some((e) => e.label === '000'), JSON.stringify(found[0].against));
    // A conversion of another sum: not the same worth in two currencies.
    const otherSum = { '000_wire.txt': 'Published April 9, 2027\n\nThe insurer put the claims at SEK 3.1 billion (about €280 million), most of it for flooded homes.' };
    assert.deepEqual(figureConflicts({ ...otherSum, 'draft_quay.md': draftText }, 'draft_quay.md').filter((x) => x.text === 'about $280 million'), []);
    // Sums told as they stand: the draft's conversion is the writer's arithmetic of its own sum.
    const plain = {
      '000_wire.txt': 'Published April 9, 2027\n\nThe insurer set aside €280 million for the claims, most of it for flooded homes.',
      '001_paper.md': 'Published April 9, 2027\n\nMost of the €280 million the insurer set aside for claims is for flooded homes.',
    };
    assert.deepEqual(figureConflicts({ ...plain, 'draft_quay.md': draftText }, 'draft_quay.md'), []);
  });

  it('holds a sum in euros to the same number in dollars, whatever dollar (round 49)', () => {
    const dollars = {
      '000_wire.txt': 'Published April 9, 2027\n\nA junior nurse earns 1.19 million rand a year, or about US$850 a month at the official exchange rate.',
      '001_paper.md': 'Published April 9, 2027\n\nAt the official exchange rate a junior nurse takes home about 850 dollars a month.',
    };
    const found = figureConflicts({ ...dollars, 'draft_quay.md': 'A junior nurse earns about 850 euros a month at the official exchange rate.' }, 'draft_quay.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, 'about 850 euros');
    // The dollars themselves, told alike: no conflict.
    assert.deepEqual(figureConflicts({ ...dollars, 'draft_quay.md': 'A junior nurse earns about US$850 a month at the official exchange rate.' }, 'draft_quay.md'), []);
  });
});
