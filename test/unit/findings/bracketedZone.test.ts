// "3:40 p.m. (1440 GMT)": a local time with no zone beside it can be read on more than one clock, so it
// agrees with a source that writes the same local time; the zone the writer put in brackets says which
// clock was meant, and when that conversion disagrees with a source's own, the bracketed time is flagged.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('times: a conversion in brackets that a zone-less local time hides', () => {
  const wire = 'HALSTOW, England, Jan. 22 (Northwire) - A jury at Halstow Crown Court returned its verdicts at 2:52 p.m. (1452 GMT) ' +
    'after three days of deliberation, clearing the ferry operator of corporate manslaughter. The operator said at 6 p.m. CET that it would not comment.';
  const paper = 'The jury at Halstow Crown Court returned its verdicts at 2:52 p.m. on Thursday after three days of deliberation. ' +
    'Local times below are British Summer Time or GMT, as the season has it.';
  it('flags the bracketed time that disagrees with the source\'s written zone', () => {
    const files = {
      '001_wire.txt': wire,
      '002_paper.md': paper,
      'draft.md': 'A jury at Halstow Crown Court returned its verdicts at 2:52 p.m. (1352 GMT) after three days of deliberation. ' +
        'The operator said at 6 p.m. CET that it would not comment.',
    };
    const found = findingsIn(files, 'draft.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
    assert.match(found[0].message, /1452 GMT/);
  });
  it('stays silent when the bracketed time converts as the sources do', () => {
    const files = {
      '001_wire.txt': wire,
      '002_paper.md': paper,
      'draft.md': 'A jury at Halstow Crown Court returned its verdicts at 2:52 p.m. (1452 GMT) after three days of deliberation. ' +
        'The operator said at 6 p.m. CET that it would not comment.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'time-conflict').map((f) => f.message), []);
  });
});
