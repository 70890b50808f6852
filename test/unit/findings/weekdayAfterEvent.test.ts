// "were towed into harbour early on Tuesday after a fire crippled the ferry off Marrow Point": the
// weekday dates the clause it closes; the clause after "after" tells another event, of its own day.
// A source that dates that other event ("the ferry was crippled by a fire off Marrow Point on
// Monday") does not contradict it. Invented text only.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'HARLSEY, June 9 (Northwire) - The passengers were towed into Harlsey harbour early on Tuesday after a fire crippled their ferry off Marrow Point, in an operation that kept lifeboats at sea all night.';
const release = 'The coastguard can confirm that a ferry crippled by a fire off Marrow Point on Monday 8 June 2026 has been towed into harbour with its passengers.';

describe('time findings: a weekday before a clause of another event', () => {
  it('does not hold the weekday against the day a source gives the other event', () => {
    const files = { '001_wire.txt': wire, '002_release.txt': release, 'draft_ferry.md': 'The ferry is back in Harlsey.' };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'time-conflict'), []);
  });

  it('still holds two weekdays told before the same ordered clause', () => {
    const paper = 'The passengers were towed into Harlsey harbour early on Wednesday after a fire crippled their ferry off Marrow Point.';
    const files = { '001_wire.txt': wire, '002_paper.txt': paper, 'draft_ferry.md': 'The ferry is back in Harlsey.' };
    assert.equal(findingsIn(files, '002_paper.txt', 'time-conflict').length, 1);
  });
});
