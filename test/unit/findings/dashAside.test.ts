// "The first lorry – a council gritter from Ashby depot – crossed the new span at 11:10": the time
// belongs to the phrase before the dash aside, so the first thing told there is the time's; and a
// reading to the minute ("11:03") against an exact time off the quarter hours ("11:10") further apart
// than rounding goes is another reading of one moment.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { analyzeArticle } from '../../../server/src/analysis';
import { articleClaims } from '../../../server/src/analysis/alignment/corpus';

const eventsAt = (text: string, time: string) =>
  articleClaims(analyzeArticle({ path: '001_x.txt', text })).times.find((t) => t.time.text === time)?.events ?? [];

describe('time findings: past a dash aside', () => {
  it('reads the first thing before a short aside set off by dashes', () => {
    assert.deepEqual(eventsAt('Friday 7 May 2027\n\nThe first lorry – a council gritter from Ashby depot – crossed the new span at 11:10, to cheers.', '11:10'), ['~first:lorry']);
    // A long stretch between the dashes is a clause of its own, not an aside.
    assert.deepEqual(eventsAt('Friday 7 May 2027\n\nThe first lorry – and there were many of them queueing on the hill road all morning – crossed the span at 11:10.', '11:10'), []);
  });

  it('holds the first thing at 11:10 to a reading of it at 11:03', () => {
    const files = {
      '001_wire.txt': 'Friday 7 May 2027\n\nThe first lorry across, at 11:03 local time, was a council gritter, the operator said.',
      '002_paper.md': 'Friday 7 May 2027\n\nThe first lorry – a council gritter from Ashby depot – crossed the new span at 11:10, to cheers.',
    };
    assert.equal(findingsIn(files, '002_paper.md', 'time-conflict').length, 1);
    assert.equal(findingsIn(files, '001_wire.txt', 'time-conflict').length, 1);
  });

  it('leaves a reading alone against a time that rounds it, or on the quarter hour', () => {
    const rounded = {
      '001_wire.txt': 'Friday 7 May 2027\n\nThe first lorry across, at 11:03 local time, was a council gritter, the operator said.',
      '002_paper.md': 'Friday 7 May 2027\n\nThe first lorry – a council gritter from Ashby depot – crossed the new span at 11:05, to cheers.',
    };
    assert.equal(findingsIn(rounded, '002_paper.md', 'time-conflict').length, 0);
    const quarter = {
      '001_wire.txt': 'Friday 7 May 2027\n\nThe first lorry across, at 11:03 local time, was a council gritter, the operator said.',
      '002_paper.md': 'Friday 7 May 2027\n\nThe first lorry – a council gritter from Ashby depot – crossed the new span at 11:15, to cheers.',
    };
    assert.equal(findingsIn(quarter, '002_paper.md', 'time-conflict').length, 0);
  });
});
