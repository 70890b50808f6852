// "07:30 - The lifeboat leaves its station" / "| 09:15 | The lifeboat reaches the scene |": the two ends
// of one journey, told in like words (the vessel, its name), are two moments, not one time misreported.
// The same end told at another time still disagrees. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('times: a departure and an arrival are two moments', () => {
  const files = {
    '001_release.txt': 'COASTGUARD PRESS RELEASE\nBrest, Saturday 14 March 2032\n\nTIMELINE (all times UTC)\n\n06:40 - A yacht reports a man overboard west of Ushant.\n07:30 - The patrol boat KERMOR leaves its station at Molène at full speed.\n09:15 - The KERMOR arrives on scene. The search begins.\n11:20 - The sailor is lifted aboard alive.\n',
    '002_explainer.md': '# What we know about the Ushant rescue\n\n*Updated Saturday 14 March 2032*\n\n| Time (UTC) | Event |\n|---|---|\n| 06:40 | A yacht reports a man overboard |\n| 09:15 | The patrol boat *Kermor* reaches the scene |\n| 11:20 | The sailor is lifted aboard alive |\n',
    'draft.md': 'A sailor who fell overboard west of Ushant was rescued alive on Saturday.',
  };
  const times = (set: Record<string, string>, path: string) => findingsIn(set, path, 'time-conflict');
  it('does not hold the patrol boat leaving against the patrol boat reaching the scene', () => {
    assert.equal(times(files, '001_release.txt').length, 0, JSON.stringify(times(files, '001_release.txt')));
    assert.equal(times(files, '002_explainer.md').length, 0, JSON.stringify(times(files, '002_explainer.md')));
  });
});
