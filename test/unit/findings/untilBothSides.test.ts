// Two articles that tell when one thing ran until ("The hearing ran until 9:40 p.m." / "… lasted until
// 10:40 p.m.") tell the same end: an hour apart they disagree, though "until" alone allows anything
// earlier. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const WIRE = 'OAKRIDGE, Ore., May 12 (Valley Wire) - The zoning hearing on the Glenmoor quarry opened at 6 p.m. and ran until 9:40 p.m., with 31 residents testifying.';

describe('times: two "until" times of one thing', () => {
  it('flags a draft whose end of the hearing is an hour off the source\'s', () => {
    const files = {
      '001_wire.txt': WIRE,
      'draft.md': 'The zoning hearing on the Glenmoor quarry opened at 6 p.m. and ran until 10:40 p.m., with 31 residents testifying.',
    };
    assert.equal(findingsIn(files, 'draft.md', 'time-conflict').length, 1);
  });

  it('leaves a draft with the same end alone', () => {
    const same = { '001_wire.txt': WIRE, 'draft.md': 'The zoning hearing on the Glenmoor quarry opened at 6 p.m. and ran until 9:40 p.m., with 31 residents testifying.' };
    assert.deepEqual(findingsIn(same, 'draft.md', 'time-conflict'), []);
  });
});
