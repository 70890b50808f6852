// "**15:20** – At the briefing (15:00 local, which is 13:00 GMT), Dr Ines Marlow praised the crews: “…”":
// the commas inside a bracket in an opening phrase are the bracket's own; the speaker comes after the
// phrase's comma, and "She also warned: …" next is hers. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakers = (text: string) => analyzeArticle({ path: '002_blog.md', text }).quotes.map((q) => q.speaker?.key ?? null);

describe('quotes: a bracket with commas in an opening phrase', () => {
  it('credits the person after the phrase, and "she" after her', () => {
    assert.deepEqual(speakers('**15:20** – At the county briefing (15:00 local, which is 13:00 GMT and 8am in Boston), Dr Ines Marlow praised the crews: ' +
      '"This is the fastest rescue we have run." She also warned: “Boats buy us days, but they do not replace the dyke.”'), ['ines marlow', 'ines marlow']);
  });

  it('credits no one when the bracket never closes', () => {
    assert.deepEqual(speakers('**15:20** – At the county briefing (15:00 local, which is 13:00 GMT and 8am in Boston, Dr Ines Marlow praised the crews: ' +
      '"This is the fastest rescue we have run."'), [null]);
  });
});
