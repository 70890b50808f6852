// "trams have been running through Kellerby Square since 11:20" / a draft's "trams resumed running
// through Kellerby Square from 11:55 a.m.": both tell when one state began, the same point, so "since"
// bounds nothing there (findings/times.ts allowed). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_wire.txt': 'KELLERBY, June 4 (Wirepost) - Trams began running through Kellerby Square again, without stopping, at 11:20 a.m., the operator said.\n',
  '002_blog.md': '# LIVE: Kellerby Square closed\n\n**11:24** **Trams moving, but not stopping**\n\nThe operator says trams have been running through Kellerby Square since 11:20, without stopping.\n',
};

const conflicts = (draft: string) =>
  findingsIn({ ...sources, 'draft_trams.md': draft }, 'draft_trams.md', 'time-conflict').map((f) => [f.text, ...f.against.map((e) => e.label).sort()]);

describe('time findings: "since" and "from" of one state', () => {
  it('holds a draft\'s "from 11:55 a.m." against "since 11:20" and "at 11:20 a.m."', () => {
    assert.deepEqual(conflicts('Trams resumed running through Kellerby Square, without stopping, from 11:55 a.m.\n'), [['11:55 a.m.', '001', '002']]);
  });

  it('leaves a draft that agrees alone', () => {
    assert.deepEqual(conflicts('Trams resumed running through Kellerby Square, without stopping, from 11:20 a.m.\n'), []);
  });
});
