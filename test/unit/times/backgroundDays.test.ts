// Days told as background do not date the clock times of later paragraphs: a day in the past perfect
// ("had been approved by the board on Friday, 14 May"), a day told with "would" ("any walkout would
// start on Monday, 24 May") and a deadline's day ("the ultimatum expires at midnight on Sunday, 23
// May"). Each still dates the times of its own paragraph. Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

describe('times: background days hold only in their paragraph', () => {
  it('a day in the past perfect', () => {
    const body = 'The tariff had been approved by the regulator\'s board on Friday, 14 May.\n\nThe queue at the depot was longest at 11am.';
    assert.equal(claim(timesIn(body, null).times, '11am').date.month, undefined);
    const same = timesIn('The tariff had been approved by the regulator\'s board on Friday, 14 May, at a meeting that ended at 6pm.', null).times;
    assert.deepEqual(claim(same, '6pm').date, { month: 5, day: 14 });
  });

  it('a day told with "would"', () => {
    const body = 'Drivers said any walkout would start on Monday, 24 May.\n\nThe minister spoke at a briefing at 3pm.';
    assert.equal(claim(timesIn(body, null).times, '3pm').date.month, undefined);
  });

  it('a deadline\'s day', () => {
    const body = 'The ultimatum expires on Sunday, 23 May, the union said.\n\nThe minister spoke at a briefing at 3pm.';
    assert.equal(claim(timesIn(body, null).times, '3pm').date.month, undefined);
  });

  it('a day told in the past still dates later paragraphs', () => {
    const body = 'The regulator approved the tariff on Friday, 14 May.\n\nThe minister spoke at a briefing at 3pm.';
    assert.deepEqual(claim(timesIn(body, null).times, '3pm').date, { month: 5, day: 14 });
  });
});
