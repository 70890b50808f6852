// "1,312 complaints were received, against 487 letters of praise" / "The plan drew 1,250 complaints,
// the campaign said, along with 487 letters of praise": two sources' counts of one thing, each told
// with the same count of a second thing later in the sentence, are one tally told twice, when that
// second count is one seldom told by chance (100 or more, not a multiple of ten).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = (second: string) => ({
  '001_wire.txt': `HALTWELL, May 3 (Wirepost) - A total of 1,312 complaints were received about the bypass plan, against ${second} letters of praise.`,
  '002_paper.txt': `The bypass plan drew 1,250 complaints during the consultation, according to the campaign's own figures, along with ${second} letters of praise.`,
  'draft_bypass.md': 'The council approved the bypass plan on Monday.',
});

describe('figure findings: sources\' tallies told with the same rare second count', () => {
  it('holds the two counts against each other', () => {
    const found = findingsIn(files('487'), '002_paper.txt', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].text, /1,250/);
    assert.equal(findingsIn(files('487'), '001_wire.txt', 'figure-conflict').length, 1);
  });

  it('leaves them apart when the second count is a round one', () => {
    assert.deepEqual(findingsIn(files('400'), '002_paper.txt', 'figure-conflict'), []);
  });
});
