// Two kinds of number that count nothing the article claims. A correction note's "An earlier version
// of this story said …" tells the retracted figure; "(counts 2 and 3)", "section 4" name items. Read
// as counts, each supported a draft's wrong count of charges. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const figures = (text: string) => analyzeArticle({ path: '000_a.md', text }).figures.map((f) => [f.text, f.counted]);

describe('figures: retracted numbers and item numbers', () => {
  it('a correction note\'s "earlier version" sentence gives no figure; the corrected one stands', () => {
    const text = 'Correction: An earlier version of this article said the driver faced five charges. He faces four charges.';
    assert.deepEqual(figures(text), [['four charges', 'charge']]);
    // Without the note's words, both are figures.
    assert.equal(figures('The driver faced five charges at first. He faces four charges.').length, 2);
  });

  it('the note may call the piece by its kind ("this explainer", "this guide"): its old figure is still retracted', () => {
    const text = 'Correction: An earlier version of this explainer gave the height of the Varno dam as 210 metres. It is 120 metres.';
    assert.deepEqual(figures(text).map(([t]) => t), ['120 metres']);
    const guide = 'Correction: An earlier version of this guide said the ferry carried 900 passengers. It carries 600 passengers.';
    assert.deepEqual(figures(guide).map(([t]) => t), ['600 passengers']);
  });

  it('a number after "counts", "section" and the like names an item, counting nothing', () => {
    const text = 'She was convicted of two counts of theft (counts 3 and 5) and cleared of one.';
    assert.deepEqual(figures(text).filter(([, counted]) => counted === 'count'), [['two counts', 'count']]);
  });

  it("a draft's wrong count is no longer supported by them", () => {
    const files = {
      '000_blog.md': 'Live: the Ardmore trial\n\nCorrection: An earlier version of this post said Lena Vost was convicted on five counts. She was convicted on three counts and cleared on one.',
      '001_release.txt': 'Lena Vost was convicted of three counts of fraud (counts 4 and 5 and count 7) and of no other charge. She was found not guilty on count 2.',
      '002_wire.txt': 'ARDMORE, May 2 (Harbour Wire) - Lena Vost, 51, was convicted on three counts of fraud on Friday and cleared on one count.',
      'draft_vost.md': 'Lena Vost, 51, was convicted on five counts of fraud on Friday.',
    };
    const found = findingsIn(files, 'draft_vost.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, 'five counts');
  });
});
