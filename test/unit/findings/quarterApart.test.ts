// One event told in nearly the same words, each time exact with its zone written, a quarter of an
// hour apart: the time is misreported, not told loosely.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('time findings: the same words a quarter hour apart', () => {
  it('flags an exact time a quarter hour off in the very same words', () => {
    const files = {
      '001_wire.txt': 'Tuesday 4 May 2027\n\nThe findings will be unveiled in the Plenary B session at the Nordmark Oncology Forum in Varnholt at 11:15 CEST on Tuesday.',
      '002_site.md': 'Tuesday 4 May 2027\n\nThe findings were unveiled in a crowded Plenary B session at the Nordmark Oncology Forum in Varnholt at 11:30 CEST.',
    };
    assert.equal(findingsIn(files, '001_wire.txt', 'time-conflict').length, 1);
    assert.equal(findingsIn(files, '002_site.md', 'time-conflict').length, 1);
  });

  it('leaves a quarter hour alone when a time is loose, its zone not written, or the words only partly alike', () => {
    const loose = {
      '001_wire.txt': 'Tuesday 4 May 2027\n\nThe findings will be unveiled in the Plenary B session at the Nordmark Oncology Forum in Varnholt at about 11:15 CEST.',
      '002_site.md': 'Tuesday 4 May 2027\n\nThe findings were unveiled in a crowded Plenary B session at the Nordmark Oncology Forum in Varnholt at 11:30 CEST.',
    };
    assert.equal(findingsIn(loose, '001_wire.txt', 'time-conflict').length, 0);
    const zoneless = {
      '001_wire.txt': 'Tuesday 4 May 2027\n\nThe findings will be unveiled in the Plenary B session at the Nordmark Oncology Forum in Varnholt at 11:15.',
      '002_site.md': 'Tuesday 4 May 2027\n\nThe findings were unveiled in a crowded Plenary B session at the Nordmark Oncology Forum in Varnholt at 11:30.',
    };
    assert.equal(findingsIn(zoneless, '001_wire.txt', 'time-conflict').length, 0);
    const partly = {
      '001_wire.txt': 'Tuesday 4 May 2027\n\nDelegates queued outside the Varnholt hall for the Plenary B session at 11:15 CEST.',
      '002_site.md': 'Tuesday 4 May 2027\n\nThe Plenary B session opened its doors to the press in Varnholt at 11:30 CEST.',
    };
    assert.equal(findingsIn(partly, '001_wire.txt', 'time-conflict').length, 0);
  });
});
