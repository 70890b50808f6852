// "07:32 Central European time" in August is summer time (UTC+2): the words name the region's clock
// all year, and newsrooms write "time" in lower case as often as not. A wire dateline of two places
// ("MADRID/BRUSSELS, Aug 14 (Wirepost) -") dates the story, and though a yearless dateline gives a
// weekday no day, a week either side of mid-August is still August: enough to read daylight saving.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const wire = 'MADRID/BRUSSELS, Aug 14 (Wirepost) - Galdana Foods filed its half-year accounts with the stock market regulator on Thursday, shortly after 0630 GMT, before trading opened.';

describe('times: Central European time, two-place datelines and weekdays of a yearless dateline', () => {
  it('reads a zone told in words with "time" in lower case', () => {
    const zoneOf = (text: string) => analyzeArticle({ path: '001_x.txt', text }).times.find((t) => t.granularity === 'clock')?.zone;
    assert.equal(zoneOf('The vote closed at 10 a.m. Eastern time on Friday.'), 'ET');
    assert.equal(zoneOf('The filing was published at 07:32 Central European time on Thursday.'), 'Paris time');
  });

  it('dates a wire story whose dateline joins two places with a slash', () => {
    assert.deepEqual(analyzeArticle({ path: '001_wire.txt', text: wire }).dateline, { month: 8, day: 14 });
  });

  it('gives a weekday of a yearless mid-month dateline its month', () => {
    const a = analyzeArticle({ path: '001_wire.txt', text: wire });
    assert.deepEqual(a.times.find((t) => t.text === 'Thursday')?.date, { month: 8 });
    const early = analyzeArticle({ path: '001_wire.txt', text: wire.replace('Aug 14', 'Aug 3') });
    assert.deepEqual(early.times.find((t) => t.text === 'Thursday')?.date, {});
  });

  it('holds 07:32 Central European time in August against 0630 GMT for the same filing', () => {
    const files = {
      '001_wire.txt': wire,
      'draft_results.md': 'Galdana Foods filed its half-year accounts with the stock market regulator at 07:32 Central European time on Thursday.',
    };
    assert.equal(findingsIn(files, 'draft_results.md', 'time-conflict').length, 1);
  });
});
