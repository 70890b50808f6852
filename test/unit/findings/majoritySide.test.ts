// A draft on the majority's side of a dispute the sources have among themselves is a finding against
// the source on the other side (the project's convention), even where only one of the sources it
// agrees with is linked to that source by its own words, or where the draft's words are less like
// the other source's than a duration's conflict needs on its own. One source against one leaves the draft
// alone, and a number the draft or its side states as well is another quantity, not the other side.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const labels = (fs: { against: { label: string }[] }[]) => fs.flatMap((f) => f.against.map((a) => a.label)).sort();

describe('findings: a draft on the majority side of the sources\' dispute', () => {
  describe('clock times', () => {
    const sources = {
      '000_wire.txt': 'Friday 9 April 2027\n\nA coolant pump at the Brenford water plant failed at 6:14 a.m., the operator said.',
      '001_paper.txt': 'Friday 9 April 2027\n\nStaff were sent home after a pump failure at 6:14 a.m. at the Brenford works.',
      '002_radio.txt': 'Friday 9 April 2027\n\nThe old machine broke down at 6:14 a.m., according to a union steward.',
      '003_blog.md': 'Friday 9 April 2027\n\nA spokeswoman said the coolant pump at the Brenford water plant shut down at 6:52 a.m.',
    };
    const draft = 'A coolant pump at the Brenford water plant failed at 6:14 a.m. on Friday.';

    it('flags the draft against the odd source once one of its supporters disputes it', () => {
      const files = { ...sources, 'draft_pump.md': draft };
      // One source's own words link it to the odd one; the draft agrees with more than one.
      assert.deepEqual(labels(findingsIn(files, '003_blog.md', 'time-conflict')), ['000']);
      assert.deepEqual(labels(findingsIn(files, 'draft_pump.md', 'time-conflict')), ['003']);
    });

    it('leaves the draft alone with one source on its side', () => {
      const files = { '000_wire.txt': sources['000_wire.txt'], '003_blog.md': sources['003_blog.md'], 'draft_pump.md': draft };
      assert.deepEqual(labels(findingsIn(files, 'draft_pump.md', 'time-conflict')), []);
      assert.deepEqual(labels(findingsIn(files, '003_blog.md', 'time-conflict')), ['000']);
    });
  });

  describe('durations', () => {
    const sources = {
      '001_wire.txt': 'Published March 3, 2027\n\nThe Arlo footbridge was closed for 12 days while engineers repaired cracks in its deck. Ferries ran a shuttle in the meantime.',
      '002_paper.txt': 'Published March 3, 2027\n\nThe Arlo footbridge reopened after being closed for 12 days, the council said. Inspectors return next month.',
      '003_radio.txt': 'Published March 3, 2027\n\nTraders said the Arlo footbridge was closed for 21 days, costing them custom. A public meeting is planned for Friday.',
    };
    const draft = 'Engineers repaired cracks in the deck while the footbridge was closed for 12 days.';

    it('flags the draft against the source the others dispute, in words less like it', () => {
      const files = { ...sources, 'draft_bridge.md': draft };
      assert.deepEqual(labels(findingsIn(files, '001_wire.txt', 'figure-conflict')), ['003']);
      assert.deepEqual(labels(findingsIn(files, 'draft_bridge.md', 'figure-conflict')), ['003']);
    });

    it('leaves the draft alone with one source on its side', () => {
      const files = { '001_wire.txt': sources['001_wire.txt'], '003_radio.txt': sources['003_radio.txt'], 'draft_bridge.md': draft };
      assert.deepEqual(labels(findingsIn(files, 'draft_bridge.md', 'figure-conflict')), []);
    });

    it('does not take a number the draft states too for the other side', () => {
      const files = { ...sources, 'draft_bridge.md': 'Engineers repaired cracks in the deck while the footbridge was closed for 12 days, nine fewer than the 21 days traders feared.' };
      assert.deepEqual(labels(findingsIn(files, 'draft_bridge.md', 'figure-conflict')), []);
    });
  });
});
