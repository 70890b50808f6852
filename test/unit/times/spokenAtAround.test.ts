// "at around twenty to ten": a word of rounding between a clock cue and a spoken "N to N" keeps it a
// clock time; alone ("about five to ten of them") it still opens a range of counts. Invented text.
import { strict as assert } from 'node:assert';
import { scanSpokenClocks } from '../../../server/src/analysis/claims/times/spoken';

const said = (text: string) => scanSpokenClocks(text).map((c) => [text.slice(c.start, c.end), c.hour, c.minutes]);

describe('times: a spoken time after "at around"', () => {
  it('reads "at around twenty to ten" and "until about ten to six" as clock times', () => {
    assert.deepEqual(said('The strongest tremor came at around twenty to ten, the survey said.'), [['twenty to ten', 9, 40]]);
    assert.deepEqual(said('Crews stayed until about ten to six.'), [['ten to six', 5, 50]]);
  });

  it('still reads "about five to ten of them" and "around five to ten" alone as counts', () => {
    assert.deepEqual(said('We saw about five to ten of them.'), []);
    assert.deepEqual(said('They expect around five to ten, maybe more.'), []);
  });
});
