// "from a quarter to five the crews could …": "a quarter" with its article is no count, so "from"
// before it does not make "a quarter to N" a range of counts when a clause goes on. Invented text.
import { strict as assert } from 'node:assert';
import { scanSpokenClocks } from '../../../server/src/analysis/claims/times/spoken';

const said = (text: string) => scanSpokenClocks(text).map((c) => [text.slice(c.start, c.end), c.hour, c.minutes]);

describe('times: "from a quarter to N" before a clause', () => {
  it('reads "from a quarter to six the ferries ran" as a clock time', () => {
    assert.deepEqual(said('The bridge reopened at ten past two, and from a quarter to six the ferries ran again.'),
      [['ten past two', 2, 10], ['a quarter to six', 5, 45]]);
  });

  it('still reads "from five to ten" and "from a quarter to five." at a sentence end as no time', () => {
    assert.deepEqual(said('From five to ten the volunteers came.'), []);
    assert.deepEqual(said('Its share was cut from a quarter to five.'), []);
    assert.deepEqual(said('Sales grew from a quarter to five times the target.'), []);
  });
});
