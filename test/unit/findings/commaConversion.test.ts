// "She paid 3,150 kronor, about €238, for one night": a sum in another currency after a comma, told as a
// rounding, is the writer's conversion, as one in brackets is. Where a source converts that very sum to
// "about €283", the draft's has two neighbouring digits swapped: a slip held against the source's
// conversion, not a figure no source gives. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = (draft: string): Record<string, string> => ({
  '000_wire.txt': 'MALMO, June 2 (Nordic Wire) - Stranded at the ferry terminal, Lena Aberg said she had paid 3,150 kronor (about €283) for one night at a hotel near the harbour.',
  '001_radio.txt': 'LENA ABERG: The hotel had one room left and it was three thousand one hundred and fifty kronor for one night.',
  'draft.md': draft,
});

describe('findings: a conversion after a comma', () => {
  it('holds a conversion with two digits swapped against the source\'s conversion of the same sum', () => {
    const found = findingsIn(files('# Ferries cancelled\n\nLena Aberg paid 3,150 kronor, about €238, for one night at a hotel near the harbour.'), 'draft.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, 'about €238');
    assert.deepEqual(findingsIn(files('# Ferries cancelled\n\nLena Aberg paid 3,150 kronor, about €238, for one night at a hotel near the harbour.'), 'draft.md', 'unsourced-claim'), []);
  });

  it('leaves the right conversion alone', () => {
    const draft = '# Ferries cancelled\n\nLena Aberg paid 3,150 kronor, about €283, for one night at a hotel near the harbour.';
    assert.deepEqual(findingsIn(files(draft), 'draft.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files(draft), 'draft.md', 'unsourced-claim'), []);
  });
});
