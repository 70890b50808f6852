// "eight-hour closures from 9am to 5pm" / "eight-hour closures from 10am to 6pm": one stretch of one
// length told with another start is a disagreement, though "past 9am" and "past 10am" would both hold.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { articleClaims } from '../../../server/src/analysis/alignment/corpus';
import { findingsIn } from './review';

const rangeOf = (text: string, time: string) => {
  const claims = articleClaims(analyzeArticle({ path: '001_x.txt', text }));
  return claims.times.find((t) => t.time.text.includes(time))?.range;
};

describe('time findings: ranges of one length', () => {
  it('reads the length of a range at its start', () => {
    assert.equal(rangeOf('Monday 3 May 2027\n\nThe bridge will shut in eight-hour closures from 9am to 5pm each night.', '9am'), 480);
    assert.equal(rangeOf('Monday 3 May 2027\n\nCrews will work from 22:00 until 04:30 on the viaduct.', '22:00'), 390);
    assert.equal(rangeOf('Monday 3 May 2027\n\nThe ferry sailed at 9am and docked at 5pm.', '9am'), undefined);
  });

  it('flags a range of the same length told from another start', () => {
    const files = {
      '001_wire.txt': 'Monday 3 May 2027\n\nThe Orrin bridge will shut in eight-hour closures from 9am to 5pm on Saturday and Sunday, the council said.',
      '002_blog.md': 'Monday 3 May 2027\n\nThe council says the Orrin bridge shuts for eight-hour closures from 10am to 6pm at the weekend.',
    };
    assert.equal(findingsIn(files, '001_wire.txt', 'time-conflict').length, 1);
    assert.equal(findingsIn(files, '002_blog.md', 'time-conflict').length, 1);
  });

  it('leaves alone ranges of another length, and the same range told alike', () => {
    const other = {
      '001_wire.txt': 'Monday 3 May 2027\n\nThe Orrin bridge will shut from 9am to 5pm on Saturday, the council said.',
      '002_blog.md': 'Monday 3 May 2027\n\nThe council says the Orrin bridge shuts from 10am to 4pm on Saturday.',
    };
    assert.equal(findingsIn(other, '001_wire.txt', 'time-conflict').length, 0);
    assert.equal(findingsIn(other, '002_blog.md', 'time-conflict').length, 0);
    const alike = {
      '001_wire.txt': 'Monday 3 May 2027\n\nThe Orrin bridge will shut from 9am to 5pm on Saturday, the council said.',
      '002_blog.md': 'Monday 3 May 2027\n\nThe council says the Orrin bridge shuts from 9am until 5pm on Saturday.',
    };
    assert.equal(findingsIn(alike, '001_wire.txt', 'time-conflict').length, 0);
  });

  it('does not hold ranges of unrelated things to each other', () => {
    const files = {
      '001_wire.txt': 'Monday 3 May 2027\n\nThe Orrin bridge will shut from 9am to 5pm on Saturday, the council said.',
      '002_blog.md': 'Monday 3 May 2027\n\nA helpline for traders is staffed from 10am to 6pm.',
    };
    assert.equal(findingsIn(files, '001_wire.txt', 'time-conflict').length, 0);
    assert.equal(findingsIn(files, '002_blog.md', 'time-conflict').length, 0);
  });
});
