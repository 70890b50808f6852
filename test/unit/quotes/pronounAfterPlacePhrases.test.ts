// "he" after a sentence that opens with two place phrases before its subject ("In Harbourside, on the
// far bank of the river, ferry captain Joe Lind, 58, said …") is that subject, not someone quoted a
// paragraph earlier: the subject's verb is found past the age between commas.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const wire = [
  'The ferry fare rose on Monday.', '',
  '"Passengers are already asking for refunds," said Mira Kohl, 40, who runs a kiosk at the pier.', '',
  'In Harbourside, on the far bank of the river, ferry captain Joe Lind, 58, said his crew heard of the rise from a notice board. "Nobody phoned us, not once," he said.',
].join('\n');

describe('quotes: "he" after a subject behind two opening phrases and an age', () => {
  it('credits the quotation to the subject of the sentence before, not to the last speaker', () => {
    const q = analyzeArticle({ path: '000_wire.txt', text: wire }).quotes.find((x) => x.text.includes('phoned'));
    assert.equal(q?.speaker?.key, 'joe lind');
  });

  it('raises no attribution conflict for a draft that credits him', () => {
    const files = {
      '000_wire.txt': wire,
      'draft_ferry.md': 'In Harbourside, Joe Lind, 58, said his crew learned of it late. "Nobody phoned us, not once," he said.',
    };
    assert.deepEqual(findingsIn(files, 'draft_ferry.md', 'attribution-conflict'), []);
  });
});
