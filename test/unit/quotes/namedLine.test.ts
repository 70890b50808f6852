// "Jo Marsh, the council's head of housing:" as a line of its own, then the quotation: a live blog
// names the speaker without a verb, and the quotation is theirs.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakers = (text: string) => analyzeArticle({ path: '001_blog.md', text }).quotes.map((q) => q.speaker?.key ?? null);

describe('quotes: a verbless line naming the speaker before a quotation', () => {
  it('credits the one person the line names', () => {
    assert.deepEqual(speakers('**09:10** — The council has spoken. Mayor Ines Calder, outside the town hall:\n\n> “We will rebuild every home on this street.”'), ['ines calder']);
    assert.deepEqual(speakers('The regulator is firm. Dara Quill, its head of enforcement:\n\n“Nobody should drive on the bridge today.”'), ['dara quill']);
  });

  it('leaves a line about someone, or with a verb, alone', () => {
    assert.deepEqual(speakers('Dara Quill, the regulator, said little. Here is the letter to Dara Quill:\n\n“Nobody should drive on the bridge today.”'), [null]);
    assert.deepEqual(speakers('Dara Quill, the regulator, said little. Residents wrote to Dara Quill:\n\n“Nobody should drive on the bridge today.”'), [null]);
  });

  it('credits the person a list item names before a colon and the quotation in the same line', () => {
    assert.deepEqual(speakers('## Who said what\n\n- **Dara Quill**, the regulator’s head of enforcement: “Nobody should drive on the bridge today.”\n- Mayor Ines Calder said the road would reopen.'), ['dara quill']);
    // A line about someone, with a preposition before the name, stays unattributed.
    assert.deepEqual(speakers('## Who said what\n\n- A letter to **Dara Quill**, the regulator: “Nobody should drive on the bridge today.”'), [null]);
  });

  it('credits the person when an age and a relative clause describe them before the colon', () => {
    assert.deepEqual(speakers('### 20:40 — From the floor\n\nMarta Kovacs, 38, who runs Kovacs Bakery on Mill Lane: "Every winter the lane floods and nobody comes."'), ['marta kovacs']);
    assert.deepEqual(speakers('Voices from the hall.\n\nIdris Lowe, 67, a retired Pelham nurse: "We were promised a clinic in 2019."'), ['idris lowe']);
    // Another person named in the description leaves the line to the other readings.
    assert.deepEqual(speakers('Voices from the hall.\n\nIdris Lowe, who nursed Mayor Ines Calder for years: "We were promised a clinic in 2019."'), [null]);
  });
});
