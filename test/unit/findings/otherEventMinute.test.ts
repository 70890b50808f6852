// "Play on the outer courts resumed at 4:30 p.m." where two sources tell "resumed at 4:45 p.m." and
// each tells 4:30 p.m. as the moment of something else ("after the 4:30 p.m. reading"), in a sentence
// of its own: the draft gave
// the restart another event's time. A quarter of an hour is within a loose telling of one moment, but
// sources that keep the two moments apart, to the minute, say which is which. A draft time no source
// tells elsewhere stays a loose telling. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = (draft: string): Record<string, string> => ({
  '000_wire.txt': 'ADELAIDE, Feb 9 (Southwire) - Play on the outer courts resumed at 4:45 p.m., the referee said. She made the call after the 4:30 p.m. reading showed the fire index down to 2.9.',
  '001_paper.txt': 'Adelaide, 9 February 2026 (Gulf Post)\n\nThe fire index fell to 2.9 at 4:30 p.m. Play on the outer courts resumed at 4:45 p.m., organisers said.',
  'draft.md': draft,
});

describe('times: a draft time that the sources give another event', () => {
  it('holds "resumed at 4:30 p.m." against sources that keep 4:30 for the reading and 4:45 for the restart', () => {
    const found = findingsIn(files('# Heat stops play\n\nPlay on the outer courts resumed at 4:30 p.m., the referee said.\n'), 'draft.md', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['4:30 p.m.']);
  });

  it('leaves a loose telling alone where no source tells its minute for another event', () => {
    assert.deepEqual(findingsIn(files('# Heat stops play\n\nPlay on the outer courts resumed at 4:40 p.m., the referee said.\n'), 'draft.md', 'time-conflict'), []);
  });
});
