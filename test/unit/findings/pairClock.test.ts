// "came off the road at 15:42 local time (14:42 BST)": a source that tells one moment on two clocks is
// read on the clock the draft writes. A draft's "14:42 local time" is held to the source's local time
// (an hour apart), not met by its BST time through reading "local time" as BST.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'ZARAGOZA, July 5 (Wirepost) - The coach, operated by a firm from Leeds, came off the N-260 on a hairpin bend below the summit of the Coll de Nargo pass at 15:42 local time (14:42 BST), the Guardia Civil said.';
const paper = 'Published 5 July 2031\n\nThe coach left the N-260 on the Coll de Nargo pass at 3.42pm local time on Saturday, police said.';
// A Leeds live blog keeps BST for its stamps: "local time" could be read on that clock too.
const blog = '# LIVE: Leeds coach crash\n\n*All times BST.*\n\n**18:05** – Families in Leeds are gathering at the coach firm\'s depot.\n\n**17:40** – The Foreign Office says it is in contact with the Spanish authorities.\n';

const timeConflicts = (draft: string) =>
  findingsIn({ '001_wire.txt': wire, '002_paper.md': paper, '003_blog.md': blog, 'draft.md': draft }, 'draft.md', 'time-conflict').map((f) => [f.text, ...f.against.map((e) => e.label)]);

describe('time findings: a source\'s time told on two clocks, read on the draft\'s', () => {
  it('"14:42 local time" disagrees with "15:42 local time (14:42 BST)"', () => {
    assert.deepEqual(timeConflicts('The coach left the N-260 at 14:42 local time on the Coll de Nargo pass, below the summit.'), [['14:42 local time', '001', '002']]);
  });

  it('the right local time, the right BST time, and both together agree', () => {
    assert.deepEqual(timeConflicts('The coach left the N-260 at 15:42 local time on the Coll de Nargo pass, below the summit.'), []);
    assert.deepEqual(timeConflicts('The coach left the N-260 at 14:42 BST on the Coll de Nargo pass, below the summit.'), []);
    assert.deepEqual(timeConflicts('The coach left the N-260 at 15:42 local time (14:42 BST) on the Coll de Nargo pass, below the summit.'), []);
  });
});
