// "Ferry services resumed at 14:47 CET" / "The operator restarted ferry services at 14:57 CET": one
// return after a stop, in the two verbs reporters vary it by (alignment/words.ts reads both as one
// word), told to the minute with the zone written, ten minutes apart: one of them is wrong. An opening
// ("07:00 Ferry services open as normal") is another moment than the return, whatever words of the
// service both clauses share (findings/times.ts, resumedAgainstOpened). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { analyzeArticle } from '../../../server/src/analysis';
import { articleClaims } from '../../../server/src/analysis/alignment/corpus';
import { resumedAgainstOpened } from '../../../server/src/analysis/findings/times';

const wire = 'ROSTOCK, May 12 (Baltic Wire) - Ferry services resumed at 14:47 CET after a four-hour stoppage caused by a radar fault.';
const blog = '# Bay ferries back\n\n*Harbour Ledger · 12 May*\n\nThe operator restarted ferry services at 14:57 CET, its spokeswoman said.\n';

describe('time findings: "resumed" and "restarted"', () => {
  it('holds two returns of one service minutes apart against each other', () => {
    const files = { '001_wire.txt': wire, '002_blog.md': blog };
    assert.equal(findingsIn(files, '001_wire.txt', 'time-conflict').length, 1);
    assert.equal(findingsIn(files, '002_blog.md', 'time-conflict').length, 1);
  });

  it('agrees where both tell the same minute', () => {
    const files = { '001_wire.txt': wire, '002_blog.md': blog.replace('14:57', '14:47') };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'time-conflict'), []);
  });


  it('reads a return and an opening as two moments', () => {
    const ref = (text: string, time: string) => {
      const r = articleClaims(analyzeArticle({ path: '00x.txt', text })).times.find((x) => x.time.text === time);
      assert.ok(r, time);
      return r;
    };
    const opened = ref('- 07:00 Ferry services open as normal.', '07:00');
    const resumed = ref('Ferry services resumed at 10:47 CET.', '10:47 CET');
    const restarted = ref('The operator restarted ferry services at 10:57 CET.', '10:57 CET');
    assert.equal(resumedAgainstOpened(opened, resumed), true);
    assert.equal(resumedAgainstOpened(resumed, opened), true);
    assert.equal(resumedAgainstOpened(resumed, restarted), false);
  });
});
