// A draft time on the many's side of the sources' dispute whose words reach the odd source itself, and
// only one source of its own side: that supporter's own check finds the others at its very minute, so
// the draft's side is counted through it, as where the draft's words reach the supporter alone
// (sideThroughSupporter.test.ts). One source against one leaves the draft alone.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const labels = (fs: { against: { label: string }[] }[]) => fs.flatMap((f) => f.against.map((a) => a.label)).sort();

describe('findings: a draft time linked to the odd source, its side counted through its supporter', () => {
  const sources = {
    '000_wire.txt': 'Thursday 11 March 2027\n\nThe Velmont cinema chain said at 0800 GMT it would back the raised bid, and Ostrander Media followed with a binding offer for the chain at 1400 GMT.',
    '001_release.txt': 'Thursday 11 March 2027\n\nOstrander Media made a binding offer for the Velmont cinema chain at 14:00, the company said.',
    '002_blog.md': 'Thursday 11 March 2027\n\nOstrander Media lodged its binding offer for the Velmont chain with the takeover panel at 2pm, the chain\'s board said.',
    '003_paper.txt': 'Thursday 11 March 2027\n\nThe board of the Velmont cinema chain said the bid was lodged with the takeover panel by Ostrander Media at 3pm.',
  };
  // The draft's words reach the paper (the odd source) and the blog; the blog's own check finds the release at its minute.
  const draft = 'The Velmont board said Ostrander lodged its offer with the takeover panel at 2pm.';

  it('flags the draft against the odd source it is linked to', () => {
    const files = { ...sources, 'draft_cinema.md': draft };
    assert.deepEqual(labels(findingsIn(files, 'draft_cinema.md', 'time-conflict')), ['003']);
  });

  it('leaves the draft alone with one source on its side', () => {
    const files = { '002_blog.md': sources['002_blog.md'], '003_paper.txt': sources['003_paper.txt'], 'draft_cinema.md': draft };
    assert.deepEqual(labels(findingsIn(files, 'draft_cinema.md', 'time-conflict')), []);
  });
});
