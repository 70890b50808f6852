// "At its height, 860 volunteers were on the dig" / "At the peak, in 2024, we had 910 volunteers on
// site" / "Peak crew: 910 volunteers": a count told as the peak of something that rose and fell is one
// quantity whatever year each source gives it, so two sources of one day that tell the peak are held to
// each other; counts not told as the peak, peaks of another day, or peaks at clock times are not.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

describe('figure findings: two sources telling the peak of one count', () => {
  const pad = ' The excavation of the Roman villa at Hallam Cross closed on Sunday. Finds go on show in the spring.';
  const files = {
    '000_wire.txt': 'Villa dig closes\n\nPublished April 9, 2027\n\nWork started in 2022. At its peak, 860 volunteers were on the dig, drawn from 14 counties.' + pad,
    '001_transcript.txt': 'Villa dig closes\n\nPublished April 9, 2027\n\nMARGIT OSTLER: At the peak, in 2024, we had 910 volunteers on the dig every weekend.' + pad,
    '002_release.md': 'Villa dig closes\n\nPublished April 9, 2027\n\n- Peak crew: 910 volunteers from 14 counties\n- Trenches opened: 41' + pad,
  };

  it('the two peaks are held to each other, the label "Peak crew:" as well as "at the peak"', () => {
    const wire = figureConflicts(files, '000_wire.txt');
    assert.equal(wire.length, 1, JSON.stringify(wire));
    assert.deepEqual(wire[0].against.map((e) => e.label).sort(), ['001', '002']);
    const release = figureConflicts(files, '002_release.md');
    assert.equal(release.length, 1, JSON.stringify(release));
    assert.deepEqual(release[0].against.map((e) => e.label), ['000']);
  });

  it('not when a count is not told as the peak, the sources are of another day, or a peak is read at a clock time', () => {
    const plainCount = { '000_wire.txt': files['000_wire.txt'].replace('At its peak, 860', 'In all, 860'), '001_transcript.txt': files['001_transcript.txt'] };
    assert.deepEqual(figureConflicts(plainCount, '000_wire.txt'), []);
    const later = { '000_wire.txt': files['000_wire.txt'].replace('April 9', 'April 12'), '001_transcript.txt': files['001_transcript.txt'] };
    assert.deepEqual(figureConflicts(later, '000_wire.txt'), []);
    const clocked = { '000_wire.txt': files['000_wire.txt'].replace('At its peak, 860 volunteers were', 'At its peak, at 11 a.m. on Saturday, 860 volunteers were'), '001_transcript.txt': files['001_transcript.txt'] };
    assert.deepEqual(figureConflicts(clocked, '000_wire.txt'), []);
  });
});
