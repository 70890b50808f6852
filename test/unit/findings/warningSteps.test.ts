// A sentence that tells a warning's steps, each at its own clock time ("raised the yellow signal at
// 4:50 a.m., upgraded it to orange at 5:35 a.m. and issued the red signal at 6:20 a.m."): each time is
// at the colour told since the time before it, and a time in brackets right after another converts it
// and is at its level. A warning told as a "signal" has levels as a "warning" has. Invented text (round 50).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const timeline = [
  'PRESS RELEASE', '', 'Issued at 18:00 SGT, Thursday, 4 March 2027', '',
  'Timeline of storm signals (all times SGT, with UTC in brackets)', '',
  '- 04:50 - Yellow Storm Signal issued (20:50 UTC, 3 March)',
  '- 05:35 - Orange Storm Signal issued (21:35 UTC, 3 March)',
  '- 06:20 - Red Storm Signal issued (22:20 UTC, 3 March)',
  '- 12:05 - Red signal cancelled and replaced by Orange (04:05 UTC)',
  '- 14:40 - Orange signal cancelled and replaced by Yellow (06:40 UTC)', '',
].join('\n');

describe('warning steps told in one sentence', () => {
  it('does not hold the first step\'s time against the next step\'s', () => {
    const draft = 'The weather office raised the yellow storm signal at 4:50 a.m. on Thursday, upgraded it to orange at 5:35 a.m. and issued the red signal, its highest, at 6:20 a.m.\n';
    const files = { '000_release.txt': timeline, 'draft_storm.md': draft };
    const found = findingsIn(files, 'draft_storm.md', 'time-conflict').map((f) => draft.slice(f.span.start, f.span.end));
    assert.deepEqual(found, []);
  });

  it('holds the last step\'s time against the same level told elsewhere', () => {
    const draft = 'The weather office raised the yellow storm signal at 4:50 a.m. on Thursday, upgraded it to orange at 5:35 a.m. and issued the red signal, its highest, at 6:55 a.m.\n';
    const files = { '000_release.txt': timeline, 'draft_storm.md': draft };
    const found = findingsIn(files, 'draft_storm.md', 'time-conflict').map((f) => draft.slice(f.span.start, f.span.end));
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.ok(found[0].includes('6:55'), JSON.stringify(found));
  });

  it('reads a converted time in brackets at the level of the time it converts', () => {
    const blog = [
      '# LIVE: Storm over the island', '', '**Harbour Post live desk** | Updated Thursday 4 March 2027, 6:10pm SGT', '',
      '**2:40pm** The orange signal has been cancelled and replaced by yellow.', '',
      '**12:05pm** The red signal is down, replaced by orange.', '',
    ].join('\n');
    const files = { '000_release.txt': timeline.replace(/- 14:40 .*\n/, ''), '001_blog.md': blog };
    const found = findingsIn(files, '001_blog.md', 'time-conflict').map((f) => blog.slice(f.span.start, f.span.end));
    assert.deepEqual(found, []);
  });
});
