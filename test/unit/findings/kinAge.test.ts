// "his wife Rosa, 68,": a given name after a word for a person names someone no source speaks as; her age
// is part of the draft's account of her, like the age of any person no source names, not a figure of its own.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: the age of a person named by a given name after a kin word', () => {
  const source = 'Published April 2, 2027\n\nTwo people died when a delivery van struck a bus shelter in Corvo on Tuesday. Police named one of them as Aldo Pereira, 70.';

  it('is not flagged as unsourced', () => {
    const files = { '001_police.txt': source, 'draft_van.md': 'Aldo Pereira, 70, and his wife Rosa, 68, died when a delivery van struck a bus shelter in Corvo on Tuesday.' };
    assert.deepEqual(findingsIn(files, 'draft_van.md', 'unsourced-claim').map((f) => f.text), []);
  });

  it('a count of its own in the same account is still flagged', () => {
    const files = { '001_police.txt': source, 'draft_van.md': 'Aldo Pereira, 70, died when a delivery van struck a bus shelter in Corvo on Tuesday, injuring 68 people.' };
    assert.deepEqual(findingsIn(files, 'draft_van.md', 'unsourced-claim').map((f) => f.text), ['68 people']);
  });
});
