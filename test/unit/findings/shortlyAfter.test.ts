// "shortly after 2pm" is a few minutes past two: a time told as a point twenty minutes or more later
// is another moment, though loose tellings of one moment may lie half an hour apart.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const a = (time: string) => `Saturday 3 July 2027\n\nA crane collapsed onto the Dunmore Road site ${time}, the contractor said. Two workers were hurt.`;
const b = (time: string) => `Saturday 3 July 2027\n\nA crane collapsed onto the Dunmore Road site ${time}, witnesses said. Two workers were hurt.`;

describe('time findings: "shortly after" a time', () => {
  it('disagrees with a time twenty minutes or more past it', () => {
    const files = { '001_paper.txt': a('shortly after 9.10am'), '002_radio.txt': b('at about 9.35am') };
    assert.equal(findingsIn(files, '001_paper.txt', 'time-conflict').length, 1);
    assert.equal(findingsIn(files, '002_radio.txt', 'time-conflict').length, 1);
  });

  it('agrees with a time a few minutes past it', () => {
    const files = { '001_paper.txt': a('shortly after 9.10am'), '002_radio.txt': b('at about 9.20am') };
    assert.deepEqual(findingsIn(files, '001_paper.txt', 'time-conflict'), []);
  });

  it('leaves "after" without "shortly" open', () => {
    const files = { '001_paper.txt': a('after 9.10am'), '002_radio.txt': b('at about 9.35am') };
    assert.deepEqual(findingsIn(files, '001_paper.txt', 'time-conflict'), []);
  });

  it('takes in more for a bound on the hour: "shortly before 6am" holds 5:40 but not 5:20', () => {
    const files = { '001_paper.txt': a('shortly before 6am'), '002_radio.txt': b('at 5:40am') };
    assert.deepEqual(findingsIn(files, '001_paper.txt', 'time-conflict'), []);
    const early = { ...files, '002_radio.txt': b('at 5:20am') };
    assert.equal(findingsIn(early, '001_paper.txt', 'time-conflict').length, 1);
    // A bound to the minute stays tight: twenty minutes before 6:10 is another moment.
    const minute = { '001_paper.txt': a('shortly before 6.10am'), '002_radio.txt': b('at 5:50am') };
    assert.equal(findingsIn(minute, '001_paper.txt', 'time-conflict').length, 1);
  });
});
