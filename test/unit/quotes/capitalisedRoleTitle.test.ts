// "…,” said Professor Ana Ruiz": a role noun written with a capital before a name ("Professor",
// "Economist") is used as a title, and the speaker is the person named after it. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function speakers(text: string): Array<string | null> {
  return analyzeArticle({ path: 'draft.md', text }).quotes.map((q) => q.speaker?.key ?? null);
}

describe('quotes: a capitalised role noun before a name after the speech verb', () => {
  it('credits "said Professor <name>, <age>, <apposition>"', () => {
    const text = 'The harbour board was divided. "Nobody has shown me the costings for the new quay," said Professor Idris Fennimore, 58, a board member and a former rector of the Marlow Institute.\n';
    assert.deepEqual(speakers(text), ['idris fennimore']);
  });

  it('leaves a lower-case role noun before a plural alone', () => {
    const text = 'The harbour board was divided. "Nobody has shown me the costings for the new quay," said professors at the Marlow Institute.\n';
    assert.deepEqual(speakers(text), [null]);
  });
});
