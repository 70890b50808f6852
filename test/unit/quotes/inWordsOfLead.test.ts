// "… and then, in the words of senior engineer Tomas Varga, “simply gave way”": "in the words of" and
// a person named right before the quotation credit the words to that person. Invented text (round 50).
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakers = (text: string) => analyzeArticle({ path: '004_explainer.md', text }).quotes.map((q) => q.speaker?.key ?? null);

describe('quotes: "in the words of" a person', () => {
  it('credits the person named after "in the words of"', () => {
    const text = 'Senior engineer Tomas Varga led the inspection.\n\nThe old sea wall held for an hour and then, in the words of senior engineer Tomas Varga, "simply gave way". Repairs began on Friday.\n';
    assert.deepEqual(speakers(text), ['tomas varga']);
  });

  it('credits no one when no person closes the phrase', () => {
    const text = 'Senior engineer Tomas Varga led the inspection.\n\nThe old sea wall held for an hour and then, in the words of the inspection report, "simply gave way". Repairs began on Friday.\n';
    assert.deepEqual(speakers(text), [null]);
  });
});
