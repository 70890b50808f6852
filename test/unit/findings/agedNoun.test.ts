// A draft's age of "a girl" is held to the sources' age of a girl however differently the sentences
// around them are worded: a child's age misreported is the same quantity told wrong.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figures: ages told of the same kind of person', () => {
  const files = {
    '001_wire.txt': 'LOWMOSS, May 3 (Wirepost) - Rescuers brought a 14-year-old girl ashore near the weir at dusk on Saturday, the coastguard said.',
    'draft.md': 'In the evening volunteers pulled a twelve-year-old girl from the river, and she is recovering at home.',
  };
  it('holds a draft\'s age of a girl against a source\'s age of a girl in unlike words', () => {
    assert.equal(findingsIn(files, 'draft.md', 'figure-conflict').length, 1);
  });
  it('does not hold it against the age of a man', () => {
    const other = { ...files, '001_wire.txt': files['001_wire.txt'].replace('14-year-old girl', '14-year-old man') };
    assert.equal(findingsIn(other, 'draft.md', 'figure-conflict').length, 0);
  });
});
