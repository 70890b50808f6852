// A source that tells the very minute another source does, in words linked to it, is held to what
// that source is held to: a third source whose time disagrees with the second's disagrees with the
// first too, though the first's words and the third's share too little to link them (findings/times.ts,
// heldAgainst). One step only, and never from a minute that is not the same, a blog's stamp, or a
// moment the sources do not dispute.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = 'FERNHOLM WATER BOARD STATEMENT\n\nFriday 12 March 2027\n\nAt 3.14am on Friday the overnight control team halted the Ardel pumps after a faulty sensor reading. Supplies to 4,200 homes were cut until the afternoon.';
const wire = (time: string) => `FERNHOLM, March 12 (Wire) - Engineers halted the Ardel pumps at ${time} on Friday, the water board said, cutting supplies to about 4,200 homes.`;
const blog = (line: string) => `# Fernholm water cut: what we know\n\n*Friday 12 March 2027*\n\n${line} Homes in the east of the town were the worst hit.`;
const draft = '# Water cut\n\nSupplies were cut in Fernholm.';
const times = (files: Record<string, string>, path: string) => findingsIn(files, path, 'time-conflict').map((f) => `${f.text} vs ${f.against.map((a) => a.label).join(',')}`);

describe('time findings: a source held to what the source it agrees with is held to', () => {
  it('flags a blog that tells the release\'s minute against the wire that disagrees with the release', () => {
    const files = { '001_release.txt': release, '002_wire.txt': wire('3:44 a.m.'), '003_blog.md': blog('The overnight control team at Ardel logged the fault at 3.14am, the board says.'), 'draft.md': draft };
    assert.deepEqual(times(files, '003_blog.md'), ['3.14am vs 002']);
    // The wire is held to the release, as before; the release to the wire.
    assert.deepEqual(times(files, '002_wire.txt'), ['3:44 a.m. vs 001']);
    assert.deepEqual(times(files, '001_release.txt'), ['3.14am vs 002']);
  });

  it('leaves the blog alone when the sources do not dispute the moment', () => {
    const files = { '001_release.txt': release, '002_wire.txt': wire('3:14 a.m.'), '003_blog.md': blog('The overnight control team at Ardel logged the fault at 3.14am, the board says.'), 'draft.md': draft };
    assert.deepEqual(times(files, '003_blog.md'), []);
  });

  it('leaves a time that is not the very minute of the release alone (another moment, or told loosely)', () => {
    const other = { '001_release.txt': release, '002_wire.txt': wire('3:44 a.m.'), '003_blog.md': blog('The overnight control team at Ardel logged the fault at 3.20am, the board says.'), 'draft.md': draft };
    assert.deepEqual(times(other, '003_blog.md'), []);
    const loose = { '001_release.txt': release, '002_wire.txt': wire('3:44 a.m.'), '003_blog.md': blog('The overnight control team at Ardel logged the fault at about 3.14am, the board says.'), 'draft.md': draft };
    assert.deepEqual(times(loose, '003_blog.md'), []);
  });

  it('leaves a live blog\'s entry stamp alone', () => {
    const stamps = '# LIVE: Fernholm water cut\n\n*Friday 12 March 2027 · All times GMT*\n\n**03:30** – Engineers are on their way.\n\n**03:14** – The overnight control team at Ardel is dealing with a fault, the board says.\n\n**02:50** – Reports of low pressure in the east of the town.';
    const files = { '001_release.txt': release, '002_wire.txt': wire('3:44 a.m.'), '003_blog.md': stamps, 'draft.md': draft };
    assert.deepEqual(times(files, '003_blog.md'), []);
  });

  it('reads the time a source converts in brackets: the one its own check holds', () => {
    const files = {
      '001_wire.txt': 'CALDER, Oct 14 (Wire) - The cargo ship Marla ran aground on the Dunnet Shelf, a reef off Calder Point, at 04:37 local time (02:37 UTC) on Tuesday, the coastguard said.',
      '002_local.md': '# Ship aground off Calder\n\n*Tuesday 14 October 2025*\n\nThe cargo ship Marla ran aground on the Dunnet Shelf at 4.13am, the harbour office says.',
      '003_release.txt': 'CALDER COASTGUARD STATEMENT\n\nTuesday 14 October 2025\n\nThe Marla struck the Dunnet Shelf, a reef off Calder Point, at 0237 GMT. All crew are safe.',
      'draft.md': draft,
    };
    assert.deepEqual(times(files, '003_release.txt'), ['0237 GMT vs 002']);
    assert.deepEqual(times(files, '001_wire.txt'), ['04:37 local time vs 002']);
    // The same instant told in the wire's brackets and the release: no dispute, nothing flagged.
    const agreed = { ...files, '002_local.md': files['002_local.md'].replace('4.13am', '4.37am') };
    assert.deepEqual(times(agreed, '003_release.txt'), []);
  });

  it('leaves the time in a source\'s brackets alone: the time it converts carries the conflict', () => {
    const files = {
      '001_wire.txt': 'CALDER, Oct 14 (Wire) - The cargo ship Marla ran aground on the Dunnet Shelf, a reef off Calder Point, at 04:37 local time (02:37 UTC) on Tuesday, the coastguard said.',
      '003_release.txt': 'CALDER COASTGUARD STATEMENT\n\nTuesday 14 October 2025\n\nThe Marla ran aground on the Dunnet Shelf at 0237 GMT while its night watch slept in their bunks below deck.',
      '004_agency.txt': 'CALDER, Oct 14 (Agency) - The night watch of the Marla slept in their bunks below deck at 0251 GMT, the harbour office said.',
      'draft.md': draft,
    };
    assert.deepEqual(times(files, '003_release.txt'), ['0237 GMT vs 004']);
    assert.ok(!times(files, '001_wire.txt').some((f) => f.startsWith('02:37 UTC')), JSON.stringify(times(files, '001_wire.txt')));
  });
});
