// “Ka nui te mihi ki a Tūhoe” and “Ka nui te mihi ki a Tuhoe”: outlets differ in keeping macrons and
// accents, and a quotation differing only there is the same quotation, not a misquote; a word
// changed in it is still one.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_wire.txt': 'Aroha Tānemahuta, chair of the Pōneke trust, said: “The whānau of Ōtāwhiti have waited forty years for this land to come home.”',
  '002_paper.txt': '“The whanau of Otawhiti have waited forty years for this land to come home,” said Aroha Tanemahuta, chair of the Poneke trust.',
};

describe('quote findings: accents and macrons', () => {
  it('reports no misquote for a quotation differing only by its accents or macrons', () => {
    assert.deepEqual(findingsIn(sources, '002_paper.txt', 'quote-mismatch'), []);
    assert.deepEqual(findingsIn(sources, '001_wire.txt', 'quote-mismatch'), []);
    const draft = { ...sources, 'draft_land.md': '“The whānau of Otawhiti have waited forty years for this land to come home,” Ms Tānemahuta said.' };
    assert.deepEqual(findingsIn(draft, 'draft_land.md', 'quote-mismatch'), []);
  });

  it('still reports a word changed in such a quotation', () => {
    const files = { ...sources, 'draft_land.md': '“The whanau of Ōtāwhiti have waited fifty years for this land to come home,” Ms Tanemahuta said.' };
    const found = findingsIn(files, 'draft_land.md', 'quote-mismatch');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(files['draft_land.md'].slice(found[0].span.start, found[0].span.end), 'fifty');
  });
});
