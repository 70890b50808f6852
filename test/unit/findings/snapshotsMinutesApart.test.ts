// "about 1,400 people had left by 07:35" / "everyone was out by 07:43 – about 2,600 people in all": a
// time told to an odd minute and another off the quarter hour, further apart than rounding to five
// minutes goes, are two readings of the clock, so counts tied to them are two snapshots, not one
// moment's count told two ways (alignment/figures.ts sameMoment). Invented text.
import { strict as assert } from 'node:assert';
import type { TimeClaim } from '../../../server/src/analysis/types';
import { differentMoments, sameMoment } from '../../../server/src/analysis/alignment/figures';
import { findingsIn } from './review';

function at(localMinutes: number, qualifier: TimeClaim['qualifier'] = 'exact'): TimeClaim {
  return {
    kind: 'time', span: { start: 0, end: 1 }, text: '', granularity: 'clock', localMinutes, zone: null, zoneExplicit: false,
    date: { year: 2031, month: 6, day: 4 }, qualifier, sentence: 0,
  };
}

describe('figure findings: counts at two minutes told to the minute', () => {
  it('reads 07:35 and 07:43 as two moments, 07:40 and 07:45 or 07:43 and 07:45 as one', () => {
    assert.ok(!sameMoment(at(455), at(463, 'about')));
    assert.ok(differentMoments(at(455), at(463, 'about')));
    assert.ok(sameMoment(at(460), at(465)));
    assert.ok(sameMoment(at(463), at(465)));
    // A bound ("until", "after") is no reading of the clock.
    assert.ok(sameMoment(at(455), at(463, 'until')));
  });

  it('holds no count of the evacuation against the other snapshot', () => {
    const files = {
      '001_release.txt': 'HARBOURLINE PRESS RELEASE\n\nLondon, 4 June 2031\n\nA total of 2,600 passengers were evacuated from Kestrel Quay terminal.\n\nTimeline\n\n07:31 Evacuation of the terminal ordered.\n07:35 Approximately 1,400 people have left the terminal.\n07:43 Evacuation completed. Terminal confirmed empty.\n',
      '002_blog.md': '# LIVE: Kestrel Quay evacuated\n\n*Wednesday 4 June 2031 · All times local*\n\n**07:50** **Terminal empty**\n\nThe operator says everyone was out of Kestrel Quay by 07:43 – about 2,600 people in all.\n\n**07:38** **Evacuation under way**\n\nStaff told our reporter that around 1,400 people had already left the terminal.\n',
    };
    assert.deepEqual(findingsIn(files, '002_blog.md', 'figure-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, '001_release.txt', 'figure-conflict').map((f) => f.text), []);
  });
});
