// "Some 2.4 million patients missed appointments, including 0.9 million patients in rural clinics" /
// "2.4 million patients …, 0.9 million of them in rural clinics": a count told as a part of the
// count before it, with the part's words after it. A draft's "leaving 0.9 million patients without
// care", with none of the part's words beside it, gives the part as the whole: the sources' 0.9
// million is no support, and the whole they tell is what it disagrees with. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '000_wire.txt': 'Published June 3, 2027\n\nThe walkout by junior doctors closed clinics across the region on Monday, and some 2.4 million patients missed appointments, the health board said.',
  '001_union.txt': 'Published June 3, 2027\n\nSome 2.4 million patients missed appointments on Monday, including 0.9 million patients in rural clinics.',
  '002_explainer.md': 'Published June 3, 2027\n\nThe union says 2.4 million patients missed appointments, 0.9 million of them in rural clinics.',
};

describe('figure findings: a part told after its whole, given as the whole', () => {
  it('holds the draft\'s part to the whole the sources tell', () => {
    const files = { ...sources, 'draft_clinics.md': 'The walkout closed clinics across the region on Monday, and 0.9 million patients missed appointments.' };
    const found = findingsIn(files, 'draft_clinics.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '0.9 million patients');
  });

  it('leaves the part alone when the draft tells it with the part\'s words', () => {
    const files = { ...sources, 'draft_clinics.md': 'The walkout closed clinics across the region on Monday, and 0.9 million patients in rural clinics missed appointments.' };
    assert.deepEqual(findingsIn(files, 'draft_clinics.md', 'figure-conflict'), []);
  });
});
