// "cut daily sailings from 36 to 21", "to 24 a day from 32": a bare number after "to" is read as a
// possible clock hour ("until 21") and left out; where the change's other end is no hour (above 24) or
// the number is a rate ("a day"), it is a count. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const numbers = (text: string) => analyzeArticle({ path: '001_x.txt', text }).figures.map((f) => f.text);

describe('figures: the end of a change in a count, not an hour', () => {
  it('reads "from 36 to 21" and "to 21 from 36"', () => {
    assert.ok(numbers('The ferry line cut daily sailings from 36 to 21 on Monday.').includes('21'));
    assert.ok(numbers('The ferry line cut daily sailings to 21 from 36 on Monday.').includes('21'));
  });

  it('reads a number told per day', () => {
    assert.ok(numbers('Bookings will fall to 14 a day from 19.').includes('14'));
  });

  it('still leaves out an hour between hours', () => {
    assert.ok(!numbers('The office is open from 9 to 17 on weekdays.').includes('17'));
  });
});
