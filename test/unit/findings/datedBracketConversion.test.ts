// "at 5:10 am India Standard Time on Friday, May 9 (23:25 GMT on Thursday)": a time's conversion in
// brackets may follow the weekday and the date the time is told on. Read as two separate times, the
// wrong conversion was never checked against the sources' own pair. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: a bracketed conversion after the day and date', () => {
  it('checks the conversion in brackets past "on Friday, May 9"', () => {
    const files = {
      '000_wire.txt': 'PUNE, May 9 (Deccan Wire) - A footbridge over the Mula river gave way at 5:10 am India Standard Time (23:40 GMT on Thursday) on Friday, injuring four people.',
      '001_release.txt': 'PUNE MUNICIPAL CORPORATION\nFriday 9 May 2025\n\nThe footbridge gave way at 5:10 am IST (23:40 GMT on Thursday). Four people were injured.',
      'draft_bridge.md': 'A footbridge over the Mula river gave way at 5:10 am India Standard Time on Friday, May 9 (23:25 GMT on Thursday), injuring four people.',
    };
    const found = findingsIn(files, 'draft_bridge.md', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['23:25 GMT'], JSON.stringify(found));
  });
});
