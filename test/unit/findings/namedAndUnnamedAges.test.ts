// An age told of a named person ("Reader Mira, 71,") and one told of someone unnamed with "a"/"an"
// ("an 84-year-old man") are two people's: held to each other through a word they share ("power") and
// a third source that tells the 84, they were flagged both ways. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'DUNMORE, Feb 2 (Coastwire) - An 84-year-old man found in his flat in Kelby, where the power had been cut, was in a critical condition, a hospital spokeswoman said.';
const blog = 'Dunmore Evening Post live\n\n**7.10pm** Reader Mira, 71, from Ashvale, emailed: "No power since five. We are sitting in the car with the heater on."';
const explainer = 'What we know\n\nAn 84-year-old Kelby man remains in a critical condition after the power was cut to his flat.';

describe('figure findings: a named person\'s age and an unnamed person\'s', () => {
  it('does not hold them to each other', () => {
    const files = { '001_wire.txt': wire, '002_blog.md': blog, '003_explainer.md': explainer };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'figure-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, '002_blog.md', 'figure-conflict').map((f) => f.text), []);
  });

  it('still holds "Boy, 7," to a draft\'s "a nine-year-old boy"', () => {
    const table = 'Timeline\n\n| Time | What happened |\n|---|---|\n| 2:05pm | Boy, 7, freed from the debris |\n';
    const files = { '001_table.md': table, 'draft.md': 'In the afternoon a nine-year-old boy was freed from the debris.' };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.text), ['nine-year-old']);
  });

  it('still holds two unnamed people\'s ages told alike', () => {
    const paper = 'Dunmore Courier\n\nAn 81-year-old man found in his flat in Kelby, where the power had been cut, was in a critical condition, a hospital spokeswoman said.';
    const files = { '001_wire.txt': wire, '003_explainer.md': explainer, '004_paper.txt': paper };
    assert.deepEqual(findingsIn(files, '004_paper.txt', 'figure-conflict').map((f) => f.text), ['81-year-old']);
  });
});
