// "A fisherman was bitten … at 7:45 a.m." / "… was bitten … at about 7.55am": a time told "about" at a
// five-minute mark off the quarter hours is rounded to five minutes, not to the quarter hour, so ten
// minutes from another telling of the action it is another reading, and one side is wrong, though the
// two lie within the half hour loose tellings share. A table's UTC column beside the row's local time
// is that time converted: the local cell carries any claim, not the UTC one. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = [
  'DARWIN, March 4 (Top End Wire) - A fisherman was bitten by a saltwater crocodile at Crab Creek at 7:45 a.m. on Wednesday, rangers said.', '',
  'He was flown to Royal Darwin Hospital and is in a stable condition.', '',
].join('\n');

const blog = [
  '# Crab Creek crocodile attack: what we know', '',
  '- A fisherman was bitten by a saltwater crocodile at Crab Creek at about 7.55am.',
  '- Rangers closed the boat ramp at 9am.', '',
].join('\n');

const times = (f: Record<string, string>, path: string) => findingsIn(f, path, 'time-conflict').map((x) => x.text);

describe('times: "about" a five-minute mark off the quarter hours', () => {
  it('holds it apart from a time of the action ten minutes off', () => {
    const files = { '000_wire.txt': wire, '001_blog.md': blog };
    assert.deepEqual(times(files, '001_blog.md'), ['about 7.55am']);
    assert.deepEqual(times(files, '000_wire.txt'), ['7:45 a.m.']);
  });

  it('lets a time within five minutes, a bound and a quarter-hour estimate agree', () => {
    for (const told of ['about 7.50am', 'by 7.55am', 'about 8am']) {
      const files = { '000_wire.txt': wire, '001_blog.md': blog.replace('about 7.55am', told) };
      assert.deepEqual(times(files, '001_blog.md'), [], told);
      assert.deepEqual(times(files, '000_wire.txt'), [], told);
    }
  });

  it('flags a table row on its local time, not on its UTC column', () => {
    const table = [
      '# Crab Creek: timeline', '', '*Times in ACST, with UTC.*', '',
      '| ACST | UTC | What happened |', '|---|---|---|',
      '| Wed 7:45 a.m. | Tue 22:15 | Fisherman bitten by a saltwater crocodile at Crab Creek |',
      '| Wed 9:00 a.m. | Tue 23:30 | Boat ramp closed |', '',
    ].join('\n');
    const files = { '000_wire.txt': wire, '001_blog.md': blog, '002_timeline.md': table };
    assert.equal(times(files, '002_timeline.md').includes('22:15'), false);
  });
});
