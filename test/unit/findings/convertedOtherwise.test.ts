// "about $2,400 a year more" where two sources say "about 2,400 crowns ($310) a year more": the draft's
// number is the sum in the sources' own unit, which they convert in brackets to another number in
// the draft's currency. Not on one source alone, not when a source states the draft's sum in its
// currency, and not for the right conversion. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '000_wire.txt': 'OSTRAVIK, June 2 (Harbour Wire) - The housing office estimates that a typical tenant now pays about 2,400 crowns ($310) a year more in rent than twelve months ago.',
  '001_explainer.md': 'Published June 3, 2027\n\n- The housing office estimates that a typical tenant pays about **2,400 crowns** (roughly $310) a year more in rent than a year ago.',
  '002_radio.txt': 'Broadcast June 2, 2027\n\nTenants are paying around two thousand four hundred crowns more a year in rent, the housing office says.',
};
const draft = (sum: string) => `The housing office estimates that a typical tenant pays about ${sum} a year more in rent than a year ago.`;

describe("figure findings: a draft's sum that the sources tell in another unit and convert", () => {
  it("flags the draft's number told in the draft's currency", () => {
    const found = findingsIn({ ...sources, 'draft_rent.md': draft('$2,400') }, 'draft_rent.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, 'about $2,400');
    assert.equal(found[0].against.length, 2);
  });

  it('leaves the right conversion alone', () => {
    assert.deepEqual(findingsIn({ ...sources, 'draft_rent.md': draft('$310') }, 'draft_rent.md', 'figure-conflict'), []);
  });

  it('does not flag on one source alone', () => {
    const files = { '000_wire.txt': sources['000_wire.txt'], '002_radio.txt': sources['002_radio.txt'], 'draft_rent.md': draft('$2,400') };
    assert.deepEqual(findingsIn(files, 'draft_rent.md', 'figure-conflict'), []);
  });

  it("does not flag when a source states the draft's sum in its currency", () => {
    const files = { ...sources, '003_paper.md': 'Published June 2, 2027\n\nThe average deposit has reached $2,400, agents say.', 'draft_rent.md': draft('$2,400') };
    assert.deepEqual(findingsIn(files, 'draft_rent.md', 'figure-conflict'), []);
  });
});
