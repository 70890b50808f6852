// How long something lasted has one value. Two sources that tell it in like clauses (three words in
// common beside both) disagree, even when one of them agrees with a third source; and a source that
// states the very number held against another disagrees with that other too, in whatever words.
// Invented text only.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  '001_wire.txt': 'KELMORE, Oct. 3 (Wirepost) - The pumping station ran without adequate backup power for about 11 hours, until an engineer on her night rounds spotted the fault.',
  '002_release.txt': 'KELMORE, Oct. 3 - Power to the pumps was restored at 11:40 p.m. after an outage of approximately 11 hours. Crews will inspect every pump.',
  '003_explainer.md': '# What happened in Kelmore\n\nThe pumping station ran without enough pressure for roughly 14 hours before an engineer noticed.',
  'draft_pumps.md': '# Pumps back\n\nThe station has its power back.',
};

describe('figures: durations told by sources', () => {
  it('holds two sources\' durations told in like clauses against each other', () => {
    assert.equal(findingsIn(files, '003_explainer.md', 'figure-conflict').length, 1);
    assert.equal(findingsIn(files, '001_wire.txt', 'figure-conflict').length, 1);
  });

  it('holds a source that states the number held against another to that other too', () => {
    const found = findingsIn(files, '002_release.txt', 'figure-conflict');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /14 hours/);
  });

  it('never holds a source, through another, to a duration a speaker tells inside a quotation', () => {
    // The councillor's "for roughly 14 hours" is his rhetoric: held to nothing directly, and so to
    // nothing one step through a source that tells the wire's number either.
    const quoted = {
      ...files,
      '003_explainer.md': '# What happened in Kelmore\n\nCouncillor Idris Varga said the utility "ran the pumping station without enough pressure for roughly 14 hours before an engineer noticed".',
    };
    assert.deepEqual(findingsIn(quoted, '001_wire.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(quoted, '002_release.txt', 'figure-conflict'), []);
  });

  it('leaves durations of other things alone', () => {
    const other = {
      '001_wire.txt': 'KELMORE, Oct. 3 (Wirepost) - The pumping station ran without backup power for about 11 hours, the utility said.',
      '002_release.txt': 'KELMORE, Oct. 3 - Samples will be taken 14 hours apart before the notice is lifted.',
      'draft_pumps.md': '# Pumps back\n\nThe station has its power back.',
    };
    assert.deepEqual(findingsIn(other, '001_wire.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(other, '002_release.txt', 'figure-conflict'), []);
  });
});
