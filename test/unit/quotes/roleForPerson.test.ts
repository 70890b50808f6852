// "Ana Ruiz, lawyer for Tom Park, said …", "Ana Ruiz, a spokeswoman for Tom Park: “…”": the role
// in the apposition serves the person named after "for"/"to"/"of"; the one who speaks is the person
// before it, never the client.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakers = (text: string) => analyzeArticle({ path: '001_blog.md', text }).quotes.map((q) => q.speaker?.key ?? null);
// The client is named on his own first, so both are people the article knows.
const intro = 'Darius Vell, 58, the builder, sat still. Vell said nothing.\n\n';

describe('quotes: a person whose role serves someone else', () => {
  it('credits the lawyer named before "lawyer for" in a verbless live-blog line', () => {
    assert.deepEqual(speakers(intro + '**14:02** — On the steps, Mirela Osk, lawyer for Darius Vell: "We will fight this ruling."'), ['mirela osk']);
    assert.deepEqual(speakers(intro + 'Mirela Osk, the defence lawyer for Darius Vell: "We will fight this ruling."'), ['mirela osk']);
  });
  it('credits her when the verb after the apposition leads to a partial quotation', () => {
    assert.deepEqual(speakers(intro + '- **Defence:** Mirela Osk, adviser to Darius Vell, said they would appeal, arguing the panel "ignored the evidence" entirely.'), ['mirela osk']);
  });
  it('still credits a person named alone before the colon', () => {
    assert.deepEqual(speakers(intro + 'Outside the court, Darius Vell: "We will fight this ruling."'), ['darius vell']);
  });
});
