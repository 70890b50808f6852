// "The parade left the square at 2pm BST (15:00 GMT)": a clock time and its own conversion in
// brackets that do not agree are two readings, not one moment. Where a source's own pair on the same
// two clocks tells one half to the minute ("2pm local time (1300 GMT)"), the other half is the wrong
// one and is held against that source, though no words link the two sentences. A right conversion, a
// zone whose offset is uncertain ("ET") and a story whose sources give its local clock two offsets
// are left alone.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'DERWICK, England, May 14 (Channel Wire) - Thousands marched against the bypass plan on Saturday.\n\n' +
  'The procession moved off from Quayside Green at 2 p.m. local time (1300 GMT), police said.';

const flagged = (draft: string, sources: Record<string, string> = { '001_wire.txt': wire }) =>
  findingsIn({ ...sources, 'draft_march.md': draft }, 'draft_march.md', 'time-conflict').map((f) => [f.text, f.against.map((e) => e.label), f.message]);

describe('time findings: a time and its conversion in brackets that disagree', () => {
  it('flags the bracketed half against a source pair that tells the first half', () => {
    const found = flagged('Campaigners against the bypass gathered at the harbour wall. They set out for the town hall at 2pm BST (15:00 GMT).');
    assert.deepEqual(found.map((f) => [f[0], f[1]]), [['15:00 GMT', ['001']]]);
    assert.match(String(found[0][2]), /“1300 GMT”.*2pm BST is 13:00 GMT/);
  });

  it('flags the first half when the source tells the bracketed one', () => {
    const found = flagged('Campaigners against the bypass gathered at the harbour wall. They set out for the town hall at 4pm BST (13:00 GMT).');
    assert.deepEqual(found.map((f) => [f[0], f[1]]), [['4pm BST', ['001']]]);
  });

  it('reads a zone-less first half on the local clock the sources give', () => {
    const found = flagged('Campaigners against the bypass gathered at the harbour wall. They set out for the town hall at 14:00 (12:00 GMT).');
    assert.deepEqual(found.map((f) => [f[0], f[1]]), [['12:00 GMT', ['001']]]);
  });

  it('leaves a right conversion alone', () => {
    assert.deepEqual(flagged('Campaigners against the bypass gathered at the harbour wall. They set out for the town hall at 2pm BST (13:00 GMT).'), []);
  });

  it('leaves a local clock alone when the sources give it two offsets', () => {
    const other = 'Organisers said the rally at Tollan Park began at 11am local time (0900 GMT) on Saturday.';
    assert.deepEqual(flagged('Campaigners against the bypass gathered at the harbour wall. They set out for the town hall at 14:00 (12:00 GMT).',
      { '001_wire.txt': wire, '002_blog.txt': other }), []);
  });

  it('leaves a zone whose offset depends on the season alone', () => {
    const us = 'HARTWELL, Ohio (Channel Wire) - Thousands marched against the bypass plan on Saturday.\n\n' +
      'The procession moved off from Quayside Green at 2 p.m. local time (1800 GMT), police said.';
    assert.deepEqual(flagged('Campaigners against the bypass gathered at the harbour wall. They set out for the town hall at 2pm ET (19:00 GMT).',
      { '001_wire.txt': us }), []);
    // The same pair on a written daylight clock is flagged.
    assert.deepEqual(flagged('Campaigners against the bypass gathered at the harbour wall. They set out for the town hall at 2pm EDT (19:00 GMT).',
      { '001_wire.txt': us }).map((f) => f[0]), ['19:00 GMT']);
  });

  it("reads a place's clock the sources' pairs give one offset", () => {
    const rally = 'DERWICK, England, Nov 3 (Channel Wire) - Thousands marched against the bypass plan on Saturday.\n\n' +
      'The procession moved off from Quayside Green at 15:40 GMT (16:40 in Vallmark), police said. The delegation from Vallmark flew home at 18:00 GMT (19:00 in Vallmark).';
    const found = flagged('Campaigners against the bypass gathered at the harbour wall. They set out for the town hall at 15:40 GMT (14:40 in Vallmark).', { '001_wire.txt': rally });
    assert.deepEqual(found.map((f) => [f[0], f[1]]), [["14:40", ["001"]]]);
    assert.match(String(found[0][2]), /15:40 GMT is 16:40 in Vallmark/);
  });
});
