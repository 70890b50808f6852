// Several sources give one reading to the minute ("Brannoch Pier … 16:23") and a single source
// another six minutes off ("Brannoch Pier … 16:29"): the single source is outvoted, though two
// loose tellings six minutes apart would agree.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const labels = (fs: { against: { label: string }[] }[]) => fs.flatMap((f) => f.against.map((a) => a.label)).sort();
const conflicts = (files: Record<string, string>, path: string) => labels(findingsIn(files, path, 'time-conflict'));

describe('time findings: a reading outvoted by several sources', () => {
  const files = {
    '001_wire.txt': 'Thursday 8 July 2027\n\nThe gauge at Brannoch Pier recorded the surge peak at 16:23, the agency said.',
    '002_agency.md': 'Thursday 8 July 2027\n\nAgency data show the gauge at Brannoch Pier recorded the peak of the surge at 16:23.',
    '003_blog.md': 'Thursday 8 July 2027\n\nHarbour staff say the gauge at Brannoch Pier recorded the peak at 16:29 BST.',
  };

  it('holds the single reading against the several, and each of them against it', () => {
    assert.deepEqual(conflicts(files, '003_blog.md'), ['001', '002']);
    assert.deepEqual(conflicts(files, '001_wire.txt'), ['003']);
    assert.deepEqual(conflicts(files, '002_agency.md'), ['003']);
  });

  it('leaves one source against one alone, readings on a round minute, and readings on no clock named', () => {
    const pair = { '001_wire.txt': files['001_wire.txt'], '003_blog.md': files['003_blog.md'] };
    assert.deepEqual(conflicts(pair, '003_blog.md'), []);
    const round = {
      '001_wire.txt': 'Thursday 8 July 2027\n\nThe gauge at Brannoch Pier recorded the surge peak at 16:20, the agency said.',
      '002_agency.md': 'Thursday 8 July 2027\n\nAgency data show the gauge at Brannoch Pier recorded the peak of the surge at 16:20.',
      '003_blog.md': files['003_blog.md'],
    };
    assert.deepEqual(conflicts(round, '003_blog.md'), []);
    const zoneless = { ...files, '003_blog.md': files['003_blog.md'].replace(' BST', '') };
    assert.deepEqual(conflicts(zoneless, '003_blog.md'), []);
  });
});
