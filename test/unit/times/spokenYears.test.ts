// "the tenth of January twenty twenty-five", "in March twenty twenty-one": transcripts say the year in
// words after the day or the month; it is the date's year, not a count of twenty-something.
import { strict as assert } from 'node:assert';
import { claim, texts, timesIn } from './helpers';

describe('times: a year said in words after a day or a month', () => {
  it('reads the year after an ordinal day and after a month', () => {
    assert.deepEqual(claim(timesIn('The inquiry opened on the fourth of March twenty twenty-three.').times, 'fourth of March twenty twenty-three').date, { year: 2023, month: 3, day: 4 });
    assert.deepEqual(claim(timesIn('The mine closed in October nineteen ninety-eight.').times, 'October nineteen ninety-eight').date, { year: 1998, month: 10 });
    assert.deepEqual(claim(timesIn('It was first built in July two thousand and nine.').times, 'July two thousand and nine').date, { year: 2009, month: 7 });
  });
  it('leaves a count after the month alone', () => {
    assert.ok(!texts(timesIn('By the fourth of March twenty people had left.').times).some((t) => t.includes('twenty')));
    assert.ok(!texts(timesIn('In May two thousand workers went on strike.').times).some((t) => t.includes('thousand')));
    assert.ok(!texts(timesIn('Since June twenty twenty-year-olds have joined.').times).some((t) => t.includes('twenty')));
  });
});
