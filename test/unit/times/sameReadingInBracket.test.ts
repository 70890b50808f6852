// "For readers in London it is midnight (00:00 GMT)" in a blog whose times are AEST: the hour at a named
// place, with no zone written, whose bracket gives the very same reading of the clock with a zone
// written out, is told on that clock, not converted from the story's (round 45). A time of the story's
// own whose bracket repeats its reading ("opened at 10 a.m. (1000 GMT)") keeps the story's clock (the
// bracket may be the writer's slip), as does one whose bracket converts another reading. Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const MAY_4_2027 = { year: 2027, month: 5, day: 4 };
const blog = (line: string) => `*Harbour Markets Live · all times AEST (UTC+10)*\n\n**10:00** – The figures are out. ${line}\n`;

describe('times: the same reading in a bracket names a place\'s clock', () => {
  it('puts "in London it is midnight (00:00 GMT)" on GMT', () => {
    const { times } = timesIn(blog('For readers in London it is midnight (00:00 GMT).'), MAY_4_2027);
    const midnight = claim(times, 'midnight');
    assert.equal(midnight.zone, 'GMT');
    assert.equal(midnight.utcMinutes, 0);
  });

  it('keeps the story\'s clock for a time of its own with the same reading in brackets', () => {
    const { times } = timesIn(blog('The index opened at 10 a.m. (1000 GMT).'), MAY_4_2027);
    assert.equal(claim(times, '10 a.m.').zone, 'AEST');
  });

  it('keeps the story\'s clock where the bracket converts another reading', () => {
    const { times } = timesIn(blog('The index opened at 10 a.m. (00:00 GMT).'), MAY_4_2027);
    const opened = claim(times, '10 a.m.');
    assert.equal(opened.zone, 'AEST');
    assert.equal(opened.utcMinutes, 0);
  });
});
