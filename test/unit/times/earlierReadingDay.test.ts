// "The gauge read 61.4 feet at 7 a.m., down from 63.9 feet on May 2. … The minister spoke at 3 p.m.":
// the day after "down from <figure> on" is the earlier reading's, not the day of the clock times told
// after it; carried to "3 p.m.", it put the minister's news conference weeks back, out of reach of the
// sources' times of it. Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

describe('times: the day of an earlier reading is not the story\'s day', () => {
  it('does not carry "down from … on May 2" to a later clock time', () => {
    const { times } = timesIn('The reservoir gauge read 61.4 feet at 7 a.m. on Thursday, down from 63.9 feet on May 2.\n\nThe water minister spoke at a news conference at 3 p.m.', null);
    assert.equal(claim(times, '3 p.m.').date.day, undefined);
  });

  it('still carries a day the story tells', () => {
    const { times } = timesIn('The reservoir gauge read 61.4 feet on May 22.\n\nThe water minister spoke at a news conference at 3 p.m.', null);
    assert.equal(claim(times, '3 p.m.').date.day, 22);
  });
});
