// "More than 48,000 cattle" where a source counts 48,215 cattle: a round bound that an exact source
// figure of the same kind falls in, within the place of its last digit, is that figure rounded, not
// a number no source gives; a round bound with no such figure near it still is.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const office = 'Tuesday 12 May 2026\n\nVETERINARY OFFICE UPDATE\n\nIncluding the herds at Dunmore and Callan, 48,215 cattle have now received the bluetongue jab. Farmers with questions should call the office.';
const paper = 'Tuesday 12 May 2026\n\nThe vaccination drive across the county reached its third week on Tuesday, with mobile teams visiting farms around Callan.';

describe('figure findings: a round bound of a source\'s exact figure', () => {
  it('does not call a rounded floor of a source\'s count unsourced', () => {
    const draft = 'More than 48,000 cattle across three valleys are now protected, after a fortnight of long days for vets.';
    assert.deepEqual(findingsIn({ '001_office.txt': office, '002_paper.txt': paper, 'draft.md': draft }, 'draft.md', 'unsourced-claim'), []);
  });

  it('still calls a round bound unsourced when no source figure lies within its last digit', () => {
    const draft = 'More than 45,000 cattle across three valleys are now protected, after a fortnight of long days for vets.';
    const found = findingsIn({ '001_office.txt': office, '002_paper.txt': paper, 'draft.md': draft }, 'draft.md', 'unsourced-claim');
    assert.deepEqual(found.map((f) => f.text), ['More than 45,000 cattle']);
  });
});
