// Several sources tell one moment at a five-minute mark off the quarter hours ("clear by 21:25") and a
// single source a quarter of an hour off ("cleared by 9:40 p.m."): no writer rounds 21:25 to 9:40, so the
// single source is outvoted, though loose tellings fifteen minutes apart agree. The wire's clause reads
// past a description set off by commas ("…, 4 km (2.5 miles) east of the town centre, was …") to what
// was cleared (round 34). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const labels = (fs: { against: { label: string }[] }[]) => fs.flatMap((f) => f.against.map((a) => a.label)).sort();
const conflicts = (files: Record<string, string>, path: string) => labels(findingsIn(files, path, 'time-conflict'));

const day = 'Saturday 2 June 2027\n\n';
const files = {
  '000_wire.txt': `${day}Police said the stadium, 4 km (2.5 miles) east of the town centre, was cleared by 9:40 p.m.\n`,
  '002_release.txt': `${day}HARLE ROVERS FC\n\nThe stadium was clear by 21:25. Nobody was hurt.\n`,
  '004_explainer.md': `# The night at Harle Hill\n\n${day}| Event | Local |\n|---|---|\n| Stadium cleared | 21:25 |\n| Fireworks | 22:00 |\n`,
};

describe('time findings: a fine mark outvoted by several sources', () => {
  it('holds the single telling against the several, and each of them against it', () => {
    assert.deepEqual(conflicts(files, '000_wire.txt'), ['002', '004']);
    assert.deepEqual(conflicts(files, '002_release.txt'), ['000']);
    assert.deepEqual(conflicts(files, '004_explainer.md'), ['000']);
  });

  it('holds a draft on the side of the several against the single one', () => {
    const draft = { ...files, 'draft_harle.md': 'Police said the stadium was cleared by 21:25.\n' };
    assert.deepEqual(conflicts(draft, 'draft_harle.md'), ['000']);
  });

  it('leaves one source against one, and times on the quarter hours, alone', () => {
    const pair = { '000_wire.txt': files['000_wire.txt'], '002_release.txt': files['002_release.txt'] };
    assert.deepEqual(conflicts(pair, '000_wire.txt'), []);
    const quarters = {
      '000_wire.txt': files['000_wire.txt'].replace('9:40 p.m.', '9:45 p.m.'),
      '002_release.txt': files['002_release.txt'].replace('21:25', '21:30'),
      '004_explainer.md': files['004_explainer.md'].replace('21:25', '21:30'),
    };
    assert.deepEqual(conflicts(quarters, '000_wire.txt'), []);
  });

  it('holds a blog stamp at the several sources\' minute against a single source that tells the moment later', () => {
    const blog = '# LIVE: Harle Hill\n\n*Saturday 2 June 2027. All times local.*\n\n**21:25** — Police confirm the stadium is **fully cleared**. That is 35 minutes after the match was abandoned.\n\n**20:50** — The match is abandoned.\n';
    assert.deepEqual(conflicts({ ...files, '001_blog.md': blog }, '001_blog.md'), ['000']);
  });
});
