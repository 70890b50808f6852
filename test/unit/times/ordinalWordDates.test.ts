// "counted from the twenty-fourth of April", "on the fourteenth of March": a day told as an ordinal
// word before "of" and a month, as transcripts and speeches give dates, is a date like "24 April".
import { strict as assert } from 'node:assert';
import { claim, texts, timesIn } from './helpers';
import { findingsIn } from '../findings/review';

describe('times: a day told as an ordinal word', () => {
  it('reads "the twenty-fourth of April" and "the fourteenth of March"', () => {
    assert.deepEqual(claim(timesIn('The ban is counted from the twenty-third of June, the day she was suspended.').times, 'twenty-third of June').date, { month: 6, day: 23 });
    assert.deepEqual(claim(timesIn('The sample was taken on the fifteenth of May.').times, 'fifteenth of May').date, { month: 5, day: 15 });
    assert.deepEqual(claim(timesIn('It closes on the thirty first of August.').times, 'thirty first of August').date, { month: 8, day: 31 });
  });

  it('leaves other ordinals alone', () => {
    assert.deepEqual(texts(timesIn('The second of many reasons was the third of the runners.').times), []);
    assert.deepEqual(texts(timesIn('It was the thirtieth of February, he joked.').times), []);
    assert.deepEqual(texts(timesIn('A fourth of March voters stayed home.').times), []);
  });

  it('holds it against another source\'s day for the same event', () => {
    const files = {
      '000_wire.txt': 'OSLO, Nov 3 (Wirepost) - Bergen-based cyclist Kari Lund Hagen has been banned for two years after testing positive for a banned stimulant in a sample taken out of competition, a disciplinary tribunal ruled on Tuesday.\n\nThe ban runs from June 21, 2026, the day she was provisionally suspended, and will expire on June 20, 2028. All of her results from May 2, 2026, when the sample was collected at her home in Os near Bergen, up to the start of her suspension have been disqualified.',
      '001_radio.txt': 'RADIO VEST 101.2 – BERGEN\nProgramme: Sportskveld\nBroadcast: Tuesday 3 November 2026, 6.00pm–7.00pm CET\nTranscript of segment two (from 6.12pm).\n\nODD NILSEN: Two years, Ingrid. And for listeners who want the detail, the tribunal says the sample was taken at her home on the second of May, out of competition, and it showed the stimulant. The ban is counted from the twenty-fourth of June, when she was provisionally suspended, so it runs to June twenty twenty-eight.',
    };
    assert.equal(findingsIn(files, '001_radio.txt', 'time-conflict').length, 1);
  });
});
