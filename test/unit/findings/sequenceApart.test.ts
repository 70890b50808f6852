// "raised the yellow alert at 4:20 a.m., moved it to orange at 5:05 a.m. and issued the purple alert at
// 6:45 a.m." / a timeline's "05:05 Orange" and "06:40 Purple": two articles that read one sequence off
// the clock to the minute (a step off the quarter hours told alike by both) are no loose tellings of
// the step they put five minutes apart; one of them is wrong. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'GLENMORE, March 3 (North Wire) - The weather office raised the yellow flood alert at 4:20 a.m., moved it to orange at 5:05 a.m. and issued the purple alert at 6:45 a.m. local time, as schools were opening. The purple alert stayed in force for four hours.';
const timeline = 'Flood alerts, 3 March\n\n- 04:20 - Yellow Flood Alert issued\n- 05:05 - Orange Flood Alert issued\n- 06:40 - Purple Flood Alert issued\n';

function flagged(files: Record<string, string>, path: string, time: string): boolean {
  const at = files[path].indexOf(time);
  return findingsIn(files, path, 'time-conflict').some((f) => f.span.start <= at && f.span.end > at);
}

describe('times: a step of a sequence both articles read to the minute', () => {
  it('holds the wire\'s 6:45 against the timeline\'s 06:40, both ways', () => {
    const files = { '000_wire.txt': wire, '001_timeline.txt': timeline };
    assert.ok(flagged(files, '000_wire.txt', '6:45 a.m.'));
    assert.ok(flagged(files, '001_timeline.txt', '06:40'));
  });

  it('leaves them alone where the other steps are not told alike to the minute', () => {
    const files = { '000_wire.txt': wire, '001_timeline.txt': timeline.replace('04:20', '04:30').replace('05:05', '05:15') };
    assert.ok(!flagged(files, '000_wire.txt', '6:45 a.m.'));
    assert.ok(!flagged(files, '001_timeline.txt', '06:40'));
  });
});
