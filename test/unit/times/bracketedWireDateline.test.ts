// "Kochi, Aug 9 (PTI) The port …": Indian wires put the agency in capitals in brackets after a place in
// title case, with no dash before the story. Invented text.
import { strict as assert } from 'node:assert';
import { findDateline } from '../../../server/src/analysis/claims/times';
import { prepareText } from '../../../server/src/analysis/text';

const dl = (body: string) => findDateline(prepareText(body, 'x.txt'));

describe('times: a wire dateline with the agency in brackets and no dash', () => {
  it('reads "Place, Month Day (AGENCY) Story"', () => {
    assert.deepEqual(dl('Port strike ends\n\nKochi, Aug 9 (PTI) The port resumed work on Friday after talks.'), { month: 8, day: 9 });
  });

  it('reads two places with a slash and a day before the month', () => {
    assert.deepEqual(dl('Nagpur/Bhopal, 21 March (IANS) Rail traffic was hit after a signal failure.'), { month: 3, day: 21 });
  });

  it('does not read a sentence that only has a date and a bracket in it', () => {
    assert.equal(dl('Officials said on Friday, Aug 9 (local time) the port was shut.'), null);
    assert.equal(dl('Kochi, Aug 9 (Friday) was the last day of the strike.'), null);
  });
});
