// Panama keeps UTC−5 all year, with no summer time: "10:30 a.m. Panama time" and "9:15 a.m. in Panama"
// are on that clock. Without it "Panama time" was a clock the engine did not know, and a zone-less time
// of another source was read on New York's clock only, an hour off in the northern summer. Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';
import { findingsIn } from '../findings/review';

const JUNE_9_2027 = { year: 2027, month: 6, day: 9 };

describe('times: Panama\'s clock', () => {
  it('reads "Panama time" and "in Panama" on UTC−5', () => {
    const { times } = timesIn('The port office opened its gates at 9:15 a.m. Panama time. The pilots met at 11:40 a.m. in Panama, 12:40 p.m. in New York.', JUNE_9_2027);
    assert.equal(claim(times, '9:15 a.m. Panama time').utcMinutes, 9 * 60 + 15 + 300);
    assert.equal(claim(times, '11:40 a.m. in Panama').utcMinutes, 11 * 60 + 40 + 300);
  });

  it('reads a zone-less time of a source on that clock too', () => {
    const files = {
      '000_wire.txt': 'June 9, 2027\n\nThe port office said the new tariff was published at 8:20 a.m. local time (1320 GMT) on Wednesday.',
      '001_blog.md': '*All times Eastern (ET).*\n\n**9:35 a.m. ET** The port office published the new tariff at 8:20 a.m. Panama time (9:20 a.m. ET) on Wednesday, June 9, 2027.',
      '002_radio.txt': 'Wednesday, 9 June 2027\n\nANNA ROYO: The port office published the new tariff at twenty past eight this morning.',
    };
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'time-conflict'), []);
  });
});
