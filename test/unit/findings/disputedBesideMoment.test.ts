// The draft repeats one side of a dispute between sources: two sources tell 318 sailings cancelled,
// a third 381 in like words. A source that also ties the draft's 318 to the draft's own clock time is
// one more on its side, not a reason to let the other side go. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  'draft_ferries.md': 'The Straits Ferry Authority closed the terminal from 4 a.m. to 2 p.m. and cancelled 318 sailings, 200 domestic and 118 to the islands.\n',
  '001_wire.txt': 'KELSO BAY (Coastwire) - The Straits Ferry Authority closed the terminal from 4 a.m. to 2 p.m. A total of 318 sailings were cancelled, stranding thousands.\n',
  '002_blog.md': '**3:05 p.m.** The terminal reopened at 2 p.m. The Straits Ferry Authority\'s final count: **318 sailings** cancelled today.\n',
  '003_bulletin.txt': 'TIMELINE\n\n- 0400H  Terminal closed.\n- 1400H  Terminal reopens. Straits Ferry Authority reports 318 cancelled sailings.\n',
  '004_explainer.md': '# The storm in numbers\n\n| Measure | Figure | Source |\n|---|---|---|\n| Sailings cancelled at the terminal | 381 | Straits Ferry Authority |\n',
};

describe('findings: a dispute the draft takes a side in, beside a source of its moment', () => {
  it('holds the draft\'s 318 sailings against the source that tells 381', () => {
    const found = findingsIn(files, 'draft_ferries.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
    assert.ok(found[0].message.includes('381'), found[0].message);
  });
});
