// Ages told in one list are of several people: a source's "a 63-year-old …, a 47-year-old …" is not
// held against another source's 63-year-old, since its own sentence states 63 as well.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figures: ages listed in one sentence', () => {
  it('does not hold one listed age against another source\'s age that the list also states', () => {
    const files = {
      '001_police.txt': 'HARTFELL, May 3 (Wirepost) - Three people died when a coach left the road near Hartfell on Sunday. ' +
        'The victims are a 63-year-old Scottish coach driver from Moffat, a 47-year-old Irish man and a 19-year-old Welsh woman, police said.',
      '002_paper.txt': 'HARTFELL, May 3 (Wirepost) - The coach driver who died near Hartfell on Sunday was a 63-year-old from Moffat, police said. ' +
        'Two passengers also died.',
    };
    assert.deepEqual(findingsIn(files, '001_police.txt', 'figure-conflict').map((f) => f.message), []);
  });
});
