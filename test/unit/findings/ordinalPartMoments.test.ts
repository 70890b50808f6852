// A part told as a later one of its kind ("A second berth reopened at 9:50 a.m.") is another part than
// one told by its number or as the first ("Berth 7 reopened at 7:05 a.m."): two moments, though the
// clauses share every other word. Two times of the same ordinal part are still one moment. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: a second part is another part', () => {
  const files = {
    '000_blog.md': '# LIVE: Harlow Bay storm surge\n\n*All times are Eastern Standard Time. Newest entries are at the top.*\n\n**7:12 a.m. Monday**\n\n⚓ We have a berth! The port says Berth 7 reopened at 7:05 a.m. The first ferry, to Skerry Island, left the quay a little after 8, according to our reporter at the harbour.',
    '001_release.txt': 'NEWS RELEASE\nHarlow Bay Port Authority\nFOR IMMEDIATE RELEASE: Monday, November 9, 2026, 10:00 a.m. EST\n\nHARLOW BAY – Harlow Bay Port (HBP) reopened its first berth at 7:05 a.m. today following a storm surge that flooded the quays and kept the port closed for more than 20 hours.\n\nA second berth reopened at 9:50 a.m., and the port expects to have four of its six berths available by early afternoon, weather permitting.',
  };

  it('does not hold the second berth\'s reopening to the first\'s', () => {
    assert.deepEqual(findingsIn(files, '001_release.txt', 'time-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, '000_blog.md', 'time-conflict').map((f) => f.text), []);
  });

  it('still holds two tellings of the second berth to each other', () => {
    const both = { ...files, '002_wire.txt': 'HARLOW BAY, Nov. 9 (Coast Wire) - Harlow Bay Port reopened a berth at 7:05 a.m. EST on Monday after the storm surge. A second berth reopened at 10:50 a.m. EST, the port said.' };
    assert.deepEqual(findingsIn(both, '002_wire.txt', 'time-conflict').map((f) => f.text), ['10:50 a.m. EST']);
  });
});
