// "takes effect at 00:01 on 27 August" / "from 00:01 on Friday 25 August 2028": the same minute on two
// days, each written with its day of the month, is one error told by the dates; the clock time is not
// flagged for the same day again (one error, one finding). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('time findings: a day in dispute is flagged once, at the date', () => {
  const files = {
    '001_release.txt': 'Published Friday 18 August 2028\n\nHollin Water confirmed today that a sprinkler ban will take effect from 00:01 on Friday 25 August 2028 for all 400,000 customers in its area.',
    '002_wire.txt': 'HOLLINSTER, Aug 18 (Wirepost) - Hollin Water said its sprinkler ban takes effect at 00:01 on Friday, August 25, and covers about 400,000 customers.',
    'draft_ban.md': 'The sprinkler ban takes effect at 00:01 on 27 August and covers about 400,000 customers of Hollin Water.',
  };

  it('flags the date, not the clock time as well', () => {
    const found = findingsIn(files, 'draft_ban.md', 'time-conflict');
    assert.ok(found.some((f) => f.text.includes('27 August')), JSON.stringify(found));
    assert.ok(!found.some((f) => f.text === '00:01'), JSON.stringify(found));
  });
});
