// A draft's credit is held against a source's other credit only when the source's credit is sure too:
// by name, or by a "she said" that can stand for no one but the person just named (as two sources are
// held to each other). A "she said" read as a person named in an earlier paragraph may stand for someone
// the source names in between but was never read as a person: no attribution conflict. Such a source
// still carries the words, as one naming no speaker does: it settles a misquote of them.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('credit findings: a draft against a source\'s unsure pronoun', () => {
  const draft = '# Storm closes ferries\n\nFerries stayed in port on Monday.\n\n"The storm will peak well after midnight, not before," said Kari Lunde, a forecaster at the Coastal Weather Office.\n';

  it('leaves the draft alone where the source\'s "she said" is not surely the person it was read as', () => {
    // Ásta Hallgrímsdóttir is read as no person (one weak sign), so "she" is read as Ingrid Solberg, named before.
    const source = 'Ingrid Solberg, head of the port authority, visited the harbour on Monday.\n\n' +
      'Ásta Hallgrímsdóttir of the Coastal Weather Office then spoke. "The storm will peak well after midnight, not before," she said.\n';
    assert.equal(findingsIn({ '001_wire.txt': source, 'draft_storm.md': draft }, 'draft_storm.md', 'attribution-conflict').length, 0);
  });

  it('still flags the draft against a source that names someone else', () => {
    const source = 'BERGVIK, Jan 12 (Northwire) - Ferries stayed in port on Monday.\n\n' +
      '"The storm will peak well after midnight, not before," said Ingrid Solberg, head of the port authority.\n';
    assert.equal(findingsIn({ '001_wire.txt': source, 'draft_storm.md': draft }, 'draft_storm.md', 'attribution-conflict').length, 1);
  });

  it('counts that source among those carrying the words, so a misquote of them is flagged', () => {
    const unsure = 'Ingrid Solberg, head of the port authority, visited the harbour on Monday.\n\n' +
      'Ásta Hallgrímsdóttir of the Coastal Weather Office then spoke. "The storm will peak well after midnight, not before," she said.\n';
    const named = 'BERGVIK, Jan 12 (Northwire) - Ferries stayed in port on Monday.\n\n' +
      '"The storm will peak well after midnight, not before," said Kari Lunde, a forecaster at the Coastal Weather Office.\n';
    const changed = '# Ferries stay in port\n\nFerries stayed in port on Monday.\n\n' +
      '"The storm will peak well before midnight, not before," said Kari Lunde, a forecaster at the Coastal Weather Office.\n';
    const files = { '001_radio.txt': unsure, '002_wire.txt': named, '003_paper.md': changed, 'draft_storm.md': draft };
    const found = findingsIn(files, 'draft_storm.md', 'quote-mismatch');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].against.map((e) => e.label), ['003']);
  });
});
