// "Vilnius, 04.03.2027": a press release's line of place and dotted date (day first), under its
// letterhead, dates the release. Invented text.
import { strict as assert } from 'node:assert';
import { findDateline } from '../../../server/src/analysis/claims/times';
import { prepareText } from '../../../server/src/analysis/text';

const dl = (body: string) => findDateline(prepareText(body, 'x.txt'));
const head = 'MINISTRY OF TRANSPORT AND COMMUNICATIONS\nPress Service\n\nNEWS RELEASE\n';

describe('times: a press release\'s "Place, dd.mm.yyyy" line dates it', () => {
  it('reads the dotted date, day first, after a place', () => {
    assert.deepEqual(dl(`${head}Vilnius, 04.03.2027\r\n\r\nThe Ministry today closed the northern rail bridge for repairs.`), { year: 2027, month: 3, day: 4 });
  });

  it('reads a line that is only the dotted date', () => {
    assert.deepEqual(dl(`${head}21.10.2028\n\nThe Ministry today closed the bridge.`), { year: 2028, month: 10, day: 21 });
  });

  it('reads no date from a sentence that holds a dotted date', () => {
    assert.equal(dl(`${head}The bridge stays shut until 04.03.2027, the Ministry said.\n\nRepairs begin soon.`), null);
  });

  it('reads no impossible date', () => {
    assert.equal(dl(`${head}Vilnius, 31.02.2027\n\nThe Ministry today closed the bridge.`), null);
  });
});
