// "the gauge at Ferrow Weir logged its flood peak at 06:17" / "… at 06:23": one reading told
// in like words, to minutes no one rounds to, on both sides, is one measurement: six minutes apart
// they disagree. Round minutes keep the half-hour rule.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = 'RIVER AGENCY STATEMENT\nIssued: 09:00 CET, Monday 2 March 2026\n\nThe river gauge at Ferrow Weir logged its flood peak at 06:17 CET, the highest since records began.';
const table = (time: string) => `# The flood, hour by hour\n\n*Published Monday 2 March 2026 · all times CET*\n\nThe river gauge at Ferrow Weir logged its flood peak at ${time}, the agency says.`;

describe('time findings: precise readings in like words', () => {
  it('holds a peak\'s minute against the same gauge\'s peak six minutes later', () => {
    const files = { '001_release.txt': release, '002_table.md': table('06:23'), 'draft.md': '# Flood\n\nThe river rose.' };
    assert.deepEqual(findingsIn(files, '002_table.md', 'time-conflict').map((f) => f.text), ['06:23']);
  });

  it('leaves round minutes and the same minute alone', () => {
    const files = { '001_release.txt': release.replace('06:17', '06:15'), '002_table.md': table('06:20'), 'draft.md': '# Flood\n\nThe river rose.' };
    assert.deepEqual(findingsIn(files, '002_table.md', 'time-conflict'), []);
    const same = { '001_release.txt': release, '002_table.md': table('06:17'), 'draft.md': '# Flood\n\nThe river rose.' };
    assert.deepEqual(findingsIn(same, '002_table.md', 'time-conflict'), []);
  });
});
