// "At **2:40 a.m.** Peru Time": bold closed after a time is blanked to two spaces in Markdown, so the
// zone after it stands three blanks away; and Peru's and Colombia's clocks are read by the country's
// name with "Time" in capitals, as Nepal's is (misses49, claims/times/scan.ts). Invented text.
import { strict as assert } from 'node:assert';
import { extractTimes, findDateline } from '../../../server/src/analysis/claims/times';
import { prepareText } from '../../../server/src/analysis/text';
import type { TimeClaim } from '../../../server/src/analysis/types';

function timesOf(body: string, path: string): TimeClaim[] {
  const text = prepareText(body, path);
  return extractTimes(text, findDateline(text));
}
const first = (times: TimeClaim[], digits: string) => times.find((t) => t.text.startsWith(digits));

describe('times: a zone after bold, and South American clocks by name', () => {
  it('reads the zone written after a bold time in Markdown', () => {
    const times = timesOf('- At **4:15 a.m.** Peru Time (9:15 a.m. GMT) the refinery reported a fire.\n- The ferry left at **11:05 p.m.** GMT.\n', 'x.md');
    assert.equal(first(times, '4:15 a.m.')?.zone, 'PET');
    assert.equal(first(times, '4:15 a.m.')?.utcMinutes, 9 * 60 + 15);
    assert.equal(first(times, '11:05 p.m.')?.zone, 'GMT');
  });

  it('reads "Peru Time" and "Colombia Standard Time" with a capital T', () => {
    const times = timesOf('Talks opened at 9:40 a.m. Colombia Standard Time and closed at 16:05 Peru Time.', 'x.txt');
    assert.equal(first(times, '9:40 a.m.')?.zone, 'COT');
    assert.equal(first(times, '16:05')?.zone, 'PET');
    assert.equal(first(times, '16:05')?.utcMinutes, 21 * 60 + 5);
  });
});
