// A bare spoken time after a clock cue ("at nine fifty-five") is read as a clock time when another time
// of the same sentence is told with its day-part ("at nine forty-seven last night"), as a presenter runs
// through a night's timeline; alone it may still be a count. Invented text.
import { strict as assert } from 'node:assert';
import { scanSpokenClocks } from '../../../server/src/analysis/claims/times/spoken';

const said = (text: string) => scanSpokenClocks(text).map((c) => [text.slice(c.start, c.end), c.hour, c.minutes]);

describe('times: a bare spoken time in a sentence of times', () => {
  it('reads "at nine fifty-five" beside "eight thirty-two last night"', () => {
    assert.deepEqual(said('The fire started at eight thirty-two last night, crews arrived at nine fifty-five, and it was out at two ten this morning.'),
      [['eight thirty-two', 8, 32], ['two ten', 2, 10], ['nine fifty-five', 9, 55]]);
  });

  it('leaves it unread alone, across a full stop, or before a counted thing', () => {
    assert.deepEqual(said('The shares were sold at four fifty-five.'), []);
    assert.deepEqual(said('It started at eight thirty-two last night. They paid at four fifty-five.').map((c) => c[0]), ['eight thirty-two']);
    assert.deepEqual(said('It started at eight thirty-two last night, and at four fifty-five people were out.').map((c) => c[0]), ['eight thirty-two']);
  });
});
