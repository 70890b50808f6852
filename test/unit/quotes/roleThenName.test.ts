// “…,” said the harbour master, Ines Calder.: the name after the role's comma is the speaker, so a
// draft that credits the line to someone else is caught, and one that names her is not.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const wire = [
  'Two trawlers collided at the mouth of Pollen Harbour on Saturday night, the port authority said.', '',
  '"Both crews are ashore and nobody was hurt, which is the main thing tonight," said the harbour master, Ines Calder.', '',
  'Fisheries officer Tobias Wren said the channel would reopen on Monday.',
].join('\n');

describe('quotes: "said the <role>, <Name>"', () => {
  it('credits the quotation to the named person, not to the role', () => {
    const q = analyzeArticle({ path: '001_wire.txt', text: wire }).quotes.find((x) => x.text.includes('ashore'));
    assert.equal(q?.speaker?.key, 'ines calder');
  });

  it('holds a draft that credits the line to another person against the source', () => {
    const files = {
      '001_wire.txt': wire,
      'draft_harbour.md': 'Tobias Wren, a fisheries officer, said: "Both crews are ashore and nobody was hurt, which is the main thing tonight."',
    };
    assert.equal(findingsIn(files, 'draft_harbour.md', 'attribution-conflict').length, 1);
  });

  it('raises nothing for a draft that names her', () => {
    const files = {
      '001_wire.txt': wire,
      'draft_harbour.md': '"Both crews are ashore and nobody was hurt, which is the main thing tonight," said Ines Calder, the harbour master.',
    };
    assert.deepEqual(findingsIn(files, 'draft_harbour.md', 'attribution-conflict'), []);
  });

  it('names her when another harbour master is in the story too', () => {
    const text = [
      'Harbour master Piet Oduya retired in May.', '',
      '"The channel is clear," said the harbour master, Ines Calder.',
    ].join('\n');
    const q = analyzeArticle({ path: '001_wire.txt', text }).quotes[0];
    assert.equal(q?.speaker?.key, 'ines calder');
  });

  it('leaves "the spokesman, who …" and a plural role alone', () => {
    const text = '"We are looking at it," said the spokesman, adding that Ines Calder had been told.';
    const q = analyzeArticle({ path: '001_wire.txt', text }).quotes[0];
    assert.notEqual(q?.speaker?.key, 'ines calder');
  });
});
