// A radio script's label with a name first and, in capitals, what the speaker is with a script's note:
// "MARTIN HALLOWAY (BROTHER, RECORDED):". The brackets name no one; and a surname the article shares
// with someone else ("the cyclist Ruth Halloway") does not make the speaker that someone. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function speakers(text: string): Array<string | null> {
  return analyzeArticle({ path: '003_transcript.txt', text }).quotes.map((q) => q.speaker?.key ?? null);
}

describe('quotes: transcript labels with a description and a script note in capitals', () => {
  it('credits the named speaker, not the brackets, nor a relative with the surname', () => {
    const text = 'RADIO DUNMORE - EVENING NEWS with Ellen Price\n\n' +
      'ELLEN PRICE: Our top story: an inquest has heard how the cyclist Ruth Halloway died on the coast road. ' +
      'We heard from her family outside court.\n\n' +
      'MARTIN HALLOWAY (BROTHER, RECORDED): Ruth did nothing wrong that morning. We want the bend made safe.\n\n' +
      'PRICE: Martin Halloway there. The council meets on Monday.\n';
    assert.deepEqual(speakers(text), ['ellen price', 'martin halloway', 'ellen price']);
  });
});
