// Sources that disagree among themselves about a clock time: a draft that sides with some of them is
// flagged against the one that tells it otherwise, as those sources are; a draft a source supports
// is still not flagged against a source time that no supporting source disputes.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const labels = (fs: { against: { label: string }[] }[]) => fs.flatMap((f) => f.against.map((a) => a.label)).sort();

describe('time findings: a draft siding with sources that dispute another', () => {
  const sources = {
    '000_wire.txt': 'Friday 9 April 2027\n\nThe alarm sounded at 2:17 a.m. at the Kessel depot, police said.',
    '001_paper.txt': 'Friday 9 April 2027\n\nThe depot alarm was triggered at 02:17, the operator said.',
    '002_blog.md': 'Friday 9 April 2027\n\nPolice say the alarm at the Kessel depot went off at 2:23 a.m.',
  };

  it('flags the draft against the source the others dispute', () => {
    const files = { ...sources, 'draft_depot.md': 'The alarm at the Kessel depot went off at 2:17 a.m. on Friday.' };
    // The sources disagree among themselves…
    assert.deepEqual(labels(findingsIn(files, '002_blog.md', 'time-conflict')), ['000', '001']);
    // …and the draft, which tells the time two of them give, is held to the third.
    assert.deepEqual(labels(findingsIn(files, 'draft_depot.md', 'time-conflict')), ['002']);
  });

  it('leaves the draft alone when one source disputes another, or two dispute two', () => {
    const one = { '000_wire.txt': sources['000_wire.txt'], '002_blog.md': sources['002_blog.md'] };
    assert.deepEqual(labels(findingsIn({ ...one, 'draft_depot.md': 'The alarm at the Kessel depot went off at 2:17 a.m. on Friday.' }, 'draft_depot.md', 'time-conflict')), []);
    const split = { ...sources, '003_radio.txt': 'Friday 9 April 2027\n\nThe alarm at the Kessel depot sounded at 2:23 a.m., a police spokesman said.' };
    assert.deepEqual(labels(findingsIn({ ...split, 'draft_depot.md': 'The alarm at the Kessel depot went off at 2:17 a.m. on Friday.' }, 'draft_depot.md', 'time-conflict')), []);
    // The sources are still flagged against each other.
    assert.ok(findingsIn(split, '003_radio.txt', 'time-conflict').length > 0);
  });

  it('does not flag a draft whose supporting source agrees with the other too', () => {
    // "about 2:20" lies within loose reach of both 2:11 and 2:29 in words that link them only by the
    // alarm: the source that supports the draft does not dispute the other source.
    const files = {
      '000_wire.txt': 'Friday 9 April 2027\n\nThe alarm went off at about 2:20 a.m. at the Kessel depot, police said.',
      '001_blog.md': 'Friday 9 April 2027\n\nPolice say the alarm at the Kessel depot went off at 2:41 a.m.',
      'draft_depot.md': 'The alarm at the Kessel depot went off at 2:11 a.m. on Friday.',
    };
    assert.deepEqual(labels(findingsIn(files, 'draft_depot.md', 'time-conflict')), []);
  });

  it('leaves two events at two times, and a time told in two zones, alone', () => {
    const files = {
      '000_wire.txt': 'Friday 9 April 2027\n\nThe alarm sounded at 2:17 a.m. CEST (0017 GMT) at the Kessel depot. Police arrived at 2:41 a.m.',
      '001_paper.txt': 'Friday 9 April 2027\n\nThe depot alarm was triggered at 00:17 GMT, the operator said.',
      'draft_depot.md': 'The alarm at the Kessel depot went off at 2:17 a.m. CEST on Friday. Police arrived at 2:41 a.m.',
    };
    assert.deepEqual(labels(findingsIn(files, 'draft_depot.md', 'time-conflict')), []);
    assert.deepEqual(labels(findingsIn(files, '000_wire.txt', 'time-conflict')), []);
  });

  it('does not carry a live blog stamp into a dispute', () => {
    const files = {
      '000_wire.txt': 'Friday 9 April 2027\n\nThe alarm sounded at 2:17 a.m. at the Kessel depot, police said.',
      '001_blog.md': 'Friday 9 April 2027\n\n**03:05** Police say the alarm at the Kessel depot went off at 2:17 a.m.\n\n**02:50** Police cars are outside the Kessel depot.',
      'draft_depot.md': 'The alarm at the Kessel depot went off at 2:17 a.m. on Friday.',
    };
    assert.deepEqual(labels(findingsIn(files, 'draft_depot.md', 'time-conflict')), []);
  });
});
