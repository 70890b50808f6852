// "Ruiz also said that “…,” adding that fares would not change": a participle after the quotation that
// names no one goes on about the sentence's subject; the speaker is the one told before the quotation.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const wire = [
  '"The vote was clear," transport spokeswoman Lena Ortiz told reporters on Monday.', '',
  'Ortiz also said that "the night buses will run again from Friday evening," adding that fares would not change.',
].join('\n');

describe('quotes: a participle after the quotation', () => {
  it('credits the quotation to the subject told before it', () => {
    const q = analyzeArticle({ path: '000_wire.txt', text: wire }).quotes.find((x) => x.text.includes('night buses'));
    assert.equal(q?.speaker?.key, 'lena ortiz');
  });

  it('leaves a quotation with no one before it unattributed', () => {
    const q = analyzeArticle({ path: '000_wire.txt', text: 'The depot closed early. "We are stranded here," adding that fares would not change.' }).quotes[0];
    assert.equal(q?.speaker, null);
  });

  it('holds the credit against a source that gives the words to someone else', () => {
    const files = {
      '000_wire.txt': wire,
      '001_blog.md': 'Depot manager Tomas Berg told us: "The night buses will run again from Friday evening."',
    };
    const found = findingsIn(files, '000_wire.txt', 'attribution-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
  });
});
