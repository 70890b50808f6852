// A draft that quotes the words two or more sources carry, where fewer sources change them, is flagged
// against the fewer, as the sources on each side are; one source against one leaves the draft alone.
// A transcript on the draft's side is one more source on that side (since round 31 every gold set
// counts it so: the editor is told a source misquotes). Credits are weighed the same way since round
// 31 (creditMajority.test.ts). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('quotation findings: a draft on the side of the sources\' majority', () => {
  const sources = {
    '001_wire.txt': 'DUNMORE, May 4 (Coastwire) - Flood water reached the market square on Monday.\n\n"The river came over the wall like a wave over a boat," said Mayor Ilse Kortvelt.\n\n"We had ten minutes to move the lorries out of the depot," said Harbour Master Ruben Aske.\n',
    '002_paper.md': '# Dunmore floods\n\nThe river broke its banks on Monday.\n\n“The river came over the wall like a wave over a boat,” said Mayor Ilse Kortvelt.\n\n“We had ten minutes to move the lorries out of the depot,” said Harbour Master Ruben Aske.\n',
    '003_radio.txt': 'Mayor Ilse Kortvelt spoke to us on Monday.\n\n"The river came over the wall like a wave over a ship," said Mayor Ilse Kortvelt.\n\n"We had ten minutes to move the lorries out of the depot," said fire chief Jonna Brell.\n',
  };
  const draft = '# Floods in Dunmore\n\nThe river broke its banks on Monday.\n\n"The river came over the wall like a wave over a boat," said Mayor Ilse Kortvelt.\n\n"We had ten minutes to move the lorries out of the depot," said Harbour Master Ruben Aske.\n';

  it('flags the draft\'s wording against the one source that changes it', () => {
    const found = findingsIn({ ...sources, 'draft_floods.md': draft }, 'draft_floods.md', 'quote-mismatch');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].against.map((e) => e.label), ['003']);
  });

  it('flags the draft\'s credit, which two sources give, against the one that credits someone else (round 31)', () => {
    const found = findingsIn({ ...sources, 'draft_floods.md': draft }, 'draft_floods.md', 'attribution-conflict');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].against.map((e) => e.label), ['003']);
  });

  it('counts a transcript carrying the draft\'s words as one more source on its side', () => {
    const transcript = 'RADIO DUNMORE - MORNING DESK\nTuesday 5 May, 07:10\n\nJO PARR (presenter): With me is the mayor. What did you see?\n\nILSE KORTVELT (Mayor of Dunmore): The river came over the wall like a wave over a boat. We lost the square in minutes.\n';
    const files = { '001_wire.txt': sources['001_wire.txt'], '002_radio.txt': transcript, '003_radio.txt': sources['003_radio.txt'], 'draft_floods.md': draft };
    const found = findingsIn(files, 'draft_floods.md', 'quote-mismatch');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].against.map((e) => e.label), ['003']);
  });

  it('leaves the draft alone when one source agrees with it and one differs', () => {
    const two = { '001_wire.txt': sources['001_wire.txt'], '003_radio.txt': sources['003_radio.txt'], 'draft_floods.md': draft };
    assert.equal(findingsIn(two, 'draft_floods.md', 'quote-mismatch').length, 0);
    assert.equal(findingsIn(two, 'draft_floods.md', 'attribution-conflict').length, 0);
  });
});
