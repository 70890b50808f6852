// A draft figure on the many's side of the sources' dispute is held to the odd source where the
// draft's words reach only the many: a source of the draft's number, in its words, is held by its own
// check to the odd source's number, and the draft's side (two sources or more) outnumbers the other.
// One source on the draft's side leaves it alone.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const labels = (fs: { against: { label: string }[] }[]) => fs.flatMap((f) => f.against.map((a) => a.label)).sort();

describe('findings: a draft figure held through an agreeing source\'s own check', () => {
  const sources = {
    '000_wire.txt': 'Tuesday 9 March 2027\n\nThe 162-metre steel mast was put up in 1994 and carried about 3,100 radio links a day, according to Dunmere Council. Its last survey, in June 2025, rated it "fair".',
    '001_blog.md': 'Tuesday 9 March 2027\n\n**09:10** Some background: the 198-metre mast went up in 1994 and was rated "fair" at its last survey in June 2025.',
    '002_guide.txt': 'Tuesday 9 March 2027\n\nThe Dunmere steel mast went up in 1994. It is 162 metres tall and carries about 3,100 radio links a day.',
  };
  const draft = 'The 162-metre steel mast was put up in 1994 and carried about 3,100 radio links a day.';

  it('flags the draft against the odd source its words do not reach', () => {
    const files = { ...sources, 'draft_mast.md': draft };
    assert.deepEqual(labels(findingsIn(files, 'draft_mast.md', 'figure-conflict')), ['001']);
  });

  it('leaves the draft alone with one source on its side', () => {
    const files = { '000_wire.txt': sources['000_wire.txt'], '001_blog.md': sources['001_blog.md'], 'draft_mast.md': draft };
    assert.deepEqual(labels(findingsIn(files, 'draft_mast.md', 'figure-conflict')), []);
  });
});
