// A timeline's entries: a 24-hour time with its leading zero opening a plain-text bullet ("- 07:12
// Crew leave the depot") or a row after an abbreviated weekday ("Sat 07:12 …", a table's row once
// its bars are blanked) is a clock time, as it is opening a line of its own; the weekday dates it.
// Nothing else on the line can make it a score or a count. Without a leading zero, or with words
// before it, a bare "7:12" still needs a cue.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { texts, timesIn } from './helpers';

describe('times: timeline entries', () => {
  it('reads a leading-zero time after a bullet mark in plain text', () => {
    const { times } = timesIn('Sequence of events\n\n- 07:12 Crew leave the depot.\n• 09:05 First lorry reaches the quarry.\n- 7:40 Gate opened.');
    assert.deepEqual(texts(times).filter((t) => t.includes(':')), ['07:12', '09:05']);
  });

  it('reads a leading-zero time after an abbreviated weekday, dated by that weekday', () => {
    const body = '# Timeline\n\n*Ferry Review · Friday 12 March 2027*\n\n| When | What |\n|---|---|\n| Tue 07:12 | Crew leave the depot |\n| Wed 09:05 | First lorry reaches the quarry |\n';
    const a = analyzeArticle({ path: '003_review.md', text: body });
    const clock = a.times.filter((t) => t.granularity === 'clock');
    assert.deepEqual(clock.map((t) => t.text), ['07:12', '09:05']);
    assert.deepEqual(clock.map((t) => t.date.day), [9, 10]);
  });

  it('leaves a leading-zero number with words before it alone', () => {
    const { times } = timesIn('The team won 2-1 and the score at the break stood 01:00 in the second tie.');
    assert.deepEqual(texts(times).filter((t) => t.includes(':')), []);
  });
});
