// "The board said the average wait was 14.5 hours on Monday." in a story dated Tuesday: a figure read on a
// day before the dateline is background, and the day holds in its paragraph only; the next paragraph's
// "11.30am" is on the story's day (round 45). A day told of what happened at a clock time ("The old ward
// closed at 6pm on Monday.") still dates the times after it; told with no clock time after the story's own
// day, it is background too (quito45's backgroundDay, test/unit/times/backgroundDayAfterStoryDay). Invented text.
import { strict as assert } from 'node:assert';
import { timesIn } from './helpers';

const TUESDAY = { year: 2026, month: 7, day: 14 };
const MONDAY = { year: 2026, month: 7, day: 13 };
const story = (background: string) => `KESTON, Tuesday 14 July 2026 (Northwire) - Patients waited on trolleys at Keston General on Tuesday.\n\n${background}\n\nThe minister visited the hospital at 11.30am.\n`;
const visitDate = (text: string) => timesIn(text, TUESDAY).times.find((t) => t.text === '11.30am')?.date;

describe('times: a figure of an earlier day', () => {
  it('keeps the story\'s day after a figure read on an earlier day', () => {
    assert.deepEqual(visitDate(story('The board said the average wait was 14.5 hours on Monday.')), TUESDAY);
    assert.deepEqual(visitDate(story('The unit counted 212 attendances on Monday.')), TUESDAY);
  });

  it('still dates the times after a day told of what happened', () => {
    assert.deepEqual(visitDate(story('The old ward closed at 6pm on Monday.')), MONDAY);
  });

  it('reads no year as a figure: "began in late 2024 started on Monday 13 July" dates the times after it', () => {
    const text = 'KESTON, Tuesday 14 July 2026 (Northwire) - The walkout, the fourth since the dispute began in late 2024 started on Monday 13 July.\n\nPickets gathered at the gates at 6.15am.\n';
    assert.deepEqual(timesIn(text, TUESDAY).times.find((t) => t.text === '6.15am')?.date, MONDAY);
  });
});
