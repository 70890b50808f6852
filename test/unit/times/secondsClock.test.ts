// "10:21:37 (08:21:37 UTC)": a time of day told to the second, its hour in two digits, is a clock time
// read to its minute (a race's time, "2:05:41", stays a duration); and "means one hour and 25 minutes
// of running, not twenty-five past one": a clock time the writer denies is no claim. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const clocks = (text: string) => analyzeArticle({ path: '002_release.txt', text }).times.filter((t) => t.granularity === 'clock').map((t) => [t.text, t.localMinutes]);

describe('times: a clock time told to the second, and one the writer denies', () => {
  it('reads a two-digit hour with seconds as a clock time', () => {
    assert.deepEqual(clocks('OKOYE WINS\n\nTIMELINE (all times CEST, UTC+2)\n- 08:15 (06:15 UTC) - Start\n- 10:21:37 (08:21:37 UTC) - Winner finishes').slice(2), [['10:21:37', 621], ['08:21:37 UTC', 501]]);
    assert.deepEqual(clocks('She won in 2:05:41 at the line.'), []);
  });

  it('reads no clock time after "not"', () => {
    assert.deepEqual(clocks('So "1:25:20" means one hour, 25 minutes and 20 seconds of running, not twenty-five past one in the afternoon.'), []);
    assert.deepEqual(clocks('The vote was held at 4 p.m., not at 3 p.m. as planned.'), [['4 p.m.', 960]]);
  });

  it('holds a wrong conversion of the finish against the release\'s timeline', () => {
    const files = {
      '002_release.txt': 'OKOYE WINS THE CITY MARATHON\n\nTIMELINE (all times CEST, UTC+2)\n- 08:15 (06:15 UTC) - Start of the elite race\n- 10:21:37 (08:21:37 UTC) - Ada Okoye crosses the finish line',
      '000_wire.txt': 'ROTTERDAM, April 12 (Northwire) - Ada Okoye won the city marathon on Sunday, crossing the finish line a little after 10:21 local time.',
      'draft_okoye.md': '# Okoye wins\n\nAda Okoye crossed the finish line at 10:21 a.m. CEST (09:21 UTC) on Sunday.',
    };
    const found = findingsIn(files, 'draft_okoye.md', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['09:21 UTC'], JSON.stringify(found));
  });
});
