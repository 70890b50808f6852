// "the agency's briefing at 09:00 this morning", "a briefing in the city that began at 10 a.m.", a live
// blog's "**09:00** — The agency's briefing has started": a briefing's (or news conference's) time is
// the moment it began, so the three tell one moment, and an hour apart they disagree.
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from './review';

describe('time findings: the start of a briefing', () => {
  it('keys a briefing or news conference told right before its time, or under a blog\'s stamp', () => {
    assert.deepEqual(eventKeysAt('Figures shown at the agency\'s briefing at 09:00 this morning put the toll at 40.', '09:00'), ['~begin:briefing']);
    assert.deepEqual(eventKeysAt('The minister told reporters at a briefing in the capital that began at 10 a.m. that aid was coming.', '10 a.m.'), ['~begin:briefing']);
    assert.deepEqual(eventKeysAt('09:00 — The agency\'s briefing has started at the town hall.', '09:00'), ['~begin:briefing']);
    assert.deepEqual(eventKeysAt('They left the briefing early, at 9:30.', '9:30'), []);
    assert.deepEqual(eventKeysAt('Crews reached the briefing room at 9:30.', '9:30'), []);
  });

  it('holds a release\'s briefing time against a wire\'s start of the same briefing', () => {
    const wire = 'SKARA, March 3 (Nordpost) - The flood agency put the number of homes evacuated at 1,240, its chief Ola Dahl told reporters at a briefing in the town that began at 10 a.m. local time.';
    const release = 'SKARA FLOOD AGENCY\nPRESS RELEASE\nIssued: Tuesday 3 March 2026, 13:00\n\nFigures presented at the agency\'s briefing at 09:00 this morning show 1,240 homes evacuated.';
    assert.equal(findingsIn({ '000_wire.txt': wire, '002_release.txt': release }, '002_release.txt', 'time-conflict').length, 1);
    const same = release.replace('09:00', '10:00');
    assert.deepEqual(findingsIn({ '000_wire.txt': wire, '002_release.txt': same }, '002_release.txt', 'time-conflict'), []);
  });
});
