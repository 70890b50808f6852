// A vote named right beside its time, with no verb of voting ("The vote, 6-3, came at 10:53 p.m.",
// "the 10:53 p.m. vote"), is the vote's moment as "voted at" is; and an article that tells the vote
// loosely ("shortly after 10:30 p.m.") and to the minute ("at 10:42 p.m.") tells one moment, not two.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const timeConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'time-conflict');
const WIRE = 'Published June 9, 2027\n\nThe licensing panel voted six to three at 10:42 p.m. after a debate of almost four hours.';

describe('events: a vote named beside its time', () => {
  it('"The vote, 6-3, came at …" is the vote\'s moment', () => {
    const files = { '001_wire.txt': WIRE, '002_paper.txt': 'Published June 9, 2027\n\nThe vote, 6-3, came at 10:53 p.m., with the gallery nearly empty.' };
    const found = timeConflicts(files, '002_paper.txt');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].against[0].label, '001');
  });

  it('"the 10:53 p.m. vote" is the vote\'s moment', () => {
    const files = { '001_wire.txt': WIRE, '002_release.txt': 'Published June 9, 2027\n\nMinutes of the 10:53 p.m. vote are attached to this release.' };
    assert.equal(timeConflicts(files, '002_release.txt').length, 1);
  });

  it('a vote told loosely and to the minute in one article is one moment', () => {
    const files = {
      '001_wire.txt': 'Published June 9, 2027\n\nThe licensing panel voted six to three shortly after 10:40 p.m. The vote came at 10:42 p.m., after a debate of almost four hours.',
      '002_release.txt': 'Published June 9, 2027\n\nCouncillors approved the casino licence at 10:53 p.m., subject to 14 conditions.',
    };
    assert.equal(timeConflicts(files, '002_release.txt').length, 1);
  });

  it('a vote only planned, or another vote an hour off, is not that moment', () => {
    const due = { '001_wire.txt': WIRE, '002_paper.txt': 'Published June 9, 2027\n\nA vote is due at 10:53 p.m., the clerk said.' };
    assert.deepEqual(timeConflicts(due, '002_paper.txt'), []);
    const two = {
      '001_wire.txt': 'Published June 9, 2027\n\nThe licensing panel voted shortly after 9:30 p.m. on the agenda. The vote came at 10:42 p.m. on the licence.',
      '002_release.txt': 'Published June 9, 2027\n\nCouncillors approved the casino licence at 10:53 p.m., subject to 14 conditions.',
    };
    // Two moments of voting in the wire (an hour apart): neither is kept alone.
    assert.deepEqual(timeConflicts(two, '002_release.txt'), []);
  });
});
