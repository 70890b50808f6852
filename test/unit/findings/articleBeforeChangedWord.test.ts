// "an easy win" / "a hard win": the indefinite article takes its form from the next word's sound, so
// one word changed after it is one word misquoted, not two. "a" and "an" are one word in a quotation's
// alignment. Invented text.
import { strict as assert } from 'node:assert';
import { alignQuotes } from '../../../server/src/analysis/alignment/quotes';
import { findingsIn } from './review';

const words = (s: string) => s.split(' ').map((norm, i) => ({ norm, start: i * 20, end: i * 20 + norm.length, wildBefore: false }));

describe('alignment: "a" and "an" in a quotation', () => {
  it('align as one word, leaving the changed word alone', () => {
    const { alignment } = alignQuotes(words('smugglers plainly treat the northern pass as an open door'), words('smugglers plainly treat the northern pass as a wide door'));
    assert.ok(alignment);
    assert.equal(alignment.edits, 1);
  });
});

describe('findings: one word misquoted after "a"/"an"', () => {
  it('is a quote-mismatch in each source', () => {
    const files = {
      '001_wire.txt': 'OSLO, May 4 (Northwire) - "Smugglers plainly treat the northern pass as an open door," said Ingrid Solberg, director of the Fjord Watch charity.\n',
      '002_site.md': '# The pass\n\n"Smugglers plainly treat the northern pass as a wide door," Ingrid Solberg, director of Fjord Watch, said on Monday.\n',
    };
    assert.equal(findingsIn(files, '001_wire.txt', 'quote-mismatch').length, 1);
    assert.equal(findingsIn(files, '002_site.md', 'quote-mismatch').length, 1);
  });
});
