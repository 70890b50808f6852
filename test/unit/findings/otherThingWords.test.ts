// Words in a clock time's clause that name another thing than what happens at that time tie it to
// nothing: what a deadline is for ("Registration for the harbour swim closes at 07:15") and what comes
// after it ("covers the launch at half past ten and the press briefing after it"). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = 'PRESS NOTICE — Kelby Town Council, Saturday 14 June 2025\n\n' +
  'Registration for the harbour swim closes at 07:15 BST. Swimmers should be on the beach by 07:30.\n';
const timetable = '# Kelby harbour swim\n\n*Kelby Gazette · Saturday 14 June 2025*\n\nThe harbour swim is at 08:00 BST on Saturday.\n';

describe('times: words that name another thing', () => {
  it('a deadline for an event is not the event', () => {
    const files = { '001_release.txt': release, '002_gazette.md': timetable };
    assert.deepEqual(findingsIn(files, '001_release.txt', 'time-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, '002_gazette.md', 'time-conflict').map((f) => f.text), []);
  });

  it('what comes after a time is not at that time', () => {
    const blog = '# LIVE: Corrin ferry launch\n\n*all times BST · Friday 20 June 2025*\n\n' +
      '**08:10** We pick up the naming at half past ten and the press briefing after it.\n\n**07:30** The pier is busy already.\n';
    const release = 'Corrin Ferries, Friday 20 June 2025. The new ferry is named at 10:30 BST today at Corrin pier.\n';
    const files = { '001_blog.md': blog, '002_release.txt': release, 'draft_ferry.md': 'The new ferry is named on Friday at Corrin pier. A press briefing follows at 11:00.\n' };
    assert.deepEqual(findingsIn(files, 'draft_ferry.md', 'time-conflict').map((f) => f.text), []);
  });

  it('a time told of the same thing still disagrees', () => {
    const files = { '001_gazette.md': timetable, 'draft_swim.md': 'The harbour swim is at 08:45 BST on Saturday.\n' };
    assert.deepEqual(findingsIn(files, 'draft_swim.md', 'time-conflict').map((f) => f.text), ['08:45 BST']);
  });
});
