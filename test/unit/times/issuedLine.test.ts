// "Issued: Thursday, 9th July 2027, 4:15pm (CAT)": a press release's date line, under a letterhead and
// "PRESS RELEASE" / "FOR IMMEDIATE RELEASE" lines, below the top lines a labelled date is read in. It
// is the release's own date. Invented text.
import { strict as assert } from 'node:assert';
import { findDateline } from '../../../server/src/analysis/claims/times';
import { prepareText } from '../../../server/src/analysis/text';

const dl = (body: string) => findDateline(prepareText(body, 'x.txt'));
const head = 'KESTREL WATER AUTHORITY\nCorporate Affairs Unit\nBlock C, 22 Harbour Road, Lusaka\n\nPRESS RELEASE\nFOR IMMEDIATE RELEASE\n';

describe('times: a press release\'s "Issued:" line dates it', () => {
  it('reads the date after "Issued:" below the letterhead', () => {
    assert.deepEqual(dl(`${head}Issued: Thursday, 9th July 2027, 4:15pm (CAT)\n\nThe Authority wishes to inform customers that supply will be cut on Saturday.`), { year: 2027, month: 7, day: 9 });
  });

  it('reads no date from a line that is not labelled "Issued:"', () => {
    assert.equal(dl(`${head}Supply will be restored by Thursday, 9th July 2027 in all districts.\n\nThe Authority regrets the cut.`), null);
  });
});
