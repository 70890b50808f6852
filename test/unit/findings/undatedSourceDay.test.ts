// A source with no dateline (a live blog whose entries carry only clock times) is of a dated source's
// day when it names that day's weekday: its finished tally of a count is then held to the dated
// sources' tallies as theirs are held to each other. Naming another weekday leaves it undated.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const labels = (fs: { against: { label: string }[] }[]) => fs.flatMap((f) => f.against.map((a) => a.label)).sort();

const blog = (day: string) => `# LIVE: Climbers stranded on Ben Corrach\n\n**${day} 08:30** Summary: nine climbers are safe. 31 Firthmoor Mountain Rescue volunteers worked through the night.\n\n**08:50** The road to the car park has reopened.`;
const sources = {
  '000_wire.txt': 'Tuesday 9 March 2027\n\nFIRTHMOOR, March 9 - Rescuers brought nine climbers down from Ben Corrach on Tuesday. In all, 27 volunteers of the Firthmoor team took part, police said.',
  '002_release.txt': 'Issued 9 March 2027\n\nNine climbers were rescued from Ben Corrach. 27 volunteers took part in the operation, which ended at 06:10.',
  '003_paper.txt': 'Tuesday 9 March 2027\n\nTwenty-seven volunteers went up the mountain overnight to reach the nine climbers, the team leader said.',
};

describe('findings: an undated source that names the dated sources\' weekday', () => {
  it('holds its tally to the tallies the dated sources tell', () => {
    const files = { ...sources, '001_blog.md': blog('Tuesday') };
    assert.deepEqual(labels(findingsIn(files, '001_blog.md', 'figure-conflict')), ['000', '003']);
    assert.deepEqual(labels(findingsIn(files, '003_paper.txt', 'figure-conflict')), ['001']);
  });

  it('leaves it alone when it names another weekday', () => {
    const files = { ...sources, '001_blog.md': blog('Wednesday') };
    assert.deepEqual(labels(findingsIn(files, '001_blog.md', 'figure-conflict')), []);
  });
});
