// “A. B,” where a source has another word in A and another source a different word in B: two
// misquotes, each against its own sources, not one finding stretched over both sentences. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('quotation findings: a quotation changed in two of its sentences', () => {
  const files = {
    '001_wire.txt': 'TARWICK, June 2 (Coastwire) - The old pier reopened on Tuesday.\n\n"We waited nine years for this day. The town has finally got its front door back," said Mayor Hedda Lunn.\n',
    '002_paper.md': '# Pier reopens\n\nThe pier reopened on Tuesday.\n\n“We waited nine years for this day. The town has finally got its front door back,” said Mayor Hedda Lunn.\n',
    '003_blog.md': '# Pier day\n\nCrowds came on Tuesday.\n\n“We waited nine years for this moment,” said Mayor Hedda Lunn.\n',
    '004_radio.md': '# On air\n\nThe mayor spoke on Tuesday.\n\n“The town has finally got its front door back,” said Mayor Hedda Lunn.\n',
  };
  const draft = '# Pier\n\nThe pier reopened on Tuesday.\n\n"We waited nine years for this day. The town has finally got its front gate back," said Mayor Hedda Lunn.\n';

  it('flags each changed sentence on its own, against its own sources', () => {
    const found = findingsIn({ ...files, 'draft_pier.md': draft }, 'draft_pier.md', 'quote-mismatch');
    assert.equal(found.length, 2, JSON.stringify(found.map((f) => f.text)));
    const texts = found.map((f) => f.text ?? '');
    assert.ok(texts.some((t) => t.includes('day') && !t.includes('gate')), JSON.stringify(texts));
    assert.ok(texts.some((t) => t.includes('gate') && !t.includes('day')), JSON.stringify(texts));
  });

  it('keeps changes within one sentence as one finding', () => {
    const one = draft.replace('for this day. The town', 'for this day and the town');
    const found = findingsIn({ ...files, 'draft_pier.md': one }, 'draft_pier.md', 'quote-mismatch');
    assert.ok(found.length <= 1, JSON.stringify(found.map((f) => f.text)));
  });
});
